import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AuthError, changePassword, signIn, signUp } from "../../../app/accounts/accounts.server";
import { clearSessionCookie, endSession, getCurrentUser, requireUser, SESSION_MAX_AGE_SECONDS, sessionCookie, startSession } from "../../../app/accounts/sessions.server";
import { clientIp, safeRedirect } from "../../../app/platform/request.server";
import { hitSignUpLimit, hitSubmissionLimit, ipBucket, RATE_LIMITS, SIGN_IN_DELAYS } from "../../../app/accounts/rate-limits.server";
import { HttpError } from "../../../app/platform/http.server";
import { cookieParts } from "../../helpers";
import type { Db } from "../../../db/client";
import { addMembership, getUserByEmail, setUserDisabled, setUserRole } from "../../../db/queries/users";
import * as s from "../../../db/schema";
import { makeContext, makeWorld, type World } from "../../factories";

const T0 = Date.parse("2026-01-15T09:00:00.000Z");
const NOW = new Date(T0).toISOString();
const MINUTE = 60_000;
const PASSWORD = "a long enough passphrase";

let world: World;
let db: Db;
beforeAll(() => {
  world = makeWorld();
  db = world.db;
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A request to `url` carrying a session cookie. */
function withSession(token: string, url = "http://127.0.0.1/account", headers: Record<string, string> = {}): Request {
  return new Request(url, { headers: { Cookie: `other=1; cmw_session=${token}`, ...headers } });
}

async function makeUser(email: string, password = PASSWORD): Promise<number> {
  return (await signUp(db, { email, password, now: NOW })).userId;
}

async function authErrorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error.code;
    throw error;
  }
  return "no error";
}

describe("signUp", () => {
  it("makes an editor with a trimmed, lower-cased email and an scrypt hash, never the password", async () => {
    const id = await makeUser("  New.Editor@Example.ORG ");
    const row = getUserByEmail(db, "new.editor@example.org")!;
    expect(row).toMatchObject({ id, email: "new.editor@example.org", role: "editor", createdAt: NOW, disabledAt: null });
    expect(row.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
  });

  it("refuses a taken email in any case, a bad email, and a password outside 10 to 200 characters", async () => {
    await makeUser("taken@example.org");
    expect(await authErrorOf(signUp(db, { email: "TAKEN@example.org", password: PASSWORD, now: NOW }))).toBe("email-taken");
    expect(await authErrorOf(signUp(db, { email: "not an email", password: PASSWORD, now: NOW }))).toBe("bad-email");
    expect(await authErrorOf(signUp(db, { email: `${"a".repeat(250)}@example.org`, password: PASSWORD, now: NOW }))).toBe("bad-email");
    expect(await authErrorOf(signUp(db, { email: "short@example.org", password: "nine char", now: NOW }))).toBe("weak-password");
    expect(await authErrorOf(signUp(db, { email: "long@example.org", password: "x".repeat(201), now: NOW }))).toBe("weak-password");
    expect(getUserByEmail(db, "short@example.org")).toBeUndefined();
  });

  it("counts password length in characters, so ten Welsh letters are enough", async () => {
    expect(await makeUser("welsh@example.org", "ŵŷâêîôûŵŷâ")).toBeGreaterThan(0);
  });

  it("lets only one of two simultaneous sign-ups for the same email through", async () => {
    const results = await Promise.allSettled([makeUser("race@example.org"), makeUser("race@example.org")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failure = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(AuthError);
    expect((failure.reason as AuthError).code).toBe("email-taken");
  });
});

describe("signIn", () => {
  it("signs in with the right password, whatever the email's case and spacing", async () => {
    const id = await makeUser("ann@example.org");
    expect(await signIn(db, { email: " ANN@example.org", password: PASSWORD, ip: "198.51.100.1", nowMs: T0 })).toEqual({ ok: true, userId: id });
  });

  it("answers the same generic 'invalid' for an unknown email, a wrong password and a disabled account", async () => {
    const id = await makeUser("bob@example.org");
    const unknown = await signIn(db, { email: "nobody@example.org", password: PASSWORD, ip: "198.51.100.2", nowMs: T0 });
    const wrong = await signIn(db, { email: "bob@example.org", password: "wrong password!", ip: "198.51.100.2", nowMs: T0 });
    setUserDisabled(db, id, NOW);
    const disabled = await signIn(db, { email: "bob@example.org", password: PASSWORD, ip: "198.51.100.2", nowMs: T0 });
    for (const result of [unknown, wrong, disabled]) expect(result).toEqual({ ok: false, reason: "invalid" });
  });

  it("spends an scrypt on an unknown email too, so timing does not reveal which accounts exist", async () => {
    await makeUser("timing@example.org");
    await signIn(db, { email: "warm-up@example.org", password: "x", ip: "198.51.100.3", nowMs: T0 }); // builds the dummy hash
    const time = async (email: string) => {
      const start = performance.now();
      await signIn(db, { email, password: "wrong password!", ip: "198.51.100.3", nowMs: T0 });
      return performance.now() - start;
    };
    const known = Math.min(await time("timing@example.org"), await time("timing@example.org"));
    const unknown = Math.min(await time("nobody-1@example.org"), await time("nobody-2@example.org"));
    expect(unknown).toBeGreaterThan(known * 0.3);
  });

  it("does not count successful sign-ins against the limits", async () => {
    const id = await makeUser("erin@example.org");
    for (let i = 0; i < SIGN_IN_DELAYS.perAddress.free + 2; i++) {
      expect(await signIn(db, { email: "erin@example.org", password: PASSWORD, ip: "192.0.2.20", nowMs: T0 })).toEqual({ ok: true, userId: id });
    }
  });
});

describe("sessions", () => {
  it("stores only the token's SHA-256 and finds the user, role and organisations from the cookie", async () => {
    const id = await makeUser("frank@example.org");
    addMembership(db, id, world.ids.organisations["alpha-trust"], NOW);
    const { token, csrfToken, expiresAt } = startSession(db, id, T0);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toBe(new Date(T0 + 30 * 24 * 3600 * 1000).toISOString());
    const stored = db.select().from(s.sessions).all().filter((r) => r.userId === id);
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0].tokenHash).not.toContain(token);

    const ctx = makeContext(db, "/account");
    expect(getCurrentUser(ctx, withSession(token), T0 + MINUTE)).toEqual({
      id,
      email: "frank@example.org",
      role: "editor",
      csrfToken,
      organisationIds: [world.ids.organisations["alpha-trust"]],
    });
  });

  it("reads the role afresh on every request", async () => {
    const id = await makeUser("grace@example.org");
    const { token } = startSession(db, id, T0);
    setUserRole(db, id, "moderator");
    expect(getCurrentUser(makeContext(db, "/"), withSession(token), T0)?.role).toBe("moderator");
  });

  it("ends a session after 30 days, at sign-out, and when the user is disabled", async () => {
    const ctx = makeContext(db, "/account");
    const id = await makeUser("heidi@example.org");
    const { token } = startSession(db, id, T0);
    expect(getCurrentUser(ctx, withSession(token), T0 + SESSION_MAX_AGE_SECONDS * 1000 - 1)).not.toBeNull();
    expect(getCurrentUser(ctx, withSession(token), T0 + SESSION_MAX_AGE_SECONDS * 1000)).toBeNull();

    const second = startSession(db, id, T0);
    expect(cookieParts(endSession(db, withSession(second.token)))).toEqual(["cmw_session=", "HttpOnly", "Max-Age=0", "Path=/", "SameSite=Lax"]);
    expect(getCurrentUser(ctx, withSession(second.token), T0)).toBeNull();

    const third = startSession(db, id, T0);
    setUserDisabled(db, id, NOW);
    expect(getCurrentUser(ctx, withSession(third.token), T0)).toBeNull();
  });

  it("ignores a missing, malformed or unknown cookie", () => {
    const ctx = makeContext(db, "/");
    expect(getCurrentUser(ctx, new Request("http://127.0.0.1/"), T0)).toBeNull();
    expect(getCurrentUser(ctx, withSession("not-a-token"), T0)).toBeNull();
    expect(getCurrentUser(ctx, withSession("A".repeat(43)), T0)).toBeNull();
    expect(endSession(db, withSession("A".repeat(43)))).toContain("Max-Age=0");
  });

  it("clears out expired sessions when a new one starts", async () => {
    const id = await makeUser("ivan@example.org");
    startSession(db, id, T0 - 31 * 24 * 3600 * 1000);
    startSession(db, id, T0);
    expect(db.select().from(s.sessions).all().filter((r) => r.userId === id)).toHaveLength(1);
  });
});

describe("changePassword", () => {
  it("needs the current password, then signs out every other session and keeps this one", async () => {
    const id = await makeUser("judy@example.org");
    const here = startSession(db, id, T0);
    const elsewhere = startSession(db, id, T0);
    const request = withSession(here.token);
    const ctx = makeContext(db, "/account");

    expect(await authErrorOf(changePassword(db, request, { userId: id, currentPassword: "wrong password!", newPassword: "another passphrase" }, T0))).toBe(
      "wrong-password",
    );
    expect(await authErrorOf(changePassword(db, request, { userId: id, currentPassword: PASSWORD, newPassword: "short" }, T0))).toBe("weak-password");
    await changePassword(db, request, { userId: id, currentPassword: PASSWORD, newPassword: "another passphrase" }, T0);

    expect(getCurrentUser(ctx, request, T0)?.id).toBe(id);
    expect(getCurrentUser(ctx, withSession(elsewhere.token), T0)).toBeNull();
    expect((await signIn(db, { email: "judy@example.org", password: PASSWORD, ip: "192.0.2.30", nowMs: T0 })).ok).toBe(false);
    expect((await signIn(db, { email: "judy@example.org", password: "another passphrase", ip: "192.0.2.30", nowMs: T0 })).ok).toBe(true);
  });

  it("stops guessing the current password after 5 wrong tries in 15 minutes", async () => {
    const id = await makeUser("ken@example.org");
    const request = withSession(startSession(db, id, T0).token);
    const attempt = (currentPassword: string) => authErrorOf(changePassword(db, request, { userId: id, currentPassword, newPassword: "another passphrase" }, T0));
    for (let i = 0; i < 5; i++) expect(await attempt("wrong password!")).toBe("wrong-password");
    expect(await attempt(PASSWORD)).toBe("rate-limited");
  });
});

describe("requireUser", () => {
  it("sends an anonymous visitor to sign in and back, in Welsh when the page was", () => {
    const ctx = makeContext(db, "/organisations/new?x=1", "cy");
    let thrown: unknown;
    try {
      requireUser(ctx, new Request(ctx.url), T0);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    const response = thrown as Response;
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("Location")!, "http://127.0.0.1");
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("redirectTo")).toBe("/organisations/new?x=1&lang=cy");
    expect(location.searchParams.get("lang")).toBe("cy");
  });

  it("keeps an English sign-in page English", () => {
    const ctx = makeContext(db, "/account");
    try {
      requireUser(ctx, new Request(ctx.url), T0);
      expect.unreachable();
    } catch (error) {
      expect((error as Response).headers.get("Location")).toBe("/sign-in?redirectTo=%2Faccount");
    }
  });

  it("returns the signed-in user", async () => {
    const id = await makeUser("leo@example.org");
    const { token } = startSession(db, id, T0);
    expect(requireUser(makeContext(db, "/account"), withSession(token), T0).id).toBe(id);
  });
});

describe("session cookie", () => {
  const flags = (cookie: string) => cookie.split("; ").slice(1);

  it("is always HttpOnly, SameSite=Lax, Path=/ with a Max-Age", () => {
    for (const url of ["http://127.0.0.1:3000/", "https://cohesion-map.wales/", "http://cohesion-map.wales/"]) {
      const cookie = sessionCookie("tok", new Request(url), 100);
      expect(cookie.startsWith("cmw_session=tok; ")).toBe(true);
      expect(flags(cookie)).toEqual(expect.arrayContaining(["Path=/", "Max-Age=100", "HttpOnly", "SameSite=Lax"]));
    }
    expect(sessionCookie("tok", new Request("https://cohesion-map.wales/"))).toContain(`Max-Age=${SESSION_MAX_AGE_SECONDS}`);
  });

  it("is Secure over https and for any non-loopback host, but not for plain http to loopback", () => {
    const secure = (url: string, headers: Record<string, string> = {}) => flags(sessionCookie("tok", new Request(url, { headers }), 100)).includes("Secure");
    expect(secure("https://cohesion-map.wales/")).toBe(true);
    expect(secure("http://cohesion-map.wales/")).toBe(true);
    expect(secure("http://192.168.1.20:3000/")).toBe(true);
    expect(secure("https://127.0.0.1/")).toBe(true);
    expect(secure("http://127.0.0.1:4173/")).toBe(false);
    expect(secure("http://127.8.9.10/")).toBe(false);
    expect(secure("http://localhost:5173/")).toBe(false);
    expect(secure("http://[::1]:3000/")).toBe(false);
    expect(secure("http://localhost.example.org/")).toBe(true);
  });

  it("believes X-Forwarded-Proto only behind a trusted proxy", () => {
    const secure = () => sessionCookie("tok", new Request("http://127.0.0.1:3000/", { headers: { "X-Forwarded-Proto": "https" } }), 1).includes("Secure");
    expect(secure()).toBe(false);
    vi.stubEnv("TRUST_PROXY", "1");
    expect(secure()).toBe(true);
  });

  it("clears with Max-Age=0 and the same flags", () => {
    expect(cookieParts(clearSessionCookie(new Request("https://cohesion-map.wales/")))).toEqual(["cmw_session=", "HttpOnly", "Max-Age=0", "Path=/", "SameSite=Lax", "Secure"]);
    expect(cookieParts(clearSessionCookie(new Request("http://127.0.0.1/")))).toEqual(["cmw_session=", "HttpOnly", "Max-Age=0", "Path=/", "SameSite=Lax"]);
  });
});

describe("clientIp", () => {
  const request = (xff?: string) => new Request("http://127.0.0.1/", { headers: xff ? { "X-Forwarded-For": xff } : {} });

  it("is one shared 'local' bucket unless TRUST_PROXY=1, whatever X-Forwarded-For says", () => {
    expect(clientIp(request("203.0.113.7"))).toBe("local");
    expect(clientIp(request())).toBe("local");
  });

  it("ignores X-Forwarded-For even behind a trusted proxy: only the production server says who the client is", () => {
    vi.stubEnv("TRUST_PROXY", "1");
    expect(clientIp(request("203.0.113.7, 10.0.0.1"))).toBe("local");
  });

  it("groups IPv6 addresses by /64 and unwraps IPv4-mapped ones", () => {
    expect(ipBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(ipBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(ipBucket("2001:db8:1:2::5")).toBe("2001:db8:1:2::/64");
    expect(ipBucket("2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(ipBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(ipBucket("::a:b:c:d:1.2.3.4")).toBe("0:0:a:b::/64");
    expect(ipBucket("local")).toBe("local");
  });
});

describe("sign-up and submission limits", () => {
  it("allows 10 sign-ups an hour from one IP", () => {
    const results = Array.from({ length: 11 }, () => hitSignUpLimit(db, "192.0.2.40", T0));
    expect(results.slice(0, 10).every((r) => r.allowed)).toBe(true);
    expect(results[10]).toEqual({ allowed: false, retryAfterSeconds: 3600 });
    expect(hitSignUpLimit(db, "192.0.2.40", T0 + 60 * MINUTE).allowed).toBe(true);
  });

  it("limits submissions per account and per IP", () => {
    const byUser = Array.from({ length: RATE_LIMITS.submissionPerUser.limit + 1 }, (_, i) => hitSubmissionLimit(db, { userId: 9001, ip: `192.0.2.${100 + (i % 50)}` }, T0));
    expect(byUser.at(-2)!.allowed).toBe(true);
    expect(byUser.at(-1)!.allowed).toBe(false);
    const byIp = Array.from({ length: RATE_LIMITS.submissionPerIp.limit + 1 }, (_, i) => hitSubmissionLimit(db, { userId: 10_000 + i, ip: "192.0.2.50" }, T0));
    expect(byIp.at(-2)!.allowed).toBe(true);
    expect(byIp.at(-1)).toEqual({ allowed: false, retryAfterSeconds: 3600 });
  });
});

describe("safeRedirect", () => {
  it("keeps paths on this site and refuses anything that could leave it", () => {
    expect(safeRedirect("/organisations/new?lang=cy")).toBe("/organisations/new?lang=cy");
    for (const bad of ["//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "", null, undefined, "/a\nb"]) {
      expect(safeRedirect(bad)).toBe("/");
    }
    expect(safeRedirect("http://x", "/account")).toBe("/account");
  });
});
