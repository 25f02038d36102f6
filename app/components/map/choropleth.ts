/**
 * Colour classes for the choropleth map and its legend: natural breaks in the values themselves
 * (Ckmeans, the optimal 1-D k-means), merged until neighbouring classes differ by more than a trifle,
 * and coloured from ColorBrewer sequential ramps (colour-blind safe): blues where more is better
 * provision, oranges for the gap score where more is worse. Every fill keeps at least 3:1 contrast
 * with the dark outlines (WCAG 1.4.11), so the darkest ColorBrewer steps are left out.
 */
export const BLUES = ["#deebf7", "#9ecae1", "#6baed6", "#4292c6", "#2171b5"];
export const ORANGES = ["#fee6ce", "#fdae6b", "#fd8d3c", "#f16913", "#d94801"];
export const ZERO_COLOUR = "#ffffff";
/** Authorities whose figure is not known. */
export const UNKNOWN_COLOUR = "#cccccc";
export const OUTLINE_COLOUR = "#1b1b1b";
export const MAX_CLASSES = 5;
/** Neighbouring classes whose means differ by less than this share of the largest value are merged. */
export const MIN_STEP_SHARE = 0.05;

export interface ColourClass {
  /** The smallest value in the class (a value that occurs). */
  min: number;
  /** The largest value in the class (a value that occurs). */
  max: number;
  /** How many of the values fall in the class. */
  count: number;
  colour: string;
}

export interface ClassOptions {
  palette?: string[];
  /** Zero gets a white class of its own ("none"), apart from the breaks of the other values. */
  zeroClass?: boolean;
  maxClasses?: number;
  minStepShare?: number;
}

/**
 * The values (sorted ascending) split into `k` groups of consecutive values with the least total
 * squared distance to the groups' means (Ckmeans.1d.dp, Wang & Song 2011; O(k·n²), fine for the 22
 * authorities). Fewer groups come back when there are fewer distinct values than `k`.
 *
 * @example
 * ckmeans([1, 2, 3, 10, 11, 30], 3) // [[1, 2, 3], [10, 11], [30]]
 */
export function ckmeans(values: number[], k: number): number[][] {
  if (!Number.isInteger(k) || k < 1) throw new Error(`Number of classes must be a whole number of 1 or more: ${k}`);
  if (values.some((v) => !Number.isFinite(v))) throw new Error(`Values must be finite numbers: ${values.join(", ")}`);
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return [];
  const groups = Math.min(k, new Set(sorted).size);
  const sum = [0];
  const sumSq = [0];
  for (const v of sorted) {
    sum.push(sum[sum.length - 1] + v);
    sumSq.push(sumSq[sumSq.length - 1] + v * v);
  }
  // Within-group sum of squares of sorted[from … to] (inclusive).
  const ssq = (from: number, to: number) => {
    const s = sum[to + 1] - sum[from];
    return Math.max(0, sumSq[to + 1] - sumSq[from] - (s * s) / (to - from + 1));
  };
  // cost[g][i]: the least cost of sorted[0 … i] in g + 1 groups; start[g][i]: where its last group starts.
  const cost = Array.from({ length: groups }, () => new Array<number>(n).fill(Infinity));
  const start = Array.from({ length: groups }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) cost[0][i] = ssq(0, i);
  for (let g = 1; g < groups; g++) {
    for (let i = g; i < n; i++) {
      for (let j = g; j <= i; j++) {
        const c = cost[g - 1][j - 1] + ssq(j, i);
        if (c < cost[g][i]) {
          cost[g][i] = c;
          start[g][i] = j;
        }
      }
    }
  }
  const out: number[][] = [];
  let end = n - 1;
  for (let g = groups - 1; g >= 0; g--) {
    const from = g === 0 ? 0 : start[g][end];
    out.unshift(sorted.slice(from, end + 1));
    end = from - 1;
  }
  return out;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Natural breaks that separate real differences: at most `maxClasses` Ckmeans groups, fewer while any
 * two neighbouring groups' means differ by less than `minStepShare` of the largest absolute value (so
 * values that are nearly equal share one class, and six distinct counts from 26 to 31 do not become
 * five classes).
 *
 * @example
 * naturalGroups([26, 26, 27, 28, 29, 30, 31]) // [[26, 26, 27], [28, 29], [30, 31]]
 * naturalGroups([99.5, 100, 100]) // [[99.5, 100, 100]]
 */
export function naturalGroups(values: number[], maxClasses = MAX_CLASSES, minStepShare = MIN_STEP_SHARE): number[][] {
  if (values.length === 0) return [];
  const minStep = minStepShare * Math.max(...values.map(Math.abs));
  for (let k = Math.min(maxClasses, new Set(values).size); k > 1; k--) {
    const groups = ckmeans(values, k);
    const means = groups.map(mean);
    if (means.every((m, i) => i === 0 || m - means[i - 1] >= minStep)) return groups;
  }
  return [[...values].sort((a, b) => a - b)];
}

/**
 * `count` colours spread evenly over the palette (both ends kept), so that two or three classes are
 * light, middle and dark rather than the palest steps; a single class takes the middle. `skipLightest`
 * keeps the palest step apart for a white "none" class beside it.
 *
 * @example
 * rampColours(3, BLUES) // ["#deebf7", "#6baed6", "#2171b5"]
 */
export function rampColours(count: number, palette = BLUES, skipLightest = false): string[] {
  const steps = skipLightest && count < palette.length ? palette.slice(1) : palette;
  if (count <= 0) return [];
  if (count === 1) return [steps[Math.floor((steps.length - 1) / 2)]];
  return Array.from({ length: count }, (_, i) => steps[Math.round((i * (steps.length - 1)) / (count - 1))]);
}

/**
 * The colour classes of a layer's values: a white class for zero when asked and a zero occurs, then
 * natural breaks of the rest. Each class's range is the smallest and largest value in it, so the
 * legend states what is on the map and nothing in between.
 *
 * @example
 * valueClasses([0, 2, 2, 9], { zeroClass: true })
 * // [{ min: 0, max: 0, count: 1, colour: "#ffffff" }, { min: 2, max: 2, count: 2, … }, { min: 9, max: 9, count: 1, … }]
 */
export function valueClasses(values: number[], options: ClassOptions = {}): ColourClass[] {
  const { palette = BLUES, zeroClass = false, maxClasses = MAX_CLASSES, minStepShare = MIN_STEP_SHARE } = options;
  const zeros = zeroClass ? values.filter((v) => v === 0).length : 0;
  const rest = zeroClass ? values.filter((v) => v !== 0) : values;
  const groups = naturalGroups(rest, maxClasses, minStepShare);
  const colours = rampColours(groups.length, palette, zeros > 0);
  const classes: ColourClass[] = zeros > 0 ? [{ min: 0, max: 0, count: zeros, colour: ZERO_COLOUR }] : [];
  groups.forEach((g, i) => classes.push({ min: g[0], max: g[g.length - 1], count: g.length, colour: colours[i] }));
  return classes;
}

/** The colour of a value: its class, or the nearest class for a value that fell between them. */
export function colourFor(value: number, classes: ColourClass[]): string {
  if (classes.length === 0) return UNKNOWN_COLOUR;
  const held = classes.find((c) => value >= c.min && value <= c.max);
  if (held) return held.colour;
  const distance = (c: ColourClass) => Math.min(Math.abs(value - c.min), Math.abs(value - c.max));
  return classes.reduce((best, c) => (distance(c) < distance(best) ? c : best)).colour;
}
