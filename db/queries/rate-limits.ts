import { and, eq, gt, sql } from "drizzle-orm";
import type { Queryable } from "../client";
import { rateLimits } from "../schema";

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
