/**
 * The seeded random draws the synthetic generator is built from: one generator (mulberry32) and a
 * few ways to draw from it. No unseeded randomness anywhere in seeds/.
 */
import { addDays } from "../geo/dates/calendar";

/** A seeded random number generator: each call returns the next number in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32: a tiny, fast 32-bit generator, plenty for synthetic data (not for cryptography).
 * Throws on a seed that is not a finite number.
 *
 * @example
 * const rng = createRng(42);
 * rng() // 0.6011037519201636, and the same first number for every createRng(42)
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`Seed must be a finite number: ${seed}`);
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct items, each drawn in proportion to its weight (all weights > 0). */
export function pickDistinctWeighted<T>(rng: Rng, list: readonly T[], count: number, weight: (item: T) => number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const item = pickWeighted(rng, pool, weight);
    out.push(item);
    pool.splice(pool.indexOf(item), 1);
  }
  return out;
}

/** One item, drawn in proportion to its weight. Throws on an empty list. */
export function pickWeighted<T>(rng: Rng, list: readonly T[], weight: (item: T) => number): T {
  if (list.length === 0) throw new Error("Cannot pick from an empty list");
  const total = list.reduce((sum, item) => sum + weight(item), 0);
  let target = rng() * total;
  for (const item of list) {
    target -= weight(item);
    if (target < 0) return item;
  }
  return list[list.length - 1];
}

/** A day in [from, to) (ISO days), each as likely. */
export function randomDay(rng: Rng, from: string, to: string): string {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  return addDays(from, Math.floor(rng() * Math.max(1, days)));
}

/** An ISO day cut to a partial date of the given precision. */
export function truncateDay(isoDay: string, precision: "day" | "month" | "year"): string {
  return precision === "day" ? isoDay : precision === "month" ? isoDay.slice(0, 7) : isoDay.slice(0, 4);
}
