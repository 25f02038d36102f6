/**
 * Accounts: sign-up, sign-in, sessions, sign-out, password change, and who the current user is.
 *
 * Sessions live in the database. The `cmw_session` cookie holds 32 random bytes (base64url);
 * only their SHA-256 is stored. The cookie is always HttpOnly, SameSite=Lax and Path=/, and
 * Secure except on plain http to a loopback host (127.0.0.0/8, localhost, ::1), so that the
 * browser tests on http://127.0.0.1 and `npm run dev` work; anywhere else (https, or http to a
 * real host name behind a proxy) it is Secure.
 *
 * Rate limits (fixed windows in the rate_limits table, see RATE_LIMITS) are kept per client IP
 * and per account. remix-serve does not give loaders the socket address, so the IP comes from
 * X-Forwarded-For only when TRUST_PROXY=1; otherwise every client shares one "local" bucket and
 * the per-IP limits become site-wide limits (sign-in counts only failed attempts, so signing in
 * correctly never uses them up).
 */
import { createHash, randomBytes } from "node:crypto";
import { isIP } from "node:net";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { deleteExpiredRateLimits, hitRateLimit, undoRateLimitHit, type RateLimit } from "../db/queries/rate-limits";
import { deleteExpiredSessions, deleteSession, deleteUserSessions, getSessionWithUser, insertSession } from "../db/queries/sessions";
import { createUser, getUserByEmail, getUserById, listMemberships, normaliseEmail, setUserPassword } from "../db/queries/users";
import type { Db } from "../db/client";
import type { Role } from "../db/enums";
import { nowMs as clockMs, type RequestContext } from "./context.server";
import { HttpError } from "./http.server";
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from "./passwords.server";
import { readCookie, serializeCookie, trustsProxy } from "./request.server";

export const SESSION_COOKIE = "cmw_session";
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const EMAIL_MAX = 254;

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/** Every rate limit the app applies. Sign-in limits count failed attempts only. */
export const RATE_LIMITS = {
  signInPerIp: { limit: 10, windowSeconds: 15 * MINUTE },
  signInPerEmail: { limit: 5, windowSeconds: 15 * MINUTE },
  signUpPerIp: { limit: 10, windowSeconds: HOUR },
  passwordChangePerUser: { limit: 5, windowSeconds: 15 * MINUTE },
  submissionPerUser: { limit: 30, windowSeconds: HOUR },
  submissionPerIp: { limit: 60, windowSeconds: HOUR },
} as const satisfies Record<string, RateLimit>;

const LONGEST_WINDOW_SECONDS = Math.max(...Object.values(RATE_LIMITS).map((l) => l.windowSeconds));

export type AuthErrorCode = "email-taken" | "weak-password" | "bad-email" | "wrong-password" | "rate-limited";

/** A sign-up or password-change problem the person can fix; routes translate it by `code`. */
export class AuthError extends Error {
  constructor(
    public readonly code: AuthErrorCode,
    message: string,
    public readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** What the app knows about the signed-in person on this request. */
export interface CurrentUser {
  id: number;
  email: string;
  role: Role;
  /** This session's CSRF token: put it in every form's CSRF_FIELD. */
  csrfToken: string;
  organisationIds: number[];
}

const EmailSchema = z.string().max(EMAIL_MAX).email();

function checkEmail(email: string): string {
  const normal = normaliseEmail(email);
  if (!EmailSchema.safeParse(normal).success) throw new AuthError("bad-email", `Not a usable email address: ${normal}`);
  return normal;
}

function checkNewPassword(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
    throw new AuthError("weak-password", `A password must have ${PASSWORD_MIN} to ${PASSWORD_MAX} characters; this one has ${length}`);
  }
}

/**
 * Creates an account with any role after checking the email and password (the sign-up form and
 * `npm run user:create` both come through here). Throws AuthError "bad-email", "weak-password" or
 * "email-taken".
 *
 * @example
 * await createAccount(db, { email: "admin@example.org", password, role: "admin", now: new Date().toISOString() })
 */
export async function createAccount(
  db: Db,
  input: { email: string; password: string; role: Role; now: string },
): Promise<{ userId: number }> {
  const email = checkEmail(input.email);
  checkNewPassword(input.password);
  const taken = () => new AuthError("email-taken", `An account already exists for ${email}`);
  if (getUserByEmail(db, email)) throw taken();
  const passwordHash = await hashPassword(input.password);
  try {
    return { userId: createUser(db, { email, passwordHash, role: input.role, now: input.now }).id };
  } catch (error) {
    // Another sign-up for the same email won the race while this one was hashing.
    if (getUserByEmail(db, email)) throw taken();
    throw error;
  }
}

/**
 * Signs a person up as an editor (they then ask to join organisations). `now` is an ISO timestamp.
 * Throws AuthError "bad-email", "weak-password" or "email-taken". Call hitSignUpLimit first.
 *
 * @example
 * const { userId } = await signUp(db, { email, password, now: new Date().toISOString() })
 */
export function signUp(db: Db, input: { email: string; password: string; now: string }): Promise<{ userId: number }> {
  return createAccount(db, { ...input, role: "editor" });
}

export type SignInResult = { ok: true; userId: number } | { ok: false; reason: "invalid" | "rate-limited"; retryAfterSeconds?: number };

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password. Every failure is the same "invalid" (unknown email, wrong
 * password, disabled account), and an unknown email still costs one scrypt so the answer's timing
 * does not tell whether an account exists. At most RATE_LIMITS.signInPerIp failures per IP and
 * signInPerEmail per email in 15 minutes; a correct password does not count.
 *
 * @example
 * const result = await signIn(db, { email, password, ip: clientIp(request), nowMs: Date.now() });
 * if (result.ok) startSession(db, result.userId, Date.now());
 */
export async function signIn(db: Db, input: { email: string; password: string; ip: string; nowMs: number }): Promise<SignInResult> {
  const email = normaliseEmail(input.email).slice(0, EMAIL_MAX + 1);
  // Counted before the password is checked, so parallel guesses cannot all slip in; taken back on success.
  const hits = (
    [
      [`sign-in:ip:${ipBucket(input.ip)}`, RATE_LIMITS.signInPerIp],
      [`sign-in:email:${email}`, RATE_LIMITS.signInPerEmail],
    ] as const
  ).map(([key, limit]) => ({ key, ...hitRateLimit(db, key, limit, input.nowMs) }));
  const refused = hits.filter((h) => !h.allowed);
  if (refused.length > 0) return { ok: false, reason: "rate-limited", retryAfterSeconds: Math.max(...refused.map((h) => h.retryAfterSeconds)) };

  const user = getUserByEmail(db, email);
  const usable = user !== undefined && user.disabledAt === null && input.password.length <= PASSWORD_MAX * 4;
  dummyHash ??= hashPassword(randomBytes(16).toString("base64"));
  const matches = await verifyPassword(usable ? input.password : "not the password", usable ? user.passwordHash : await dummyHash);
  if (!usable || !matches) return { ok: false, reason: "invalid" };
  for (const h of hits) undoRateLimitHit(db, h.key, h.windowStart);
  return { ok: true, userId: user.id };
}

/**
 * Counts one sign-up from this IP; refuse the form when `allowed` is false (HTTP 429).
 *
 * @example
 * const limit = hitSignUpLimit(db, clientIp(request), Date.now());
 */
export function hitSignUpLimit(db: Db, ip: string, nowMs: number): { allowed: boolean; retryAfterSeconds: number } {
  const { allowed, retryAfterSeconds } = hitRateLimit(db, `sign-up:ip:${ipBucket(ip)}`, RATE_LIMITS.signUpPerIp, nowMs);
  return { allowed, retryAfterSeconds };
}

/**
 * Counts one submission (a new listing or a change) by this user and from this IP; refuse it
 * when `allowed` is false (HTTP 429).
 *
 * @example
 * const limit = hitSubmissionLimit(db, { userId: user.id, ip: clientIp(request) }, Date.now());
 */
export function hitSubmissionLimit(db: Db, by: { userId: number; ip: string }, nowMs: number): { allowed: boolean; retryAfterSeconds: number } {
  const results = [
    hitRateLimit(db, `submission:user:${by.userId}`, RATE_LIMITS.submissionPerUser, nowMs),
    hitRateLimit(db, `submission:ip:${ipBucket(by.ip)}`, RATE_LIMITS.submissionPerIp, nowMs),
  ];
  return { allowed: results.every((r) => r.allowed), retryAfterSeconds: Math.max(...results.map((r) => r.retryAfterSeconds)) };
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
export function startSession(db: Db, userId: number, nowMs: number): { token: string; csrfToken: string; expiresAt: string } {
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

function sessionTokenHash(request: Request): string | undefined {
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
export function endSession(db: Db, request: Request): string {
  const tokenHash = sessionTokenHash(request);
  if (tokenHash) deleteSession(db, tokenHash);
  return clearSessionCookie(request);
}

/**
 * Changes the signed-in user's password after checking the current one, and signs them out
 * everywhere else (this request's session stays). Throws AuthError "wrong-password",
 * "weak-password" or "rate-limited" (5 wrong current passwords in 15 minutes).
 *
 * @example
 * await changePassword(ctx.db, request, { userId: user.id, currentPassword, newPassword });
 */
export async function changePassword(
  db: Db,
  request: Request,
  input: { userId: number; currentPassword: string; newPassword: string },
  nowMs: number = clockMs(),
): Promise<void> {
  const user = getUserById(db, input.userId);
  if (!user) throw new Error(`Unknown user: ${input.userId}`);
  const key = `password-change:user:${user.id}`;
  const hit = hitRateLimit(db, key, RATE_LIMITS.passwordChangePerUser, nowMs);
  if (!hit.allowed) throw new AuthError("rate-limited", "Too many wrong current passwords", hit.retryAfterSeconds);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AuthError("wrong-password", "The current password is not right");
  }
  undoRateLimitHit(db, key, hit.windowStart);
  checkNewPassword(input.newPassword);
  setUserPassword(db, user.id, await hashPassword(input.newPassword));
  deleteUserSessions(db, user.id, sessionTokenHash(request));
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

/**
 * The user again if their role is one of `roles`; else throws HttpError 403 with `message`
 * (pass a translated one).
 *
 * @example
 * requireRole(user, ["moderator", "admin"], ctx.t("auth.forbidden"))
 */
export function requireRole<T extends { role: Role }>(user: T | null, roles: readonly Role[], message = "You do not have permission to do that."): T {
  if (!user || !roles.includes(user.role)) throw new HttpError(403, message);
  return user;
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

/**
 * The rate-limit bucket of an IP: IPv4 addresses as they are (IPv4-mapped IPv6 too), IPv6 by
 * /64, since one household or server usually has a whole /64 to rotate through.
 */
export function ipBucket(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1];
  if (isIP(ip) !== 6) return ip;
  const [head, tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") && tail ? tail.split(":") : [];
  const ipv4Tail = ip.includes(".") ? 1 : 0; // "…:1.2.3.4" is one piece standing for two groups
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length - ipv4Tail).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
