/**
 * Colour classes for the choropleth map and its legend. ColorBrewer sequential palettes (colour-blind
 * safe): blues where more is better provision, oranges for the gap score where more is worse.
 */
export const BLUES = ["#d0d1e6", "#a6bddb", "#74a9cf", "#2b8cbe", "#045a8d"];
export const ORANGES = ["#fee6ce", "#fdae6b", "#f16913", "#d94801", "#8c2d04"];
export const ZERO_COLOUR = "#ffffff";

export interface ColourClass {
  /** Inclusive lower bound. */
  min: number;
  /** Inclusive upper bound. */
  max: number;
  colour: string;
}

/**
 * Up to five equal-width classes of whole numbers spanning the values' own range (so that small
 * differences between authorities still show), plus a white class for zero when a value is zero.
 *
 * @example
 * countClasses([26, 31]) // [{min:26,max:27}, {min:28,max:29}, {min:30,max:31}]
 */
export function countClasses(values: number[]): ColourClass[] {
  const classes: ColourClass[] = [];
  const positive = values.filter((v) => v > 0);
  if (values.some((v) => v <= 0) || positive.length === 0) classes.push({ min: 0, max: 0, colour: ZERO_COLOUR });
  if (positive.length === 0) return classes;
  const low = Math.floor(Math.min(...positive));
  const high = Math.ceil(Math.max(...positive));
  const span = high - low + 1;
  const count = Math.min(BLUES.length, span);
  const width = Math.ceil(span / count);
  for (let i = 0; i < count; i++) {
    const min = low + i * width;
    if (min > high) break;
    classes.push({ min, max: Math.min(high, min + width - 1), colour: BLUES[i] });
  }
  return classes;
}

/**
 * Five equal classes between the smallest and largest value (for rates such as projects per 10,000).
 *
 * @example
 * rangeClasses([1, 6])[0] // { min: 1, max: 2, colour: "#d0d1e6" }
 */
export function rangeClasses(values: number[], palette = BLUES): ColourClass[] {
  if (values.length === 0) return [{ min: 0, max: 0, colour: ZERO_COLOUR }];
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (high === low) return [{ min: low, max: high, colour: palette[palette.length - 1] }];
  const width = (high - low) / palette.length;
  return palette.map((colour, i) => ({
    min: Math.round((low + i * width) * 100) / 100,
    max: i === palette.length - 1 ? high : Math.round((low + (i + 1) * width) * 100) / 100,
    colour,
  }));
}

/**
 * Fixed classes 0–20, 20–40 … 80–100 (for shares as percentages and for the 0–100 gap score).
 *
 * @example
 * fixedClasses(ORANGES)[4] // { min: 80, max: 100, colour: "#8c2d04" }
 */
export function fixedClasses(palette = BLUES): ColourClass[] {
  return palette.map((colour, i) => ({ min: i * 20, max: (i + 1) * 20, colour }));
}

/** The colour of a value: the first class whose range holds it. */
export function colourFor(value: number, classes: ColourClass[]): string {
  return classes.find((c) => value >= c.min && value <= c.max)?.colour ?? classes[classes.length - 1].colour;
}
