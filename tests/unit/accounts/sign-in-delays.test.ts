import { beforeAll, describe, expect, it, vi } from "vitest";
import { signIn, signUp } from "../../../app/accounts/accounts.server";
import { beginSignIn, delayAfterFailures, SIGN_IN_DELAYS, type DelayRule } from "../../../app/accounts/rate-limits.server";
import type { Db } from "../../../db/client";
import * as s from "../../../db/schema";
import { makeDb } from "../../factories";

const T0 = Date.parse("2026-01-15T09:00:00.000Z");
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const PASSWORD = "a long enough passphrase";
const WRONG = "wrong password!";

// These tests are about when a password gets checked, not how: a cheap stand-in for scrypt keeps
// dozens of attempts fast (auth.test.ts covers the real hashing and its timing).
vi.mock("../../../app/accounts/passwords.server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../../app/accounts/passwords.server")>()),
  hashPassword: async (password: string) => `test$${password}`,
  verifyPassword: async (password: string, hash: string) => hash === `test$${password}`,
}));

let db: Db;
beforeAll(() => {
  db = makeDb();
});

async function makeUser(email: string): Promise<number> {
  return (await signUp(db, { email, password: PASSWORD, now: new Date(T0).toISOString() })).userId;
}

const attempt = (email: string, password: string, ip: string, at: number) => signIn(db, { email, password, ip, nowMs: at });

describe("delayAfterFailures", () => {
  const rule: DelayRule = { free: 3, firstDelaySeconds: 2, maxDelaySeconds: 60, forgetSeconds: 3600 };

  it("lets the free failures through without waiting", () => {
    expect([0, 1, 2, 3].map((n) => delayAfterFailures(n, rule))).toEqual([0, 0, 0, 0]);
  });

  it("doubles the wait with every failure after the free ones, up to the most", () => {
    expect([4, 5, 6, 7, 8, 9, 100, 10_000].map((n) => delayAfterFailures(n, rule))).toEqual([2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("gives sign-in ten free failures per address, five per account and address, then 1 s, 2 s, 4 s … up to 15 minutes", () => {
    expect([10, 11, 12, 13, 30].map((n) => delayAfterFailures(n, SIGN_IN_DELAYS.perAddress))).toEqual([0, 1, 2, 4, 900]);
    expect([5, 6, 7].map((n) => delayAfterFailures(n, SIGN_IN_DELAYS.perAccountAndAddress))).toEqual([0, 1, 2]);
  });
});

describe("signIn delays", () => {
  it("lets the admin in from another address after ten wrong passwords from one", async () => {
    const id = await makeUser("admin@example.org");
    for (let i = 0; i < 10; i++) await attempt("admin@example.org", WRONG, "203.0.113.1", T0 + i * MINUTE);
    expect(await attempt("admin@example.org", PASSWORD, "198.51.100.7", T0 + 10 * MINUTE)).toEqual({ ok: true, userId: id });
  });

  it("slows one address guessing one account: five free failures, then a growing wait it must sit out", async () => {
    const id = await makeUser("ann@example.org");
    for (let i = 0; i < 5; i++) expect(await attempt("ann@example.org", WRONG, "203.0.113.2", T0)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("ann@example.org", WRONG, "203.0.113.2", T0)).toEqual({ ok: false, reason: "invalid" }); // the 6th failure: wait 1 s
    expect(await attempt("ann@example.org", PASSWORD, "203.0.113.2", T0 + 500)).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: 1 });
    expect(await attempt("ann@example.org", WRONG, "203.0.113.2", T0 + SECOND)).toEqual({ ok: false, reason: "invalid" }); // the 7th: wait 2 s
    expect(await attempt("ann@example.org", PASSWORD, "203.0.113.2", T0 + 2 * SECOND)).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: 1 });
    expect(await attempt("ann@example.org", PASSWORD, "203.0.113.2", T0 + 3 * SECOND)).toEqual({ ok: true, userId: id });
  });

  it("does not count an attempt refused for coming too soon", async () => {
    await makeUser("bea@example.org");
    for (let i = 0; i < 6; i++) await attempt("bea@example.org", WRONG, "203.0.113.3", T0);
    for (let i = 0; i < 20; i++) expect((await attempt("bea@example.org", WRONG, "203.0.113.3", T0 + 100)).ok).toBe(false);
    // Still the 6th failure's 1 s, not a wait grown by the refused attempts.
    expect(await attempt("bea@example.org", WRONG, "203.0.113.3", T0 + SECOND)).toEqual({ ok: false, reason: "invalid" });
  });

  it("forgets an account's failures from an address once it signs in correctly from there", async () => {
    const id = await makeUser("cat@example.org");
    for (let i = 0; i < 5; i++) await attempt("cat@example.org", WRONG, "203.0.113.4", T0);
    expect(await attempt("cat@example.org", PASSWORD, "203.0.113.4", T0)).toEqual({ ok: true, userId: id });
    for (let i = 0; i < 5; i++) expect(await attempt("cat@example.org", WRONG, "203.0.113.4", T0 + 1)).toEqual({ ok: false, reason: "invalid" });
  });

  it("slows one address guessing many accounts after ten failures, whichever accounts they were for", async () => {
    const id = await makeUser("dan@example.org");
    for (let i = 0; i < 11; i++) await attempt(`guess-${i}@example.org`, WRONG, "192.0.2.10", T0);
    expect(await attempt("dan@example.org", PASSWORD, "192.0.2.10", T0 + 500)).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: 1 });
    expect(await attempt("dan@example.org", PASSWORD, "192.0.2.11", T0 + 500)).toEqual({ ok: true, userId: id });
    expect(await attempt("dan@example.org", PASSWORD, "192.0.2.10", T0 + SECOND)).toEqual({ ok: true, userId: id });
  });

  it("holds back addresses that have been failing from an account under attack, but lets its owner in from a clean one", async () => {
    const id = await makeUser("eve@example.org");
    // Forty addresses, each failing once at this account: the account's delay grows to minutes.
    for (let i = 0; i < 40; i++) await attempt("eve@example.org", WRONG, `198.18.0.${i + 1}`, T0 + i * SECOND);
    const after = T0 + 40 * SECOND;
    expect(await attempt("eve@example.org", WRONG, "198.18.0.1", after)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(await attempt("eve@example.org", PASSWORD, "198.18.0.2", after)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(await attempt("eve@example.org", PASSWORD, "192.0.2.99", after)).toEqual({ ok: true, userId: id });
  });

  it("forgets failures a day after the last one", async () => {
    const id = await makeUser("fay@example.org");
    for (let i = 0; i < 30; i++) await attempt("fay@example.org", WRONG, "203.0.113.5", T0 + i * 20 * MINUTE);
    const last = T0 + 29 * 20 * MINUTE;
    expect(await attempt("fay@example.org", PASSWORD, "203.0.113.5", last + 14 * MINUTE)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(await attempt("fay@example.org", PASSWORD, "203.0.113.5", last + 24 * 60 * MINUTE)).toEqual({ ok: true, userId: id });
  });

  it("counts parallel attempts before checking any password, so a burst cannot all slip in", async () => {
    await makeUser("gil@example.org");
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt("gil@example.org", WRONG, "203.0.113.6", T0)));
    expect(results.filter((r) => r.ok === false && r.reason === "invalid")).toHaveLength(6);
    expect(results.filter((r) => r.ok === false && r.reason === "rate-limited")).toHaveLength(6);
  });

  it("takes back the counted failure when the password is right, leaving the delays as they were", async () => {
    const id = await makeUser("hal@example.org");
    for (let i = 0; i < 3; i++) await attempt("other@example.org", WRONG, "203.0.113.8", T0);
    expect(await attempt("hal@example.org", PASSWORD, "203.0.113.8", T0 + MINUTE)).toEqual({ ok: true, userId: id });
    const rows = db.select().from(s.signInFailures).all();
    expect(rows.find((r) => r.key === "sign-in:ip:203.0.113.8")).toEqual({ key: "sign-in:ip:203.0.113.8", failures: 3, lastFailureAt: T0 });
    expect(rows.find((r) => r.key.startsWith("sign-in:account-ip:hal@example.org"))).toBeUndefined();
  });

  it("treats every address in one IPv6 /64 as one client", async () => {
    for (let i = 0; i < 11; i++) await attempt(`v6-${i}@example.org`, WRONG, `2001:db8:1:2::${i + 1}`, T0);
    expect(await attempt("v6-x@example.org", WRONG, "2001:db8:1:2:ffff::1", T0)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(beginSignIn(db, { email: "v6-x@example.org", ip: "2001:db8:1:3::1" }, T0).allowed).toBe(true);
  });
});
