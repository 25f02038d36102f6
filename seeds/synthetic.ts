/**
 * Seeded synthetic projects for benchmarks and load tests: realistic in shape (mostly local circles
 * around towns, some authority-wide and Wales-wide work, partial dates), never real records, and the
 * same for the same seed. Also loads the committed boundaries and settlements as engine inputs.
 */
import { readFileSync } from "node:fs";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { WALES_AUTHORITIES } from "../geo/authorities";
import type { CoverageAuthority, CoverageProject, CoverageSettlement, Reach } from "../geo/coverage/coverage-types";
import { WALES_BBOX, isPositionInBounds, roundTo } from "../geo/geometry";
import { addDays, addMonths, isIsoDay } from "../geo/dates/calendar";
import { THEMES } from "./data/themes";

const BOUNDARIES_FILE = new URL("../geo/data/wales-boundaries.natural-earth.geojson", import.meta.url);
const SETTLEMENTS_FILE = new URL("../geo/data/wales-settlements.geonames.json", import.meta.url);

/** A seeded random number generator: each call returns the next number in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32: a tiny, fast 32-bit generator, plenty for synthetic data (not for cryptography).
 * Throws on a seed that is not a finite number.
 *
 * @example
 * const rng = createRng(42);
 * rng() // 0.6011037519201636, and the same first number for every createRng(42)
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`Seed must be a finite number: ${seed}`);
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticPlace {
  lng: number;
  lat: number;
  population: number | null;
}

export interface SyntheticOptions {
  seed: number;
  /** Theme ids to draw 1–3 from; default every theme in seeds/data/themes.ts. */
  themes?: string[];
  /** GSS codes for authority reaches; default the 22 Welsh authorities. */
  authorities?: string[];
  /** Start dates fall in [from, to − 90 days]; default 2024-01-01 to 2029-12-31. */
  asOfRange?: { from: string; to: string };
  /** Circle centres are drawn around these; default the committed GeoNames settlements. */
  places?: SyntheticPlace[];
}

/** Share of circles centred by population (the rest by place, so small towns get projects too). */
const BY_POPULATION = 0.7;
/** Circle centres land within this many km of a place. */
const JITTER_KM = 8;
const DAY_MS = 86_400_000;

/**
 * `n` synthetic projects (ids 1…n), deterministic for a seed: ~80% point reaches centred within 8 km
 * of a settlement (chosen by population 70% of the time, uniformly otherwise) with a radius of
 * 2–40 km, ~15% reaches of 1–3 authorities, ~5% Wales-wide; 1–3 themes each; start dates of day,
 * month or year precision in the range and ends 3–48 months later (some unknown, a few "ended, no
 * date"). Every reach passes computeCoverage's checks. Throws on a bad count, range or empty list.
 *
 * @example
 * generateSyntheticProjects(2, { seed: 7 })[0]
 * // { id: 1, themes: ["community-spaces", "misinformation-online-harm", "modern-slavery"],
 * //   reach: { kind: "point", lng: -4.39053, lat: 53.27095, radiusKm: 17.4 }, startDate: "2026-09", endDate: "2027-11-06" }
 */
export function generateSyntheticProjects(n: number, options: SyntheticOptions): CoverageProject[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`Project count must be a whole number ≥ 0: ${n}`);
  const rng = createRng(options.seed);
  const themes = options.themes ?? THEMES.map((t) => t.id);
  const authorities = options.authorities ?? WALES_AUTHORITIES.map((a) => a.gss_code);
  const places = options.places ?? loadCoverageSettlements();
  const range = options.asOfRange ?? { from: "2024-01-01", to: "2029-12-31" };
  if (themes.length === 0) throw new Error("Cannot generate projects without themes");
  if (authorities.length === 0) throw new Error("Cannot generate projects without authorities");
  if (places.length === 0) throw new Error("Cannot generate projects without places");
  if (!isIsoDay(range.from)) throw new Error(`Invalid range start: ${range.from}`);
  if (!isIsoDay(range.to)) throw new Error(`Invalid range end: ${range.to}`);
  const fromMs = Date.parse(`${range.from}T00:00:00Z`);
  const lastStartMs = Date.parse(`${range.to}T00:00:00Z`) - 90 * DAY_MS;
  if (lastStartMs < fromMs) throw new Error(`Date range too short (at least 90 days): ${range.from} to ${range.to}`);

  const pickPlace = createPlacePicker(rng, places);
  const projects: CoverageProject[] = [];
  for (let id = 1; id <= n; id++) {
    // The order of the draws is part of the output: reach, dates, themes, then "ended".
    const reach = drawReach(rng, pickPlace, authorities);
    const { startDate, endDate } = drawDates(rng, fromMs, lastStartMs);
    const project: CoverageProject = { id, themes: pickDistinct(rng, themes, 1 + Math.floor(rng() * 3)), reach, startDate, endDate };
    if (endDate === null && rng() < 0.08) project.endedNoDate = true;
    projects.push(project);
  }
  return projects;
}

/** A point reach (80%), 1–3 authorities (15%) or all of Wales (5%). */
function drawReach(rng: Rng, pickPlace: () => SyntheticPlace, authorities: readonly string[]): Reach {
  const kind = rng();
  if (kind >= 0.95) return { kind: "wales" };
  if (kind >= 0.8) return { kind: "authorities", gss: pickDistinct(rng, authorities, 1 + Math.floor(rng() * 3)).sort() };
  let lng: number;
  let lat: number;
  do {
    const place = pickPlace();
    const distance = JITTER_KM * Math.sqrt(rng());
    const bearing = 2 * Math.PI * rng();
    lat = place.lat + (distance * Math.cos(bearing)) / 111.2;
    lng = place.lng + (distance * Math.sin(bearing)) / (111.2 * Math.cos((place.lat * Math.PI) / 180));
  } while (!isPositionInBounds([lng, lat], WALES_BBOX));
  return { kind: "point", lng: roundTo(lng, 5), lat: roundTo(lat, 5), radiusKm: roundTo(2 + 38 * rng(), 1) };
}

/** A start day in [fromMs, lastStartMs] and an end the day before 3–48 calendar months later, each of mixed precision or unknown. */
function drawDates(rng: Rng, fromMs: number, lastStartMs: number): { startDate: string | null; endDate: string | null } {
  const startDay = new Date(fromMs + Math.floor(rng() * ((lastStartMs - fromMs) / DAY_MS + 1)) * DAY_MS).toISOString().slice(0, 10);
  const endDay = addDays(addMonths(startDay, 3 + Math.floor(rng() * 46)), -1);
  const startDate = rng() < 0.03 ? null : truncateDay(startDay, rng() < 0.5 ? "day" : rng() < 0.7 ? "month" : "year");
  const endRoll = rng();
  const endDate = endRoll < 0.12 ? null : truncateDay(endDay, endRoll < 0.52 ? "day" : endRoll < 0.87 ? "month" : "year");
  return { startDate, endDate };
}

/** Picks a place by population BY_POPULATION of the time (an unknown population counts as a village of 500), else uniformly. */
function createPlacePicker(rng: Rng, places: readonly SyntheticPlace[]): () => SyntheticPlace {
  const cumulative: number[] = [];
  let total = 0;
  for (const p of places) cumulative.push((total += p.population ?? 500));
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

function pickDistinct<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return out;
}

function truncateDay(isoDay: string, precision: "day" | "month" | "year"): string {
  return precision === "day" ? isoDay : precision === "month" ? isoDay.slice(0, 7) : isoDay.slice(0, 4);
}

/**
 * The 22 authorities from the committed Natural Earth outlines and reference facts, as the coverage
 * engine takes them.
 *
 * @example
 * loadCoverageAuthorities().find((a) => a.gss === "W06000015")?.historicDispersal // true (Cardiff)
 */
export function loadCoverageAuthorities(): CoverageAuthority[] {
  const collection = JSON.parse(readFileSync(BOUNDARIES_FILE, "utf8")) as FeatureCollection<Polygon | MultiPolygon, { gss_code: string }>;
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
 * The 370 committed GeoNames settlements with their authority, as the coverage engine takes them.
 *
 * @example
 * loadCoverageSettlements()[0] // { id: 2653822, name: "Cardiff", population: 447287, lng: -3.18, lat: 51.48, gss: "W06000015" }
 */
export function loadCoverageSettlements(): CoverageSettlement[] {
  const stored = JSON.parse(readFileSync(SETTLEMENTS_FILE, "utf8")) as (Omit<CoverageSettlement, "gss"> & { gss_code: string })[];
  return stored.map((s) => ({ id: s.id, name: s.name, population: s.population, lng: s.lng, lat: s.lat, gss: s.gss_code }));
}
