/**
 * Welsh place names → local authority (W06 code): the 22 authorities' English and Welsh names in
 * the forms publishers write them ("Cardiff Council", "Cyngor Sir Powys", "City and County of
 * Swansea", "Rhondda Cynon Taff"), and, for a recipient's city, the towns in the settlements table.
 * Comparison ignores case, accents and punctuation.
 */
import { WALES_AUTHORITIES } from "../../../geo/authorities";
import settlementsFile from "../../../geo/data/wales-settlements.geonames.json";

/**
 * A name folded for comparison: no accents, lower case, "&" as "and", punctuation as spaces.
 *
 * @example
 * foldName("Ynys Môn")                 // "ynys mon"
 * foldName("Castell-nedd Port Talbot") // "castell nedd port talbot"
 */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const byName = new Map<string, string>();
for (const a of WALES_AUTHORITIES) {
  byName.set(foldName(a.name_en), a.gss_code);
  byName.set(foldName(a.name_cy), a.gss_code);
}
/** Other spellings seen in published files. */
const ALIASES: Record<string, string> = { "rhondda cynon taff": "Rhondda Cynon Taf", anglesey: "Isle of Anglesey", rct: "Rhondda Cynon Taf" };
for (const [alias, nameEn] of Object.entries(ALIASES)) {
  const gss = WALES_AUTHORITIES.find((a) => a.name_en === nameEn)?.gss_code;
  if (gss) byName.set(alias, gss);
}

/** Words around an authority's name that do not change which authority it is. */
const PREFIXES = [
  "city and county of ", "city of ", "county borough of ", "county of ", "the ",
  "cyngor bwrdeistref sirol ", "cyngor dinas a sir ", "cyngor sir ", "cyngor ", "dinas a sir ", "sir ",
];
const SUFFIXES = [
  " county borough council", " city and county council", " county council", " borough council", " city council",
  " council", " county borough", " city and county", " cbc", " cc", " county",
];

function variantsOf(folded: string): string[] {
  const seen = new Set([folded]);
  const queue = [folded];
  while (queue.length > 0 && seen.size < 64) {
    const v = queue.shift() as string;
    const next = [
      ...PREFIXES.filter((p) => v.startsWith(p)).map((p) => v.slice(p.length)),
      ...SUFFIXES.filter((s) => v.endsWith(s)).map((s) => v.slice(0, -s.length)),
    ];
    for (const n of next) {
      if (n !== "" && !seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return [...seen];
}

/**
 * The W06 code of an authority named in English or Welsh, with or without "Council"/"Cyngor"
 * and the like; undefined when the name is not one of the 22.
 *
 * @example
 * authorityOfName("Caerdydd")                  // "W06000015"
 * authorityOfName("Vale of Glamorgan Council") // "W06000014"
 * authorityOfName("Cyngor Sir Powys")          // "W06000023"
 * authorityOfName("Bristol")                   // undefined
 */
export function authorityOfName(name: string): string | undefined {
  for (const v of variantsOf(foldName(name))) {
    const gss = byName.get(v);
    if (gss) return gss;
  }
  return undefined;
}

interface Settlement {
  name: string;
  population: number | null;
  gss_code: string;
}
const byTown = new Map<string, { gss: string; population: number }>();
for (const s of settlementsFile as Settlement[]) {
  const key = foldName(s.name);
  const population = s.population ?? 0;
  const known = byTown.get(key);
  if (!known || population > known.population) byTown.set(key, { gss: s.gss_code, population });
}

/**
 * The W06 code for a city or town: an authority name, else the most populous Welsh settlement of
 * that name in the settlements table. Callers guard against same-named English towns.
 *
 * @example
 * authorityOfTown("Aberystwyth") // "W06000008" (Ceredigion)
 * authorityOfTown("Caerdydd")    // "W06000015"
 */
export function authorityOfTown(name: string): string | undefined {
  return authorityOfName(name) ?? byTown.get(foldName(name))?.gss;
}

/**
 * True for a name that says Wales ("North Wales", "Cymru") and not another UK nation.
 *
 * @example
 * saysWales("North Wales")       // true
 * saysWales("England and Wales") // false
 */
export function saysWales(name: string): boolean {
  const f = ` ${foldName(name)} `;
  return / (wales|cymru|welsh|cymreig) /.test(f) && !/ (england|scotland|northern ireland|united kingdom|uk|great britain) /.test(f);
}

/**
 * True for a name that names only another UK nation ("England", "Scotland").
 *
 * @example
 * saysElsewhere("England") // true
 */
export function saysElsewhere(name: string): boolean {
  const f = ` ${foldName(name)} `;
  return / (england|scotland|northern ireland) /.test(f) && !/ (wales|cymru) /.test(f);
}
