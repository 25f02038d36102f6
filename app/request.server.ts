/**
 * Small facts about an incoming request that the security code needs: its cookies, the origin
 * the browser sees, and whether it is plain http to this machine.
 *
 * Behind a reverse proxy (TRUST_PROXY=1) the proxy's X-Forwarded-Proto is believed: remix-serve
 * does not tell Express to trust proxies, so without it a request that reached the proxy over
 * https would look like plain http here. Without TRUST_PROXY, forwarding headers are ignored.
 */

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
 * One cookie's value from the Cookie header, or undefined.
 *
 * @example
 * readCookie(request, "cmw_session")
 */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("Cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
  }
  return undefined;
}

/**
 * A Set-Cookie header value. Values must already be cookie-safe (the app only sets base64url).
 *
 * @example
 * serializeCookie("cmw_csrf", token, { request, sameSite: "Strict" })
 * // "cmw_csrf=…; Path=/; HttpOnly; SameSite=Strict; Secure"
 */
export function serializeCookie(
  name: string,
  value: string,
  options: { request: Request; sameSite: "Lax" | "Strict"; maxAgeSeconds?: number },
): string {
  if (!/^[A-Za-z0-9_\-.~]*$/.test(value)) throw new Error(`Cookie value is not cookie-safe: ${name}`);
  const parts = [`${name}=${value}`, "Path=/"];
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`);
  parts.push("HttpOnly", `SameSite=${options.sameSite}`);
  if (wantsSecureCookies(options.request)) parts.push("Secure");
  return parts.join("; ");
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
