import { and, desc, eq } from "drizzle-orm";
import type { Queryable } from "../client";
import { listingDrafts } from "../schema";

/**
 * Stores a new listing draft for a person and returns its id.
 *
 * @example
 * insertDraft(db, { userId: 7, content: { organisation: null, projects: [], awards: [], nextKey: 1 }, now: "2026-12-02T09:00:00.000Z" }) // 3
 */
export function insertDraft(db: Queryable, input: { userId: number; content: unknown; now: string }): number {
  return db
    .insert(listingDrafts)
    .values({ userId: input.userId, content: input.content, createdAt: input.now, updatedAt: input.now })
    .returning({ id: listingDrafts.id })
    .get().id;
}

/**
 * One draft, or undefined.
 *
 * @example
 * getDraft(db, 3)?.userId // 7
 */
export function getDraft(db: Queryable, id: number) {
  return db.select().from(listingDrafts).where(eq(listingDrafts.id, id)).get();
}

/**
 * A person's drafts, the most recently changed first.
 *
 * @example
 * listDrafts(db, 7).map((d) => d.id) // [3]
 */
export function listDrafts(db: Queryable, userId: number) {
  return db.select().from(listingDrafts).where(eq(listingDrafts.userId, userId)).orderBy(desc(listingDrafts.updatedAt), desc(listingDrafts.id)).all();
}

/**
 * Replaces a draft's content. Returns false when there is no such draft of that person.
 *
 * @example
 * updateDraft(db, 3, 7, { content, now: "2026-12-02T09:05:00.000Z" }) // true
 */
export function updateDraft(db: Queryable, id: number, userId: number, input: { content: unknown; now: string }): boolean {
  return (
    db
      .update(listingDrafts)
      .set({ content: input.content, updatedAt: input.now })
      .where(and(eq(listingDrafts.id, id), eq(listingDrafts.userId, userId)))
      .run().changes > 0
  );
}

/**
 * Deletes a draft of that person. Returns false when there is none.
 *
 * @example
 * deleteDraft(db, 3, 7) // true
 */
export function deleteDraft(db: Queryable, id: number, userId: number): boolean {
  return db.delete(listingDrafts).where(and(eq(listingDrafts.id, id), eq(listingDrafts.userId, userId))).run().changes > 0;
}
