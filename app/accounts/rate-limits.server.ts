/**
 * Rate limits: fixed windows in the rate_limits table (see RATE_LIMITS), kept per client address
 * and per account. Sign-in counts failed attempts only, so signing in correctly never uses them up.
 */
import { hitRateLimit, type RateLimit } from "../../db/queries/rate-limits";
import type { Queryable } from "../../db/client";
import { isIP } from "node:net";

const MINUTE = 60;

const HOUR = 60 * MINUTE;

/** Every rate limit the app applies. Sign-in limits count failed attempts only. */
export const RATE_LIMITS = {
  signInPerIp: { limit: 10, windowSeconds: 15 * MINUTE },
  signInPerEmail: { limit: 5, windowSeconds: 15 * MINUTE },
  signUpPerIp: { limit: 10, windowSeconds: HOUR },
  passwordChangePerUser: { limit: 5, windowSeconds: 15 * MINUTE },
  submissionPerUser: { limit: 30, windowSeconds: HOUR },
  submissionPerIp: { limit: 60, windowSeconds: HOUR },
} as const satisfies Record<string, RateLimit>;

export const LONGEST_WINDOW_SECONDS = Math.max(...Object.values(RATE_LIMITS).map((l) => l.windowSeconds));

/**
 * Counts one sign-up from this IP; refuse the form when `allowed` is false (HTTP 429).
 *
 * @example
 * const limit = hitSignUpLimit(db, clientIp(request), Date.now());
 */
export function hitSignUpLimit(db: Queryable, ip: string, nowMs: number): { allowed: boolean; retryAfterSeconds: number } {
  const { allowed, retryAfterSeconds } = hitRateLimit(db, `sign-up:ip:${ipBucket(ip)}`, RATE_LIMITS.signUpPerIp, nowMs);
  return { allowed, retryAfterSeconds };
}

/**
 * Counts one submission (a new listing or a change) by this user and from this IP; refuse it
 * when `allowed` is false (HTTP 429).
 *
 * @example
 * const limit = hitSubmissionLimit(db, { userId: user.id, ip: clientIp(request) }, Date.now());
 */
export function hitSubmissionLimit(db: Queryable, by: { userId: number; ip: string }, nowMs: number): { allowed: boolean; retryAfterSeconds: number } {
  const results = [
    hitRateLimit(db, `submission:user:${by.userId}`, RATE_LIMITS.submissionPerUser, nowMs),
    hitRateLimit(db, `submission:ip:${ipBucket(by.ip)}`, RATE_LIMITS.submissionPerIp, nowMs),
  ];
  return { allowed: results.every((r) => r.allowed), retryAfterSeconds: Math.max(...results.map((r) => r.retryAfterSeconds)) };
}

/**
 * The rate-limit bucket of an IP: IPv4 addresses as they are (IPv4-mapped IPv6 too), IPv6 by
 * /64, since one household or server usually has a whole /64 to rotate through.
 */
export function ipBucket(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1];
  if (isIP(ip) !== 6) return ip;
  const [head, tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") && tail ? tail.split(":") : [];
  const ipv4Tail = ip.includes(".") ? 1 : 0; // "…:1.2.3.4" is one piece standing for two groups
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length - ipv4Tail).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
