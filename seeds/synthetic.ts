/**
 * The seeded synthetic demonstration world, for the demo database, benchmarks and load tests:
 * local services (mostly circles of 3–25 km around real GeoNames settlements, some serving one or
 * two named authorities), a few projects of other kinds, their funding awards with amounts and
 * ends spread over the next 36 months, and dates of last evidence. Never real records, and the same
 * for the same seed. Also loads the committed boundaries and settlements as engine inputs.
 */
import { readFileSync } from "node:fs";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { ProjectKind } from "../db/enums";
import { WALES_AUTHORITIES } from "../geo/authorities";
import type { CoverageAuthority, CoverageProject, CoverageSettlement, Reach } from "../geo/coverage/coverage-types";
import { roundTo } from "../geo/geometry";
import { reassignToBoundaries } from "../geo/assign-settlements";
import { addMonths, isIsoDay } from "../geo/dates/calendar";
import { THEMES } from "./data/themes";
import { drawAward, type AwardDraw, type SyntheticAward } from "./synthetic-funding";
import { createRng, pickDistinctWeighted, pickWeighted, randomDay, truncateDay, type Rng } from "./synthetic-random";

export { createRng, type Rng };
export { SYNTHETIC_FUNDERS, type SyntheticAward, type SyntheticFunder } from "./synthetic-funding";

/** The committed boundary sets: the ONS default and the Natural Earth fallback. */
export const BOUNDARY_FILES = {
  ons: new URL("../geo/data/wales-boundaries.ons-lad-2013.geojson", import.meta.url),
  "natural-earth": new URL("../geo/data/wales-boundaries.natural-earth.geojson", import.meta.url),
} as const;
export type BoundarySetName = keyof typeof BOUNDARY_FILES;
const SETTLEMENTS_FILE = new URL("../geo/data/wales-settlements.geonames.json", import.meta.url);

/** The demonstration's "today" unless told otherwise: evidence falls before it, funding ends after it. */
export const DEMO_TODAY = "2026-12-01";

/** A settlement a circle can be centred on. */
export interface SyntheticPlace {
  name: string;
  /** The authority it lies in. */
  gss: string;
  lng: number;
  lat: number;
  population: number | null;
}

export interface SyntheticOptions {
  seed: number;
  /** Theme ids to draw 1–3 from (weighted by THEME_WEIGHTS); default every theme in seeds/data/themes.ts. */
  themes?: string[];
  /** GSS codes for authority reaches; default the 22 Welsh authorities. */
  authorities?: string[];
  /** The day the world is drawn around (YYYY-MM-DD); default DEMO_TODAY. */
  today?: string;
  /** Circles are centred on these; default the committed GeoNames settlements. */
  places?: SyntheticPlace[];
}

/** A synthetic project: what the coverage engine takes, plus what the demo database stores. */
export interface SyntheticProject extends CoverageProject {
  kind: ProjectKind;
  /** Partial ISO date of the latest (made-up) evidence that it is current. */
  lastEvidenced: string | null;
  /** The settlement a circle is centred on; null for other reaches. */
  place: string | null;
  /** The authority it is based in: its centre's, or its first authority's; null for Wales-wide. */
  homeGss: string | null;
}

export interface SyntheticData {
  projects: SyntheticProject[];
  /** At most one award per project, ids 1…m in project order. */
  awards: SyntheticAward[];
}

/**
 * How often each theme is drawn: everyday contact, hate crime, asylum and youth work are common;
 * Gypsy, Roma and Traveller, modern slavery and LGBTQ+ work are thin, so their gaps show. A theme
 * not listed here weighs 5.
 */
export const THEME_WEIGHTS: Readonly<Record<string, number>> = {
  "community-spaces": 16,
  "hate-crime": 13,
  "asylum-refugee-migrant": 12,
  "youth-asb": 12,
  "schools-young-people": 10,
  "tension-monitoring-safety": 6,
  "third-sector-capacity": 5,
  "misinformation-online-harm": 3,
  "extremism-prevention": 3,
  "interfaith-belief": 2.5,
  "lgbtq-inclusion": 2,
  "modern-slavery": 1.5,
  "gypsy-roma-traveller": 1.2,
};

/** Shares of reach: Wales-wide (never a service), one or two named authorities, else a circle. */
const WALES_SHARE = 0.015;
const AUTHORITIES_SHARE = 0.08;
/** Kinds of a local project, by weight; a Wales-wide project is one of NATIONAL_KINDS, never a service. */
const LOCAL_KINDS: readonly { kind: ProjectKind; weight: number }[] = [
  { kind: "service", weight: 84 },
  { kind: "programme", weight: 4 },
  { kind: "network", weight: 4 },
  { kind: "campaign", weight: 3 },
  { kind: "research", weight: 3 },
  { kind: "policy", weight: 2 },
];
const NATIONAL_KINDS: readonly ProjectKind[] = ["policy", "programme", "network", "campaign", "research"];
/** Share of circles centred by population (the rest uniformly, so villages get services too). */
const BY_POPULATION = 0.7;

/**
 * `n` synthetic projects (ids 1…n) and their awards, deterministic for a seed (see the module
 * comment). Each project: a reach (1.5% Wales-wide, always of a non-service kind; 8% one or two
 * authorities of a cohesion region; the rest a circle on a settlement, 90% of radii 3–25 km); a kind
 * (84% of local ones services); 1–3 weighted themes; funding for 88% of services and half the rest,
 * whose award's end the project shares 85% of the time; last evidence 1–18 months before today,
 * except for a few unfunded open-ended projects last evidenced years ago. Throws on a bad count,
 * date or an empty list.
 *
 * @example
 * const { projects, awards } = generateSyntheticData(3, { seed: 2 });
 * projects[0] // { id: 1, kind: "service", themes: ["schools-young-people", "hate-crime"],
 *             //   reach: { kind: "point", lng: -3.80443, lat: 51.66317, radiusKm: 19.4 }, startDate: "2021-04",
 *             //   endDate: "2029-03-31", lastEvidenced: "2026-01-21", place: "Neath", homeGss: "W06000012" }
 * awards[0]   // { id: 1, projectId: 1, funder: "cohesion-fund", programmeEn: "Community Cohesion Grant (synthetic)",
 *             //   amountPence: 7300000, amountPeriod: "per-year", startDate: "2027-04-01", endDate: "2029-03-31", lastEvidenced: "2026-01-21" }
 */
export function generateSyntheticData(n: number, options: SyntheticOptions): SyntheticData {
  if (!Number.isInteger(n) || n < 0) throw new Error(`Project count must be a whole number ≥ 0: ${n}`);
  const rng = createRng(options.seed);
  const themes = options.themes ?? THEMES.map((t) => t.id);
  const authorities = options.authorities ?? WALES_AUTHORITIES.map((a) => a.gss_code);
  const places = options.places ?? loadCoverageSettlements();
  const today = options.today ?? DEMO_TODAY;
  if (themes.length === 0) throw new Error("Cannot generate projects without themes");
  if (authorities.length === 0) throw new Error("Cannot generate projects without authorities");
  if (places.length === 0) throw new Error("Cannot generate projects without places");
  if (!isIsoDay(today)) throw new Error(`Invalid day for "today": ${today}`);

  const pickPlace = createPlacePicker(rng, places);
  const projects: SyntheticProject[] = [];
  const awards: SyntheticAward[] = [];
  for (let id = 1; id <= n; id++) {
    // The order of the draws is part of the output: reach, kind, themes, funding and dates, evidence.
    const { reach, place, homeGss } = drawReach(rng, pickPlace, authorities);
    const kind = reach.kind === "wales" ? NATIONAL_KINDS[Math.floor(rng() * NATIONAL_KINDS.length)] : pickWeighted(rng, LOCAL_KINDS, (k) => k.weight).kind;
    const themeCount = rng() < 0.45 ? 1 : rng() < 0.64 ? 2 : 3;
    const projectThemes = pickDistinctWeighted(rng, themes, themeCount, (t) => THEME_WEIGHTS[t] ?? 5);
    const award = rng() < (kind === "service" ? 0.88 : 0.5) ? drawAward(rng, today) : null;
    const dates = award ? datesFromAward(rng, award, today) : drawUnfundedDates(rng, today);
    const project: SyntheticProject = { id, kind, themes: projectThemes, reach, ...dates, place, homeGss };
    projects.push(project);
    if (award) {
      const { funder, ...rest } = award;
      awards.push({ id: awards.length + 1, projectId: id, funder: funder.key, programmeEn: funder.programmeEn, ...rest, lastEvidenced: project.lastEvidenced });
    }
  }
  return { projects, awards };
}

/**
 * The projects of generateSyntheticData alone (for the benchmark and the engine's tests).
 *
 * @example
 * generateSyntheticProjects(1_000, { seed: 3 }).filter((p) => p.reach.kind === "point").length // about 900
 */
export function generateSyntheticProjects(n: number, options: SyntheticOptions): SyntheticProject[] {
  return generateSyntheticData(n, options).projects;
}

type ProjectDates = Pick<SyntheticProject, "startDate" | "endDate" | "endedNoDate" | "lastEvidenced">;

/** A circle on a settlement, one or two authorities of a region, or (rarely) all of Wales. */
function drawReach(rng: Rng, pickPlace: () => SyntheticPlace, authorities: readonly string[]): { reach: Reach; place: string | null; homeGss: string | null } {
  const roll = rng();
  if (roll < WALES_SHARE) return { reach: { kind: "wales" }, place: null, homeGss: null };
  if (roll < WALES_SHARE + AUTHORITIES_SHARE) {
    const first = authorities[Math.floor(rng() * authorities.length)];
    const gss = [first];
    if (rng() < 0.3) {
      const partners = regionPartners(first, authorities);
      if (partners.length > 0) gss.push(partners[Math.floor(rng() * partners.length)]);
    }
    return { reach: { kind: "authorities", gss: gss.sort() }, place: null, homeGss: first };
  }
  const place = pickPlace();
  return { reach: { kind: "point", lng: roundTo(place.lng, 5), lat: roundTo(place.lat, 5), radiusKm: drawRadius(rng, place.population) }, place: place.name, homeGss: place.gss };
}

/** 90% of radii in 3–25 km (shorter around towns of 20,000 or more), 6% 1–3 km, 4% 25–35 km. */
function drawRadius(rng: Rng, population: number | null): number {
  const roll = rng();
  if (roll < 0.06) return roundTo(1 + 2 * rng(), 1);
  if (roll >= 0.96) return roundTo(25 + 10 * rng(), 1);
  const town = (population ?? 0) >= 20_000;
  return roundTo(3 + 22 * rng() ** (town ? 2.2 : 1.5), 1);
}

/** The other authorities of `gss`'s cohesion region, among those given. */
function regionPartners(gss: string, authorities: readonly string[]): string[] {
  const region = WALES_AUTHORITIES.find((a) => a.gss_code === gss)?.cohesion_region;
  if (region === undefined) return [];
  return WALES_AUTHORITIES.filter((a) => a.cohesion_region === region && a.gss_code !== gss && authorities.includes(a.gss_code)).map((a) => a.gss_code);
}

/** A funded project ends with its award 85% of the time; it started with it, or earlier; it was evidenced lately. */
function datesFromAward(rng: Rng, award: AwardDraw, today: string): ProjectDates {
  const endDate = award.endDate !== null && rng() < 0.85 ? award.endDate : null;
  let startDate = award.startDate;
  if (startDate !== null && rng() < 0.4) {
    const awardStart = startDate.length === 4 ? `${startDate}-01-01` : startDate.length === 7 ? `${startDate}-01` : startDate;
    startDate = truncateDay(randomDay(rng, addMonths(awardStart, -72), awardStart), rng() < 0.5 ? "year" : "month");
  }
  return { startDate, endDate, lastEvidenced: drawRecentEvidence(rng, today) };
}

/**
 * An unfunded project: started in the last ten years (or unknown); 25% end within 36 months, 3% a
 * source says stopped; of the open-ended rest, 40% were last evidenced years ago ("no recent evidence").
 */
function drawUnfundedDates(rng: Rng, today: string): ProjectDates {
  const stale = rng() < 0.4;
  const endRoll = rng();
  if (endRoll >= 0.28 && stale) {
    const evidenced = randomDay(rng, addMonths(today, -120), addMonths(today, -30));
    const startDate = truncateDay(randomDay(rng, addMonths(evidenced, -60), evidenced), "year");
    return { startDate, endDate: null, lastEvidenced: truncateDay(evidenced, rng() < 0.5 ? "year" : "month") };
  }
  const startDate = rng() < 0.1 ? null : truncateDay(randomDay(rng, addMonths(today, -120), addMonths(today, -2)), rng() < 0.4 ? "year" : "month");
  const endDate = endRoll < 0.25 ? truncateDay(randomDay(rng, today, addMonths(today, 36)), "month") : null;
  const dates: ProjectDates = { startDate, endDate, lastEvidenced: drawRecentEvidence(rng, today) };
  if (endRoll >= 0.25 && endRoll < 0.28) dates.endedNoDate = true;
  return dates;
}

/** A day 1–18 months before today, kept to the month (60%) or the day. */
function drawRecentEvidence(rng: Rng, today: string): string {
  return truncateDay(randomDay(rng, addMonths(today, -18), addMonths(today, -1)), rng() < 0.6 ? "month" : "day");
}

/** Picks a place by population^0.75 BY_POPULATION of the time (unknown counts as 500 people), else uniformly. */
function createPlacePicker(rng: Rng, places: readonly SyntheticPlace[]): () => SyntheticPlace {
  const cumulative: number[] = [];
  let total = 0;
  for (const p of places) cumulative.push((total += (p.population ?? 500) ** 0.75));
  return () => {
    if (rng() >= BY_POPULATION) return places[Math.floor(rng() * places.length)];
    const target = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return places[lo];
  };
}

/**
 * The 22 authorities from a committed boundary set (default the ONS one) and the reference facts,
 * as the coverage engine takes them.
 *
 * @example
 * loadCoverageAuthorities().find((a) => a.gss === "W06000015")?.historicDispersal // true (Cardiff)
 */
export function loadCoverageAuthorities(set: BoundarySetName = "ons"): CoverageAuthority[] {
  const collection = JSON.parse(readFileSync(BOUNDARY_FILES[set], "utf8")) as FeatureCollection<Polygon | MultiPolygon, { gss_code: string }>;
  const facts = new Map(WALES_AUTHORITIES.map((a) => [a.gss_code, a]));
  return collection.features.map((f) => {
    const a = facts.get(f.properties.gss_code);
    if (!a) throw new Error(`Unknown local authority code: ${f.properties.gss_code}`);
    return {
      gss: a.gss_code,
      population: a.population_census_2021,
      rural: a.rural_wlga,
      historicDispersal: a.historic_asylum_dispersal_area,
      geometry: f.geometry,
    };
  });
}

/**
 * The 370 committed GeoNames settlements with their authority on the given outlines (as the site
 * re-assigns them to the active boundary set), as the coverage engine takes them.
 *
 * @example
 * loadCoverageSettlements(loadCoverageAuthorities())[0] // { id: 2653822, name: "Cardiff", population: 447287, lng: -3.18, lat: 51.48, gss: "W06000015" }
 */
export function loadCoverageSettlements(authorities: readonly CoverageAuthority[] = loadCoverageAuthorities()): CoverageSettlement[] {
  const stored = JSON.parse(readFileSync(SETTLEMENTS_FILE, "utf8")) as (Omit<CoverageSettlement, "gss"> & { gss_code: string })[];
  const outlines = { type: "FeatureCollection" as const, features: authorities.map((a) => ({ type: "Feature" as const, properties: { gss_code: a.gss }, geometry: a.geometry })) };
  return reassignToBoundaries(
    stored.map((s) => ({ id: s.id, name: s.name, population: s.population, lng: s.lng, lat: s.lat, gss: s.gss_code })),
    outlines,
  );
}
