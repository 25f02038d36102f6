/**
 * The site's public address, which every absolute URL it writes is built on (the Atom and
 * iCalendar feeds, and the canonical and hreflang links root.tsx writes). It comes from PUBLIC_URL (for example
 * `https://cohesionmap.wales`), never from the request: the server builds a request's URL from its
 * Host header, which anyone can set, and a feed or page cached with `Host: evil.example` would send
 * its readers elsewhere.
 *
 * Without PUBLIC_URL, a request to a loopback host (a developer's machine, the browser tests on
 * http://127.0.0.1) uses its own origin, and any other gets DEFAULT_PUBLIC_URL. PUBLIC_URL is
 * checked when this module loads, that is when the server starts: a bad value stops it, and a
 * production server without one warns.
 */
import type { RequestContext } from "./context.server";
import { isLoopbackHost } from "./request.server";

/** The origin used without PUBLIC_URL for a request that is not to a loopback host. */
export const DEFAULT_PUBLIC_URL = "http://localhost:3000";

/**
 * PUBLIC_URL's origin, or null when it is unset or blank. Throws, naming the value, unless it is an
 * absolute http(s) URL with no path (a trailing "/" is fine), query, fragment or credentials.
 *
 * @example
 * parsePublicUrl("https://cohesionmap.wales/") // "https://cohesionmap.wales"
 * parsePublicUrl("cohesionmap.wales")          // throws: PUBLIC_URL must be an absolute http(s) origin…
 */
export function parsePublicUrl(value: string | undefined): string | null {
  if (value === undefined || value.trim() === "") return null;
  let url: URL | undefined;
  try {
    url = new URL(value.trim());
  } catch {
    url = undefined;
  }
  const ok =
    url !== undefined &&
    (url.protocol === "https:" || url.protocol === "http:") &&
    url.hostname !== "" &&
    !url.username &&
    !url.password &&
    url.pathname === "/" &&
    url.search === "" &&
    url.hash === "" &&
    !/[?#]/.test(value);
  if (!ok) {
    throw new Error(`PUBLIC_URL must be an absolute http(s) origin with no path, query or user name, like https://cohesionmap.wales: got ${JSON.stringify(value)}`);
  }
  return url!.origin;
}

/**
 * The start-up warning for a production server without PUBLIC_URL, or null.
 *
 * @example
 * publicUrlWarning(null, "production") // "PUBLIC_URL is not set: …"
 */
export function publicUrlWarning(configured: string | null, nodeEnv: string | undefined): string | null {
  if (configured !== null || nodeEnv !== "production") return null;
  return `PUBLIC_URL is not set: feeds and canonical links will use ${DEFAULT_PUBLIC_URL} (or the request's own address on a loopback host). Set PUBLIC_URL to the site's public address, like https://cohesionmap.wales.`;
}

const CONFIGURED = parsePublicUrl(process.env.PUBLIC_URL);
const warning = publicUrlWarning(CONFIGURED, process.env.NODE_ENV);
if (warning) console.warn(warning);

/**
 * The origin to build absolute URLs on for a request: `configured` (PUBLIC_URL) when set; else the
 * request's own origin when its host is a loopback address; else DEFAULT_PUBLIC_URL.
 *
 * @example
 * publicOriginFor(new Request("http://evil.example/"), "https://cohesionmap.wales") // "https://cohesionmap.wales"
 * publicOriginFor(new Request("http://127.0.0.1:3000/"), null)                       // "http://127.0.0.1:3000"
 */
export function publicOriginFor(request: Request, configured: string | null): string {
  if (configured !== null) return configured;
  const url = new URL(request.url);
  return isLoopbackHost(url.hostname) ? url.origin : DEFAULT_PUBLIC_URL;
}

/**
 * The origin to build this request's absolute URLs on, from PUBLIC_URL as read at start-up.
 *
 * @example
 * publicOrigin(request) // "https://cohesionmap.wales"
 */
export function publicOrigin(request: Request): string {
  return publicOriginFor(request, CONFIGURED);
}

/**
 * A request context whose URL is the request's path and query on the public origin, for use-cases
 * that write absolute URLs from `ctx.url` (the feeds).
 *
 * @example
 * buildEndingFeed(publicContext(contextOf(request), request), "atom")
 */
export function publicContext(ctx: RequestContext, request: Request): RequestContext {
  return { ...ctx, url: new URL(`${publicOrigin(request)}${ctx.url.pathname}${ctx.url.search}`) };
}
