import { readFileSync } from "node:fs";
import { distance } from "@turf/turf";
import { describe, expect, it } from "vitest";
import {
  RURAL_DENSITY_PER_KM2,
  computeCoverage,
  findCoverageRow,
  prepareCoverageGrid,
  sharePopulation,
  type CoverageTable,
} from "../../../geo/coverage/coverage";
import type { CoverageProject, PeoplePoint } from "../../../geo/coverage/coverage-types";
import { WALES_AUTHORITIES } from "../../../geo/authorities";
import { countsAsCurrent, currencyOn } from "../../../geo/dates/currency";
import { generateSyntheticProjects, loadCoverageAuthorities, loadCoverageSettlements } from "../../../seeds/synthetic";
import { THEMES as ALL_THEMES } from "../../../seeds/data/themes";
import { mulberry32 } from "../../random";
import { randomSquaresWorld, squareAuthorities, squareGrid } from "./squares";

type SmallArea = { code: string; gss: string; lng: number; lat: number; areaKm2: number };
const area = (code: string, gss: string, areaKm2 = 10): SmallArea => ({ code, gss, lng: -3.45, lat: 52.09, areaKm2 });

/** The sum of the shares per authority. */
function totals(points: readonly PeoplePoint[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const p of points) sums.set(p.gss, (sums.get(p.gss) ?? 0) + p.population);
  return sums;
}

describe("sharePopulation", () => {
  it("divides each authority's Census figure into whole-number shares that add up to it exactly (seeded random cases)", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rng = mulberry32(seed);
      const populations = new Map<string, number>();
      const areas: SmallArea[] = [];
      for (let i = 0; i < 1 + Math.floor(rng() * 5); i++) {
        const gss = `W060000${String(10 + i)}`;
        // Sometimes fewer people than small areas, so some shares are 0.
        populations.set(gss, 1 + Math.floor(rng() < 0.1 ? rng() * 5 : rng() * 500_000));
        for (let k = 0; k < 1 + Math.floor(rng() * 40); k++) areas.push(area(`W01${String(Math.floor(rng() * 1e6)).padStart(6, "0")}${k}`, gss, 0.5 + rng() * 100));
      }
      const points = sharePopulation(areas, populations);
      expect(totals(points), `seed ${seed}`).toEqual(populations);
      expect(points).toHaveLength(areas.length);
      for (const [gss] of populations) {
        const shares = points.filter((p) => p.gss === gss).map((p) => p.population);
        for (const s of shares) expect(Number.isInteger(s) && s >= 0, `seed ${seed}: ${s}`).toBe(true);
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
      }
    }
  });

  it("shares the Census 2021 figure of every Welsh authority exactly among its committed LSOAs", () => {
    const lsoas = (JSON.parse(readFileSync(new URL("../../../geo/data/ons-small-areas-wales.json", import.meta.url), "utf8")) as (SmallArea & { type: string })[]).filter(
      (a) => a.type === "LSOA",
    );
    const census = new Map(WALES_AUTHORITIES.map((a) => [a.gss_code, a.population_census_2021]));
    const points = sharePopulation(lsoas, census);
    expect(census.size).toBe(22);
    expect(totals(points)).toEqual(census);
    expect(points).toHaveLength(lsoas.length);
    for (const p of points) expect(Number.isInteger(p.population)).toBe(true);
  });

  it("gives the remainder one each to the first small areas in code order, whatever order they come in", () => {
    const points = sharePopulation(
      [area("W01000003", "W06000001"), area("W01000001", "W06000001"), area("W01000004", "W06000001"), area("W01000002", "W06000001")],
      new Map([["W06000001", 14]]),
    );
    expect(points.map((p) => [p.code, p.population])).toEqual([
      ["W01000001", 4],
      ["W01000002", 4],
      ["W01000003", 3],
      ["W01000004", 3],
    ]);
  });

  it("keeps each small area's point and authority, and lists authorities in the order of the Census map", () => {
    const areas = [{ code: "W01000009", gss: "W06000002", lng: -3.1, lat: 51.6, areaKm2: 2 }, { code: "W01000001", gss: "W06000001", lng: -4.3, lat: 53.3, areaKm2: 20 }];
    expect(sharePopulation(areas, new Map([["W06000002", 1000], ["W06000001", 6000]]))).toEqual([
      { code: "W01000009", gss: "W06000002", lng: -3.1, lat: 51.6, population: 1000, rural: false },
      { code: "W01000001", gss: "W06000001", lng: -4.3, lat: 53.3, population: 6000, rural: false },
    ]);
  });

  it(`marks a small area rural when its share is under ${RURAL_DENSITY_PER_KM2} people per km², and not at or over it`, () => {
    expect(RURAL_DENSITY_PER_KM2).toBe(300);
    // 300 people each: 1 km² is exactly 300 per km² (not rural), 1.01 km² just under (rural).
    const points = sharePopulation(
      [area("W01000001", "W06000001", 1), area("W01000002", "W06000001", 1.01), area("W01000003", "W06000001", 0.5), area("W01000004", "W06000001", 60)],
      new Map([["W06000001", 1200]]),
    );
    expect(points.map((p) => p.rural)).toEqual([false, true, false, true]);
  });

  it("throws on an authority with no small areas, naming it", () => {
    expect(() => sharePopulation([area("W01000001", "W06000001")], new Map([["W06000001", 10], ["W06000002", 10]]))).toThrow(
      "No small areas for local authority W06000002",
    );
  });

  it.each([0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("throws on a population of %s, naming the authority", (population) => {
    expect(() => sharePopulation([area("W01000001", "W06000001")], new Map([["W06000001", population]]))).toThrow(
      `Invalid population for local authority W06000001: ${population}`,
    );
  });
});

// The two 20 km squares of coverage.test.ts (people do not depend on the cell size: a 1 km grid).
const grid = squareGrid(1);
const GSS = squareAuthorities.map((a) => a.gss);
const THEMES = ["hate-crime", "youth-asb", "modern-slavery"];
const AS_OF = "2026-01-01";

/** A random world on the squares: small areas with shares of random Census figures, and projects of every reach and currency. */
function randomWorld(seed: number) {
  const rng = mulberry32(seed);
  const world = randomSquaresWorld(rng, THEMES, AS_OF);
  const projects: CoverageProject[] = Array.from({ length: Math.floor(rng() * 10) }, (_, i) => world.project(i + 1));
  const census = world.census();
  return { projects, census, people: sharePopulation(world.smallAreas(12), census), pick: world.pick };
}

/** Checks the people figures of every row against the Census figures: whole people, adding up, shares consistent. */
function expectPeopleInvariants(table: CoverageTable, census: ReadonlyMap<string, number>, label: string): void {
  for (const r of table.rows) {
    const at = `${label}: ${r.gss} / ${r.theme}`;
    expect(r.population, at).toBe(census.get(r.gss));
    expect(r.peopleInReach + r.peopleOutOfReach, at).toBe(r.population);
    expect(r.peopleOutOfReach, at).toBeGreaterThanOrEqual(0);
    expect(r.peopleOutOfReach, at).toBeLessThanOrEqual(r.population);
    expect(r.ruralPeopleOutOfReach, at).toBeGreaterThanOrEqual(0);
    expect(r.ruralPeopleOutOfReach, at).toBeLessThanOrEqual(r.peopleOutOfReach);
    for (const n of [r.peopleInReach, r.peopleOutOfReach, r.ruralPeopleOutOfReach]) expect(Number.isInteger(n), at).toBe(true);
    expect(r.peopleCoverage, at).toBe(r.peopleInReach / r.population);
    expect(r.ruralShare, at).toBe(r.peopleOutOfReach > 0 ? r.ruralPeopleOutOfReach / r.peopleOutOfReach : null);
    expect(r.ruralGap, at).toBe(r.ruralShare !== null && r.ruralShare > 0.5);
  }
}

describe("people in reach (seeded random worlds)", () => {
  const CASES = 150;

  it("keeps every row's people whole and adding up to the Census figure, with 0 ≤ out of reach ≤ population", () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { projects, census, people } = randomWorld(seed);
      expectPeopleInvariants(computeCoverage(grid, projects, { asOf: AS_OF, themes: THEMES, people }), census, `seed ${seed}`);
    }
  });

  it("counts in reach exactly the small areas a current project of the theme reaches, checked by brute force", () => {
    let inReach = 0;
    let outOfReach = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const { projects, people } = randomWorld(seed);
      const table = computeCoverage(grid, projects, { asOf: AS_OF, themes: THEMES, people });
      const current = projects.filter((p) => countsAsCurrent(currencyOn(p, AS_OF)));
      const reaches = (p: CoverageProject, s: PeoplePoint) =>
        p.reach.kind === "wales" ||
        (p.reach.kind === "authorities" && p.reach.gss.includes(s.gss)) ||
        (p.reach.kind === "point" && distance([s.lng, s.lat], [p.reach.lng, p.reach.lat], { units: "kilometers" }) <= p.reach.radiusKm);
      for (const theme of [null, ...THEMES]) {
        const ofTheme = current.filter((p) => theme === null || p.themes.includes(theme));
        for (const gss of GSS) {
          const mine = people.filter((s) => s.gss === gss);
          const reached = mine.filter((s) => ofTheme.some((p) => reaches(p, s)));
          const expected = reached.reduce((t, s) => t + s.population, 0);
          const ruralOut = mine.filter((s) => s.rural && !reached.includes(s)).reduce((t, s) => t + s.population, 0);
          const r = findCoverageRow(table, gss, theme);
          expect(r.peopleInReach, `seed ${seed}: ${gss} / ${theme}`).toBe(expected);
          expect(r.ruralPeopleOutOfReach, `seed ${seed}: ${gss} / ${theme}`).toBe(ruralOut);
          inReach += reached.length;
          outOfReach += mine.length - reached.length;
        }
      }
    }
    // Both sides of the check are exercised.
    expect(inReach).toBeGreaterThan(500);
    expect(outOfReach).toBeGreaterThan(500);
  });

  it("brings all of an authority's people in reach, for the theme and for all themes, when a current project serves the whole authority", () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { projects, census, people, pick } = randomWorld(10_000 + seed);
      const gss = pick(GSS);
      const theme = pick(THEMES);
      const serving: CoverageProject = { id: 999, themes: [theme], reach: { kind: "authorities", gss: [gss] }, startDate: null, endDate: null, lastEvidenced: "2025-11" };
      const table = computeCoverage(grid, [...projects, serving], { asOf: AS_OF, themes: THEMES, people });
      for (const row of [findCoverageRow(table, gss, theme), findCoverageRow(table, gss, null)]) {
        expect(row, `seed ${10_000 + seed}: ${gss} / ${row.theme}`).toMatchObject({
          population: census.get(gss),
          peopleInReach: census.get(gss),
          peopleOutOfReach: 0,
          ruralPeopleOutOfReach: 0,
          ruralShare: null,
          peopleCoverage: 1,
          ruralGap: false,
        });
      }
    }
  });

  it("keeps the all-themes row's people in reach at least those of each theme row", () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { projects, people } = randomWorld(20_000 + seed);
      const table = computeCoverage(grid, projects, { asOf: AS_OF, themes: THEMES, people });
      for (const gss of GSS) {
        const all = findCoverageRow(table, gss, null).peopleInReach;
        for (const theme of THEMES) expect(all, `seed ${20_000 + seed}: ${gss} / ${theme}`).toBeGreaterThanOrEqual(findCoverageRow(table, gss, theme).peopleInReach);
      }
    }
  });
});

describe("people in reach across Wales", () => {
  it("adds up to every authority's Census figure for synthetic projects on the committed outlines and LSOAs", () => {
    const lsoas = (JSON.parse(readFileSync(new URL("../../../geo/data/ons-small-areas-wales.json", import.meta.url), "utf8")) as (SmallArea & { type: string })[]).filter(
      (a) => a.type === "LSOA",
    );
    const census = new Map(WALES_AUTHORITIES.map((a) => [a.gss_code, a.population_census_2021]));
    const walesGrid = prepareCoverageGrid(loadCoverageAuthorities(), loadCoverageSettlements());
    const themes = ALL_THEMES.map((t) => t.id);
    const projects = generateSyntheticProjects(300, { seed: 5, themes });
    const table = computeCoverage(walesGrid, projects, { asOf: "2026-07-01", themes, people: sharePopulation(lsoas, census) });
    expectPeopleInvariants(table, census, "Wales");
    // Not trivial: some people in reach and some out.
    expect(table.rows.some((r) => r.peopleInReach > 0 && r.peopleOutOfReach > 0)).toBe(true);
  });
});
