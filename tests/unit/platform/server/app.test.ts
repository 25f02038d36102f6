/**
 * The production server over real HTTP on 127.0.0.1: client addresses (each test client connects
 * from its own loopback address, 127.0.0.x), sign-in delays per address, forwarding headers, the
 * body limit and the headers of non-page responses.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "../../../../db/client";
import { loadRemixBuild } from "./remix-build";

const PASSWORD = "correct horse battery staple";
const ADMIN = "admin@example.org";

let dir: string;
let db: Db;
let build: ServerBuild;
let closeBuild: () => Promise<void>;
const servers: Server[] = [];

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** An HTTP request from the loopback address `from` (127.0.0.1 unless given). */
function send(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, base), { method: options.method ?? "GET", headers: options.headers, localAddress: options.from ?? "127.0.0.1" }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

/**
 * Starts a body and stops part-way without ending it, then waits for the answer: a server that
 * read whole bodies before refusing would never answer.
 */
function sendPartBody(base: string, path: string, headers: Record<string, string>, bytes: number): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, base), { method: "POST", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, text });
      });
    });
    req.on("error", reject);
    req.write("a=".padEnd(bytes, "b"));
  });
}

/** Starts the server on an ephemeral port; returns its base URL. */
async function start(options: { trustedHops?: number; clientDir?: string } = {}): Promise<string> {
  const { createApp } = await import("../../../../app/platform/server/app");
  const app = createApp({ build, db, mode: "production", ...options });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** One sign-in through the form, as a browser would post it: its CSRF cookie and token first. */
async function signInOver(base: string, password: string, options: { from?: string; headers?: Record<string, string> } = {}): Promise<number> {
  const page = await send(base, "/sign-in", { from: options.from });
  const token = /cmw_csrf=([^;]+)/.exec(String(page.headers["set-cookie"]))![1];
  const body = new URLSearchParams({ email: ADMIN, password, csrf: token, redirectTo: "" }).toString();
  const answer = await send(base, "/sign-in", {
    method: "POST",
    from: options.from,
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: `cmw_csrf=${token}`, ...options.headers },
  });
  return answer.status;
}

/** The sign-in failure buckets in the database. */
function failureKeys(): string[] {
  return db.$client.prepare("SELECT key FROM sign_in_failures ORDER BY key").pluck().all() as string[];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cmw-server-"));
  process.env.DATABASE_PATH = join(dir, "app.db");
  const { createDb, migrateDb } = await import("../../../../db/client");
  const { loadSeed } = await import("../../../../seeds/load-seed");
  const { buildSeedInput } = await import("../../../../seeds/seed-input");
  const { createAccount } = await import("../../../../app/accounts/accounts.server");
  db = createDb(process.env.DATABASE_PATH);
  migrateDb(db);
  loadSeed(db, buildSeedInput());
  await createAccount(db, { email: ADMIN, password: PASSWORD, role: "admin", now: new Date().toISOString() });
  ({ build, close: closeBuild } = await loadRemixBuild());
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await closeBuild?.();
  db?.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("client addresses and sign-in", () => {
  it("lets the admin sign in from another address after ten wrong passwords from one", async () => {
    const base = await start();
    // The clock stands still, so the delays the wrong passwords earn never run out.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() });
    try {
      const statuses = [];
      for (let i = 0; i < 10; i++) statuses.push(await signInOver(base, "not the password", { from: "127.0.0.2" }));
      expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 429, 429, 429, 429]);
      expect(await signInOver(base, PASSWORD, { from: "127.0.0.3" })).toBe(302);
    } finally {
      vi.useRealTimers();
    }
  }, 120_000);

  it("puts a client in its socket's bucket without a trusted proxy, whatever headers it forges", async () => {
    const base = await start({ trustedHops: 0 });
    await signInOver(base, "not the password", { from: "127.0.0.4", headers: { "X-Forwarded-For": "203.0.113.50", "X-CMW-Client-Address": "203.0.113.51" } });
    expect(failureKeys()).toContain("sign-in:ip:127.0.0.4");
    expect(failureKeys().filter((k) => k.includes("203.0.113."))).toEqual([]);
  }, 60_000);

  it("uses the address the trusted proxy appended, not the client's first entry, with TRUST_PROXY=1", async () => {
    const base = await start({ trustedHops: 1 });
    await signInOver(base, "not the password", { headers: { "X-Forwarded-For": "6.6.6.6, 203.0.113.9" } });
    expect(failureKeys()).toContain("sign-in:ip:203.0.113.9");
    expect(failureKeys().filter((k) => k.includes("6.6.6.6"))).toEqual([]);
  }, 60_000);
});

describe("body limit", () => {
  const form = { "Content-Type": "application/x-www-form-urlencoded" };

  it("refuses a form declaring 200 KB with 413 before reading it, in the page's language", async () => {
    const base = await start();
    const answer = await sendPartBody(base, "/sign-in?lang=cy", { ...form, "Content-Length": String(200 * 1024) }, 1024);
    expect(answer).toEqual({ status: 413, text: expect.stringContaining("64 KB ar y mwyaf") });
  }, 30_000);

  it("refuses a chunked form with 413 once it passes 64 KB, without waiting for the rest", async () => {
    const base = await start();
    const answer = await sendPartBody(base, "/sign-in", { ...form, "Transfer-Encoding": "chunked" }, 100 * 1024);
    expect(answer).toEqual({ status: 413, text: expect.stringContaining("at most 64 KB") });
  }, 30_000);

  it("passes a form under the limit on to the page", async () => {
    const base = await start();
    const answer = await send(base, "/sign-in", { method: "POST", headers: form, body: "a=".padEnd(60 * 1024, "b") });
    expect(answer.status).toBe(403); // no CSRF token: the page's own answer, not the limit's
  }, 30_000);

  it("leaves the upload pages to their own limit", async () => {
    const base = await start();
    for (const path of ["/admin/imports", "/admin/imports/upload", "/admin/boundaries", "/admin/boundaries.data"]) {
      const answer = await send(base, path, { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=x" }, body: "x".repeat(100 * 1024) });
      expect(answer.status).not.toBe(413);
    }
  }, 30_000);
});

describe("response headers", () => {
  it("gives API, download and feed answers nosniff, no framing, a referrer policy and a CSP", async () => {
    const base = await start();
    for (const path of ["/api/coverage", "/download/organisations.csv", "/funding/ending.atom", "/funding/ending.ics", "/api/no-such-thing"]) {
      const { headers } = await send(base, path);
      expect(headers, path).toMatchObject({
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "referrer-policy": "strict-origin-when-cross-origin",
        "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      });
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
  }, 60_000);

  it("keeps the pages' own nonce policy, once", async () => {
    const base = await start();
    const { status, headers } = await send(base, "/about");
    expect(status).toBe(200);
    expect(headers["content-security-policy"]).toMatch(/^default-src 'self'; script-src 'self' 'nonce-[^']+'/);
    expect(headers["x-powered-by"]).toBeUndefined();
  }, 60_000);

  it("serves hashed assets as immutable for a year and other static files for an hour", async () => {
    const clientDir = join(dir, "client");
    mkdirSync(join(clientDir, "assets"), { recursive: true });
    writeFileSync(join(clientDir, "assets", "entry-AbC123.js"), "export {};\n");
    writeFileSync(join(clientDir, "robots.txt"), "User-agent: *\n");
    const base = await start({ clientDir });
    const asset = await send(base, "/assets/entry-AbC123.js");
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers["x-content-type-options"]).toBe("nosniff");
    expect((await send(base, "/robots.txt")).headers["cache-control"]).toBe("public, max-age=3600");
  }, 30_000);

  it("adds nothing to a 304, whose headers a browser would copy onto the page it kept", async () => {
    const clientDir = join(dir, "client-304");
    mkdirSync(clientDir, { recursive: true });
    writeFileSync(join(clientDir, "robots.txt"), "User-agent: *\n");
    const base = await start({ clientDir });
    const first = await send(base, "/robots.txt");
    const again = await send(base, "/robots.txt", { headers: { "If-None-Match": String(first.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.headers["content-security-policy"]).toBeUndefined();
    expect(again.headers["x-frame-options"]).toBeUndefined();
  }, 30_000);
});
