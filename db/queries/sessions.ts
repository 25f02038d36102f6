import { and, eq, gt, isNull, lte, ne } from "drizzle-orm";
import type { Queryable } from "../client";
import { sessions, users } from "../schema";

/**
 * Stores a session. Only the SHA-256 (hex) of the cookie's token is kept, so a copy of the
 * database cannot be used to sign in.
 *
 * @example
 * insertSession(db, { tokenHash, userId: 1, csrfToken, createdAt: "2026-01-15T09:00:00.000Z", expiresAt: "2026-02-14T09:00:00.000Z" })
 */
export function insertSession(
  db: Queryable,
  session: { tokenHash: string; userId: number; csrfToken: string; createdAt: string; expiresAt: string },
): void {
  db.insert(sessions).values(session).run();
}

/**
 * A live session and its user: undefined when there is no such session, it has expired
 * (`expiresAt` is not after `nowIso`) or the user is disabled. Timestamps are compared as
 * ISO strings, so both must come from `Date#toISOString()`.
 *
 * @example
 * getSessionWithUser(db, tokenHash, new Date().toISOString()) // { userId: 1, email, role: "editor", csrfToken, expiresAt, ... }
 */
export function getSessionWithUser(db: Queryable, tokenHash: string, nowIso: string) {
  return db
    .select({
      tokenHash: sessions.tokenHash,
      userId: users.id,
      email: users.email,
      role: users.role,
      csrfToken: sessions.csrfToken,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, nowIso), isNull(users.disabledAt)))
    .get();
}

/**
 * Ends one session (sign-out). Doing so twice is harmless.
 *
 * @example
 * deleteSession(db, tokenHash)
 */
export function deleteSession(db: Queryable, tokenHash: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

/**
 * Ends every session of a user, except optionally the one making the request (after a password
 * change the person stays signed in where they are). Returns how many were ended.
 *
 * @example
 * deleteUserSessions(db, 1, currentTokenHash) // 2
 */
export function deleteUserSessions(db: Queryable, userId: number, exceptTokenHash?: string): number {
  const where =
    exceptTokenHash === undefined ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptTokenHash));
  return db.delete(sessions).where(where).run().changes;
}

/**
 * Removes sessions that expired at or before `nowIso`. Returns how many were removed.
 *
 * @example
 * deleteExpiredSessions(db, new Date().toISOString()) // 3
 */
export function deleteExpiredSessions(db: Queryable, nowIso: string): number {
  return db.delete(sessions).where(lte(sessions.expiresAt, nowIso)).run().changes;
}
