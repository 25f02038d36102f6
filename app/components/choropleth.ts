/** Colour classes for the choropleth map and its legend (ColorBrewer PuBu, colour-blind safe). */
export const PALETTE = ["#d0d1e6", "#a6bddb", "#74a9cf", "#2b8cbe", "#045a8d"];
export const ZERO_COLOUR = "#ffffff";

export interface ColourClass {
  min: number;
  max: number;
  colour: string;
}

/**
 * Up to five equal-width classes of whole numbers spanning the values' own range (so that small
 * differences between authorities still show), plus a white class for zero when a value is zero.
 *
 * @example
 * classesFor([26, 31]) // [{min:26,max:26}, {min:27,max:27}, … {min:30,max:31}]
 */
export function classesFor(values: number[]): ColourClass[] {
  const classes: ColourClass[] = [];
  const positive = values.filter((v) => v > 0);
  if (values.some((v) => v <= 0) || positive.length === 0) classes.push({ min: 0, max: 0, colour: ZERO_COLOUR });
  if (positive.length === 0) return classes;
  const low = Math.min(...positive);
  const high = Math.max(...positive);
  const span = high - low + 1;
  const count = Math.min(PALETTE.length, span);
  const width = Math.ceil(span / count);
  for (let i = 0; i < count; i++) {
    const min = low + i * width;
    if (min > high) break;
    classes.push({ min, max: Math.min(high, min + width - 1), colour: PALETTE[i] });
  }
  return classes;
}

/** The colour of a value among classes. */
export function colourFor(value: number, classes: ColourClass[]): string {
  return classes.find((c) => value >= c.min && value <= c.max)?.colour ?? classes[classes.length - 1].colour;
}
