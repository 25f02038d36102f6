import { asc } from "drizzle-orm";
import type { Queryable } from "../client";
import { documents } from "../schema";

/**
 * The documents that records cite, ordered by id.
 *
 * @example
 * listDocuments(db).map((d) => d.title)
 */
export function listDocuments(db: Queryable) {
  return db.select().from(documents).orderBy(asc(documents.id)).all();
}
