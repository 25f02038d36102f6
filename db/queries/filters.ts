import { sql, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";

/**
 * A LIKE pattern that matches `text` anywhere, with LIKE's wildcards escaped (use with ESCAPE '\').
 *
 * @example
 * containsPattern("50%") // "%50\\%%"
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Case-insensitive "contains" over several text columns.
 *
 * @example
 * db.select().from(t).where(matchesText([t.nameEn, t.nameCy], "sanctuary"))
 */
export function matchesText(columns: AnySQLiteColumn[], text: string): SQL {
  const pattern = containsPattern(text);
  return sql.join(
    columns.map((c) => sql`${c} LIKE ${pattern} ESCAPE '\\'`),
    sql` OR `,
  );
}

/**
 * True where a partial-date start column is on or before `asOf` (unknown start counts as started).
 * A partial date compares with a full date as its first day: "2025-04" <= "2025-04-01".
 */
export function startedBy(start: AnySQLiteColumn, asOf: string): SQL {
  return sql`(${start} IS NULL OR ${start} <= ${asOf})`;
}

/**
 * True where a partial-date end column is on or after `asOf` (unknown end counts as running).
 * A partial end runs to its last day: compare with asOf cut to the same length.
 */
export function notEndedBy(end: AnySQLiteColumn, asOf: string): SQL {
  return sql`(${end} IS NULL OR ${end} >= substr(${asOf}, 1, length(${end})))`;
}
