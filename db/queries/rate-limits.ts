import { and, eq, gt, lte, sql } from "drizzle-orm";
import type { Queryable } from "../client";
import { rateLimits, signInFailures } from "../schema";

export interface RateLimit {
  /** Hits allowed in one window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitHit {
  allowed: boolean;
  /** Seconds until the window ends (0 when allowed). */
  retryAfterSeconds: number;
  /** Hits in the current window, this one included. */
  count: number;
  /** When the current window began (ms since the epoch); pass to undoRateLimitHit. */
  windowStart: number;
}

/**
 * Counts one hit against `key` in a fixed window and says whether it is allowed. A window begins
 * at the first hit after the previous one ended and lasts `windowSeconds`; the hit that makes the
 * count exceed `limit` and every hit after it in the window are refused (and still counted).
 *
 * One INSERT … ON CONFLICT DO UPDATE … RETURNING, so concurrent hits can never both take the last
 * slot.
 *
 * @example
 * hitRateLimit(db, "sign-in:ip:203.0.113.9", { limit: 10, windowSeconds: 900 }, Date.now())
 * // { allowed: true, retryAfterSeconds: 0, count: 1, windowStart: 1768467600000 }
 */
export function hitRateLimit(db: Queryable, key: string, { limit, windowSeconds }: RateLimit, nowMs: number): RateLimitHit {
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`Rate limit must be a whole number of 0 or more: ${limit}`);
  if (!(windowSeconds > 0)) throw new Error(`Rate limit window must be more than 0 seconds: ${windowSeconds}`);
  const now = Math.floor(nowMs);
  const windowMs = Math.round(windowSeconds * 1000);
  // In an upsert's SET, every right-hand side sees the row as it was, so both CASEs test the old window.
  const expired = sql`${rateLimits.windowStart} + ${windowMs} <= ${now}`;
  const row = db
    .insert(rateLimits)
    .values({ key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        windowStart: sql`CASE WHEN ${expired} THEN ${now} ELSE ${rateLimits.windowStart} END`,
        count: sql`CASE WHEN ${expired} THEN 1 ELSE ${rateLimits.count} + 1 END`,
      },
    })
    .returning({ windowStart: rateLimits.windowStart, count: rateLimits.count })
    .get();
  const allowed = row.count <= limit;
  const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((row.windowStart + windowMs - now) / 1000));
  return { allowed, retryAfterSeconds, count: row.count, windowStart: row.windowStart };
}

/**
 * Takes back one hit, if the window it was counted in is still the current one. Sign-in counts
 * an attempt before checking the password (so parallel guesses cannot slip past the limit) and
 * takes it back when the password was right, so that only failures use up the limit.
 *
 * @example
 * const hit = hitRateLimit(db, key, limit, nowMs);
 * if (passwordWasRight) undoRateLimitHit(db, key, hit.windowStart);
 */
export function undoRateLimitHit(db: Queryable, key: string, windowStart: number): void {
  db.update(rateLimits)
    .set({ count: sql`${rateLimits.count} - 1` })
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStart), gt(rateLimits.count, 0)))
    .run();
}

/**
 * Removes windows that ended at or before `nowMs` under the longest window in use. Returns how
 * many were removed.
 *
 * @example
 * deleteExpiredRateLimits(db, Date.now(), 3600)
 */
export function deleteExpiredRateLimits(db: Queryable, nowMs: number, longestWindowSeconds: number): number {
  return db
    .delete(rateLimits)
    .where(sql`${rateLimits.windowStart} + ${Math.round(longestWindowSeconds * 1000)} <= ${Math.floor(nowMs)}`)
    .run().changes;
}

/** A key's remembered sign-in failures: how many, and when the latest was (null when none). */
export interface FailureRecord {
  failures: number;
  lastFailureAt: number | null;
}

const NO_FAILURES: FailureRecord = { failures: 0, lastFailureAt: null };

/**
 * The failures remembered for `key`: none once `forgetSeconds` have passed since its latest.
 *
 * @example
 * getFailures(db, "sign-in:ip:203.0.113.9", Date.now(), 86_400) // { failures: 3, lastFailureAt: 1768467600000 }
 */
export function getFailures(db: Queryable, key: string, nowMs: number, forgetSeconds: number): FailureRecord {
  const row = db
    .select({ failures: signInFailures.failures, lastFailureAt: signInFailures.lastFailureAt })
    .from(signInFailures)
    .where(eq(signInFailures.key, key))
    .get();
  if (!row || row.failures <= 0 || row.lastFailureAt + forgetSeconds * 1000 <= Math.floor(nowMs)) return NO_FAILURES;
  return row;
}

/**
 * Counts one failure for `key` at `nowMs` (starting again from 1 when the earlier ones are
 * forgotten) and returns the new record.
 *
 * @example
 * recordFailure(db, "sign-in:ip:203.0.113.9", Date.now(), 86_400) // { failures: 4, lastFailureAt: … }
 */
export function recordFailure(db: Queryable, key: string, nowMs: number, forgetSeconds: number): FailureRecord {
  const now = Math.floor(nowMs);
  const forgotten = sql`${signInFailures.lastFailureAt} + ${Math.round(forgetSeconds * 1000)} <= ${now}`;
  return db
    .insert(signInFailures)
    .values({ key, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: signInFailures.key,
      set: {
        failures: sql`CASE WHEN ${forgotten} OR ${signInFailures.failures} <= 0 THEN 1 ELSE ${signInFailures.failures} + 1 END`,
        lastFailureAt: sql`${now}`,
      },
    })
    .returning({ failures: signInFailures.failures, lastFailureAt: signInFailures.lastFailureAt })
    .get();
}

/**
 * Takes back a failure counted at `countedAt` (a sign-in counted as failed before its password
 * was checked, which then turned out right): one failure fewer, and the latest failure time put
 * back to `previousLastFailureAt` unless another failure has been counted since.
 *
 * @example
 * const before = getFailures(db, key, now, forget);
 * recordFailure(db, key, now, forget);
 * takeBackFailure(db, key, now, before.lastFailureAt);
 */
export function takeBackFailure(db: Queryable, key: string, countedAt: number, previousLastFailureAt: number | null): void {
  db.update(signInFailures)
    .set({
      failures: sql`${signInFailures.failures} - 1`,
      lastFailureAt: sql`CASE WHEN ${signInFailures.lastFailureAt} = ${Math.floor(countedAt)} THEN ${previousLastFailureAt ?? 0} ELSE ${signInFailures.lastFailureAt} END`,
    })
    .where(and(eq(signInFailures.key, key), gt(signInFailures.failures, 0)))
    .run();
}

/**
 * Forgets every failure of `key` (an account signed in correctly from an address).
 *
 * @example
 * clearFailures(db, "sign-in:account-ip:ann@example.org|203.0.113.9")
 */
export function clearFailures(db: Queryable, key: string): void {
  db.delete(signInFailures).where(eq(signInFailures.key, key)).run();
}

/**
 * Removes records whose latest failure is at least `forgetSeconds` old, or that hold no failure.
 * Returns how many were removed.
 *
 * @example
 * deleteForgottenFailures(db, Date.now(), 86_400)
 */
export function deleteForgottenFailures(db: Queryable, nowMs: number, forgetSeconds: number): number {
  return db
    .delete(signInFailures)
    .where(sql`${signInFailures.lastFailureAt} + ${Math.round(forgetSeconds * 1000)} <= ${Math.floor(nowMs)} OR ${lte(signInFailures.failures, 0)}`)
    .run().changes;
}
