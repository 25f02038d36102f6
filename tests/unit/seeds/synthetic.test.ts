import { describe, expect, it } from "vitest";
import { computeCoverage, prepareCoverageGrid } from "../../../geo/coverage/coverage";
import { WALES_AUTHORITIES } from "../../../geo/authorities";
import { addMonths } from "../../../geo/dates/calendar";
import { countsAsCurrent, currencyOn } from "../../../geo/dates/currency";
import { firstDayOf, lastDayOf, precisionOf } from "../../../geo/dates/partial-date";
import { THEMES } from "../../../seeds/data/themes";
import {
  DEMO_TODAY,
  SYNTHETIC_FUNDERS,
  createRng,
  generateSyntheticData,
  generateSyntheticProjects,
  loadCoverageAuthorities,
  loadCoverageSettlements,
} from "../../../seeds/synthetic";

const themes = THEMES.map((t) => t.id);
const TODAY = DEMO_TODAY;
const HORIZON = addMonths(TODAY, 36);

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

describe("generateSyntheticData: projects", () => {
  const { projects, awards } = generateSyntheticData(2_000, { seed: 5, themes });
  const share = (count: number) => count / projects.length;

  it("is deterministic: the same seed gives the same world, another seed a different one", () => {
    expect(generateSyntheticData(2_000, { seed: 5, themes })).toEqual({ projects, awards });
    expect(generateSyntheticData(2_000, { seed: 6, themes }).projects).not.toEqual(projects);
    expect(generateSyntheticProjects(2_000, { seed: 5, themes })).toEqual(projects);
  });

  it("numbers projects 1…n and awards 1…m in project order", () => {
    expect(projects.map((p) => p.id)).toEqual(Array.from({ length: 2_000 }, (_, i) => i + 1));
    expect(awards.map((a) => a.id)).toEqual(Array.from({ length: awards.length }, (_, i) => i + 1));
    expect(awards.map((a) => a.projectId)).toEqual([...awards.map((a) => a.projectId)].sort((x, y) => x - y));
    expect(generateSyntheticData(0, { seed: 5 })).toEqual({ projects: [], awards: [] });
  });

  it("makes mostly local services: circles, some named authorities, a very few Wales-wide projects and never a Wales-wide service", () => {
    const count = (kind: string) => projects.filter((p) => p.reach.kind === kind).length;
    expect(share(count("point"))).toBeGreaterThan(0.86);
    expect(share(count("authorities"))).toBeGreaterThan(0.05);
    expect(share(count("authorities"))).toBeLessThan(0.11);
    expect(share(count("wales"))).toBeLessThan(0.03);
    expect(projects.filter((p) => p.reach.kind === "wales" && p.kind === "service")).toEqual([]);
    expect(share(projects.filter((p) => p.kind === "service").length)).toBeGreaterThan(0.78);
    expect(new Set(projects.map((p) => p.kind))).toEqual(new Set(["service", "policy", "programme", "network", "campaign", "research"]));
  });

  it("centres every circle on a real settlement, with radii mostly of 3–25 km", () => {
    const places = new Map(loadCoverageSettlements().map((s) => [`${s.lng.toFixed(5)},${s.lat.toFixed(5)}`, s]));
    const radii: number[] = [];
    for (const p of projects) {
      if (p.reach.kind !== "point") continue;
      const place = places.get(`${p.reach.lng.toFixed(5)},${p.reach.lat.toFixed(5)}`);
      expect(place?.name).toBe(p.place);
      expect(p.homeGss).toBe(place?.gss);
      radii.push(p.reach.radiusKm);
    }
    for (const r of radii) expect(r >= 1 && r <= 35).toBe(true);
    expect(radii.filter((r) => r >= 3 && r <= 25).length / radii.length).toBeGreaterThan(0.88);
    const median = [...radii].sort((a, b) => a - b)[Math.floor(radii.length / 2)];
    expect(median).toBeGreaterThan(6);
    expect(median).toBeLessThan(14);
  });

  it("names one or two authorities of the same cohesion region", () => {
    const region = new Map(WALES_AUTHORITIES.map((a) => [a.gss_code, a.cohesion_region]));
    const named = projects.flatMap((p) => (p.reach.kind === "authorities" ? [p.reach.gss] : []));
    expect(named.some((gss) => gss.length === 2)).toBe(true);
    for (const gss of named) {
      expect(gss.length === 1 || gss.length === 2).toBe(true);
      expect(new Set(gss.map((g) => region.get(g))).size).toBe(1);
      expect(new Set(gss).size).toBe(gss.length);
    }
  });

  it("gives 1–3 distinct themes from the taxonomy, some of them thin", () => {
    const perTheme = new Map<string, number>();
    for (const p of projects) {
      expect(p.themes.length).toBeGreaterThanOrEqual(1);
      expect(p.themes.length).toBeLessThanOrEqual(3);
      expect(new Set(p.themes).size).toBe(p.themes.length);
      for (const t of p.themes) {
        expect(themes).toContain(t);
        perTheme.set(t, (perTheme.get(t) ?? 0) + 1);
      }
    }
    expect(perTheme.size).toBe(themes.length);
    expect(perTheme.get("gypsy-roma-traveller")! * 5).toBeLessThan(perTheme.get("community-spaces")!);
  });

  it("evidences most projects 1–18 months before today and a few open-ended ones only years ago", () => {
    const recent = projects.filter((p) => p.lastEvidenced !== null && firstDayOf(p.lastEvidenced) >= addMonths(TODAY, -18) && firstDayOf(p.lastEvidenced) < addMonths(TODAY, -1));
    expect(share(recent.length)).toBeGreaterThan(0.9);
    const stale = projects.filter((p) => currencyOn(p, TODAY) === "no-recent-evidence");
    expect(share(stale.length)).toBeGreaterThan(0.01);
    expect(share(stale.length)).toBeLessThan(0.1);
    for (const p of stale) expect(p.endDate).toBeNull();
  });

  it("keeps dates in order: a start before the end, ends after a start", () => {
    for (const p of projects) {
      if (p.startDate && p.endDate) expect(lastDayOf(p.endDate) >= firstDayOf(p.startDate)).toBe(true);
      if (p.endedNoDate) expect(p.endDate).toBeNull();
    }
  });

  it("lets coverage fall as funding ends: far fewer local services are current two years on", () => {
    const current = (asOf: string) => projects.filter((p) => p.kind === "service" && countsAsCurrent(currencyOn(p, asOf))).length;
    expect(current(TODAY)).toBeGreaterThan(projects.length * 0.55);
    expect(current(addMonths(TODAY, 24))).toBeLessThan(current(TODAY) * 0.45);
  });

  it("centres more circles where more people live", () => {
    const near = (lng: number, lat: number) =>
      projects.filter((p) => p.reach.kind === "point" && Math.abs(p.reach.lng - lng) < 0.15 && Math.abs(p.reach.lat - lat) < 0.1).length;
    expect(near(-3.18, 51.48)).toBeGreaterThan(near(-3.31, 52.51) * 3); // Cardiff against Newtown
  });

  it("makes only reaches that computeCoverage accepts", () => {
    const grid = prepareCoverageGrid(loadCoverageAuthorities(), loadCoverageSettlements());
    const table = computeCoverage(grid, projects, { asOf: TODAY, themes });
    expect(table.rows).toHaveLength(22 * 14);
  });

  it("throws naming a bad count or day", () => {
    expect(() => generateSyntheticData(-1, { seed: 1 })).toThrow("Project count must be a whole number ≥ 0: -1");
    expect(() => generateSyntheticData(1, { seed: 1, today: "2026-13-01" })).toThrow('Invalid day for "today": 2026-13-01');
    expect(() => generateSyntheticData(1, { seed: 1, themes: [] })).toThrow("Cannot generate projects without themes");
  });
});

describe("generateSyntheticData: awards", () => {
  const { projects, awards } = generateSyntheticData(2_000, { seed: 5, themes });
  const byId = new Map(projects.map((p) => [p.id, p]));

  it("funds most services, one award each, from the synthetic funders", () => {
    const services = projects.filter((p) => p.kind === "service");
    const funded = new Set(awards.map((a) => a.projectId));
    expect(funded.size).toBe(awards.length);
    expect(services.filter((p) => funded.has(p.id)).length / services.length).toBeGreaterThan(0.8);
    const funders = new Set(awards.map((a) => a.funder));
    expect([...funders].sort()).toEqual(SYNTHETIC_FUNDERS.map((f) => f.key).sort());
    for (const a of awards) expect(a.programmeEn).toBe(SYNTHETIC_FUNDERS.find((f) => f.key === a.funder)!.programmeEn);
  });

  it("gives every award an amount of £5,000–£400,000, some of them per year", () => {
    for (const a of awards) {
      expect(Number.isInteger(a.amountPence)).toBe(true);
      expect(a.amountPence).toBeGreaterThanOrEqual(5_000_00);
      expect(a.amountPence).toBeLessThanOrEqual(400_000_00);
    }
    const perYear = awards.filter((a) => a.amountPeriod === "per-year").length / awards.length;
    expect(perYear).toBeGreaterThan(0.1);
    expect(perYear).toBeLessThan(0.3);
  });

  it("ends awards over the next 36 months, to the day or month, a few only to the year and a few unknown", () => {
    const precisions = awards.map((a) => precisionOf(a.endDate));
    const shareOf = (p: string) => precisions.filter((x) => x === p).length / awards.length;
    expect(shareOf("day") + shareOf("month")).toBeGreaterThan(0.8);
    expect(shareOf("year")).toBeGreaterThan(0.04);
    expect(shareOf("year")).toBeLessThan(0.12);
    expect(shareOf("unknown")).toBeGreaterThan(0.03);
    expect(shareOf("unknown")).toBeLessThan(0.11);
    const quarters = new Set<string>();
    for (const a of awards) {
      if (a.endDate === null) continue;
      expect(lastDayOf(a.endDate) >= TODAY).toBe(true);
      expect(firstDayOf(a.endDate) < HORIZON).toBe(true);
      if (a.startDate) expect(firstDayOf(a.startDate) <= lastDayOf(a.endDate)).toBe(true);
      const last = lastDayOf(a.endDate);
      quarters.add(`${last.slice(0, 4)}-${Math.ceil(Number(last.slice(5, 7)) / 3)}`);
    }
    expect(quarters.size).toBeGreaterThanOrEqual(12);
  });

  it("ends most funded projects with their award, and evidences the award with its project", () => {
    const known = awards.filter((a) => a.endDate !== null);
    const sameEnd = known.filter((a) => byId.get(a.projectId)!.endDate === a.endDate).length;
    expect(sameEnd / known.length).toBeGreaterThan(0.75);
    expect(sameEnd / known.length).toBeLessThan(0.95);
    for (const a of awards) expect(a.lastEvidenced).toBe(byId.get(a.projectId)!.lastEvidenced);
  });

  it("draws the dates around the `today` it is given", () => {
    const later = generateSyntheticData(300, { seed: 5, today: "2030-06-15" });
    for (const a of later.awards) if (a.endDate) expect(lastDayOf(a.endDate) >= "2030-06-15").toBe(true);
    for (const p of later.projects) if (p.lastEvidenced) expect(firstDayOf(p.lastEvidenced) < "2030-06-15").toBe(true);
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
