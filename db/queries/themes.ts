import { asc } from "drizzle-orm";
import type { Queryable } from "../client";
import { themes } from "../schema";

/**
 * The theme taxonomy in its fixed order.
 *
 * @example
 * listThemes(db)[0].id // "hate-crime"
 */
export function listThemes(db: Queryable) {
  return db.select().from(themes).orderBy(asc(themes.sortOrder)).all();
}
