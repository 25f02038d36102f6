/**
 * One number per authority and theme for "how much unmet need is there here", from 0 (the theme is
 * fully covered) to 100: it measures what is out of reach, never how much provision there is.
 */
import type { GapScore, GapScoreParts } from "./coverage-types";

/**
 * The weights: the three out-of-reach parts add up to 1; historicDispersal is the share of the score
 * that depends on dispersal pressure (a non-dispersal area keeps 1 − 0.2 = 80% of it).
 */
export const GAP_SCORE_WEIGHTS: Readonly<GapScoreParts> = Object.freeze({
  peopleOutOfReach: 0.5,
  areaOutOfReach: 0.3,
  ruralPeopleOutOfReach: 0.2,
  historicDispersal: 0.2,
});

const OUT_OF_REACH_PARTS = ["peopleOutOfReach", "areaOutOfReach", "ruralPeopleOutOfReach"] as const;

/** The formula in words, for pages and the API. */
export const GAP_SCORE_FORMULA =
  "score = 100 × (0.5 × people out of reach + 0.3 × area out of reach + 0.2 × rural people out of reach) × (0.8 + 0.2 × historic dispersal area)";

/**
 * The gap score of one authority and theme, rounded to 1 decimal:
 *
 *   score = 100 × (0.5 × peopleOutOfReach + 0.3 × areaOutOfReach + 0.2 × ruralPeopleOutOfReach)
 *               × (0.8 + 0.2 × historicDispersal)
 *
 * | part                  | value (0 to 1)                                                          |
 * | --------------------- | ----------------------------------------------------------------------- |
 * | peopleOutOfReach      | people out of reach ÷ Census population                                 |
 * | areaOutOfReach        | 1 − share of the area in reach                                          |
 * | ruralPeopleOutOfReach | people out of reach in rural (low-density) small areas ÷ Census population |
 * | historicDispersal     | 1 for a historic asylum dispersal area, else 0                          |
 *
 * Properties: a theme fully covered scores 0 (every out-of-reach part is 0); adding a project never
 * raises a score (it can only bring people and area into reach); rural gaps weigh more, because the
 * rural people out of reach count twice; dispersal areas keep the whole score, others 80% of it.
 *
 * Worked example: Powys, 40% of people out of reach (30% of them in rural small areas, so 0.3 × 0.4 =
 * 0.12 of the population), 70% of the area out of reach, not a dispersal area:
 * 100 × (0.5 × 0.4 + 0.3 × 0.7 + 0.2 × 0.12) × 0.8 = 100 × (0.2 + 0.21 + 0.024) × 0.8 = 34.72 → 34.7.
 *
 * Throws when a part is missing or outside 0..1, naming it.
 *
 * @example
 * computeGapScore({ peopleOutOfReach: 0.4, areaOutOfReach: 0.7, ruralPeopleOutOfReach: 0.12, historicDispersal: 0 }).score // 34.7
 */
export function computeGapScore(parts: GapScoreParts): GapScore {
  for (const name of [...OUT_OF_REACH_PARTS, "historicDispersal"] as const) {
    const value = parts?.[name];
    if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
      throw new Error(`Gap score part ${name} out of range (0..1): ${String(value)}`);
    }
  }
  let need = 0;
  for (const name of OUT_OF_REACH_PARTS) need += GAP_SCORE_WEIGHTS[name] * parts[name];
  const pressure = 1 - GAP_SCORE_WEIGHTS.historicDispersal + GAP_SCORE_WEIGHTS.historicDispersal * parts.historicDispersal;
  // + 1e-9: 0.34715 is stored as 0.3471499…; the score should not depend on that.
  const score = Math.round(need * pressure * 1000 + 1e-9) / 10;
  return { score: score === 0 ? 0 : score, parts: { ...parts }, weights: { ...GAP_SCORE_WEIGHTS }, basis: "theme" };
}

export interface GapScoreInputs {
  areaCoverage: number;
  population: number;
  peopleOutOfReach: number;
  ruralPeopleOutOfReach: number;
  historicDispersal: boolean;
}

/**
 * The gap score's parts from an authority's coverage figures (see computeGapScore). With an unknown
 * (zero) population the people parts fall back to the area out of reach.
 *
 * @example
 * buildGapScoreParts({ areaCoverage: 0.3, population: 1000, peopleOutOfReach: 400, ruralPeopleOutOfReach: 120, historicDispersal: false })
 * // { peopleOutOfReach: 0.4, areaOutOfReach: 0.7, ruralPeopleOutOfReach: 0.12, historicDispersal: 0 }
 */
export function buildGapScoreParts(inputs: GapScoreInputs): GapScoreParts {
  const areaOutOfReach = Math.min(1, Math.max(0, 1 - inputs.areaCoverage));
  const known = inputs.population > 0;
  return {
    peopleOutOfReach: known ? inputs.peopleOutOfReach / inputs.population : areaOutOfReach,
    areaOutOfReach,
    ruralPeopleOutOfReach: known ? inputs.ruralPeopleOutOfReach / inputs.population : 0,
    historicDispersal: inputs.historicDispersal ? 1 : 0,
  };
}

/**
 * The all-themes summary of an authority: the mean of its per-theme scores and of their parts (so a
 * gap in any one theme shows, however well the others are covered). Never the coverage of the union
 * of all themes, which would hide single-theme gaps.
 *
 * @example
 * summariseThemeScores([computeGapScore(a), computeGapScore(b)]).score // (a.score + b.score) / 2, to 1 decimal
 */
export function summariseThemeScores(scores: readonly GapScore[]): GapScore {
  const mean = (pick: (s: GapScore) => number) => (scores.length === 0 ? 0 : scores.reduce((t, s) => t + pick(s), 0) / scores.length);
  const parts: GapScoreParts = {
    peopleOutOfReach: mean((s) => s.parts.peopleOutOfReach),
    areaOutOfReach: mean((s) => s.parts.areaOutOfReach),
    ruralPeopleOutOfReach: mean((s) => s.parts.ruralPeopleOutOfReach),
    historicDispersal: scores[0]?.parts.historicDispersal ?? 0,
  };
  const score = Math.round(mean((s) => s.score) * 10 + 1e-9) / 10;
  return { score: score === 0 ? 0 : score, parts, weights: { ...GAP_SCORE_WEIGHTS }, basis: "mean of themes" };
}
