/**
 * The size limit on request bodies: every body except the two upload pages' is read here, into
 * memory, only up to a small limit (forms are a few KB), and refused with 413 as soon as it is
 * over, whether it declared its length or came in chunks. The Remix handler then gets the bytes.
 * The upload pages stream to disk under their own limit (app/platform/uploads.server.ts).
 */
import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";
import { langFromSearch, tFor } from "../../i18n";

/** The most a form may send: 64 KB. */
export const FORM_BODY_LIMIT_BYTES = 64 * 1024;

/** The pages that take file uploads (and the addresses under them, such as /admin/imports/upload), which stream their bodies under their own limit. */
const UPLOAD_PATHS = ["/admin/imports", "/admin/boundaries"];

const bodies = new WeakMap<IncomingMessage, Buffer>();

/**
 * Whether a path is one of the upload pages or under one, however Remix would still match it:
 * any case, percent-encoded, with a trailing slash, or as its single-fetch `.data` address.
 *
 * @example
 * isUploadPath("/admin/Imports.data") // true
 * isUploadPath("/admin/imports/upload") // true
 * isUploadPath("/admin/users") // false
 */
export function isUploadPath(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  const route = decoded.toLowerCase().replace(/\.data$/, "").replace(/\/+$/, "");
  return UPLOAD_PATHS.some((upload) => route === upload || route.startsWith(`${upload}/`));
}

/** The body limitBodies read for this request, or undefined when the body is left to stream (or there is none). */
export function bufferedBody(req: IncomingMessage): Buffer | undefined {
  return bodies.get(req);
}

/**
 * Express middleware: reads the body of every request but GET and HEAD (and the upload pages)
 * into memory, refusing it with 413, in the page's language, once it is over `maxBytes`: at once
 * when Content-Length says so, else as soon as the bytes counted pass the limit. The rest of a
 * refused body is never kept; the connection closes after the answer.
 *
 * @example
 * app.use(limitBodies(FORM_BODY_LIMIT_BYTES));
 */
export function limitBodies(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD" || isUploadPath(req.path)) return next();
    const refuse = () => {
      const lang = langFromSearch(new URLSearchParams(req.url.split("?")[1] ?? "")) ?? "en";
      res.status(413).set({ Connection: "close", "Content-Type": "text/plain; charset=utf-8" });
      res.end(tFor(lang)("form.bodyTooLarge", { kb: Math.floor(maxBytes / 1024) }));
      req.resume(); // discard whatever is still arriving until the connection closes
    };
    const declared = req.headers["content-length"];
    if (declared !== undefined && Number(declared) > maxBytes) return refuse();

    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      stop();
      chunks.length = 0;
      refuse();
    };
    const onEnd = () => {
      stop();
      bodies.set(req, Buffer.concat(chunks, size));
      next();
    };
    // The client went away mid-body: there is no one left to answer.
    const onError = () => stop();
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  };
}
