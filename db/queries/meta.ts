import { eq, sql } from "drizzle-orm";
import type { Db, Queryable } from "../client";
import { meta, organisations } from "../schema";

/**
 * The data version: a counter bumped by every change to the directory, used to key caches.
 *
 * @example
 * getDataVersion(db) // 3
 */
export function getDataVersion(db: Queryable): number {
  const row = db.select({ value: meta.value }).from(meta).where(eq(meta.key, "data_version")).get();
  return row ? Number(row.value) : 0;
}

/**
 * A reader of the data version for a hot path (the render cache asks on every request): one
 * prepared statement, not a query built per call.
 *
 * @example
 * const version = dataVersionReader(db); version() // "3"
 */
export function dataVersionReader(db: Db): () => string {
  const statement = db.$client.prepare("SELECT value FROM meta WHERE key = 'data_version'").pluck();
  return () => String(statement.get() ?? 0);
}

/**
 * Increments the data version (call inside the transaction that changed the data).
 *
 * @example
 * bumpDataVersion(db) // returns the new version
 */
export function bumpDataVersion(db: Queryable): number {
  db.insert(meta)
    .values({ key: "data_version", value: "1" })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`CAST(${meta.value} AS INTEGER) + 1` } })
    .run();
  return getDataVersion(db);
}

/**
 * Whether any synthetic (generated demonstration) organisation is in the database.
 *
 * @example
 * hasSyntheticRecords(db) // false for the default seed
 */
export function hasSyntheticRecords(db: Queryable): boolean {
  return db.select({ one: sql<number>`1` }).from(organisations).where(eq(organisations.synthetic, true)).limit(1).get() !== undefined;
}
