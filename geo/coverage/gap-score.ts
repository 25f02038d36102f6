/**
 * One number per authority and theme for "how much of a gap is there here", from 0 (no gap) to 100.
 */
import type { GapScore, GapScoreParts } from "./coverage-types";

/** The weights of the gap score's parts; they add up to 1. */
export const GAP_SCORE_WEIGHTS: Readonly<GapScoreParts> = Object.freeze({
  peopleOutOfReach: 0.45,
  areaOutOfReach: 0.25,
  rural: 0.15,
  population: 0.1,
  historicDispersal: 0.05,
});

const PART_NAMES = Object.keys(GAP_SCORE_WEIGHTS) as (keyof GapScoreParts)[];

/**
 * The gap score: score = 100 × Σ weight × part, rounded to 1 decimal, where each part is from 0 to 1:
 *
 * | part              | value                                                                   | weight |
 * | ----------------- | ----------------------------------------------------------------------- | ------ |
 * | peopleOutOfReach  | 1 − peopleCoverage (areaOutOfReach when peopleCoverage is null)         | 0.45   |
 * | areaOutOfReach    | 1 − areaCoverage                                                        | 0.25   |
 * | rural             | 1 for a WLGA predominantly rural authority, else 0                      | 0.15   |
 * | population        | authority population / largest authority population (0 when unknown)   | 0.10   |
 * | historicDispersal | 1 for a historic asylum dispersal area, else 0                          | 0.05   |
 *
 * Worked example: Powys (rural; 133,174 people against Cardiff's 362,312, the largest: 0.3676; not a
 * dispersal area) with 60% of its settlement population and 30% of its area in reach:
 * 100 × (0.45 × 0.4 + 0.25 × 0.7 + 0.15 × 1 + 0.10 × 0.3676 + 0.05 × 0)
 * = 100 × (0.18 + 0.175 + 0.15 + 0.03676 + 0) = 54.176 → 54.2.
 *
 * Throws when a part is missing or outside 0..1, naming it. Use buildGapScoreParts to get the parts
 * from coverage figures.
 *
 * @example
 * computeGapScore({ peopleOutOfReach: 0.4, areaOutOfReach: 0.7, rural: 1, population: 0.3676, historicDispersal: 0 }).score
 * // 54.2
 */
export function computeGapScore(parts: GapScoreParts): GapScore {
  let sum = 0;
  for (const name of PART_NAMES) {
    const value = parts?.[name];
    if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
      throw new Error(`Gap score part ${name} out of range (0..1): ${String(value)}`);
    }
    sum += GAP_SCORE_WEIGHTS[name] * value;
  }
  // + 1e-9: 0.54195 is stored as 0.5419499…; the score should not depend on that.
  const score = Math.round(sum * 1000 + 1e-9) / 10;
  return {
    score: score === 0 ? 0 : score,
    parts: { ...parts },
    weights: { ...GAP_SCORE_WEIGHTS },
  };
}

export interface GapScoreInputs {
  areaCoverage: number;
  /** null when the authority has no settlement with a known population. */
  peopleCoverage: number | null;
  rural: boolean;
  historicDispersal: boolean;
  /** The authority's population, or null when unknown. */
  population: number | null;
  /** The largest authority population, or null when none is known. */
  largestPopulation: number | null;
}

/**
 * The gap score's parts from an authority's coverage figures (see computeGapScore for the formula).
 *
 * @example
 * buildGapScoreParts({ areaCoverage: 0.3, peopleCoverage: null, rural: true, historicDispersal: false,
 *   population: 50_000, largestPopulation: 200_000 })
 * // { peopleOutOfReach: 0.7, areaOutOfReach: 0.7, rural: 1, population: 0.25, historicDispersal: 0 }
 */
export function buildGapScoreParts(inputs: GapScoreInputs): GapScoreParts {
  const areaOutOfReach = 1 - inputs.areaCoverage;
  const { population, largestPopulation } = inputs;
  return {
    peopleOutOfReach: inputs.peopleCoverage === null ? areaOutOfReach : 1 - inputs.peopleCoverage,
    areaOutOfReach,
    rural: inputs.rural ? 1 : 0,
    population: population !== null && largestPopulation !== null && largestPopulation > 0 ? Math.min(1, population / largestPopulation) : 0,
    historicDispersal: inputs.historicDispersal ? 1 : 0,
  };
}
