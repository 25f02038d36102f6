import { sql } from "drizzle-orm";
import type { Queryable } from "../client";
import { smallAreaPopulations } from "../schema";
import { bumpDataVersion } from "./meta";

/**
 * Replaces the imported small-area populations (all or nothing: call inside a transaction) and
 * bumps the data version.
 *
 * @example
 * replaceSmallAreaPopulations(tx, [{ code: "W01000001", population: 1523 }], "lsoa.csv", now)
 */
export function replaceSmallAreaPopulations(db: Queryable, rows: readonly { code: string; population: number }[], source: string, at: string): void {
  db.delete(smallAreaPopulations).run();
  for (const r of rows) db.insert(smallAreaPopulations).values({ code: r.code, population: r.population, source, importedAt: at }).run();
  bumpDataVersion(db);
}

/**
 * The imported populations, and which file they came from (undefined: none imported).
 *
 * @example
 * importedPopulations(db)?.source // "census-2021-lsoa.csv"
 */
export function importedPopulations(db: Queryable): { source: string; importedAt: string; byCode: Map<string, number> } | undefined {
  const head = db
    .select({ source: smallAreaPopulations.source, importedAt: smallAreaPopulations.importedAt, n: sql<number>`count(*)` })
    .from(smallAreaPopulations)
    .get();
  if (!head || head.n === 0) return undefined;
  const byCode = new Map(db.select({ code: smallAreaPopulations.code, population: smallAreaPopulations.population }).from(smallAreaPopulations).all().map((r) => [r.code, r.population]));
  return { source: head.source, importedAt: head.importedAt, byCode };
}

/**
 * A cheap fingerprint of the imported populations, for cache keys.
 *
 * @example
 * populationKey(db) // "" when none are imported
 */
export function populationKey(db: Queryable): string {
  const head = db.select({ at: sql<string | null>`max(${smallAreaPopulations.importedAt})`, n: sql<number>`count(*)` }).from(smallAreaPopulations).get();
  return head && head.n > 0 ? `${head.at}|${head.n}` : "";
}
