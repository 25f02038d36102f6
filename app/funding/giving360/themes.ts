/**
 * Grant → cohesion themes, by keywords in its title, description, programme title and
 * classification titles. The table below is the whole rule: English and Welsh keywords per theme id
 * (the 13 fixed ids of seeds/data/themes.ts). Matching is whole-word (so "Roma" does not match
 * "Romania"), ignores case and accents, lets a space also be a hyphen ("anti-social"), and takes an
 * English plural "s". "Prevent" (the counter-terrorism programme) is matched with its capital only
 * and not at the start of a sentence, so "to prevent homelessness" is not extremism work.
 */
import type { ThemeId } from "../../../seeds/types";
import type { Grant } from "./types";

/** Keywords per theme. A RegExp entry is used as it is, against the accent-folded text. */
export const THEME_KEYWORDS: Readonly<Record<ThemeId, readonly (string | RegExp)[]>> = {
  "hate-crime": ["hate crime", "hate incident", "hate speech", "troseddau casineb", "trosedd casineb", "casineb"],
  "asylum-refugee-migrant": [
    "refugee", "asylum", "asylum seeker", "sanctuary", "migrant", "ffoaduriaid", "ffoadur", "ceiswyr lloches",
    "noddfa", "ymfudwyr", "mudwyr",
  ],
  "misinformation-online-harm": [
    "misinformation", "disinformation", "online harm", "online safety", "camwybodaeth", "twyllwybodaeth",
    "niwed ar lein", "diogelwch ar lein",
  ],
  "youth-asb": ["anti social behaviour", "antisocial behaviour", "ASB", "ymddygiad gwrthgymdeithasol"],
  "gypsy-roma-traveller": ["Gypsy", "Gypsies", "Traveller", "Roma", "Sipsiwn", "Sipsi", "Teithwyr"],
  "modern-slavery": ["modern slavery", "trafficking", "human trafficking", "caethwasiaeth fodern", "caethwasiaeth", "masnachu pobl"],
  "community-spaces": [
    "community centre", "community center", "village hall", "community space", "community hub", "canolfan gymunedol",
    "neuadd bentref", "neuadd y pentref", "mannau cymunedol", "gofod cymunedol",
  ],
  "schools-young-people": ["school", "pupil", "ysgol", "ysgolion", "disgyblion"],
  "tension-monitoring-safety": ["tension", "community safety", "tensiwn", "tensiynau", "diogelwch cymunedol"],
  "extremism-prevention": [
    "extremism", "extremist", "radicalisation", "radicalization", "eithafiaeth", "radicaleiddio",
    /(?<![.!?]\s*|^)(?<![\p{L}\p{N}])Prevent(?![\p{L}\p{N}])/u,
  ],
  "interfaith-belief": ["interfaith", "inter faith", "multi faith", "faith", "rhyng ffydd", "ffydd", "aml ffydd"],
  "lgbtq-inclusion": [/(?<![\p{L}\p{N}])(?:LGBT|LHDT)[A-Z+]*/u, "transgender", "lesbian", "gay", "bisexual", "queer"],
  "third-sector-capacity": [
    "capacity building", "infrastructure", "volunteering support", "volunteer support", "meithrin gallu",
    "cymorth gwirfoddoli",
  ],
};

/** Youth keywords: youth-asb, or schools-young-people when the text also names a school. */
const YOUTH_KEYWORDS = ["youth", "young people", "young person", "pobl ifanc", "ieuenctid"];

const CASE_SENSITIVE = new Set(["Roma"]);

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

function keywordPattern(keyword: string | RegExp): RegExp {
  if (keyword instanceof RegExp) return keyword;
  const body = fold(keyword)
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[\\s-]*");
  // All-capital keywords (ASB) and "Roma" match only as written: in lower case they are other words.
  const flags = keyword === keyword.toUpperCase() || CASE_SENSITIVE.has(keyword) ? "u" : "iu";
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:s|es)?(?![\\p{L}\\p{N}])`, flags);
}

const THEME_PATTERNS = (Object.entries(THEME_KEYWORDS) as [ThemeId, readonly (string | RegExp)[]][]).map(
  ([id, keywords]) => ({ id, patterns: keywords.map(keywordPattern) }),
);
const YOUTH_PATTERNS = YOUTH_KEYWORDS.map(keywordPattern);
const SCHOOL_PATTERNS = THEME_KEYWORDS["schools-young-people"].map(keywordPattern);

/**
 * The text a grant is themed from: title, description, programme title and classification titles,
 * accent-folded.
 *
 * @example
 * themeText(grant) // "Hate crime reporting.\nThird-party reporting centres….\nSafer Communities.\nHate crime"
 */
export function themeText(g: Grant): string {
  const parts = [g.title, g.description, g.programme?.title ?? "", ...g.classifications.map((c) => c.title ?? "")];
  return fold(parts.filter(Boolean).join(".\n"));
}

/**
 * The theme ids a text speaks of, in table order; [] when none.
 *
 * @example
 * themesOfText("Hate crime reporting for young people") // ["hate-crime", "youth-asb"]
 * themesOfText("After-school youth club")               // ["schools-young-people"]
 * themesOfText("Romanian language classes")             // []
 */
export function themesOfText(text: string): ThemeId[] {
  const folded = fold(text);
  const found = new Set<ThemeId>();
  for (const { id, patterns } of THEME_PATTERNS) {
    if (patterns.some((p) => p.test(folded))) found.add(id);
  }
  if (YOUTH_PATTERNS.some((p) => p.test(folded))) {
    found.add(SCHOOL_PATTERNS.some((p) => p.test(folded)) ? "schools-young-people" : "youth-asb");
  }
  return THEME_PATTERNS.map((t) => t.id).filter((id) => found.has(id));
}

/**
 * A grant's theme ids (see THEME_KEYWORDS); [] = unclassified.
 *
 * @example
 * classifyThemes(grant) // ["asylum-refugee-migrant"] for "Sanctuary drop-in for refugees"
 */
export function classifyThemes(g: Grant): string[] {
  return themesOfText(themeText(g));
}
