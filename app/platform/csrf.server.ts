/**
 * CSRF protection for every form that changes something. The token travels in the hidden field
 * CSRF_FIELD ("csrf").
 *
 * - Signed-in forms echo the session's own random token (CurrentUser.csrfToken): verifyCsrf.
 * - Anonymous forms (sign-in, sign-up) use a double submit: a random token in the `cmw_csrf`
 *   cookie (HttpOnly, SameSite=Strict) that the form must repeat: anonymousCsrf in the loader,
 *   verifyAnonymousCsrf in the action.
 *
 * Both also refuse a request whose Origin header is present and is not this site's origin.
 * SameSite cookies already stop most cross-site posts; the token and the Origin check cover
 * older browsers and same-site (sub-domain) attackers.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { CSRF_FIELD } from "./form-fields";
import { refuseCrossOrigin } from "./forms.server";
import { HttpError, langOfRequest, textError } from "./http.server";
import { originMatches, readCookie, serializeCookie } from "./request.server";

export { CSRF_FIELD } from "./form-fields";

export const CSRF_COOKIE = "cmw_csrf";
export const CSRF_FAILED = "This form has expired or came from another site. Please reload the page and try again.";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Constant-time equality of two strings of any length (compares their SHA-256 digests). */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

function submittedToken(formData: FormData): string | null {
  const value = formData.get(CSRF_FIELD);
  return typeof value === "string" && value !== "" ? value : null;
}

/**
 * Checks a signed-in form: its CSRF_FIELD must equal the session's token and the Origin header,
 * if sent, must be this site. Throws HttpError 403 with `message` otherwise (pass a translated
 * one).
 *
 * @example
 * const user = requireUser(ctx, request);
 * const form = await request.formData();
 * verifyCsrf(request, form, user, ctx.t("auth.csrf"));
 */
export function verifyCsrf(request: Request, formData: FormData, user: { csrfToken: string } | null, message: string = CSRF_FAILED): void {
  const token = submittedToken(formData);
  const ok = originMatches(request) && user !== null && token !== null && sameSecret(token, user.csrfToken);
  if (!ok) throw new HttpError(403, message);
}

/**
 * The double-submit token for an anonymous form: the one in the `cmw_csrf` cookie, or a new one
 * with the Set-Cookie header that stores it (send it with the loader's response).
 *
 * @example
 * const { token, setCookie } = anonymousCsrf(request);
 * return data({ csrf: token }, { headers: setCookie ? { "Set-Cookie": setCookie } : {} });
 */
export function anonymousCsrf(request: Request): { token: string; setCookie?: string } {
  const existing = readCookie(request, CSRF_COOKIE);
  if (existing !== undefined && TOKEN.test(existing)) return { token: existing };
  const token = randomBytes(32).toString("base64url");
  return { token, setCookie: serializeCookie(CSRF_COOKIE, token, { request, sameSite: "Strict" }) };
}

/**
 * Checks an anonymous form: its CSRF_FIELD must equal the `cmw_csrf` cookie and the Origin
 * header, if sent, must be this site. Throws HttpError 403 with `message` otherwise.
 *
 * @example
 * verifyAnonymousCsrf(request, await request.formData(), ctx.t("auth.csrf"));
 */
export function verifyAnonymousCsrf(request: Request, formData: FormData, message: string = CSRF_FAILED): void {
  const cookie = readCookie(request, CSRF_COOKIE);
  const token = submittedToken(formData);
  const ok = originMatches(request) && cookie !== undefined && TOKEN.test(cookie) && token !== null && sameSecret(token, cookie);
  if (!ok) throw new HttpError(403, message);
}

/** The methods Remix's own Origin guard checks (and answers with a bare 500 when they fail). */
const GUARDED_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Express middleware for the production server, mounted before the Remix request handler: a
 * POST/PUT/PATCH/DELETE whose Origin is not this site (another site, `null`, malformed) gets a 403
 * with a clear message (JSON under /api, text elsewhere) in the page's language.
 *
 * Why here and not only in the actions: Remix runs its own check first, on every document and
 * `.data` POST (`throwIfPotentialCSRFAttack` in @remix-run/server-runtime), and answers a
 * mismatch with an empty 500 before any action runs. The actions check Origin too (`formAction`),
 * so the rule is the same everywhere: `originMatches`.
 *
 * @example
 * app.use(refuseCrossOriginPosts());
 * app.all("*", createRequestHandler({ build }));
 */
export function refuseCrossOriginPosts(): RequestHandler {
  return (req, res, next) => {
    if (!GUARDED_METHODS.has(req.method)) return next();
    // The URL as @remix-run/express builds it (createRemixRequest), without the body.
    const port = [req.get("X-Forwarded-Host"), req.get("Host")].map((h) => Number.parseInt(h?.split(":")[1] ?? "", 10)).find(Number.isSafeInteger);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(name, value);
      else if (Array.isArray(value)) headers.set(name, value.join(", "));
    }
    let request: Request;
    try {
      request = new Request(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`, { method: "GET", headers });
    } catch {
      return next();
    }
    try {
      refuseCrossOrigin(request);
      return next();
    } catch (error) {
      if (!(error instanceof HttpError)) return next(error);
      const json = req.path === "/api" || req.path.startsWith("/api/");
      const answer = json
        ? Response.json({ error: { status: error.status, message: error.message } }, { status: error.status })
        : textError(error, langOfRequest(request));
      res.status(answer.status).set(Object.fromEntries(answer.headers));
      void answer.text().then((body) => res.send(body), next);
    }
  };
}
