/**
 * Security headers for every response the pages do not already cover: API JSON, downloads, feeds,
 * static files, the server's own 413s. HTML pages and their data requests get a fuller policy,
 * with a script nonce, from app/entry.server.tsx; a header a response already has is kept.
 */
import type { ServerResponse } from "node:http";
import type { RequestHandler } from "express";

/** What a response gets when it does not set the header itself. */
export const DEFAULT_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/**
 * Express middleware adding DEFAULT_SECURITY_HEADERS, just before the head is sent, to any
 * response but a 304 that has not set them.
 *
 * @example
 * app.use(defaultSecurityHeaders());
 */
export function defaultSecurityHeaders(): RequestHandler {
  return (_req, res, next) => {
    const writeHead = res.writeHead;
    // Node sends every head through writeHead (res.end and res.write call it too).
    res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
      // A browser copies a 304's headers onto the response it kept: a page's nonce policy
      // would be replaced by the default one, so a 304 gets nothing.
      const status = typeof args[0] === "number" ? args[0] : this.statusCode;
      for (const [name, value] of Object.entries(DEFAULT_SECURITY_HEADERS)) {
        if (status !== 304 && !this.hasHeader(name)) this.setHeader(name, value);
      }
      return writeHead.apply(this, args);
    } as unknown as typeof res.writeHead;
    next();
  };
}
