import { describe, expect, it } from "vitest";
import { computeCoverage, prepareCoverageGrid } from "../../../geo/coverage/coverage";
import { WALES_BBOX, isPositionInBounds } from "../../../geo/geometry";
import { firstDayOf, lastDayOf, precisionOf } from "../../../geo/dates/partial-date";
import { THEMES } from "../../../seeds/data/themes";
import { createRng, generateSyntheticProjects, loadCoverageAuthorities, loadCoverageSettlements } from "../../../seeds/synthetic";

const themes = THEMES.map((t) => t.id);

describe("createRng", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    expect(first[0]).toBe(0.6011037519201636);
  });

  it("stays in [0, 1)", () => {
    const rng = createRng(1);
    for (let i = 0; i < 10_000; i++) {
      const v = rng();
      expect(v >= 0 && v < 1).toBe(true);
    }
  });

  it("throws naming a seed that is not a number", () => {
    expect(() => createRng(Number.NaN)).toThrow("Seed must be a finite number: NaN");
  });
});

describe("generateSyntheticProjects", () => {
  const projects = generateSyntheticProjects(2_000, { seed: 5, themes });

  it("is deterministic: the same seed gives the same projects, another seed different ones", () => {
    expect(generateSyntheticProjects(2_000, { seed: 5, themes })).toEqual(projects);
    expect(generateSyntheticProjects(2_000, { seed: 6, themes })).not.toEqual(projects);
  });

  it("numbers projects 1…n", () => {
    expect(projects.map((p) => p.id)).toEqual(Array.from({ length: 2_000 }, (_, i) => i + 1));
    expect(generateSyntheticProjects(0, { seed: 5 })).toEqual([]);
  });

  it("mixes about 80% circles, 15% authority reaches and 5% Wales-wide projects", () => {
    const share = (kind: string) => projects.filter((p) => p.reach.kind === kind).length / projects.length;
    expect(share("point")).toBeGreaterThan(0.76);
    expect(share("point")).toBeLessThan(0.84);
    expect(share("authorities")).toBeGreaterThan(0.12);
    expect(share("authorities")).toBeLessThan(0.18);
    expect(share("wales")).toBeGreaterThan(0.03);
    expect(share("wales")).toBeLessThan(0.07);
  });

  it("draws circles of 2–40 km centred inside Wales' bounding box, and 1–3 distinct authorities", () => {
    for (const p of projects) {
      if (p.reach.kind === "point") {
        expect(p.reach.radiusKm).toBeGreaterThanOrEqual(2);
        expect(p.reach.radiusKm).toBeLessThanOrEqual(40);
        expect(isPositionInBounds([p.reach.lng, p.reach.lat], WALES_BBOX)).toBe(true);
      } else if (p.reach.kind === "authorities") {
        expect(p.reach.gss.length).toBeGreaterThanOrEqual(1);
        expect(p.reach.gss.length).toBeLessThanOrEqual(3);
        expect(new Set(p.reach.gss).size).toBe(p.reach.gss.length);
      }
    }
  });

  it("gives 1–3 distinct themes from the taxonomy", () => {
    for (const p of projects) {
      expect(p.themes.length).toBeGreaterThanOrEqual(1);
      expect(p.themes.length).toBeLessThanOrEqual(3);
      expect(new Set(p.themes).size).toBe(p.themes.length);
      for (const t of p.themes) expect(themes).toContain(t);
    }
  });

  it("writes partial dates of mixed precision in 2024–2033, ends after starts, some ends unknown", () => {
    const precisions = new Set<string>();
    for (const p of projects) {
      precisions.add(`start:${precisionOf(p.startDate)}`);
      precisions.add(`end:${precisionOf(p.endDate)}`);
      if (p.startDate) expect(p.startDate >= "2024").toBe(true);
      if (p.startDate && p.endDate) expect(lastDayOf(p.endDate) >= firstDayOf(p.startDate)).toBe(true);
      if (p.endDate) expect(p.endDate < "2034").toBe(true);
    }
    expect([...precisions].sort()).toEqual([
      "end:day", "end:month", "end:unknown", "end:year", "start:day", "start:month", "start:unknown", "start:year",
    ]);
    const unknownEnds = projects.filter((p) => p.endDate === null).length / projects.length;
    expect(unknownEnds).toBeGreaterThan(0.08);
    expect(unknownEnds).toBeLessThan(0.16);
  });

  it("centres circles near towns, more of them where more people live", () => {
    const nearCardiff = projects.filter(
      (p) => p.reach.kind === "point" && Math.abs(p.reach.lng + 3.18) < 0.15 && Math.abs(p.reach.lat - 51.48) < 0.1,
    ).length;
    const nearNewtown = projects.filter(
      (p) => p.reach.kind === "point" && Math.abs(p.reach.lng + 3.31) < 0.15 && Math.abs(p.reach.lat - 52.51) < 0.1,
    ).length;
    expect(nearCardiff).toBeGreaterThan(nearNewtown * 3);
  });

  it("makes only reaches that computeCoverage accepts", () => {
    const grid = prepareCoverageGrid(loadCoverageAuthorities(), loadCoverageSettlements());
    const table = computeCoverage(grid, projects, { asOf: "2026-07-01", themes });
    expect(table.rows).toHaveLength(22 * 14);
  });

  it("throws naming a bad count or date range", () => {
    expect(() => generateSyntheticProjects(-1, { seed: 1 })).toThrow("Project count must be a whole number ≥ 0: -1");
    expect(() => generateSyntheticProjects(1, { seed: 1, asOfRange: { from: "2025-01-01", to: "2025-02-01" } })).toThrow(
      "Date range too short (at least 90 days): 2025-01-01 to 2025-02-01",
    );
    expect(() => generateSyntheticProjects(1, { seed: 1, asOfRange: { from: "2025-13-01", to: "2026-01-01" } })).toThrow(
      "Invalid range start: 2025-13-01",
    );
  });
});

describe("loadCoverageAuthorities and loadCoverageSettlements", () => {
  it("load the 22 committed outlines with their facts and the 370 settlements with their authority", () => {
    const authorities = loadCoverageAuthorities();
    expect(authorities).toHaveLength(22);
    expect(authorities.find((a) => a.gss === "W06000015")).toMatchObject({ population: 362_312, historicDispersal: true, rural: false });
    const settlements = loadCoverageSettlements();
    expect(settlements).toHaveLength(370);
    expect(settlements[0]).toEqual({ id: 2653822, name: "Cardiff", population: 447287, lng: -3.18, lat: 51.48, gss: "W06000015" });
  });
});
