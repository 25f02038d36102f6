/**
 * The "two squares" coverage fixture shared by the coverage tests: two 20 km × 20 km authorities
 * side by side (two-squares.geojson) with their settlements (settlements.json), and seeded random
 * worlds on them.
 */
import { readFileSync } from "node:fs";
import type { FeatureCollection, Polygon } from "geojson";
import { prepareCoverageGrid, type CoverageGrid } from "../../../geo/coverage/coverage";
import type { CoverageAuthority, CoverageProject, CoverageSettlement, Reach } from "../../../geo/coverage/coverage-types";
import { addDays } from "../../../geo/dates/calendar";

const readFixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../fixtures/geo/coverage/${name}`, import.meta.url), "utf8")) as T;

type SquareProps = { gss_code: string; population: number | null; rural: boolean; historic_dispersal: boolean };

/** The squares as they are in two-squares.geojson. */
export const squares = readFixture<FeatureCollection<Polygon, SquareProps>>("two-squares.geojson");

/** The squares as coverage authorities, in the fixture's order. */
export const squareAuthorities: CoverageAuthority[] = squares.features.map((f) => ({
  gss: f.properties.gss_code,
  population: f.properties.population,
  rural: f.properties.rural,
  historicDispersal: f.properties.historic_dispersal,
  geometry: f.geometry,
}));

/** The settlements in the squares. */
export const squareSettlements = readFixture<CoverageSettlement[]>("settlements.json");

/** A coverage grid of the squares and their settlements, with cells of `cellKm` (the default cell size unless given). */
export function squareGrid(cellKm?: number): CoverageGrid {
  return prepareCoverageGrid(squareAuthorities, squareSettlements, { cellKm });
}

/**
 * Random pieces of a world on the squares, all drawn from `rng`: projects of every reach and currency
 * (of the given themes, or one not among them, dated around `asOf`), small areas inside the squares,
 * and Census figures. Each piece draws in a fixed order, so a seed gives the same world each time.
 */
export function randomSquaresWorld(rng: () => number, themes: readonly string[], asOf: string) {
  const gssCodes = squareAuthorities.map((a) => a.gss);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rng();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)];
  const partial = (day: string) => pick([day.slice(0, 4), day.slice(0, 7), day, day]);
  const dayNear = () => addDays(asOf, Math.round(between(-1200, 900)));
  const randomReach = (): Reach => {
    const roll = rng();
    if (roll < 0.04) return { kind: "wales" };
    if (roll < 0.25) return { kind: "authorities", gss: rng() < 0.2 ? [...gssCodes] : [pick(gssCodes)] };
    return { kind: "point", lng: between(-3.65, -2.96), lat: between(51.97, 52.21), radiusKm: between(0.3, 12) };
  };
  /** A random project with this id, of this reach if given. */
  const project = (id: number, reach?: Reach): CoverageProject => ({
    id,
    themes: [...new Set([pick([...themes, "not-in-the-query"]), ...(rng() < 0.3 ? [pick(themes)] : [])])],
    reach: reach ?? randomReach(),
    startDate: rng() < 0.4 ? null : partial(dayNear()),
    endDate: rng() < 0.5 ? null : partial(dayNear()),
    endedNoDate: rng() < 0.05 ? true : undefined,
    lastEvidenced: rng() < 0.15 ? null : partial(dayNear()),
  });
  /** From 1 to `most` small areas in each square, of 2 to 300 km². */
  const smallAreas = (most: number) =>
    gssCodes.flatMap((gss, i) =>
      Array.from({ length: 1 + Math.floor(rng() * most) }, (_, k) => ({
        code: `W01${String(i * 100 + k).padStart(6, "0")}`,
        gss,
        lng: between(-3.6 + 0.295 * i, -3.305 + 0.295 * i),
        lat: between(52.0, 52.178),
        areaKm2: between(2, 300),
      })),
    );
  /** A Census figure from 1 to 300,000 for each square. */
  const census = () => new Map(gssCodes.map((gss) => [gss, 1 + Math.floor(between(0, 300_000))]));
  return { pick, project, smallAreas, census };
}
