/**
 * Small facts about an incoming request that the security code needs: its cookies, the origin
 * the browser sees, and whether it is plain http to this machine.
 *
 * Behind a reverse proxy (TRUST_PROXY=1) the proxy's X-Forwarded-Proto is believed: remix-serve
 * does not tell Express to trust proxies, so without it a request that reached the proxy over
 * https would look like plain http here. Without TRUST_PROXY, forwarding headers are ignored.
 */
import { isIP } from "node:net";
import { parse as parseCookies, serialize } from "cookie";

/** Whether the app runs behind a reverse proxy whose forwarding headers can be believed. */
export function trustsProxy(): boolean {
  return process.env.TRUST_PROXY === "1";
}

/**
 * The URL of a request as the browser sent it (protocol corrected from X-Forwarded-Proto when
 * TRUST_PROXY=1).
 */
export function publicUrl(request: Request): URL {
  const url = new URL(request.url);
  if (trustsProxy()) {
    const proto = request.headers.get("X-Forwarded-Proto")?.split(",")[0].trim().toLowerCase();
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
 * its token is checked. A request without Origin (older browsers, curl) passes this check.
 */
export function originMatches(request: Request): boolean {
  const origin = request.headers.get("Origin");
  return origin === null || origin === publicUrl(request).origin;
}

/**
 * A redirect target from a form or URL, if it is a path on this site; else `fallback`. Use it on
 * `redirectTo` so sign-in cannot be used to send people to another site.
 *
 * @example
 * safeRedirect("//evil.example/") // "/"
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\") || /[\u0000-\u001f]/.test(to)) {
    return fallback;
  }
  return to;
}

/**
 * The client's IP address for rate limits: the first address in X-Forwarded-For when
 * TRUST_PROXY=1 (the proxy must set that header itself, replacing any the client sent), else
 * "local". remix-serve does not expose the socket address to loaders, so without a trusted proxy
 * every client shares the "local" bucket.
 *
 * @example
 * clientIp(request) // "203.0.113.9" behind a proxy, "local" otherwise
 */
export function clientIp(request: Request): string {
  if (!trustsProxy()) return "local";
  const first = request.headers.get("X-Forwarded-For")?.split(",")[0].trim() ?? "";
  return isIP(first) ? first : "local";
}
