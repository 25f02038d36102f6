import { afterEach, describe, expect, it, vi } from "vitest";
import { cookieParts } from "../../helpers";
import { anonymousCsrf, CSRF_COOKIE, CSRF_FAILED, CSRF_FIELD, verifyAnonymousCsrf, verifyCsrf } from "../../../app/platform/csrf.server";
import { api, HttpError, page } from "../../../app/platform/http.server";

const SITE = "http://127.0.0.1:4173";
const TOKEN = "q".repeat(43);

afterEach(() => {
  vi.unstubAllEnvs();
});

function form(fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

function post(headers: Record<string, string> = {}, url = `${SITE}/sign-in`): Request {
  return new Request(url, { method: "POST", headers });
}

function statusOf(check: () => void): number | "passed" {
  try {
    check();
    return "passed";
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}

describe("anonymousCsrf", () => {
  it("makes a random token and an HttpOnly, SameSite=Strict cookie holding it when there is none", () => {
    const first = anonymousCsrf(new Request(`${SITE}/sign-in`));
    const second = anonymousCsrf(new Request(`${SITE}/sign-in`));
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(second.token);
    expect(cookieParts(first.setCookie!)).toEqual([`cmw_csrf=${first.token}`, "HttpOnly", "Path=/", "SameSite=Strict"]);
    expect(cookieParts(anonymousCsrf(new Request("https://cohesion-map.wales/sign-in")).setCookie!)).toContain("Secure");
  });

  it("reuses the token already in the cookie and sets nothing", () => {
    expect(anonymousCsrf(new Request(`${SITE}/sign-up`, { headers: { Cookie: `${CSRF_COOKIE}=${TOKEN}` } }))).toEqual({ token: TOKEN });
  });

  it("replaces a malformed cookie", () => {
    const result = anonymousCsrf(new Request(`${SITE}/sign-up`, { headers: { Cookie: `${CSRF_COOKIE}=short` } }));
    expect(result.token).not.toBe("short");
    expect(result.setCookie).toContain(result.token);
  });
});

describe("verifyAnonymousCsrf", () => {
  const cookie = { Cookie: `${CSRF_COOKIE}=${TOKEN}` };

  it("passes when the form repeats the cookie's token, with or without a same-site Origin", () => {
    expect(statusOf(() => verifyAnonymousCsrf(post(cookie), form({ [CSRF_FIELD]: TOKEN })))).toBe("passed");
    expect(statusOf(() => verifyAnonymousCsrf(post({ ...cookie, Origin: SITE }), form({ csrf: TOKEN })))).toBe("passed");
  });

  it("refuses with 403 a missing cookie, a missing or different field, and another site's Origin", () => {
    expect(statusOf(() => verifyAnonymousCsrf(post(), form({ csrf: TOKEN })))).toBe(403);
    expect(statusOf(() => verifyAnonymousCsrf(post(cookie), form()))).toBe(403);
    expect(statusOf(() => verifyAnonymousCsrf(post(cookie), form({ csrf: "r".repeat(43) })))).toBe(403);
    expect(statusOf(() => verifyAnonymousCsrf(post(cookie), form({ csrf: TOKEN.slice(1) })))).toBe(403);
    expect(statusOf(() => verifyAnonymousCsrf(post({ ...cookie, Origin: "https://evil.example" }), form({ csrf: TOKEN })))).toBe(403);
    expect(statusOf(() => verifyAnonymousCsrf(post({ ...cookie, Origin: "null" }), form({ csrf: TOKEN })))).toBe(403);
    expect(statusOf(() => verifyAnonymousCsrf(post({ ...cookie, Origin: "http://127.0.0.1:9999" }), form({ csrf: TOKEN })))).toBe(403);
  });

  it("refuses a short cookie even when the form repeats it", () => {
    expect(statusOf(() => verifyAnonymousCsrf(post({ Cookie: `${CSRF_COOKIE}=abc` }), form({ csrf: "abc" })))).toBe(403);
  });

  it("carries the message it is given, or a default one", () => {
    expect(() => verifyAnonymousCsrf(post(), form(), "Mae'r ffurflen wedi dod i ben")).toThrow("Mae'r ffurflen wedi dod i ben");
    expect(() => verifyAnonymousCsrf(post(), form())).toThrow(CSRF_FAILED);
  });
});

describe("verifyCsrf", () => {
  const user = { csrfToken: TOKEN };

  it("passes when the form echoes the session's token", () => {
    expect(statusOf(() => verifyCsrf(post({ Origin: SITE }), form({ csrf: TOKEN }), user))).toBe("passed");
    expect(statusOf(() => verifyCsrf(post(), form({ csrf: TOKEN }), user))).toBe("passed");
  });

  it("refuses with 403 a wrong or missing token, no user, and another site's Origin", () => {
    expect(statusOf(() => verifyCsrf(post(), form({ csrf: "r".repeat(43) }), user))).toBe(403);
    expect(statusOf(() => verifyCsrf(post(), form(), user))).toBe(403);
    expect(statusOf(() => verifyCsrf(post(), form({ csrf: "" }), { csrfToken: "" }))).toBe(403);
    expect(statusOf(() => verifyCsrf(post(), form({ csrf: TOKEN }), null))).toBe(403);
    expect(statusOf(() => verifyCsrf(post({ Origin: "https://evil.example" }), form({ csrf: TOKEN }), user))).toBe(403);
  });

  it("refuses a file sent in place of the token", () => {
    const data = new FormData();
    data.set("csrf", new File([TOKEN], "token.txt"));
    expect(statusOf(() => verifyCsrf(post(), data, user))).toBe(403);
  });

  it("compares the Origin with the https address behind a trusted proxy", () => {
    const behindProxy = post({ Origin: "https://cohesion-map.wales", "X-Forwarded-Proto": "https" }, "http://cohesion-map.wales/account");
    expect(statusOf(() => verifyCsrf(behindProxy, form({ csrf: TOKEN }), user))).toBe(403);
    vi.stubEnv("TRUST_PROXY", "1");
    expect(statusOf(() => verifyCsrf(behindProxy, form({ csrf: TOKEN }), user))).toBe("passed");
  });
});

describe("HttpError at the boundary", () => {
  it("becomes a 403 page response with its message", async () => {
    const thrown = await page(() => verifyCsrf(post(), form(), null, "Forbidden here")).catch((e: unknown) => e);
    expect(thrown).toMatchObject({ type: "DataWithResponseInit", data: { message: "Forbidden here" }, init: { status: 403 } });
  });

  it("becomes a 429 API response with its Retry-After header", async () => {
    const response = await api(() => {
      throw new HttpError(429, "Too many", { "Retry-After": "60" });
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("60");
    expect(await response.json()).toEqual({ error: { status: 429, message: "Too many" } });
  });
});
