/** Accounts: creating one (sign-up, or the command line for admins), signing in, changing a password. */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Queryable } from "../../db/client";
import type { Role } from "../../db/enums";
import { hitRateLimit, undoRateLimitHit } from "../../db/queries/rate-limits";
import { deleteUserSessions } from "../../db/queries/sessions";
import { createUser, getUserByEmail, getUserById, normaliseEmail, setUserPassword } from "../../db/queries/users";
import { nowMs as clockMs } from "../platform/clock.server";
import { tFor } from "../i18n";
import { passwordProblem } from "./auth-forms";
import { EMAIL_MAX, PASSWORD_MAX } from "./limits";
import { hashPassword, verifyPassword } from "./passwords.server";
import { beginSignIn, RATE_LIMITS, signInSucceeded } from "./rate-limits.server";
import { sessionTokenHash } from "./sessions.server";


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

const EmailSchema = z.string().max(EMAIL_MAX).email();

function checkEmail(email: string): string {
  const normal = normaliseEmail(email);
  if (!EmailSchema.safeParse(normal).success) throw new AuthError("bad-email", `Not a usable email address: ${normal}`);
  return normal;
}

function checkNewPassword(password: string, email: string): void {
  // The forms' rules (length, blank, the email, the common-password list), so a path that skips a form cannot skip them.
  const problem = passwordProblem(password, email);
  if (problem) throw new AuthError("weak-password", tFor("en")(problem));
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
  db: Queryable,
  input: { email: string; password: string; role: Role; now: string },
): Promise<{ userId: number }> {
  const email = checkEmail(input.email);
  checkNewPassword(input.password, email);
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
export function signUp(db: Queryable, input: { email: string; password: string; now: string }): Promise<{ userId: number }> {
  return createAccount(db, { ...input, role: "editor" });
}

export type SignInResult = { ok: true; userId: number } | { ok: false; reason: "invalid" | "rate-limited"; retryAfterSeconds?: number };

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password. Every failure is the same "invalid" (unknown email, wrong
 * password, disabled account), and an unknown email still costs one scrypt so the answer's timing
 * does not tell whether an account exists. Failures make later attempts wait ever longer (see
 * SIGN_IN_DELAYS); "rate-limited" means this attempt came too soon and its password was not
 * checked.
 *
 * @example
 * const result = await signIn(db, { email, password, ip: clientIp(request), nowMs: Date.now() });
 * if (result.ok) startSession(db, result.userId, Date.now());
 */
export async function signIn(db: Queryable, input: { email: string; password: string; ip: string; nowMs: number }): Promise<SignInResult> {
  const email = normaliseEmail(input.email).slice(0, EMAIL_MAX + 1);
  const gate = beginSignIn(db, { email, ip: input.ip }, input.nowMs);
  if (!gate.allowed) return { ok: false, reason: "rate-limited", retryAfterSeconds: gate.retryAfterSeconds };

  const user = getUserByEmail(db, email);
  const usable = user !== undefined && user.disabledAt === null && input.password.length <= PASSWORD_MAX * 4;
  dummyHash ??= hashPassword(randomBytes(16).toString("base64"));
  const matches = await verifyPassword(usable ? input.password : "not the password", usable ? user.passwordHash : await dummyHash);
  if (!usable || !matches) return { ok: false, reason: "invalid" };
  signInSucceeded(db, gate.attempt, input.nowMs);
  return { ok: true, userId: user.id };
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
  db: Queryable,
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
  checkNewPassword(input.newPassword, user.email);
  setUserPassword(db, user.id, await hashPassword(input.newPassword));
  deleteUserSessions(db, user.id, sessionTokenHash(request));
}
