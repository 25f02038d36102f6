/**
 * Rate limits, kept in the database. Sign-up and submissions: fixed windows in the rate_limits
 * table (see RATE_LIMITS), per client address and per account. Sign-in: growing delays after
 * failures (see SIGN_IN_DELAYS), so guessing slows down ever more while a person with the right
 * password, from an address that has not been failing, is never turned away.
 */
import { clearFailures, deleteForgottenFailures, getFailures, hitRateLimit, recordFailure, takeBackFailure, type FailureRecord, type RateLimit } from "../../db/queries/rate-limits";
import { WRITE_LOCK, type Queryable } from "../../db/client";
import { isIP } from "node:net";

const MINUTE = 60;

const HOUR = 60 * MINUTE;

const DAY = 24 * HOUR;

/** Every fixed-window rate limit the app applies. */
export const RATE_LIMITS = {
  signUpPerIp: { limit: 10, windowSeconds: HOUR },
  passwordChangePerUser: { limit: 5, windowSeconds: 15 * MINUTE },
  submissionPerUser: { limit: 30, windowSeconds: HOUR },
  submissionPerIp: { limit: 60, windowSeconds: HOUR },
} as const satisfies Record<string, RateLimit>;

/**
 * A growing delay: after `free` failures, each further failure makes the next attempt wait
 * `firstDelaySeconds`, doubling with every failure up to `maxDelaySeconds`. Failures are
 * forgotten `forgetSeconds` after the latest one.
 */
export interface DelayRule {
  free: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  forgetSeconds: number;
}

/**
 * The sign-in delays. Per address: guessing many accounts from one place. Per account and
 * address: guessing one account from one place (forgotten when that account signs in from
 * there). Per account: one account guessed from many addresses; it holds back only addresses
 * with failures of their own, so the owner signing in from a clean address is never delayed.
 */
export const SIGN_IN_DELAYS = {
  perAddress: { free: 10, firstDelaySeconds: 1, maxDelaySeconds: 15 * MINUTE, forgetSeconds: DAY },
  perAccountAndAddress: { free: 5, firstDelaySeconds: 1, maxDelaySeconds: 15 * MINUTE, forgetSeconds: DAY },
  perAccount: { free: 10, firstDelaySeconds: 1, maxDelaySeconds: 15 * MINUTE, forgetSeconds: DAY },
} as const satisfies Record<string, DelayRule>;

/**
 * The seconds to wait after the latest of `failures` failures before trying again.
 *
 * @example
 * delayAfterFailures(10, SIGN_IN_DELAYS.perAddress) // 0 (ten are free)
 * delayAfterFailures(13, SIGN_IN_DELAYS.perAddress) // 4 (1, 2, 4, …)
 * delayAfterFailures(40, SIGN_IN_DELAYS.perAddress) // 900 (at most 15 minutes)
 */
export function delayAfterFailures(failures: number, rule: DelayRule): number {
  if (failures <= rule.free) return 0;
  const doublings = Math.min(failures - rule.free - 1, 30);
  return Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** doublings);
}

/** The whole seconds still to wait, now, after a key's failures (0 when it may try). */
function secondsToWait(record: FailureRecord, rule: DelayRule, nowMs: number): number {
  if (record.lastFailureAt === null) return 0;
  const readyAt = record.lastFailureAt + delayAfterFailures(record.failures, rule) * 1000;
  return readyAt > nowMs ? Math.ceil((readyAt - nowMs) / 1000) : 0;
}

/** A sign-in allowed to check its password, counted as failed until signInSucceeded says otherwise. */
export interface SignInAttempt {
  at: number;
  counted: { key: string; previousLastFailureAt: number | null }[];
  accountAndAddressKey: string;
}

/**
 * Decides whether a sign-in for `email` (normalised) from `ip` may check its password now, and
 * if so counts it as a failure in each bucket first, so that parallel guesses cannot all slip in
 * before any is counted (signInSucceeded takes it back). A refused attempt is not counted.
 *
 * @example
 * const gate = beginSignIn(db, { email: "ann@example.org", ip: clientIp(request) }, Date.now());
 * if (!gate.allowed) return tooManyAttempts(gate.retryAfterSeconds);
 */
export function beginSignIn(
  db: Queryable,
  by: { email: string; ip: string },
  nowMs: number,
): { allowed: true; attempt: SignInAttempt } | { allowed: false; retryAfterSeconds: number } {
  const address = ipBucket(by.ip);
  const buckets = [
    { key: `sign-in:ip:${address}`, rule: SIGN_IN_DELAYS.perAddress },
    { key: `sign-in:account-ip:${by.email}|${address}`, rule: SIGN_IN_DELAYS.perAccountAndAddress },
    { key: `sign-in:account:${by.email}`, rule: SIGN_IN_DELAYS.perAccount },
  ];
  return db.transaction((tx) => {
    const records = buckets.map((b) => getFailures(tx, b.key, nowMs, b.rule.forgetSeconds));
    const addressIsClean = records[0].failures === 0;
    const waits = buckets.map((b, i) => (i === 2 && addressIsClean ? 0 : secondsToWait(records[i], b.rule, nowMs)));
    const retryAfterSeconds = Math.max(...waits);
    if (retryAfterSeconds > 0) return { allowed: false as const, retryAfterSeconds };
    for (const b of buckets) recordFailure(tx, b.key, nowMs, b.rule.forgetSeconds);
    return {
      allowed: true as const,
      attempt: {
        at: Math.floor(nowMs),
        counted: buckets.map((b, i) => ({ key: b.key, previousLastFailureAt: records[i].lastFailureAt })),
        accountAndAddressKey: buckets[1].key,
      },
    };
  }, WRITE_LOCK);
}

/**
 * The password was right: takes back the failure beginSignIn counted, forgets this account's
 * failures from this address, and clears out failures old enough to be forgotten.
 *
 * @example
 * if (matches) signInSucceeded(db, gate.attempt, Date.now());
 */
export function signInSucceeded(db: Queryable, attempt: SignInAttempt, nowMs: number): void {
  db.transaction((tx) => {
    for (const c of attempt.counted) takeBackFailure(tx, c.key, attempt.at, c.previousLastFailureAt);
    clearFailures(tx, attempt.accountAndAddressKey);
    deleteForgottenFailures(tx, nowMs, Math.max(...Object.values(SIGN_IN_DELAYS).map((r) => r.forgetSeconds)));
  }, WRITE_LOCK);
}

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
