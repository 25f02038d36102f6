/**
 * Sessions live in the database. The `cmw_session` cookie holds 32 random bytes (base64url);
 * only their SHA-256 is stored. The cookie is always HttpOnly, SameSite=Lax and Path=/, and
 * Secure except on plain http to a loopback host (127.0.0.0/8, localhost, ::1), so that the
 * browser tests on http://127.0.0.1 and `npm run dev` work; anywhere else it is Secure.
 */
import { createHash, randomBytes } from "node:crypto";
import { redirect } from "@remix-run/node";
import type { Queryable } from "../../db/client";
import type { Role } from "../../db/enums";
import { deleteExpiredRateLimits } from "../../db/queries/rate-limits";
import { deleteExpiredSessions, deleteSession, getSessionWithUser, insertSession } from "../../db/queries/sessions";
import { listMemberships } from "../../db/queries/users";
import { nowMs as clockMs } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { readCookie, serializeCookie } from "../platform/request.server";
import { LONGEST_WINDOW_SECONDS } from "./rate-limits.server";

export const SESSION_COOKIE = "cmw_session";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** What the app knows about the signed-in person on this request. */
export interface CurrentUser {
  id: number;
  email: string;
  role: Role;
  /** This session's CSRF token: put it in every form's CSRF_FIELD. */
  csrfToken: string;
  organisationIds: number[];
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Opens a 30-day session for a user and returns the cookie's token (put it in sessionCookie),
 * the session's CSRF token and when it expires (ISO). Also clears out expired sessions and
 * rate-limit windows.
 *
 * @example
 * const { token } = startSession(db, userId, Date.now());
 * headers.append("Set-Cookie", sessionCookie(token, request));
 */
export function startSession(db: Queryable, userId: number, nowMs: number): { token: string; csrfToken: string; expiresAt: string } {
  const token = randomToken();
  const csrfToken = randomToken();
  const createdAt = new Date(nowMs).toISOString();
  const expiresAt = new Date(nowMs + SESSION_MAX_AGE_SECONDS * 1000).toISOString();
  deleteExpiredSessions(db, createdAt);
  deleteExpiredRateLimits(db, nowMs, LONGEST_WINDOW_SECONDS);
  insertSession(db, { tokenHash: hashToken(token), userId, csrfToken, createdAt, expiresAt });
  return { token, csrfToken, expiresAt };
}

/**
 * The Set-Cookie value for a session cookie: HttpOnly, SameSite=Lax, Path=/, Max-Age, and Secure
 * unless the request is plain http to a loopback host.
 *
 * @example
 * sessionCookie(token, request) // "cmw_session=…; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax; Secure"
 */
export function sessionCookie(token: string, request: Request, maxAgeSeconds: number = SESSION_MAX_AGE_SECONDS): string {
  return serializeCookie(SESSION_COOKIE, token, { request, sameSite: "Lax", maxAgeSeconds });
}

/** The Set-Cookie value that removes the session cookie. */
export function clearSessionCookie(request: Request): string {
  return serializeCookie(SESSION_COOKIE, "", { request, sameSite: "Lax", maxAgeSeconds: 0 });
}

export function sessionTokenHash(request: Request): string | undefined {
  const token = readCookie(request, SESSION_COOKIE);
  return token !== undefined && TOKEN.test(token) ? hashToken(token) : undefined;
}

/**
 * Signs out: ends the request's session (if any) and returns the Set-Cookie value that clears
 * the cookie.
 *
 * @example
 * return redirect("/", { headers: { "Set-Cookie": endSession(ctx.db, request) } });
 */
export function endSession(db: Queryable, request: Request): string {
  const tokenHash = sessionTokenHash(request);
  if (tokenHash) deleteSession(db, tokenHash);
  return clearSessionCookie(request);
}

/**
 * The signed-in user of a request, or null (no cookie, unknown or expired session, disabled user).
 *
 * @example
 * const user = getCurrentUser(ctx, request); // { id, email, role, csrfToken, organisationIds } | null
 */
export function getCurrentUser(ctx: RequestContext, request: Request, nowMs: number = clockMs()): CurrentUser | null {
  const tokenHash = sessionTokenHash(request);
  if (!tokenHash) return null;
  const session = getSessionWithUser(ctx.db, tokenHash, new Date(nowMs).toISOString());
  if (!session) return null;
  return {
    id: session.userId,
    email: session.email,
    role: session.role,
    csrfToken: session.csrfToken,
    organisationIds: listMemberships(ctx.db, session.userId),
  };
}

/**
 * The signed-in user, or a thrown redirect to the sign-in page that comes back here afterwards
 * (in Welsh when this page is).
 *
 * @example
 * const user = requireUser(ctx, request); // else 302 /sign-in?redirectTo=%2Forganisations%2Fnew
 */
export function requireUser(ctx: RequestContext, request: Request, nowMs: number = clockMs()): CurrentUser {
  const user = getCurrentUser(ctx, request, nowMs);
  if (user) return user;
  const params = new URLSearchParams({ redirectTo: ctx.url.pathname + ctx.url.search });
  if (ctx.lang === "cy") params.set("lang", "cy");
  throw redirect(`/sign-in?${params}`);
}
