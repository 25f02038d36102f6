import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb, migrateDb, type Db } from "../../../db/client";
import {
  clearFailures,
  deleteExpiredRateLimits,
  deleteForgottenFailures,
  getFailures,
  hitRateLimit,
  recordFailure,
  takeBackFailure,
  undoRateLimitHit,
} from "../../../db/queries/rate-limits";
import { makeDb } from "../../factories";

const T0 = Date.parse("2026-01-15T09:00:00.000Z");
const FIVE_PER_MINUTE = { limit: 5, windowSeconds: 60 };

let db: Db;
beforeAll(() => {
  db = makeDb();
});

describe("hitRateLimit", () => {
  it("allows `limit` hits in a window, then refuses with the seconds left", () => {
    const results = Array.from({ length: 7 }, (_, i) => hitRateLimit(db, "a", FIVE_PER_MINUTE, T0 + i * 1000));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false, false]);
    expect(results.map((r) => r.count)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(results[0]).toEqual({ allowed: true, retryAfterSeconds: 0, count: 1, windowStart: T0 });
    expect(results[5].retryAfterSeconds).toBe(55);
    expect(results[6].retryAfterSeconds).toBe(54);
  });

  it("starts a new window once the old one has ended, not before", () => {
    for (let i = 0; i < 6; i++) hitRateLimit(db, "b", FIVE_PER_MINUTE, T0);
    expect(hitRateLimit(db, "b", FIVE_PER_MINUTE, T0 + 59_999)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(hitRateLimit(db, "b", FIVE_PER_MINUTE, T0 + 60_000)).toEqual({ allowed: true, retryAfterSeconds: 0, count: 1, windowStart: T0 + 60_000 });
  });

  it("keeps each key apart", () => {
    for (let i = 0; i < 6; i++) hitRateLimit(db, "c", FIVE_PER_MINUTE, T0);
    expect(hitRateLimit(db, "d", FIVE_PER_MINUTE, T0).allowed).toBe(true);
  });

  it("refuses everything with a limit of 0 and throws on a nonsense limit", () => {
    expect(hitRateLimit(db, "e", { limit: 0, windowSeconds: 60 }, T0).allowed).toBe(false);
    expect(() => hitRateLimit(db, "e", { limit: -1, windowSeconds: 60 }, T0)).toThrow("Rate limit must be a whole number of 0 or more: -1");
    expect(() => hitRateLimit(db, "e", { limit: 1, windowSeconds: 0 }, T0)).toThrow("Rate limit window must be more than 0 seconds: 0");
  });
});

describe("undoRateLimitHit", () => {
  it("takes back a hit in the window it was counted in, and not in a later one", () => {
    const first = hitRateLimit(db, "f", FIVE_PER_MINUTE, T0);
    hitRateLimit(db, "f", FIVE_PER_MINUTE, T0);
    undoRateLimitHit(db, "f", first.windowStart);
    expect(hitRateLimit(db, "f", FIVE_PER_MINUTE, T0).count).toBe(2);

    const old = hitRateLimit(db, "g", FIVE_PER_MINUTE, T0);
    hitRateLimit(db, "g", FIVE_PER_MINUTE, T0 + 60_000);
    undoRateLimitHit(db, "g", old.windowStart);
    expect(hitRateLimit(db, "g", FIVE_PER_MINUTE, T0 + 60_000).count).toBe(2);
  });

  it("never takes the count below zero", () => {
    const hit = hitRateLimit(db, "h", FIVE_PER_MINUTE, T0);
    undoRateLimitHit(db, "h", hit.windowStart);
    undoRateLimitHit(db, "h", hit.windowStart);
    expect(hitRateLimit(db, "h", FIVE_PER_MINUTE, T0).count).toBe(1);
  });
});

describe("deleteExpiredRateLimits", () => {
  it("removes windows that have ended and keeps the rest", () => {
    const fresh = makeDb();
    hitRateLimit(fresh, "old", FIVE_PER_MINUTE, T0);
    hitRateLimit(fresh, "new", FIVE_PER_MINUTE, T0 + 30_000);
    expect(deleteExpiredRateLimits(fresh, T0 + 60_000, 60)).toBe(1);
    expect(hitRateLimit(fresh, "new", FIVE_PER_MINUTE, T0 + 60_000).count).toBe(2);
  });
});

describe("sign-in failure records", () => {
  const DAY = 86_400;

  it("counts failures per key and remembers the latest", () => {
    expect(getFailures(db, "fail-a", T0, DAY)).toEqual({ failures: 0, lastFailureAt: null });
    expect(recordFailure(db, "fail-a", T0, DAY)).toEqual({ failures: 1, lastFailureAt: T0 });
    expect(recordFailure(db, "fail-a", T0 + 5000, DAY)).toEqual({ failures: 2, lastFailureAt: T0 + 5000 });
    expect(getFailures(db, "fail-a", T0 + 6000, DAY)).toEqual({ failures: 2, lastFailureAt: T0 + 5000 });
    expect(getFailures(db, "fail-b", T0, DAY).failures).toBe(0);
  });

  it("forgets failures once the forget time has passed since the latest, and counts afresh", () => {
    recordFailure(db, "fail-c", T0, DAY);
    recordFailure(db, "fail-c", T0, DAY);
    expect(getFailures(db, "fail-c", T0 + DAY * 1000 - 1, DAY).failures).toBe(2);
    expect(getFailures(db, "fail-c", T0 + DAY * 1000, DAY)).toEqual({ failures: 0, lastFailureAt: null });
    expect(recordFailure(db, "fail-c", T0 + DAY * 1000, DAY)).toEqual({ failures: 1, lastFailureAt: T0 + DAY * 1000 });
  });

  it("takes back one failure and its time, unless another failure came since", () => {
    recordFailure(db, "fail-d", T0, DAY);
    recordFailure(db, "fail-d", T0 + 1000, DAY);
    takeBackFailure(db, "fail-d", T0 + 1000, T0);
    expect(getFailures(db, "fail-d", T0 + 2000, DAY)).toEqual({ failures: 1, lastFailureAt: T0 });

    recordFailure(db, "fail-e", T0, DAY);
    recordFailure(db, "fail-e", T0 + 1000, DAY);
    takeBackFailure(db, "fail-e", T0, null);
    expect(getFailures(db, "fail-e", T0 + 2000, DAY)).toEqual({ failures: 1, lastFailureAt: T0 + 1000 });
  });

  it("clears a key, and deletes forgotten or empty records", () => {
    const fresh = makeDb();
    recordFailure(fresh, "old", T0, DAY);
    recordFailure(fresh, "new", T0 + 1000, DAY);
    recordFailure(fresh, "gone", T0 + 1000, DAY);
    clearFailures(fresh, "gone");
    recordFailure(fresh, "empty", T0 + 1000, DAY);
    takeBackFailure(fresh, "empty", T0 + 1000, null);
    expect(deleteForgottenFailures(fresh, T0 + DAY * 1000, DAY)).toBe(2);
    expect(getFailures(fresh, "new", T0 + DAY * 1000, DAY).failures).toBe(1);
    expect(getFailures(fresh, "gone", T0 + 2000, DAY).failures).toBe(0);
  });
});

describe("hitRateLimit under concurrency", () => {
  it("allows exactly `limit` hits when three processes hammer one key at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cmw-rate-"));
    try {
      const path = join(dir, "limits.db");
      const setup = createDb(path);
      migrateDb(setup);
      setup.$client.close();
      const startAt = String(Date.now() + 2500);
      const run = () =>
        promisify(execFile)("node_modules/.bin/tsx", ["tests/fixtures/rate-limit-hammer.ts", path, "shared", "300", "500", startAt], { timeout: 30_000 });
      const outputs = await Promise.all([run(), run(), run()]);
      const allowed = outputs.reduce((sum, { stdout }) => sum + Number(stdout.trim()), 0);
      expect(allowed).toBe(500);
      const check = createDb(path);
      expect(check.$client.prepare("SELECT count FROM rate_limits WHERE key = 'shared'").get()).toEqual({ count: 900 });
      check.$client.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
});
