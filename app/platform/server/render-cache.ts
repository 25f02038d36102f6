/**
 * The render cache: anonymous GET/HEAD responses served from memory until the data changes.
 *
 * Pages change only when a moderator (or an import) bumps the data version, and "as of" dates
 * default to today, so an anonymous response is the same for everyone with the same key: data
 * version, today's date in Wales, the URL as the visitor sent it (path and query, so `?lang=cy`,
 * with host and forwarding headers) and whether the visitor is a bot (bots get the fully rendered
 * stream). No page reads Accept-Language or any other request header that would vary the body.
 *
 * - A request with a session or CSRF cookie, or an Authorization header, bypasses the cache
 *   entirely: signed-in pages, and the sign-in form carrying a visitor's own CSRF token, are never
 *   stored or served from here.
 * - Only complete 200 responses to GET without Set-Cookie, Content-Encoding, `Cache-Control:
 *   private` or a Vary on anything but Accept-Encoding/Cookie are stored; a body over
 *   `maxEntryBytes` streams on uncached. A response that fails mid-body never reaches `end`, so it
 *   is never stored. Downstream Cache-Control (such as the API's `no-store`) is kept as sent: it is
 *   about browsers and proxies, while this cache is the origin's own and keyed on the data version.
 * - Stored and hit responses carry a strong ETag (If-None-Match → 304), `Vary: Cookie`, and
 *   `Cache-Control: no-cache` unless the handler set one.
 * - A page's Content-Security-Policy carries a per-response script nonce. The body is stored split
 *   at that nonce and every hit gets a fresh one, in the header and the body; the ETag hashes the
 *   body with the nonce left out, so it does not change from hit to hit.
 * - Bounded by entries and bytes, least recently used out first; when the data version or the day
 *   changes, every entry is dropped (none of their keys can be asked for again).
 *
 * Mount it after any compression middleware (so it sees and stores the plain body) and just before
 * the Remix request handler.
 */
import { createHash, randomBytes } from "node:crypto";
import type { OutgoingHttpHeader, OutgoingHttpHeaders } from "node:http";
import { parse as parseCookies } from "cookie";
import type { Request, RequestHandler, Response } from "express";
import { isbot } from "isbot";
import { today as clockToday } from "../clock.server";

export interface RenderCacheOptions {
  /** The database's data version now (bumped whenever approved data changes). */
  dataVersion: () => string;
  /** Today's date in Wales, part of every key because pages default "as of" to it (default: the app clock). */
  today?: () => string;
  /** Most responses kept (default 2,000). */
  maxEntries?: number;
  /** Most body bytes kept in all (default 128 MiB). */
  maxBytes?: number;
  /** Largest body stored (default 4 MiB); a larger one streams on uncached. */
  maxEntryBytes?: number;
  /**
   * Cookies whose presence means the response may be the visitor's own: the request bypasses the
   * cache (default: the session cookie `cmw_session` and the anonymous-form CSRF cookie `cmw_csrf`).
   */
  privateCookies?: readonly string[];
}

/**
 * The app's own cookies (SESSION_COOKIE in accounts/sessions.server.ts, CSRF_COOKIE in
 * platform/csrf.server.ts), named here because platform code does not import from accounts/; a
 * unit test checks they match.
 */
export const DEFAULT_PRIVATE_COOKIES: readonly string[] = ["cmw_session", "cmw_csrf"];

/** The response header saying what the cache did: hit, miss (rendered, maybe stored) or bypass. */
export const CACHE_STATUS_HEADER = "X-Render-Cache";

const MIB = 1024 * 1024;
const NONCE_IN_CSP = /'nonce-([^']+)'/;
const NONCE_BYTES = 16;
let randomPool = Buffer.alloc(0);
let randomOffset = 0;

/**
 * A fresh nonce as entry.server.tsx makes one: 16 random bytes in base64 (24 characters). The
 * bytes come from a pool filled 4 KiB at a time (one randomBytes call per 256 nonces, each byte
 * used once), as a call per hit costs more than the rest of the hit.
 */
function freshNonce(): string {
  if (randomOffset + NONCE_BYTES > randomPool.length) {
    randomPool = randomBytes(NONCE_BYTES * 256);
    randomOffset = 0;
  }
  randomOffset += NONCE_BYTES;
  return randomPool.toString("base64", randomOffset - NONCE_BYTES, randomOffset);
}
/**
 * Only a page whose nonce has this length is stored: a fresh one must keep the body's length, and
 * a shorter one could match ordinary text in the body.
 */
const NONCE_LENGTH = 24;
/**
 * The only headers a 304 keeps (RFC 9110 §15.4.5). A browser copies a 304's headers onto the page it
 * kept: a CSP with this render's nonce would no longer match the nonce in the kept body.
 */
const NOT_MODIFIED_HEADERS = new Set(["cache-control", "content-location", "date", "etag", "expires", "vary", CACHE_STATUS_HEADER.toLowerCase()]);
/** Headers the cache never stores: they belong to one connection or are set afresh on every hit. */
const UNSTORED_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "etag", "set-cookie", CACHE_STATUS_HEADER.toLowerCase()]);

/** One stored response: its headers and its body split at the page's nonce (if it has one). */
interface Entry {
  headers: [string, OutgoingHttpHeader][];
  /** The names of the headers holding the nonce (the CSP). */
  nonceHeaders: string[];
  /** The nonce the page was rendered with, or null when its CSP has none. */
  nonce: string | null;
  parts: Buffer[];
  /** The body's length in bytes (a fresh nonce has the stored one's length). */
  length: number;
  etag: string;
  bytes: number;
}

/** A Map used as a least-recently-used list, bounded by entries and by bytes. */
class LruStore {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: Entry): void {
    if (entry.bytes > this.maxBytes || this.maxEntries < 1) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

/**
 * Express middleware serving anonymous GET/HEAD responses from a cache keyed by (data version,
 * today, URL, bot or not); see the module comment for what is stored and what bypasses it.
 *
 * @example
 * app.use(renderCache({ dataVersion: () => String(getDataVersion(db)) }));
 * app.all("*", createRequestHandler({ build }));
 */
export function renderCache(options: RenderCacheOptions): RequestHandler {
  const today = options.today ?? oncePerSecond(clockToday);
  const maxEntryBytes = options.maxEntryBytes ?? 4 * MIB;
  const privateCookies = options.privateCookies ?? DEFAULT_PRIVATE_COOKIES;
  const store = new LruStore(options.maxEntries ?? 2_000, options.maxBytes ?? 128 * MIB);
  let generation = "";

  return (req, res, next) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || isPersonal(req, privateCookies)) {
      res.setHeader(CACHE_STATUS_HEADER, "bypass");
      return next();
    }
    const current = `${options.dataVersion()}\u0000${today()}`;
    if (current !== generation) {
      store.clear();
      generation = current;
    }
    const key = `${current}\u0000${keyOf(req)}`;
    const entry = store.get(key);
    if (entry) return serveEntry(req, res, entry);
    res.setHeader(CACHE_STATUS_HEADER, "miss");
    if (req.method === "GET") {
      const earlier = { ...res.getHeaders() };
      captureBody(res, maxEntryBytes, (body) => {
        const stored = storableEntry(res, body, earlier);
        // A render that began before the data version changed is not stored under a stale key.
        if (stored && generation === current) store.set(key, stored);
        return stored;
      });
    }
    next();
  };
}

/**
 * A function's value, worked out again at most once a second: the clock's date formatting
 * (Intl.DateTimeFormat) costs more than serving a stored page, and a day starting a second late
 * does not matter.
 */
function oncePerSecond(read: () => string): () => string {
  let value = "";
  let until = 0;
  return () => {
    const now = Date.now();
    if (now >= until) {
      value = read();
      until = now + 1_000;
    }
    return value;
  };
}

/** Whether the request carries a private cookie or credentials. */
function isPersonal(req: Request, privateCookies: readonly string[]): boolean {
  if (req.headers.authorization !== undefined) return true;
  const header = req.headers.cookie;
  if (!header) return false;
  const cookies = parseCookies(header);
  return privateCookies.some((name) => cookies[name] !== undefined);
}

/** Everything besides the data version and the day that the response can depend on. */
function keyOf(req: Request): string {
  const h = req.headers;
  const bot = isbot(h["user-agent"] ?? "") ? "bot" : "person";
  return [bot, req.protocol, h.host ?? "", h["x-forwarded-host"] ?? "", h["x-forwarded-proto"] ?? "", req.originalUrl].join("\u0000");
}

/** Sends a stored response, with a fresh nonce, or a 304 when the visitor already has it. */
function serveEntry(req: Request, res: Response, entry: Entry): void {
  const nonce = entry.nonce === null ? null : freshNonce();
  res.setHeader(CACHE_STATUS_HEADER, "hit");
  setValidators(res, entry.etag);
  if (notModified(req, entry.etag)) {
    for (const name of res.getHeaderNames()) if (!NOT_MODIFIED_HEADERS.has(name)) res.removeHeader(name);
    res.status(304).end();
    return;
  }
  for (const [name, value] of entry.headers) res.setHeader(name, value);
  if (entry.nonce !== null && nonce !== null) {
    for (const name of entry.nonceHeaders) res.setHeader(name, withNonce(res.getHeader(name)!, entry.nonce, nonce));
  }
  res.status(200).setHeader("Content-Length", entry.length);
  if (req.method === "HEAD" || nonce === null) {
    res.end(req.method === "HEAD" ? undefined : entry.parts[0]);
    return;
  }
  // The parts and fresh nonces go out as one write (corked), without copying the body.
  const glue = Buffer.from(nonce);
  res.cork();
  entry.parts.forEach((part, i) => {
    if (i > 0) res.write(glue);
    res.write(part);
  });
  res.end();
}

/** The ETag, Vary and (unless the handler chose one) Cache-Control of an anonymous response. */
function setValidators(res: Response, etag: string): void {
  res.setHeader("ETag", etag);
  if (res.hasHeader("Vary")) res.vary("Cookie");
  else res.setHeader("Vary", "Cookie");
  if (!res.hasHeader("Cache-Control")) res.setHeader("Cache-Control", "no-cache");
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks for If-None-Match). */
function notModified(req: Request, etag: string): boolean {
  const header = req.headers["if-none-match"];
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function withNonce(value: OutgoingHttpHeader, from: string, to: string): OutgoingHttpHeader {
  const swap = (v: string) => v.split(from).join(to);
  if (typeof value === "string") return swap(value);
  if (Array.isArray(value)) return value.map(swap);
  return value;
}

/** A body split at every occurrence of `needle`. */
function splitAt(body: Buffer, needle: string): Buffer[] {
  const n = Buffer.from(needle);
  const parts: Buffer[] = [];
  let from = 0;
  for (let i = body.indexOf(n); i !== -1; i = body.indexOf(n, from)) {
    parts.push(body.subarray(from, i));
    from = i + n.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/** A strong ETag of the body with its nonce left out. */
function etagOf(parts: readonly Buffer[]): string {
  const hash = createHash("sha256");
  parts.forEach((part, i) => {
    if (i > 0) hash.update("\u0000nonce\u0000");
    hash.update(part);
  });
  return `"${hash.digest("base64url").slice(0, 32)}"`;
}

function sameHeader(a: OutgoingHttpHeader, b: OutgoingHttpHeader | undefined): boolean {
  return b !== undefined && String(a) === String(b) && Array.isArray(a) === Array.isArray(b);
}

/** Whether a Vary header names only what the cache accounts for. */
function varyIsCovered(vary: string): boolean {
  return vary.split(",").every((name) => ["", "accept-encoding", "cookie"].includes(name.trim().toLowerCase()));
}

/**
 * The entry for a finished response, or null if it must not be stored. Headers already set when
 * the request reached the cache (`earlier`, by middleware before it) are left out: that middleware
 * sets them again on every hit.
 */
function storableEntry(res: Response, body: Buffer, earlier: OutgoingHttpHeaders): Entry | null {
  const header = (name: string) => {
    const value = res.getHeader(name);
    return Array.isArray(value) ? value.join(", ") : value === undefined ? "" : String(value);
  };
  if (res.statusCode !== 200 || res.hasHeader("set-cookie") || res.hasHeader("content-encoding")) return null;
  if (/\bprivate\b/i.test(header("cache-control")) || !varyIsCovered(header("vary"))) return null;
  const nonce = NONCE_IN_CSP.exec(header("content-security-policy"))?.[1] ?? null;
  if (nonce !== null && Buffer.byteLength(nonce) !== NONCE_LENGTH) return null;
  const headers = Object.entries(res.getHeaders()).flatMap(([name, value]): [string, OutgoingHttpHeader][] =>
    value === undefined || UNSTORED_HEADERS.has(name) || sameHeader(value, earlier[name]) ? [] : [[name, value]],
  );
  const parts = nonce === null ? [body] : splitAt(body, nonce);
  const headerBytes = headers.reduce((sum, [name, value]) => sum + name.length + String(value).length, 0);
  const nonceHeaders = nonce === null ? [] : headers.filter(([, value]) => String(value).includes(nonce)).map(([name]) => name);
  return { headers, nonceHeaders, nonce, parts, length: body.length, etag: etagOf(parts), bytes: body.length + headerBytes };
}

type WriteCallback = (error?: Error | null) => void;

/**
 * Holds a response's body back until it ends, then lets `finish` decide: given the whole body, it
 * returns the entry stored for it (the response goes out with its ETag, or as a 304) or null (it
 * goes out as the handler wrote it). A body over `maxBytes`, or a handler that sends its headers
 * early (writeHead, flushHeaders), ends the holding back: what is held is sent and the rest streams.
 * A response that is destroyed before it ends (a failed render) is simply dropped.
 */
function captureBody(res: Response, maxBytes: number, finish: (body: Buffer) => Entry | null): void {
  const original = { write: res.write, end: res.end, writeHead: res.writeHead, flushHeaders: res.flushHeaders };
  const writeOriginal = original.write as (this: Response, chunk: Buffer) => boolean;
  const endOriginal = original.end as (this: Response, chunk?: Buffer, callback?: () => void) => Response;
  const chunks: Buffer[] = [];
  let size = 0;
  const restore = () => Object.assign(res, original);
  const release = () => {
    restore();
    for (const chunk of chunks.splice(0)) writeOriginal.call(res, chunk);
  };
  const append = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    chunks.push(buffer);
    size += buffer.length;
  };

  res.writeHead = function writeHead(this: Response, ...args: unknown[]) {
    release();
    return (original.writeHead as (...a: unknown[]) => Response).apply(this, args);
  } as Response["writeHead"];
  res.flushHeaders = function flushHeaders(this: Response) {
    release();
    original.flushHeaders.call(this);
  };
  res.write = function write(this: Response, chunk: unknown, encoding?: unknown, callback?: unknown) {
    append(chunk, encoding);
    const done = [encoding, callback].find((c): c is WriteCallback => typeof c === "function");
    if (done) process.nextTick(done);
    if (size > maxBytes) release();
    return true;
  } as Response["write"];
  res.end = function end(this: Response, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    append(chunk, encoding);
    const done = [chunk, encoding, callback].find((c): c is () => void => typeof c === "function");
    restore();
    const body = Buffer.concat(chunks.splice(0));
    // A response destroyed part-way (a failed render) may still be ended by an error handler.
    const entry = this.destroyed ? null : finish(body);
    if (!entry) return endOriginal.call(this, body, done);
    setValidators(this, entry.etag);
    this.removeHeader("Transfer-Encoding");
    if (notModified(this.req, entry.etag)) {
      for (const name of this.getHeaderNames()) if (!NOT_MODIFIED_HEADERS.has(name)) this.removeHeader(name);
      return endOriginal.call(this.status(304), undefined, done);
    }
    this.setHeader("Content-Length", body.length);
    return endOriginal.call(this, body, done);
  } as Response["end"];
}
