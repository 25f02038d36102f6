import { randomBytes } from "node:crypto";
import { request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeReadableStreamToWritable } from "@remix-run/node";
import express, { type Response } from "express";
import { afterEach, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../../../app/accounts/sessions.server";
import { CSRF_COOKIE } from "../../../../app/platform/csrf.server";
import { CACHE_STATUS_HEADER, DEFAULT_PRIVATE_COOKIES, renderCache, type RenderCacheOptions } from "../../../../app/platform/server/render-cache";

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** The pieces of a page, written as separate chunks through a web stream as the Remix adapter does. */
function pageChunks(url: string, nonce: string): string[] {
  return [
    `<!DOCTYPE html><html><head><script nonce="${nonce}">window.a=1</script></head>`,
    `<body><p>Page ${url}</p>`,
    `<script nonce="${nonce}">window.__ctx={"nonce":"${nonce}"}</script></body></html>`,
  ];
}

/** Streams the chunks into the response; a failed stream destroys it and rejects, as in the adapter. */
function streamOut(res: Response, chunks: string[], failAfter?: number): Promise<void> {
  const encoder = new TextEncoder();
  let i = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((r) => setImmediate(r));
      if (failAfter !== undefined && i === failAfter) return controller.error(new Error("render failed"));
      if (i === chunks.length) return controller.close();
      controller.enqueue(encoder.encode(chunks[i++]));
    },
  });
  return writeReadableStreamToWritable(stream, res);
}

/**
 * A small Express app: the render cache in front of a fake Remix handler that counts its calls and
 * renders each page with a fresh nonce in its CSP and its script tags, as entry.server.tsx does.
 */
function makeApp(options: Partial<RenderCacheOptions> = {}) {
  const state = { version: "1", day: "2026-12-02", calls: 0 };
  const app = express();
  app.use(renderCache({ dataVersion: () => state.version, today: () => state.day, ...options }));
  // The Remix adapter hands a failed response to Express's error handling (next(error)).
  app.use((req, res, next) => void handle(req, res).catch(next));
  async function handle(req: express.Request, res: Response): Promise<void> {
    state.calls++;
    const path = req.path;
    const nonce = path === "/short-nonce" ? "abc" : randomBytes(16).toString("base64");
    if (path === "/set-cookie") res.append("Set-Cookie", "cmw_csrf=abc; Path=/; HttpOnly");
    if (path === "/private") res.setHeader("Cache-Control", "private");
    if (path === "/missing") res.status(404);
    if (path === "/api/coverage") {
      res.setHeader("Content-Type", "application/json");
      res.setHeader("Cache-Control", "no-store");
      return streamOut(res, [JSON.stringify({ version: state.version, lang: req.query.lang ?? "en" })]);
    }
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Content-Security-Policy", `default-src 'self'; script-src 'self' 'nonce-${nonce}'`);
    if (path === "/big") return streamOut(res, [pageChunks(req.originalUrl, nonce)[0], "x".repeat(5_000), ...pageChunks(req.originalUrl, nonce).slice(1)]);
    if (path === "/fail") return streamOut(res, pageChunks(req.originalUrl, nonce), 1);
    return streamOut(res, pageChunks(`${req.originalUrl} v${state.version} ${state.day}`, nonce));
  }
  return { app, state };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((s) => {
      s.closeAllConnections();
      return new Promise((r) => s.close(r));
    }),
  );
});

async function start(options: Partial<RenderCacheOptions> = {}) {
  const { app, state } = makeApp(options);
  const server = app.listen(0, "127.0.0.1");
  servers.push(server);
  await new Promise((r) => server.once("listening", r));
  const { port } = server.address() as AddressInfo;
  const send = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    new Promise<Reply>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path, method, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end();
    });
  return { state, send };
}

/** The nonce a reply's CSP allows. */
function cspNonce(reply: Reply): string {
  const match = /'nonce-([^']+)'/.exec(String(reply.headers["content-security-policy"]));
  if (!match) throw new Error("No nonce in the CSP");
  return match[1];
}

/** Every nonce="…" attribute value in a body. */
function bodyNonces(body: string): string[] {
  return [...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
}

describe("renderCache", () => {
  it("serves a second anonymous GET from the cache without calling the handler", async () => {
    const { state, send } = await start();
    const first = await send("/gaps");
    const second = await send("/gaps");
    expect(state.calls).toBe(1);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.headers[CACHE_STATUS_HEADER.toLowerCase()], second.headers[CACHE_STATUS_HEADER.toLowerCase()]]).toEqual(["miss", "hit"]);
    expect(second.body.replaceAll(cspNonce(second), "N")).toBe(first.body.replaceAll(cspNonce(first), "N"));
    expect(second.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(second.headers["content-length"]).toBe(String(Buffer.byteLength(second.body)));
    expect(second.headers["cache-control"]).toBe("no-cache");
    expect(second.headers.vary).toBe("Cookie");
  });

  it("keys on the query string, so each language is its own entry", async () => {
    const { state, send } = await start();
    const en = await send("/gaps");
    const cy = await send("/gaps?lang=cy");
    await send("/gaps?lang=cy");
    expect(state.calls).toBe(2);
    expect(en.body).toContain("Page /gaps v1");
    expect(cy.body).toContain("Page /gaps?lang=cy v1");
  });

  it("renders again once the data version changes, and again on a new day", async () => {
    const { state, send } = await start();
    await send("/");
    state.version = "2";
    const afterApproval = await send("/");
    state.day = "2026-12-03";
    const nextDay = await send("/");
    await send("/");
    expect(state.calls).toBe(3);
    expect(afterApproval.body).toContain("v2 2026-12-02");
    expect(nextDay.body).toContain("v2 2026-12-03");
  });

  it("keeps bots and people apart, as bots get the fully rendered stream", async () => {
    const { state, send } = await start();
    await send("/", { "User-Agent": "Mozilla/5.0 Firefox/133.0" });
    await send("/", { "User-Agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" });
    await send("/", { "User-Agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" });
    expect(state.calls).toBe(2);
  });

  it("bypasses the cache for a request with a session cookie, even when the page is stored", async () => {
    const { state, send } = await start();
    await send("/gaps");
    const signedIn = await send("/gaps", { Cookie: `theme=dark; ${SESSION_COOKIE}=${"a".repeat(43)}` });
    await send("/gaps", { Cookie: `${SESSION_COOKIE}=${"a".repeat(43)}` });
    expect(state.calls).toBe(3);
    expect(signedIn.headers[CACHE_STATUS_HEADER.toLowerCase()]).toBe("bypass");
    expect(signedIn.headers.etag).toBeUndefined();
  });

  it("bypasses the cache for the anonymous-form CSRF cookie and for an Authorization header, but not for other cookies", async () => {
    const { state, send } = await start();
    await send("/sign-in", { Cookie: `${CSRF_COOKIE}=${"b".repeat(43)}` });
    await send("/sign-in", { Cookie: `${CSRF_COOKIE}=${"b".repeat(43)}` });
    await send("/sign-in", { Authorization: "Bearer x" });
    expect(state.calls).toBe(3);
    await send("/sign-in");
    await send("/sign-in", { Cookie: "theme=dark" });
    expect(state.calls).toBe(4);
  });

  it("names the app's own session and CSRF cookies as private by default", () => {
    expect([...DEFAULT_PRIVATE_COOKIES].sort()).toEqual([SESSION_COOKIE, CSRF_COOKIE].sort());
  });

  it("does not store a response that sets a cookie, a private one or a non-200 one", async () => {
    const { state, send } = await start();
    for (const path of ["/set-cookie", "/private", "/missing"]) {
      const first = await send(path);
      await send(path);
      expect(first.headers.etag).toBeUndefined();
    }
    expect(state.calls).toBe(6);
    expect((await send("/set-cookie")).headers["set-cookie"]).toEqual(["cmw_csrf=abc; Path=/; HttpOnly"]);
  });

  it("does not store a page whose nonce is not one the cache can replace", async () => {
    const { state, send } = await start();
    await send("/short-nonce");
    const second = await send("/short-nonce");
    expect(state.calls).toBe(2);
    expect(bodyNonces(second.body)).toEqual(["abc", "abc"]);
  });

  it("answers 304 when If-None-Match holds the ETag, on a hit and on a fresh render, and 200 once the data changed", async () => {
    const { state, send } = await start();
    const fresh = await send("/funding/cliff");
    const etag = fresh.headers.etag!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const revalidated = await send("/funding/cliff", { "If-None-Match": etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBe("");
    expect(revalidated.headers.etag).toBe(etag);
    expect(revalidated.headers["content-security-policy"]).toBeUndefined();
    expect((await send("/funding/cliff", { "If-None-Match": `"other", W/${etag}` })).status).toBe(304);
    expect((await send("/funding/cliff", { "If-None-Match": '"other"' })).status).toBe(200);
    expect(state.calls).toBe(1);

    state.version = "2";
    const changed = await send("/funding/cliff", { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect((await send("/gaps", { "If-None-Match": changed.headers.etag! })).status).toBe(200);
    expect(state.calls).toBe(3);

    // Another process renders the same page afresh (another nonce): the ETag matches, so 304.
    const other = await start();
    const freshRevalidated = await other.send("/funding/cliff", { "If-None-Match": etag });
    expect(other.state.calls).toBe(1);
    expect(freshRevalidated.headers[CACHE_STATUS_HEADER.toLowerCase()]).toBe("miss");
    expect(freshRevalidated.status).toBe(304);
    expect(freshRevalidated.body).toBe("");
    // A browser copies a 304's headers onto the page it kept: this render's nonce must not go with it.
    expect(freshRevalidated.headers["content-security-policy"]).toBeUndefined();
    expect(freshRevalidated.headers["content-type"]).toBeUndefined();
    expect(freshRevalidated.headers.etag).toBe(etag);
  });

  it("gives every hit a fresh nonce in the CSP and the body, with the same ETag", async () => {
    const { send } = await start();
    const replies = [await send("/"), await send("/"), await send("/")];
    const nonces = replies.map(cspNonce);
    expect(new Set(nonces).size).toBe(3);
    replies.forEach((reply, i) => {
      expect(bodyNonces(reply.body)).toEqual([nonces[i], nonces[i]]);
      expect(reply.body).toContain(`{"nonce":"${nonces[i]}"}`);
      for (const other of nonces.filter((n) => n !== nonces[i])) expect(reply.body).not.toContain(other);
    });
    expect(new Set(replies.map((r) => r.headers.etag)).size).toBe(1);
  });

  it("serves HEAD from a stored GET, with its length and no body, and does not store from HEAD", async () => {
    const { state, send } = await start();
    await send("/projects", {}, "HEAD");
    await send("/projects", {}, "HEAD");
    expect(state.calls).toBe(2);
    const get = await send("/projects");
    const head = await send("/projects", {}, "HEAD");
    expect(state.calls).toBe(3);
    expect(head.headers[CACHE_STATUS_HEADER.toLowerCase()]).toBe("hit");
    expect(head.body).toBe("");
    expect(head.headers["content-length"]).toBe(get.headers["content-length"]);
    expect(head.headers.etag).toBe(get.headers.etag);
  });

  it("caches public API responses, keeping their own Cache-Control", async () => {
    const { state, send } = await start();
    const first = await send("/api/coverage?lang=cy");
    const second = await send("/api/coverage?lang=cy");
    expect(state.calls).toBe(1);
    expect(JSON.parse(second.body)).toEqual({ version: "1", lang: "cy" });
    expect(second.body).toBe(first.body);
    expect(second.headers["cache-control"]).toBe("no-store");
    expect(second.headers["content-type"]).toBe("application/json");
  });

  it("keeps at most maxEntries responses, dropping the least recently used", async () => {
    const { state, send } = await start({ maxEntries: 2 });
    await send("/a");
    await send("/b");
    await send("/a");
    await send("/c");
    expect(state.calls).toBe(3);
    await send("/a");
    expect(state.calls).toBe(3);
    await send("/b");
    expect(state.calls).toBe(4);
  });

  it("keeps at most maxBytes of responses", async () => {
    const { state, send } = await start();
    const size = Number((await send("/a")).headers["content-length"]);
    const bounded = await start({ maxBytes: Math.floor(size * 2.5) });
    await bounded.send("/a");
    await bounded.send("/b");
    await bounded.send("/c");
    await bounded.send("/c");
    expect(bounded.state.calls).toBe(3);
    await bounded.send("/a");
    expect(bounded.state.calls).toBe(4);
    expect(state.calls).toBe(1);
  });

  it("streams a body larger than maxEntryBytes whole, without storing it", async () => {
    const { state, send } = await start({ maxEntryBytes: 1_000 });
    const first = await send("/big");
    const second = await send("/big");
    expect(state.calls).toBe(2);
    expect(first.status).toBe(200);
    expect(first.body).toContain("x".repeat(5_000));
    expect(first.body.endsWith("</html>")).toBe(true);
    expect(bodyNonces(first.body)).toEqual([cspNonce(first), cspNonce(first)]);
    expect(second.headers.etag).toBeUndefined();
  });

  it("never stores a body whose render failed part-way", async () => {
    const { state, send } = await start();
    await expect(send("/fail")).rejects.toThrow();
    await expect(send("/fail")).rejects.toThrow();
    expect(state.calls).toBe(2);
  });

  it("leaves other methods to the handler", async () => {
    const { state, send } = await start();
    await send("/gaps", {}, "POST");
    await send("/gaps", {}, "POST");
    expect(state.calls).toBe(2);
  });
});
