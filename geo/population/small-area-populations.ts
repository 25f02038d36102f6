/**
 * Real small-area populations from a CSV (a code column and a population column, e.g. Census 2021
 * usual residents by LSOA), checked against the ONS small-area table before they replace the equal
 * shares of each authority's Census population.
 */
import { parse } from "csv-parse/sync";
import type { PeoplePoint } from "../coverage/coverage-types";
import { RURAL_DENSITY_PER_KM2 } from "../coverage/people-areas";

export interface SmallAreaPopulation {
  code: string;
  population: number;
}

export interface PopulationFileReport {
  rows: number;
  /** Per authority: the file's total against the Census figure. */
  authorities: { gss: string; total: number; census: number | null; differencePct: number | null }[];
}

/** A fault in the file, with its line and column. */
export class PopulationFileError extends Error {
  constructor(message: string, readonly line: number | null = null, readonly column: string | null = null) {
    super(line === null ? message : `Line ${line}${column ? `, column "${column}"` : ""}: ${message}`);
  }
}

const CODE_TITLES = ["code", "lsoa code", "lsoa21cd", "lsoa11cd", "geography code", "lsoa"];
const POPULATION_TITLES = ["population", "usual residents", "observation", "count", "total"];

function findColumn(header: string[], titles: string[], what: string): number {
  const lower = header.map((h) => h.trim().toLowerCase());
  const i = lower.findIndex((h) => titles.includes(h));
  if (i < 0) throw new PopulationFileError(`No ${what} column: expected one of ${titles.map((t) => `"${t}"`).join(", ")}; found ${header.map((h) => `"${h}"`).join(", ")}`, 1);
  return i;
}

/**
 * Reads a population CSV: every LSOA of the small-area table once, each with a whole, positive
 * population. Throws PopulationFileError naming the line and column of the first fault, a code the
 * table does not know, a repeated code, or the LSOAs missing from the file.
 *
 * @example
 * parseSmallAreaPopulations("code,population\nW01000001,1523\n…", lsoas, census).report.rows // 1909
 */
export function parseSmallAreaPopulations(
  csv: string,
  lsoas: readonly { code: string; gss: string }[],
  census: ReadonlyMap<string, number>,
): { populations: SmallAreaPopulation[]; report: PopulationFileReport } {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    throw new PopulationFileError(`Not a readable CSV file (${(error as Error).message})`);
  }
  if (records.length < 2) throw new PopulationFileError("The file has no rows.");
  const codeAt = findColumn(records[0], CODE_TITLES, "small-area code");
  const popAt = findColumn(records[0], POPULATION_TITLES, "population");
  const known = new Map(lsoas.map((a) => [a.code, a.gss]));
  const seen = new Map<string, number>();
  const populations = records.slice(1).map((r, i) => {
    const line = i + 2;
    const code = (r[codeAt] ?? "").trim();
    const raw = (r[popAt] ?? "").trim();
    if (!known.has(code)) throw new PopulationFileError(`"${code}" is not an LSOA of the small-area table (2011 LSOAs, W01…)`, line, records[0][codeAt]);
    if (seen.has(code)) throw new PopulationFileError(`${code} appears again (first on line ${seen.get(code)})`, line, records[0][codeAt]);
    seen.set(code, line);
    if (!/^\d+$/.test(raw) || Number(raw) <= 0) throw new PopulationFileError(`"${raw}" is not a whole number of people above 0`, line, records[0][popAt]);
    return { code, population: Number(raw) };
  });
  const missing = lsoas.filter((a) => !seen.has(a.code));
  if (missing.length > 0) {
    throw new PopulationFileError(`${missing.length} LSOAs have no population in the file, e.g. ${missing.slice(0, 5).map((a) => a.code).join(", ")}`);
  }
  const totals = new Map<string, number>();
  for (const p of populations) totals.set(known.get(p.code)!, (totals.get(known.get(p.code)!) ?? 0) + p.population);
  const authorities = [...totals].map(([gss, total]) => {
    const c = census.get(gss) ?? null;
    return { gss, total, census: c, differencePct: c ? ((total - c) / c) * 100 : null };
  });
  return { populations, report: { rows: populations.length, authorities } };
}

/**
 * People points from imported populations (rural as for equal shares: fewer than
 * RURAL_DENSITY_PER_KM2 people per km²).
 *
 * @example
 * peopleFromPopulations(lsoas, new Map([["W01000001", 1523]]))[0].population // 1523
 */
export function peopleFromPopulations(
  lsoas: readonly { code: string; gss: string; lng: number; lat: number; areaKm2: number }[],
  populations: ReadonlyMap<string, number>,
): PeoplePoint[] {
  return lsoas.flatMap((a) => {
    const population = populations.get(a.code);
    if (population === undefined) return [];
    return [{ code: a.code, gss: a.gss, lng: a.lng, lat: a.lat, population, rural: a.areaKm2 > 0 && population / a.areaKm2 < RURAL_DENSITY_PER_KM2 }];
  });
}
