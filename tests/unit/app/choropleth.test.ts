/**
 * The map's colour classes: natural breaks that separate real differences, fewer classes when values
 * are few or nearly equal, colours spread over the whole ramp, and ranges that say what is on the map.
 */
import { describe, expect, it } from "vitest";
import { BLUES, ckmeans, colourFor, naturalGroups, ORANGES, OUTLINE_COLOUR, rampColours, valueClasses, ZERO_COLOUR } from "../../../app/components/map/choropleth";
import { mulberry32 } from "../../random";

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The least within-group sum of squares over every split of sorted values into k runs (brute force). */
function bestCost(sorted: number[], k: number): number {
  const ssq = (xs: number[]) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    return xs.reduce((a, x) => a + (x - m) ** 2, 0);
  };
  if (k === 1) return ssq(sorted);
  let best = Infinity;
  for (let cut = k - 1; cut < sorted.length; cut++) best = Math.min(best, bestCost(sorted.slice(0, cut), k - 1) + ssq(sorted.slice(cut)));
  return best;
}


// 22 authorities with between 26 and 31 active projects: the case the committee's staff met, which
// used to come out as three pale classes (26–27, 28–29, 30–31 in the three lightest blues).
const NARROW = [26, 26, 26, 27, 27, 27, 27, 28, 28, 28, 28, 28, 29, 29, 29, 30, 30, 30, 31, 31, 31, 31];

describe("ckmeans", () => {
  it("splits values into groups of consecutive values at the widest natural gaps", () => {
    expect(ckmeans([1, 2, 3, 10, 11, 30], 3)).toEqual([[1, 2, 3], [10, 11], [30]]);
    expect(ckmeans([30, 1, 11, 2, 10, 3], 3)).toEqual([[1, 2, 3], [10, 11], [30]]);
  });

  it("finds the split with the least within-group sum of squares, as an exhaustive search does", () => {
    const random = mulberry32(7);
    for (let run = 0; run < 40; run++) {
      const values = Array.from({ length: 4 + Math.floor(random() * 9) }, () => Math.round(random() * 100) / 4);
      const sorted = [...values].sort((a, b) => a - b);
      const k = 1 + Math.floor(random() * 4);
      const groups = ckmeans(values, k);
      expect(groups.flat()).toEqual(sorted);
      const cost = groups.reduce((a, g) => a + bestCost(g, 1), 0);
      expect(cost).toBeCloseTo(bestCost(sorted, Math.min(k, new Set(values).size)), 8);
    }
  });

  it("returns no more groups than there are distinct values", () => {
    expect(ckmeans([4, 4, 4, 9], 5)).toEqual([[4, 4, 4], [9]]);
    expect(ckmeans([], 5)).toEqual([]);
  });

  it("throws on a number of classes below one or a value that is not a number", () => {
    expect(() => ckmeans([1, 2], 0)).toThrow("Number of classes must be a whole number of 1 or more: 0");
    expect(() => ckmeans([1, Number.NaN], 2)).toThrow("Values must be finite numbers: 1, NaN");
  });
});

describe("the map's colour classes", () => {
  it("gives 22 authorities with 26 to 31 projects three classes in light, middle and dark blue, not three pale ones", () => {
    const classes = valueClasses(NARROW);
    expect(classes.map((c) => [c.min, c.max])).toEqual([
      [26, 27],
      [28, 29],
      [30, 31],
    ]);
    expect(classes.map((c) => c.colour)).toEqual([BLUES[0], BLUES[2], BLUES[4]]);
    expect(classes.reduce((a, c) => a + c.count, 0)).toBe(22);
  });

  it("states each class's range as the smallest and largest value in it, and every value falls in exactly one", () => {
    const random = mulberry32(11);
    for (let run = 0; run < 30; run++) {
      const values = Array.from({ length: 22 }, () => Math.round(random() * 2000) / 100);
      const classes = valueClasses(values);
      for (const c of classes) {
        expect(values).toContain(c.min);
        expect(values).toContain(c.max);
        expect(values.filter((v) => v >= c.min && v <= c.max)).toHaveLength(c.count);
      }
      for (const v of values) expect(classes.filter((c) => v >= c.min && v <= c.max)).toHaveLength(1);
      for (let i = 1; i < classes.length; i++) expect(classes[i].min).toBeGreaterThan(classes[i - 1].max);
    }
  });

  it("separates clearly different groups of rates into their own classes", () => {
    const rates = [3.01, 3.35, 4.2, 4.3, 4.84, 4.84, 4.88, 5.03, 5.05, 5.08, 5.83, 6.73, 6.89, 7.56, 8.18, 8.64, 9.17, 9.99, 10.43, 11.38, 11.51, 16.49];
    const classes = valueClasses(rates);
    expect(classes).toHaveLength(5);
    expect(classes[classes.length - 1]).toMatchObject({ min: 16.49, max: 16.49, count: 1 });
  });

  it("uses one class when the values are nearly equal, and fewer classes than values when they are few", () => {
    expect(valueClasses([99.5, 100, 100, 99.8])).toEqual([{ min: 99.5, max: 100, count: 4, colour: BLUES[2] }]);
    expect(valueClasses([7, 7, 7])).toEqual([{ min: 7, max: 7, count: 3, colour: BLUES[2] }]);
    expect(valueClasses([1, 2, 3]).map((c) => [c.min, c.max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(naturalGroups([94, 100, 100])).toEqual([[94], [100, 100]]);
  });

  it("keeps zero as a white class of its own for counts, with the breaks of the other values beside it", () => {
    const classes = valueClasses([0, 0, 1, 1, 2, 5], { zeroClass: true });
    expect(classes[0]).toEqual({ min: 0, max: 0, count: 2, colour: ZERO_COLOUR });
    expect(classes.slice(1).map((c) => [c.min, c.max])).toEqual([
      [1, 1],
      [2, 2],
      [5, 5],
    ]);
    // The palest blue is left out next to white, so "none" and "few" are told apart.
    expect(classes.slice(1).map((c) => c.colour)).not.toContain(BLUES[0]);
    expect(valueClasses([0, 0], { zeroClass: true })).toEqual([{ min: 0, max: 0, count: 2, colour: ZERO_COLOUR }]);
    expect(valueClasses([])).toEqual([]);
  });

  it("colours the gap score from the orange ramp", () => {
    const classes = valueClasses([1.6, 2, 3, 20.5, 20.7, 40.7], { palette: ORANGES });
    expect(classes.every((c) => ORANGES.includes(c.colour))).toBe(true);
    expect(colourFor(40.7, classes)).toBe(ORANGES[ORANGES.length - 1]);
  });

  it("finds a value's colour in its class, and the nearest class for a value between classes", () => {
    const classes = valueClasses([10, 10.2, 20, 20.4]);
    expect(classes).toHaveLength(2);
    expect(colourFor(10.2, classes)).toBe(classes[0].colour);
    expect(colourFor(19, classes)).toBe(classes[1].colour);
  });

  it("spreads fewer colours over the whole ramp", () => {
    expect(rampColours(2)).toEqual([BLUES[0], BLUES[4]]);
    expect(rampColours(4)).toEqual([BLUES[0], BLUES[1], BLUES[3], BLUES[4]]);
    expect(rampColours(1)).toEqual([BLUES[2]]);
  });

  it("keeps every fill at 3:1 contrast or more against the authority outlines (WCAG 1.4.11)", () => {
    for (const colour of [...BLUES, ...ORANGES, ZERO_COLOUR]) expect(contrast(colour, OUTLINE_COLOUR), colour).toBeGreaterThanOrEqual(3);
  });
});
