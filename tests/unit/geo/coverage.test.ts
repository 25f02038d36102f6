import { readFileSync } from "node:fs";
import { area, booleanPointInPolygon, circle, distance, featureCollection, intersect, pointToPolygonDistance } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CELL_KM,
  GAP_SCORE_WEIGHTS,
  computeCoverage,
  findCoverageRow,
  gapGeometry,
  prepareCoverageGrid,
  sharePopulation,
  type CoverageGrid,
  type CoverageTable,
} from "../../../geo/coverage/coverage";
import type { CoverageAuthority, CoverageProject, CoverageSettlement, CoverageTableQuery, PeoplePoint, Reach } from "../../../geo/coverage/coverage-types";
import { countsAsCurrent, currencyOn } from "../../../geo/dates/currency";
import { EARTH_RADIUS_KM } from "../../../geo/sphere";
import { THEMES } from "../../../seeds/data/themes";
import { generateSyntheticProjects, loadCoverageAuthorities, loadCoverageSettlements } from "../../../seeds/synthetic";
import { expectGolden } from "../../golden";
import { squareAuthorities, squareGrid as prepareSquareGrid, squareSettlements, squares } from "./squares";

const fixtureUrl = (name: string) => new URL(`../../fixtures/geo/coverage/${name}`, import.meta.url);
const readFixture = <T>(name: string): T => JSON.parse(readFileSync(fixtureUrl(name), "utf8")) as T;

// Two 20 km × 20 km squares side by side, edges on the grid's 0.25 km lattice so that the squares'
// own areas are counted exactly and the tests below measure only how reaches are rasterised.
const A = "W06000023"; // the west square: rural, population 50,000
const B = "W06000024"; // the east square: a historic dispersal area, population 200,000
const squareGrid = prepareSquareGrid();
const geometryOf = (gss: string) => squares.features.find((f) => f.properties.gss_code === gss)!.geometry;
const settlement = (name: string) => squareSettlements.find((s) => s.name === name)!;
// Three small areas in each square (see small-areas.json): A's 50,000 people as 16,667 at Aberfoo
// (W01000001, dense) and 16,667 + 16,666 in two rural areas; B's 200,000 as 66,667 at Trebaz and
// 66,667 at Cwmqux (both dense) and 66,666 in one rural area.
const squarePeople: PeoplePoint[] = sharePopulation(
  readFixture<{ code: string; gss: string; lng: number; lat: number; areaKm2: number }[]>("small-areas.json"),
  new Map(squareAuthorities.map((a) => [a.gss, a.population!])),
);
const smallArea = (code: string) => squarePeople.find((p) => p.code === code)!;

const AS_OF = "2026-01-01";
let nextId = 100;
/** A hate-crime project with no dates, evidenced the month before AS_OF (so current on AS_OF). */
function project(reach: Reach, more: Partial<CoverageProject> = {}): CoverageProject {
  return { id: nextId++, themes: ["hate-crime"], reach, startDate: null, endDate: null, lastEvidenced: "2025-12", ...more };
}
const point = (lng: number, lat: number, radiusKm: number): Reach => ({ kind: "point", lng, lat, radiusKm });
/** computeCoverage on the squares with their small areas, or on another grid with no people unless `query` gives some. */
const run = (projects: CoverageProject[], themes: string[] = ["hate-crime"], asOf = AS_OF, grid = squareGrid, query: Partial<CoverageTableQuery> = {}) =>
  computeCoverage(grid, projects, { asOf, themes, people: grid === squareGrid ? squarePeople : [], ...query });
const row = (table: CoverageTable, gss: string, theme: string | null = null) => findCoverageRow(table, gss, theme);

/** Area of a spherical cap of (great-circle) radius r km. */
const capAreaKm2 = (r: number) => 2 * Math.PI * EARTH_RADIUS_KM ** 2 * (1 - Math.cos(r / EARTH_RADIUS_KM));
const areaKm2 = (g: Polygon | MultiPolygon) => area(g) / 1e6;
const cellAreaKm2 = (grid: CoverageGrid, gss: string) =>
  grid.authorities.find((a) => a.gss === gss)!.cellCount * grid.cellKm ** 2;

describe("prepareCoverageGrid", () => {
  it("uses 0.25 km cells unless told otherwise", () => {
    expect(DEFAULT_CELL_KM).toBe(0.25);
    expect(squareGrid.cellKm).toBe(0.25);
    expect(prepareCoverageGrid(squareAuthorities, squareSettlements, { cellKm: 1 }).cellKm).toBe(1);
  });

  it("gives each 20 km square exactly its 6,400 cells (its edges lie on the 0.25 km lattice)", () => {
    for (const gss of [A, B]) {
      expect(squareGrid.authorities.find((a) => a.gss === gss)!.cellCount).toBe(6400);
      expect(Math.abs(cellAreaKm2(squareGrid, gss) / areaKm2(geometryOf(gss)) - 1)).toBeLessThan(1e-4);
    }
  });

  it("lists authorities by GSS code and puts settlements in their authority", () => {
    expect(squareGrid.authorities.map((a) => a.gss)).toEqual([A, B]);
    expect(squareGrid.authorities[0].settlementIndexes.map((i) => squareGrid.settlements[i].name)).toEqual(["Aberfoo", "Llanbar", "Pentre"]);
  });

  it("measures each settlement's distance to every other authority's outline, and 0 to its own", () => {
    const n = squareGrid.authorities.length;
    const pentre = squareSettlements.findIndex((s) => s.name === "Pentre");
    const expected = pointToPolygonDistance([settlement("Pentre").lng, settlement("Pentre").lat], geometryOf(B), { units: "kilometers" });
    expect(squareGrid.settlementAuthorityKm[pentre * n + 1]).toBeCloseTo(expected, 6);
    expect(squareGrid.settlementAuthorityKm[pentre * n + 0]).toBe(0);
  });

  it("fills the committed Welsh outlines: every authority's cell area within 0.5% of its Turf area", () => {
    const authorities = loadCoverageAuthorities();
    const grid = prepareCoverageGrid(authorities, loadCoverageSettlements());
    for (const a of authorities) {
      expect(Math.abs(cellAreaKm2(grid, a.gss) / areaKm2(a.geometry) - 1), a.gss).toBeLessThan(0.005);
    }
    expect(grid.settlements).toHaveLength(370);
  });

  it.each([
    ["an unknown GSS code", [{ ...squareAuthorities[0], gss: "W06000007" }], squareSettlements.slice(0, 0), "Unknown local authority code: W06000007"],
    ["a duplicate GSS code", [squareAuthorities[0], squareAuthorities[0]], [], "Duplicate local authority code: W06000023"],
    ["an empty geometry", [{ ...squareAuthorities[0], geometry: { type: "Polygon", coordinates: [] } }], [], "Empty geometry for local authority: W06000023"],
    ["a settlement of an unknown authority", squareAuthorities, [{ ...squareSettlements[0], gss: "W06000001" }], "Unknown local authority code for settlement Aberfoo (1): W06000001"],
    ["a settlement outside Wales' bounding box", squareAuthorities, [{ ...squareSettlements[0], lng: -0.12, lat: 51.5 }], "Coordinates outside Wales' bounding box: [-0.12, 51.5] for settlement Aberfoo (1)"],
  ] as [string, CoverageAuthority[], CoverageSettlement[], string][])("throws on %s, naming it", (_, authorities, settlements, message) => {
    expect(() => prepareCoverageGrid(authorities, settlements)).toThrow(message);
  });

  it("throws on a bad cell size and on an authority smaller than a cell", () => {
    expect(() => prepareCoverageGrid(squareAuthorities, [], { cellKm: 0 })).toThrow("Cell size out of range (0.05–10 km): 0");
    const speck: CoverageAuthority = {
      ...squareAuthorities[0],
      geometry: { type: "Polygon", coordinates: [[[-3.5, 52.1], [-3.4999, 52.1], [-3.4999, 52.1001], [-3.5, 52.1]]] },
    };
    expect(() => prepareCoverageGrid([speck], [])).toThrow("Local authority W06000023 is smaller than one grid cell (0.25 km)");
  });
});

describe("computeCoverage: area", () => {
  it("covers a circle inside a square authority: coverage = circle area / square area within 1%", () => {
    const table = run([project(point(-3.45, 52.09, 5))]);
    const expected = capAreaKm2(5) / areaKm2(geometryOf(A));
    expect(row(table, A).areaCoverage / expected).toBeGreaterThan(0.99);
    expect(row(table, A).areaCoverage / expected).toBeLessThan(1.01);
    expect(row(table, B).areaCoverage).toBe(0);
  });

  it("splits a circle crossing two squares as the analytic circular segments do, within 1%", () => {
    const r = 6;
    const d = distance([-3.33, 52.09], [-3.30532, 52.09], { units: "kilometers" }); // centre to the shared edge, ≈ 1.69 km
    const segment = r * r * Math.acos(d / r) - d * Math.sqrt(r * r - d * d);
    const table = run([project(point(-3.33, 52.09, r))]);
    const expectedA = (Math.PI * r * r - segment) / areaKm2(geometryOf(A));
    const expectedB = segment / areaKm2(geometryOf(B));
    expect(Math.abs(row(table, A).areaCoverage / expectedA - 1)).toBeLessThan(0.01);
    expect(Math.abs(row(table, B).areaCoverage / expectedB - 1)).toBeLessThan(0.01);
  });

  it("covers all of an authority a project serves and none of the one next door", () => {
    const table = run([project({ kind: "authorities", gss: [A] })]);
    expect(row(table, A).areaCoverage).toBe(1);
    expect(row(table, B).areaCoverage).toBe(0);
    expect(row(table, A).activeProjects).toBe(1);
    expect(row(table, B).activeProjects).toBe(0);
  });

  it("covers every authority with a Wales-wide project", () => {
    const table = run([project({ kind: "wales" })]);
    for (const r of table.rows) expect(r.areaCoverage).toBe(1);
  });

  it("counts a circle in each authority it reaches, and in the one holding its centre", () => {
    const table = run([project(point(-3.33, 52.09, 6)), project(point(-3.45, 52.09, 1))]);
    expect(row(table, A).activeProjects).toBe(2);
    expect(row(table, B).activeProjects).toBe(1);
  });

  it("gives a 10 km circle on Cardiff the share of every authority Turf's intersect gives, within 0.5 points (on Natural Earth's outlines)", () => {
    const authorities = loadCoverageAuthorities("natural-earth");
    const grid = prepareCoverageGrid(authorities, loadCoverageSettlements(authorities));
    for (const radiusKm of [10, 5]) {
      const table = run([project(point(-3.18, 51.48, radiusKm))], [], AS_OF, grid);
      const disc = circle([-3.18, 51.48], radiusKm, { steps: 512, units: "kilometers" });
      for (const a of authorities) {
        const clipped = intersect(featureCollection<Polygon | MultiPolygon>([{ type: "Feature", properties: {}, geometry: a.geometry }, disc]));
        const expected = clipped ? area(clipped) / area(a.geometry) : 0;
        expect(Math.abs(row(table, a.gss).areaCoverage - expected) * 100, `${a.gss} at ${radiusKm} km`).toBeLessThan(0.5);
      }
    }
    // Natural Earth's Cardiff is small: 10 km from the city centre covers all of it, 5 km about half.
    const cardiff = (r: number) => row(run([project(point(-3.18, 51.48, r))], [], AS_OF, grid), "W06000015").areaCoverage;
    expect(cardiff(10)).toBeCloseTo(1, 3);
    expect(cardiff(5)).toBeGreaterThan(0.4);
    expect(cardiff(5)).toBeLessThan(0.6);
  });
});

describe("computeCoverage: people", () => {
  const aberfoo = [settlement("Aberfoo").lng, settlement("Aberfoo").lat];
  const llanbar = [settlement("Llanbar").lng, settlement("Llanbar").lat];
  const toLlanbar = distance(aberfoo, llanbar, { units: "kilometers" });

  it("counts a settlement and a small area exactly on the radius as in reach", () => {
    // Llanbar and the rural small area W01000002 share a point.
    const table = run([project(point(aberfoo[0], aberfoo[1], toLlanbar))]);
    expect(row(table, A).outOfReach.map((s) => s.name)).toEqual(["Pentre"]);
    expect(row(table, A)).toMatchObject({ population: 50_000, peopleInReach: 33_334, peopleOutOfReach: 16_666, ruralPeopleOutOfReach: 16_666 });
    expect(row(table, A).peopleCoverage).toBe(33_334 / 50_000);
  });

  it("puts a settlement and a small area just outside the radius out of reach, the settlement at the gap's distance", () => {
    const table = run([project(point(aberfoo[0], aberfoo[1], toLlanbar - 0.5))]);
    const out = row(table, A).outOfReach.find((s) => s.name === "Llanbar")!;
    expect(out.distanceKm).toBeCloseTo(0.5, 3);
    expect(out.rural).toBe(true);
    expect(row(table, A)).toMatchObject({ peopleInReach: 16_667, peopleOutOfReach: 33_333, ruralPeopleOutOfReach: 33_333, ruralShare: 1 });
    expect(row(table, A).peopleCoverage).toBe(16_667 / 50_000);
  });

  it("measures the distance to an authority reach as the distance to its outline", () => {
    const table = run([project({ kind: "authorities", gss: [B] })]);
    const pentre = row(table, A).outOfReach.find((s) => s.name === "Pentre")!;
    const expected = pointToPolygonDistance([settlement("Pentre").lng, settlement("Pentre").lat], geometryOf(B), { units: "kilometers" });
    expect(pentre.distanceKm).toBeCloseTo(expected, 3);
    expect(pentre.distanceKm).toBeCloseTo(3.73, 2); // 0.0547° of longitude at 52.15°N
  });

  it("counts a settlement just outside its own authority's outline as reached by a project serving that authority", () => {
    const table = run([project({ kind: "authorities", gss: [B] })]);
    expect(row(table, B).outOfReach).toEqual([]);
    expect(row(table, B)).toMatchObject({ population: 200_000, peopleInReach: 200_000, peopleOutOfReach: 0, ruralPeopleOutOfReach: 0, ruralShare: null, peopleCoverage: 1 });
  });

  it("puts a small area in its authority by its code, not by where its point lies", () => {
    // A small area of A whose point lies in B: a project serving A reaches it, one serving B does not.
    const stray: PeoplePoint[] = [{ code: "W01000099", gss: A, lng: -3.15, lat: 52.09, population: 1_000, rural: false }];
    const servesA = run([project({ kind: "authorities", gss: [A] })], ["hate-crime"], AS_OF, squareGrid, { people: stray });
    expect(row(servesA, A).peopleInReach).toBe(1_000);
    const servesB = run([project({ kind: "authorities", gss: [B] })], ["hate-crime"], AS_OF, squareGrid, { people: stray });
    expect(row(servesB, A).peopleOutOfReach).toBe(1_000);
    expect(row(servesB, B).population).toBe(0);
  });

  it("counts people by small-area point: area in reach without a point brings nobody in reach", () => {
    // The 6 km circle across the shared edge covers area in both squares but no small area's point.
    const table = run([project(point(-3.33, 52.09, 6)), project(point(-3.15, 52.09, 0.5))]);
    expect(row(table, A).areaCoverage).toBeGreaterThan(0.05);
    expect(row(table, A).peopleInReach).toBe(0);
    expect(row(table, B).peopleInReach).toBe(smallArea("W01000004").population);
  });

  it("counts the people a circle reaches across the boundary in their own authority", () => {
    // Centred in A, 4.3 km: reaches W01000003 (A, about 3.6 km) and W01000006 (B, about 4.1 km).
    const table = run([project(point(-3.31, 52.15, 4.3))]);
    expect(row(table, A).peopleInReach).toBe(smallArea("W01000003").population);
    expect(row(table, B).peopleInReach).toBe(smallArea("W01000006").population);
    expect(row(table, B).ruralPeopleOutOfReach).toBe(0);
  });

  it("gives 0 people and a null people coverage without small areas, and takes the people parts of the score from the area", () => {
    const table = run([project(point(-3.45, 52.09, 5))], ["hate-crime"], AS_OF, squareGrid, { people: [] });
    const r = row(table, A, "hate-crime");
    expect(r).toMatchObject({ population: 0, peopleInReach: 0, peopleOutOfReach: 0, ruralPeopleOutOfReach: 0, ruralShare: null, peopleCoverage: null, ruralGap: false });
    expect(r.gapScore.parts).toEqual({ peopleOutOfReach: 1 - r.areaCoverage, areaOutOfReach: 1 - r.areaCoverage, ruralPeopleOutOfReach: 0, historicDispersal: 0 });
  });

  it("throws on a small area of an authority the grid does not know, naming both", () => {
    const lost: PeoplePoint[] = [{ code: "W01000099", gss: "W06000001", lng: -3.45, lat: 52.09, population: 10, rural: false }];
    expect(() => run([], ["hate-crime"], AS_OF, squareGrid, { people: lost })).toThrow("Unknown local authority code: W06000001 (small area W01000099)");
  });

  it("lists out-of-reach settlements largest first, unknown populations last", () => {
    const table = run([project(point(-3.15, 52.09, 1))]);
    expect(row(table, A).outOfReach.map((s) => s.name)).toEqual(["Aberfoo", "Llanbar", "Pentre"]);
    expect(row(table, B).outOfReach.map((s) => s.name)).toEqual(["Cwmqux", "Glanyrafon"]);
  });

  it("finds the same settlements in reach, and the same distances, as checking every reach by brute force", () => {
    // The engine does not care which outlines it gets; Natural Earth's few vertices keep the brute force quick.
    const authorities = loadCoverageAuthorities("natural-earth");
    const settlements = loadCoverageSettlements(authorities);
    const grid = prepareCoverageGrid(authorities, settlements);
    const themes = THEMES.map((t) => t.id);
    const projects = generateSyntheticProjects(150, { seed: 11, themes }).filter((p) => p.reach.kind !== "wales");
    const table = run(projects, themes, "2026-07-01", grid);
    const active = projects.filter((p) => countsAsCurrent(currencyOn(p, "2026-07-01")));
    const geometry = new Map(authorities.map((a) => [a.gss, a.geometry]));
    const outlineKm = new Map<string, number>();
    const toOutline = (s: CoverageSettlement, gss: string) => {
      const key = `${s.id}|${gss}`;
      if (!outlineKm.has(key)) {
        const inside = s.gss === gss || booleanPointInPolygon([s.lng, s.lat], geometry.get(gss)!);
        outlineKm.set(key, inside ? 0 : pointToPolygonDistance([s.lng, s.lat], geometry.get(gss)!, { units: "kilometers" }));
      }
      return outlineKm.get(key)!;
    };
    let compared = 0;
    for (const theme of [null, ...themes]) {
      const inTheme = active.filter((p) => theme === null || p.themes.includes(theme));
      for (const s of settlements.filter((_, i) => i % 5 === 0)) {
        let nearest = Infinity;
        for (const p of inTheme) {
          const km =
            p.reach.kind === "point"
              ? distance([s.lng, s.lat], [p.reach.lng, p.reach.lat], { units: "kilometers" }) - p.reach.radiusKm
              : Math.min(...(p.reach.kind === "authorities" ? p.reach.gss : []).map((gss) => toOutline(s, gss)));
          nearest = Math.min(nearest, km);
        }
        const out = row(table, s.gss, theme).outOfReach.find((o) => o.id === s.id);
        if (nearest <= 1e-9) expect(out, `${s.name} / ${theme}`).toBeUndefined();
        else if (nearest === Infinity) expect(out?.distanceKm).toBeNull();
        else expect(Math.abs(out!.distanceKm! - nearest), `${s.name} / ${theme}`).toBeLessThan(0.001);
        compared++;
      }
    }
    expect(compared).toBe(74 * 14);
  });
});

describe("computeCoverage: dates and themes", () => {
  const dated = project(point(-3.45, 52.09, 5), { startDate: "2024-11-15", endDate: "2025-03" });

  it.each([
    ["2024-11-14", 0, "the day before it starts"],
    ["2024-11-15", 1, "the day it starts"],
    ["2025-03-31", 1, "the last day of its end month"],
    ["2025-04-01", 0, "the day after"],
  ])("on %s counts %i project (%s)", (asOf, count) => {
    const table = run([dated], ["hate-crime"], asOf);
    expect(row(table, A).activeProjects).toBe(count);
    expect(row(table, A).areaCoverage > 0).toBe(count > 0);
  });

  it("never counts a project that ended on an unknown date", () => {
    expect(row(run([project({ kind: "wales" }, { endedNoDate: true })]), A).activeProjects).toBe(0);
  });

  it("gives a theme with no active project 0 coverage, everyone and every settlement out of reach at an unknown distance, and 0 per 10k", () => {
    const table = run([project(point(-3.45, 52.09, 5))], ["modern-slavery"]);
    for (const gss of [A, B]) {
      const r = row(table, gss, "modern-slavery");
      expect(r.areaCoverage).toBe(0);
      expect(r.peopleCoverage).toBe(0);
      expect(r.peopleInReach).toBe(0);
      expect(r.peopleOutOfReach).toBe(r.population);
      expect(r.activeProjects).toBe(0);
      expect(r.projectsPer10k).toBe(0);
      expect(r.outOfReach.length).toBe(squareGrid.authorities.find((a) => a.gss === gss)!.settlementIndexes.length);
      for (const s of r.outOfReach) expect(s.distanceKm).toBeNull();
    }
    expect(row(table, A, null).activeProjects).toBe(1);
  });

  it("counts a theme the query does not ask for in the all-themes rows only", () => {
    const table = run([project({ kind: "authorities", gss: [A] }, { themes: ["elsewhere"] })], ["hate-crime"]);
    expect(row(table, A, null).areaCoverage).toBe(1);
    expect(row(table, A, "hate-crime").areaCoverage).toBe(0);
  });

  it("orders rows by GSS code, then all themes first, then themes in query order", () => {
    const table = run([], ["youth-asb", "hate-crime"]);
    expect(table.rows.map((r) => `${r.gss} ${r.theme}`)).toEqual([
      `${A} null`, `${A} youth-asb`, `${A} hate-crime`, `${B} null`, `${B} youth-asb`, `${B} hate-crime`,
    ]);
  });

  it("handles 31 themes, the most a cell mask holds", () => {
    const themes = Array.from({ length: 31 }, (_, i) => `theme-${i}`);
    const table = run([project({ kind: "authorities", gss: [B] }, { themes: ["theme-30"] })], themes);
    expect(row(table, B, "theme-30").areaCoverage).toBe(1);
    expect(row(table, B, "theme-29").areaCoverage).toBe(0);
    expect(gapGeometry(squareGrid, table, B, "theme-30")).toBeNull();
    expect(() => run([], [...themes, "theme-31"])).toThrow("Too many themes (at most 31): 32");
  });

  it("matches the golden table for a small scenario: two circles, an authority reach, an ended, a future and a stale project", () => {
    const projects = readFixture<CoverageProject[]>("scenario.projects.json");
    const table = run(projects, ["hate-crime", "youth-asb", "modern-slavery"]);
    expectGolden(fixtureUrl("scenario.expected.json"), table.rows);
  });
});

describe("computeCoverage: gap score", () => {
  const servesA = run([project({ kind: "authorities", gss: [A] })], ["hate-crime", "youth-asb"]);

  it("scores a theme an authority reach fully covers 0, and a theme with nothing in reach by hand", () => {
    expect(row(servesA, A, "hate-crime").gapScore).toEqual({
      score: 0,
      parts: { peopleOutOfReach: 0, areaOutOfReach: 0, ruralPeopleOutOfReach: 0, historicDispersal: 0 },
      weights: GAP_SCORE_WEIGHTS,
      basis: "theme",
    });
    // A, youth-asb: everyone and everywhere out of reach, 33,333 of 50,000 in rural small areas, not
    // a dispersal area: 100 × (0.5 + 0.3 + 0.2 × 0.66666) × 0.8 = 74.67 → 74.7.
    expect(row(servesA, A, "youth-asb").gapScore.parts).toEqual({ peopleOutOfReach: 1, areaOutOfReach: 1, ruralPeopleOutOfReach: 33_333 / 50_000, historicDispersal: 0 });
    expect(row(servesA, A, "youth-asb").gapScore.score).toBe(74.7);
    // B: 66,666 of 200,000 rural, a dispersal area: 100 × (0.5 + 0.3 + 0.2 × 0.33333) × 1 = 86.67 → 86.7.
    expect(row(servesA, B, "hate-crime").gapScore.parts).toEqual({ peopleOutOfReach: 1, areaOutOfReach: 1, ruralPeopleOutOfReach: 66_666 / 200_000, historicDispersal: 1 });
    expect(row(servesA, B, "hate-crime").gapScore.score).toBe(86.7);
  });

  it("gives the all-themes row the mean of its theme rows' scores, so one theme's gap shows though the union covers everything", () => {
    const all = row(servesA, A, null);
    expect(all.areaCoverage).toBe(1);
    expect(all.peopleOutOfReach).toBe(0);
    expect(all.gapScore.basis).toBe("mean of themes");
    expect(all.gapScore.score).toBe(37.4); // (0 + 74.7) / 2 = 37.35 → 37.4
    expect(all.gapScore.parts).toEqual({ peopleOutOfReach: 0.5, areaOutOfReach: 0.5, ruralPeopleOutOfReach: 33_333 / 100_000, historicDispersal: 0 });
    expect(row(servesA, B, null).gapScore).toMatchObject({ score: 86.7, basis: "mean of themes" });
  });

  it("scores the all-themes row from its own figures when the table has no theme rows", () => {
    const table = run([project({ kind: "authorities", gss: [A] })], []);
    expect(row(table, A).gapScore).toMatchObject({ score: 0, basis: "theme" });
    expect(row(table, B).gapScore).toMatchObject({ score: 86.7, basis: "theme" });
  });

  it("scores a partly covered row from its people and area out of reach", () => {
    const table = run([project(point(-3.45, 52.09, 5))]);
    const r = row(table, A, "hate-crime");
    const parts = { peopleOutOfReach: 33_333 / 50_000, areaOutOfReach: 1 - r.areaCoverage, ruralPeopleOutOfReach: 33_333 / 50_000, historicDispersal: 0 };
    expect(r.gapScore.parts).toEqual(parts);
    const expected = 100 * (0.5 * parts.peopleOutOfReach + 0.3 * parts.areaOutOfReach + 0.2 * parts.ruralPeopleOutOfReach) * 0.8;
    expect(Math.abs(r.gapScore.score - expected)).toBeLessThanOrEqual(0.05);
  });
});

describe("rural gaps and projects per 10,000", () => {
  it("gives the rural share of the people out of reach, and null with nobody out of reach", () => {
    const servesB = run([project({ kind: "authorities", gss: [B] })]);
    expect(row(servesB, A).ruralShare).toBe(33_333 / 50_000);
    expect(row(servesB, B).ruralShare).toBeNull();
  });

  it("flags a rural gap when more than half the people out of reach live in rural small areas", () => {
    const servesA = run([project({ kind: "authorities", gss: [A] })]);
    expect(row(servesA, A).ruralGap).toBe(false); // nobody out of reach
    expect(row(servesA, B).ruralGap).toBe(false); // a third of B's people out of reach are rural
    const servesB = run([project({ kind: "authorities", gss: [B] })]);
    expect(row(servesB, A).ruralGap).toBe(true); // two thirds
    // Trebaz in reach: 66,666 rural of 133,333 out of reach, just under half.
    const onlyTrebaz = run([project(point(-3.15, 52.09, 0.5))]);
    expect(row(onlyTrebaz, B).ruralShare).toBeLessThan(0.5);
    expect(row(onlyTrebaz, B).ruralGap).toBe(false);
    // Cwmqux too: only the rural small area left out.
    const trebazAndCwmqux = run([project(point(-3.15, 52.09, 0.5)), project(point(-3.05, 52.02, 0.5))]);
    expect(row(trebazAndCwmqux, B)).toMatchObject({ peopleOutOfReach: 66_666, ruralShare: 1, ruralGap: true });
  });

  it("does not flag a rural gap at exactly half", () => {
    const people: PeoplePoint[] = [
      { code: "W01000101", gss: A, lng: -3.45, lat: 52.09, population: 100, rural: false },
      { code: "W01000102", gss: A, lng: -3.52, lat: 52.03, population: 100, rural: true },
    ];
    const table = run([], ["hate-crime"], AS_OF, squareGrid, { people });
    expect(row(table, A)).toMatchObject({ ruralShare: 0.5, ruralGap: false });
  });

  it("gives projects per 10,000 residents to 2 decimals, and null for an unknown population", () => {
    const authorities = squareAuthorities.map((a) => (a.gss === A ? { ...a, population: 30_000 } : { ...a, population: null }));
    const grid = prepareCoverageGrid(authorities, squareSettlements);
    const table = run([project({ kind: "wales" })], ["hate-crime"], AS_OF, grid);
    expect(row(table, A).projectsPer10k).toBe(0.33);
    expect(row(table, B).projectsPer10k).toBeNull();
    expect(row(run([project({ kind: "wales" }), project({ kind: "wales" })]), B).projectsPer10k).toBe(0.1);
  });
});

describe("computeCoverage: currency", () => {
  const open = (lastEvidenced: string | null, more: Partial<CoverageProject> = {}) => project({ kind: "authorities", gss: [A] }, { lastEvidenced, ...more });
  const counts = (p: CoverageProject, asOf = AS_OF, query: Partial<CoverageTableQuery> = {}) =>
    row(run([p], ["hate-crime"], asOf, squareGrid, query), A, "hate-crime").activeProjects === 1;

  it("counts a project with no end only while its evidence is under 24 months old", () => {
    expect(counts(open("2024-01-01"))).toBe(true); // current through 2026-01-01, the as-of day
    expect(counts(open("2023-12-31"))).toBe(false); // current through 2025-12-31
    expect(counts(open("2025-12"))).toBe(true);
  });

  it("never counts a project with no end that nothing has evidenced", () => {
    expect(counts(open(null))).toBe(false);
  });

  it("takes the evidence window from the query", () => {
    expect(counts(open("2024-06"), AS_OF, { evidenceMonths: 12 })).toBe(false);
    expect(counts(open("2024-06"), AS_OF, { evidenceMonths: 24 })).toBe(true);
    expect(counts(open("2023-06"), AS_OF, { evidenceMonths: 36 })).toBe(true);
  });

  it("counts a year-precision evidence date from the first day of that year", () => {
    expect(counts(open("2024"), "2026-01-01")).toBe(true);
    expect(counts(open("2024"), "2026-01-02")).toBe(false); // not through 2026-12-31, as the year's last day would give
  });

  it("counts a month-precision evidence date from the first of that month", () => {
    expect(counts(open("2024-03"), "2026-03-01")).toBe(true);
    expect(counts(open("2024-03"), "2026-03-02")).toBe(false);
  });

  it("counts only projects with a known end when confirmedOnly is asked for", () => {
    expect(counts(open("2025-12"), AS_OF, { confirmedOnly: true })).toBe(false);
    expect(counts(open("2025-12", { endDate: "2026-03" }), AS_OF, { confirmedOnly: true })).toBe(true);
    expect(counts(open(null, { endDate: "2026-03" }), AS_OF, { confirmedOnly: true })).toBe(true);
  });

  it("counts a known end on the as-of day, however old its evidence, and not the day after", () => {
    expect(counts(open("2015", { endDate: "2026-01-01" }))).toBe(true);
    expect(counts(open("2015", { endDate: "2026-01-01" }), AS_OF, { confirmedOnly: true })).toBe(true);
    expect(counts(open("2015", { endDate: "2026-01-01" }), "2026-01-02")).toBe(false);
  });

  it("never counts an ended, not yet started or stopped project, however recent its evidence", () => {
    expect(counts(open("2025-12", { endDate: "2025-12-31" }))).toBe(false);
    expect(counts(open("2025-12", { startDate: "2026-01-02" }))).toBe(false);
    expect(counts(open("2025-12", { endedNoDate: true }))).toBe(false);
  });

  it("drops a stale project from area and people as well as from the count", () => {
    const table = run([open("2023"), project(point(-3.45, 52.09, 5), { lastEvidenced: "2023" })]);
    expect(row(table, A)).toMatchObject({ activeProjects: 0, areaCoverage: 0, peopleInReach: 0 });
    expect(gapGeometry(squareGrid, table, A, null)).not.toBeNull();
  });
});

describe("gapGeometry", () => {
  const table = run([project(point(-3.45, 52.09, 5)), project(point(-3.33, 52.09, 6), { themes: ["youth-asb"] })], ["hate-crime", "youth-asb"]);

  it("has the area of the uncovered cells: (1 − areaCoverage) × the authority's cell area, within 0.1%", () => {
    for (const [gss, theme] of [[A, null], [A, "hate-crime"], [A, "youth-asb"], [B, "youth-asb"]] as const) {
      const gap = gapGeometry(squareGrid, table, gss, theme)!;
      const expected = (1 - row(table, gss, theme).areaCoverage) * cellAreaKm2(squareGrid, gss);
      expect(Math.abs(areaKm2(gap) / expected - 1), `${gss} / ${theme}`).toBeLessThan(0.001);
    }
  });

  it("leaves the circle out of the square's gap and keeps [lng, lat] order, 5 decimals", () => {
    const gap = gapGeometry(squareGrid, table, A, "hate-crime")!;
    const inGap = (p: number[]) => booleanPointInPolygon(p, gap);
    expect(inGap([-3.45, 52.09])).toBe(false);
    expect(inGap([-3.58, 52.01])).toBe(true);
    for (const polygon of gap.coordinates) {
      for (const [lng, lat] of polygon[0]) {
        expect(lng).toBeGreaterThanOrEqual(-3.61);
        expect(lat).toBeGreaterThanOrEqual(51.99);
        expect(Math.round(lng * 1e5) / 1e5).toBe(lng);
      }
    }
  });

  it("matches the golden gap of square A around the 5 km circle", () => {
    expectGolden(fixtureUrl("gap-a-hate-crime.expected.json"), gapGeometry(squareGrid, table, A, "hate-crime"));
  });

  it("is the whole authority when nothing reaches it, and null when all of it is covered", () => {
    const whole = gapGeometry(squareGrid, table, B, "hate-crime")!;
    expect(Math.abs(areaKm2(whole) / cellAreaKm2(squareGrid, B) - 1)).toBeLessThan(1e-4); // corners rounded to ~1 m
    const covered = run([project({ kind: "authorities", gss: [B] })]);
    expect(gapGeometry(squareGrid, covered, B, null)).toBeNull();
  });

  it("keeps the gap of a wholly uncovered Powys well under 300 KB", () => {
    const grid = prepareCoverageGrid(loadCoverageAuthorities(), loadCoverageSettlements());
    const empty = computeCoverage(grid, [], { asOf: AS_OF, themes: [] });
    const gap = gapGeometry(grid, empty, "W06000023", null)!;
    expect(JSON.stringify(gap).length).toBeLessThan(100_000);
    expect(Math.abs(areaKm2(gap) / cellAreaKm2(grid, "W06000023") - 1)).toBeLessThan(1e-4);
  });

  it("throws on an unknown GSS code, a theme the table lacks, or a table from another grid", () => {
    expect(() => gapGeometry(squareGrid, table, "W06000001", null)).toThrow("Unknown local authority code: W06000001");
    expect(() => gapGeometry(squareGrid, table, A, "modern-slavery")).toThrow("Theme not in this coverage table: modern-slavery");
    const other = prepareCoverageGrid(squareAuthorities, squareSettlements, { cellKm: 0.5 });
    expect(() => gapGeometry(other, table, A, null)).toThrow("Coverage table was computed on another grid");
  });
});

describe("computeCoverage: bad input", () => {
  const bad = (reach: Reach, more: Partial<CoverageProject> = {}) => () => run([{ ...project(reach, more), id: 17 }]);

  it.each([
    [0, "Radius out of range (0 < r ≤ 300 km): 0 in project 17"],
    [301, "Radius out of range (0 < r ≤ 300 km): 301 in project 17"],
    [-1, "Radius out of range (0 < r ≤ 300 km): -1 in project 17"],
    [Number.NaN, "Radius out of range (0 < r ≤ 300 km): NaN in project 17"],
  ])("throws on a radius of %s km", (radiusKm, message) => {
    expect(bad(point(-3.45, 52.09, radiusKm))).toThrow(message);
  });

  it("accepts a radius of exactly 300 km", () => {
    expect(row(run([project(point(-3.45, 52.09, 300))]), B).areaCoverage).toBe(1);
  });

  it("throws on a centre outside Wales' bounding box, naming it", () => {
    expect(bad(point(-0.12, 51.5, 10))).toThrow("Coordinates outside Wales' bounding box: [-0.12, 51.5] in project 17");
  });

  it("throws on an authority reach naming an unknown GSS code, or none", () => {
    expect(bad({ kind: "authorities", gss: [A, "W06000099"] })).toThrow("Unknown local authority code: W06000099 in project 17");
    expect(bad({ kind: "authorities", gss: [] })).toThrow("Authorities reach names no authority in project 17");
  });

  it("throws on a bad as-of date or a bad partial date in a project", () => {
    expect(() => run([], ["hate-crime"], "2025-02-30")).toThrow("Invalid as-of date: 2025-02-30");
    expect(() => run([], ["hate-crime"], "1 March 2025")).toThrow("Invalid as-of date: 1 March 2025");
    expect(bad({ kind: "wales" }, { endDate: "2025-13" })).toThrow("Invalid partial date: 2025-13 in project 17");
  });

  it("throws on a bad evidence date of a project with no end, naming the project", () => {
    expect(bad({ kind: "wales" }, { lastEvidenced: "2025-13" })).toThrow("Invalid partial date: 2025-13 in project 17");
  });

  it("checks projects that are not active too", () => {
    expect(bad(point(-3.45, 52.09, 0), { startDate: "2030" })).toThrow("Radius out of range (0 < r ≤ 300 km): 0 in project 17");
  });

  it("throws on a repeated theme", () => {
    expect(() => run([], ["hate-crime", "hate-crime"])).toThrow("Duplicate theme: hate-crime");
  });
});
