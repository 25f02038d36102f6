import { describe, expect, it } from "vitest";
import {
  GAP_SCORE_FORMULA,
  GAP_SCORE_WEIGHTS,
  buildGapScoreParts,
  computeCoverage,
  computeGapScore,
  findCoverageRow,
  sharePopulation,
  summariseThemeScores,
} from "../../../geo/coverage/coverage";
import type { CoverageProject, GapScoreParts, PeoplePoint, Reach } from "../../../geo/coverage/coverage-types";
import { mulberry32 } from "../../random";
import { randomSquaresWorld, squareAuthorities, squareGrid } from "./squares";

const WORKED_EXAMPLE: GapScoreParts = { peopleOutOfReach: 0.4, areaOutOfReach: 0.7, ruralPeopleOutOfReach: 0.12, historicDispersal: 0 };
const NONE_OUT: GapScoreParts = { peopleOutOfReach: 0, areaOutOfReach: 0, ruralPeopleOutOfReach: 0, historicDispersal: 0 };

describe("computeGapScore", () => {
  it("weighs people 0.5, area 0.3 and rural people 0.2 out of reach (adding up to 1), and dispersal pressure 0.2", () => {
    expect(GAP_SCORE_WEIGHTS).toEqual({ peopleOutOfReach: 0.5, areaOutOfReach: 0.3, ruralPeopleOutOfReach: 0.2, historicDispersal: 0.2 });
    expect(GAP_SCORE_WEIGHTS.peopleOutOfReach + GAP_SCORE_WEIGHTS.areaOutOfReach + GAP_SCORE_WEIGHTS.ruralPeopleOutOfReach).toBeCloseTo(1, 12);
    expect(GAP_SCORE_FORMULA).toContain("0.5 × people out of reach + 0.3 × area out of reach + 0.2 × rural people out of reach");
    expect(GAP_SCORE_FORMULA).toContain("(0.8 + 0.2 × historic dispersal area)");
  });

  it("scores the documented worked example 34.7: 100 × (0.2 + 0.21 + 0.024) × 0.8", () => {
    expect(computeGapScore(WORKED_EXAMPLE)).toEqual({ score: 34.7, parts: WORKED_EXAMPLE, weights: GAP_SCORE_WEIGHTS, basis: "theme" });
  });

  it("keeps the whole score in a historic dispersal area: the worked example there scores 43.4", () => {
    expect(computeGapScore({ ...WORKED_EXAMPLE, historicDispersal: 1 }).score).toBe(43.4);
  });

  it("scores 0 when nothing is out of reach, dispersal area or not", () => {
    expect(computeGapScore(NONE_OUT).score).toBe(0);
    expect(computeGapScore({ ...NONE_OUT, historicDispersal: 1 }).score).toBe(0);
    expect(Object.is(computeGapScore(NONE_OUT).score, 0)).toBe(true); // never -0
  });

  it("scores 100 at most: everyone and everywhere out of reach, all rural, in a dispersal area", () => {
    expect(computeGapScore({ peopleOutOfReach: 1, areaOutOfReach: 1, ruralPeopleOutOfReach: 1, historicDispersal: 1 }).score).toBe(100);
    expect(computeGapScore({ peopleOutOfReach: 1, areaOutOfReach: 1, ruralPeopleOutOfReach: 1, historicDispersal: 0 }).score).toBe(80);
  });

  it("weighs a rural gap more than the same gap in towns", () => {
    const urban = computeGapScore({ ...WORKED_EXAMPLE, ruralPeopleOutOfReach: 0 }).score;
    const rural = computeGapScore({ ...WORKED_EXAMPLE, ruralPeopleOutOfReach: 0.4 }).score;
    expect(urban).toBe(32.8);
    expect(rural).toBe(39.2);
  });

  it("rounds to 1 decimal, a half up however the sum is stored", () => {
    expect(computeGapScore({ peopleOutOfReach: 0.5, areaOutOfReach: 0.3, ruralPeopleOutOfReach: 0.0375, historicDispersal: 1 }).score).toBe(34.8);
    // 100 × (0.2075 + 0.0228 + 0.0462) = 27.65 exactly, but 27.649999… in floating point.
    expect(computeGapScore({ peopleOutOfReach: 0.415, areaOutOfReach: 0.076, ruralPeopleOutOfReach: 0.231, historicDispersal: 1 }).score).toBe(27.7);
  });

  it("copies the parts and weights, so changing the result changes neither the input nor GAP_SCORE_WEIGHTS", () => {
    const parts = { ...WORKED_EXAMPLE };
    const score = computeGapScore(parts);
    score.parts.peopleOutOfReach = 1;
    score.weights.peopleOutOfReach = 1;
    expect(parts.peopleOutOfReach).toBe(0.4);
    expect(GAP_SCORE_WEIGHTS.peopleOutOfReach).toBe(0.5);
  });

  it.each([
    ["peopleOutOfReach", 1.2, "1.2"],
    ["areaOutOfReach", -0.1, "-0.1"],
    ["ruralPeopleOutOfReach", Number.NaN, "NaN"],
    ["historicDispersal", 2, "2"],
    ["areaOutOfReach", undefined, "undefined"],
    ["peopleOutOfReach", "0.5", "0.5"],
  ] as [keyof GapScoreParts, unknown, string][])("throws naming %s when it is %s", (name, value, shown) => {
    const parts = { ...WORKED_EXAMPLE, [name]: value } as unknown as GapScoreParts;
    expect(() => computeGapScore(parts)).toThrow(`Gap score part ${name} out of range (0..1): ${shown}`);
  });

  it("throws on missing parts, naming the first", () => {
    expect(() => computeGapScore(undefined as unknown as GapScoreParts)).toThrow("Gap score part peopleOutOfReach out of range (0..1): undefined");
  });
});

describe("buildGapScoreParts", () => {
  it("gives the documented example's parts: the worked example", () => {
    expect(
      buildGapScoreParts({ areaCoverage: 0.3, population: 1000, peopleOutOfReach: 400, ruralPeopleOutOfReach: 120, historicDispersal: false }),
    ).toEqual({ peopleOutOfReach: 0.4, areaOutOfReach: 0.7, ruralPeopleOutOfReach: 0.12, historicDispersal: 0 });
  });

  it("takes the people part from the area out of reach, and no rural part, when the population is unknown (0)", () => {
    expect(
      buildGapScoreParts({ areaCoverage: 0.25, population: 0, peopleOutOfReach: 0, ruralPeopleOutOfReach: 0, historicDispersal: true }),
    ).toEqual({ peopleOutOfReach: 0.75, areaOutOfReach: 0.75, ruralPeopleOutOfReach: 0, historicDispersal: 1 });
  });

  it("gives parts that score 0 for a fully covered authority", () => {
    const parts = buildGapScoreParts({ areaCoverage: 1, population: 5000, peopleOutOfReach: 0, ruralPeopleOutOfReach: 0, historicDispersal: true });
    expect(computeGapScore(parts).score).toBe(0);
  });
});

describe("summariseThemeScores", () => {
  const a = computeGapScore(WORKED_EXAMPLE); // 34.7
  const b = computeGapScore({ peopleOutOfReach: 1, areaOutOfReach: 1, ruralPeopleOutOfReach: 0.5, historicDispersal: 0 }); // 72
  const c = computeGapScore(NONE_OUT); // 0

  it("is the mean of the theme scores, to 1 decimal, with basis \"mean of themes\"", () => {
    const summary = summariseThemeScores([a, b, c]);
    expect(b.score).toBe(72);
    expect(summary.score).toBe(35.6); // (34.7 + 72 + 0) / 3 = 35.5667
    expect(summary.basis).toBe("mean of themes");
    expect(summary.weights).toEqual(GAP_SCORE_WEIGHTS);
    expect(summariseThemeScores([a, c]).score).toBe(17.4); // 17.35, rounded half up
  });

  it("means the parts too, and keeps the authority's dispersal flag", () => {
    const summary = summariseThemeScores([a, b]);
    expect(summary.parts.peopleOutOfReach).toBeCloseTo(0.7, 12);
    expect(summary.parts.areaOutOfReach).toBeCloseTo(0.85, 12);
    expect(summary.parts.ruralPeopleOutOfReach).toBeCloseTo(0.31, 12);
    expect(summary.parts.historicDispersal).toBe(0);
    const dispersal = (p: GapScoreParts) => computeGapScore({ ...p, historicDispersal: 1 });
    expect(summariseThemeScores([dispersal(WORKED_EXAMPLE), dispersal(NONE_OUT)]).parts.historicDispersal).toBe(1);
  });

  it("is the score itself for one theme, and 0 for none", () => {
    expect(summariseThemeScores([a]).score).toBe(34.7);
    expect(summariseThemeScores([])).toMatchObject({ score: 0, basis: "mean of themes", parts: NONE_OUT });
  });
});

// The two 20 km squares of coverage.test.ts, on a 0.5 km grid to keep the many random cases quick.
const grid = squareGrid(0.5);
const GSS = squareAuthorities.map((a) => a.gss);
const THEMES = ["hate-crime", "youth-asb", "modern-slavery"];
const AS_OF = "2026-01-01";

/** A random world on the squares: small areas with shares of the Census figures, and projects of every reach and currency. */
function randomWorld(rng: () => number) {
  const world = randomSquaresWorld(rng, THEMES, AS_OF);
  let nextId = 1;
  const project = (reach?: Reach): CoverageProject => world.project(nextId++, reach);
  const areas = world.smallAreas(8);
  const people: PeoplePoint[] = sharePopulation(areas, world.census());
  return { project, people, pick: world.pick };
}

describe("the gap score in a coverage table (seeded random worlds)", () => {
  const CASES = 120;

  it("never rises for any row, all themes or any theme, when a project is added", () => {
    let raisedSomething = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const rng = mulberry32(seed);
      const { project, people } = randomWorld(rng);
      const projects = Array.from({ length: Math.floor(rng() * 7) }, () => project());
      const added = project();
      const query = { asOf: AS_OF, themes: THEMES, people };
      const before = computeCoverage(grid, projects, query).rows;
      const after = computeCoverage(grid, [...projects, added], query).rows;
      after.forEach((r, i) => {
        const label = `seed ${seed}, ${r.gss} / ${r.theme}, adding ${JSON.stringify(added)}`;
        expect(r.gapScore.score, label).toBeLessThanOrEqual(before[i].gapScore.score);
        expect(r.areaCoverage, label).toBeGreaterThanOrEqual(before[i].areaCoverage);
        expect(r.peopleInReach, label).toBeGreaterThanOrEqual(before[i].peopleInReach);
        expect(r.ruralPeopleOutOfReach, label).toBeLessThanOrEqual(before[i].ruralPeopleOutOfReach);
        if (r.gapScore.score < before[i].gapScore.score) raisedSomething++;
      });
    }
    // The cases are not all trivial: many additions lower some score.
    expect(raisedSomething).toBeGreaterThan(CASES / 4);
  });

  it("scores 0 for the authority and theme a project serving the whole authority covers", () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const rng = mulberry32(1000 + seed);
      const { project, people, pick } = randomWorld(rng);
      const projects = Array.from({ length: Math.floor(rng() * 7) }, () => project());
      const gss = pick(GSS);
      const theme = pick(THEMES);
      const serving: CoverageProject = { ...project({ kind: "authorities", gss: [gss] }), themes: [theme], startDate: null, endDate: "2026-12", endedNoDate: undefined };
      const table = computeCoverage(grid, [...projects, serving], { asOf: AS_OF, themes: THEMES, people });
      const r = findCoverageRow(table, gss, theme);
      expect(r.gapScore.score, `seed ${1000 + seed}`).toBe(0);
      expect(r).toMatchObject({ areaCoverage: 1, peopleOutOfReach: 0, ruralPeopleOutOfReach: 0 });
      expect(r.gapScore.parts).toMatchObject({ peopleOutOfReach: 0, areaOutOfReach: 0, ruralPeopleOutOfReach: 0 });
    }
  });

  it("keeps every score from 0 to 100 and gives the all-themes row the mean of the theme rows' scores", () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const rng = mulberry32(2000 + seed);
      const { project, people } = randomWorld(rng);
      const table = computeCoverage(grid, Array.from({ length: Math.floor(rng() * 9) }, () => project()), { asOf: AS_OF, themes: THEMES, people });
      for (const gss of GSS) {
        const themeScores = THEMES.map((t) => findCoverageRow(table, gss, t).gapScore);
        const all = findCoverageRow(table, gss, null).gapScore;
        expect(all).toEqual(summariseThemeScores(themeScores));
        for (const s of [all, ...themeScores]) {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(100);
        }
      }
    }
  });
});
