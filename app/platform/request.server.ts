/**
 * Small facts about an incoming request that the security code needs: its cookies, the origin
 * the browser sees, whether it is plain http to this machine, and the client's address.
 *
 * Behind reverse proxies, TRUST_PROXY is how many of them (hops) sit in front of the app, 0 (the
 * default) when none. Each proxy appends what it saw to X-Forwarded-For / X-Forwarded-Proto, and
 * a client can put anything at the front, so only the entry written by the farthest trusted proxy
 * is believed: the Nth from the right, counting the socket itself as the 0th.
 */
import { isIP } from "node:net";
import { parse as parseCookies, serialize } from "cookie";

/**
 * How many reverse proxies in front of the app to believe: TRUST_PROXY as a whole number from 0
 * to 9, 0 when unset or empty. Anything else throws, so the server refuses to start with it.
 *
 * @example
 * trustedProxyHops() // 1 with TRUST_PROXY=1 (one nginx in front)
 */
export function trustedProxyHops(value = process.env.TRUST_PROXY): number {
  const text = (value ?? "").trim();
  if (text === "") return 0;
  if (!/^\d$/.test(text)) throw new Error(`TRUST_PROXY must be the number of trusted proxies in front of the app, from 0 to 9: ${value}`);
  return Number(text);
}

/** Whether the app runs behind at least one reverse proxy whose forwarding headers can be believed. */
export function trustsProxy(): boolean {
  return trustedProxyHops() > 0;
}

/**
 * The entry of a forwarding chain that the farthest trusted proxy wrote. `chain` runs from the
 * farthest hop to the nearest, ending with what this server saw itself (the socket); with `hops`
 * trusted proxies the answer is the `hops`-th entry from the right, or the first entry when the
 * chain is shorter (the request came through fewer proxies).
 *
 * @example
 * fromTrustedHop(["6.6.6.6", "203.0.113.9", "127.0.0.1"], 1) // "203.0.113.9" (nginx saw it; 6.6.6.6 is forged)
 * fromTrustedHop(["6.6.6.6", "127.0.0.1"], 0) // "127.0.0.1"
 */
export function fromTrustedHop(chain: readonly string[], hops: number): string {
  if (chain.length === 0) throw new Error("A forwarding chain needs at least the socket's own entry");
  return chain[Math.max(0, chain.length - 1 - hops)];
}

/** The entries of a comma-separated forwarding header (repeated headers already joined), trimmed. */
export function forwardedEntries(header: string | null | undefined): string[] {
  return (header ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

/**
 * The URL of a request as the browser sent it: the protocol the farthest trusted proxy saw
 * (X-Forwarded-Proto, see fromTrustedHop) when TRUST_PROXY is 1 or more.
 */
export function publicUrl(request: Request): URL {
  const url = new URL(request.url);
  const hops = trustedProxyHops();
  if (hops > 0) {
    const chain = [...forwardedEntries(request.headers.get("X-Forwarded-Proto")), url.protocol.slice(0, -1)];
    const proto = fromTrustedHop(chain, hops).toLowerCase();
    if (proto === "https" || proto === "http") url.protocol = `${proto}:`;
  }
  return url;
}

/** Whether a hostname names this machine: 127.0.0.0/8, localhost or ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "localhost" || host === "[::1]" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Whether cookies for this request should carry `Secure`: always, except for plain http to a
 * loopback host (a developer's machine or the browser tests on http://127.0.0.1), where a
 * Secure cookie would never come back.
 */
export function wantsSecureCookies(request: Request): boolean {
  const url = publicUrl(request);
  return !(url.protocol === "http:" && isLoopbackHost(url.hostname));
}

/**
 * One cookie's value from the Cookie header, or undefined (parsed by the `cookie` library that
 * Remix's own cookies use).
 *
 * @example
 * readCookie(request, "cmw_session")
 */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("Cookie");
  return header ? parseCookies(header)[name] : undefined;
}

/**
 * A Set-Cookie header value: Path=/, HttpOnly, the given SameSite, and Secure unless the request
 * is plain http to a loopback host. Values must already be cookie-safe (the app only sets base64url).
 *
 * @example
 * serializeCookie("cmw_csrf", token, { request, sameSite: "Strict" })
 * // "cmw_csrf=…; Path=/; HttpOnly; Secure; SameSite=Strict"
 */
export function serializeCookie(
  name: string,
  value: string,
  options: { request: Request; sameSite: "Lax" | "Strict"; maxAgeSeconds?: number },
): string {
  if (!/^[A-Za-z0-9_\-.~]*$/.test(value)) throw new Error(`Cookie value is not cookie-safe: ${name}`);
  return serialize(name, value, {
    path: "/",
    httpOnly: true,
    sameSite: options.sameSite === "Lax" ? "lax" : "strict",
    secure: wantsSecureCookies(options.request),
    ...(options.maxAgeSeconds !== undefined ? { maxAge: Math.max(0, Math.floor(options.maxAgeSeconds)) } : {}),
    encode: (v) => v,
  });
}

/**
 * Whether the request's Origin header, when it has one, is this site's own origin. Browsers send
 * Origin with every cross-site POST, so a form posted from another site fails here even before
 * its token is checked; `Origin: null` (a sandboxed or privacy-hidden page) and a malformed Origin
 * fail too. Without Origin, a browser's `Sec-Fetch-Site` must not say another site; a request
 * with neither (older browsers, curl) passes this check.
 */
export function originMatches(request: Request): boolean {
  const origin = request.headers.get("Origin");
  if (origin === null) {
    const site = request.headers.get("Sec-Fetch-Site");
    return site === null || site === "same-origin" || site === "none";
  }
  return origin === publicUrl(request).origin;
}

/**
 * A redirect target from a form, URL or route parameter, if it is a path on this site (else
 * `fallback`), percent-encoded so it is always a valid ASCII `Location` header: every redirect's
 * target goes through here. Use it on `redirectTo` so sign-in cannot be used to send people to
 * another site. A fragment is dropped (browsers never send one, so no path of ours carries one).
 *
 * @example
 * safeRedirect("//evil.example/") // "/"
 * safeRedirect("/café?q=Ŵ") // "/caf%C3%A9?q=%C5%B4"
 * safeRedirect(`/organisations/${encodeURIComponent(slug)}`) // a route parameter, one path segment
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\") || /[\u0000-\u001f\u007f]/.test(to)) {
    return fallback;
  }
  // The URL parser percent-encodes every non-ASCII character (lone surrogates become U+FFFD)
  // and resolves dot segments; the check on its origin refuses anything that left this site.
  const base = "http://redirect.invalid";
  const url = URL.canParse(to, base) ? new URL(to, base) : null;
  if (url === null || url.origin !== base) return fallback;
  return url.pathname + url.search;
}

/**
 * The request header through which the production server (app/platform/server) tells the app the
 * client's address. The server removes any copy the client sent before setting it.
 */
export const CLIENT_ADDRESS_HEADER = "X-CMW-Client-Address";

/**
 * Set on globalThis by the production server, which always replaces CLIENT_ADDRESS_HEADER. Under
 * any other server (remix-serve, vite dev, route tests) the header could come from the client,
 * so it is ignored.
 */
export const SERVER_SETS_CLIENT_ADDRESS = Symbol.for("cohesion-map-wales.server-sets-client-address");

/**
 * The client's IP address for rate limits, as the production server worked it out from the
 * socket and TRUST_PROXY (see fromTrustedHop); "local" under any other server, where every
 * client shares one bucket.
 *
 * @example
 * clientIp(request) // "203.0.113.9" under the production server, "local" under vite dev
 */
export function clientIp(request: Request): string {
  if ((globalThis as Record<symbol, unknown>)[SERVER_SETS_CLIENT_ADDRESS] !== true) return "local";
  const address = request.headers.get(CLIENT_ADDRESS_HEADER)?.trim() ?? "";
  return isIP(address) ? address : "local";
}
