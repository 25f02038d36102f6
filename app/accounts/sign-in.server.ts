/**
 * The sign-in and sign-up flows behind their pages: CSRF (double submit, as nobody is signed in
 * yet), the form schema, the honeypot, the rate limits, the account call and the session cookie.
 * The routes only call these.
 */
import { parseWithZod } from "@conform-to/zod";
import { data, redirect } from "@remix-run/node";
import { localHref } from "../i18n";
import { nowIso, nowMs } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { anonymousCsrf, verifyAnonymousCsrf } from "../platform/csrf.server";
import { isHoneypotTripped } from "../platform/honeypot.server";
import { clientIp, safeRedirect } from "../platform/request.server";
import { AuthError, signIn, signUp } from "./accounts.server";
import { SignInSchema, SignUpSchema } from "./auth-forms";
import { hitSignUpLimit } from "./rate-limits.server";
import { getCurrentUser, sessionCookie, startSession } from "./sessions.server";

/**
 * The sign-in or sign-up page: a redirect to the account page for someone already signed in,
 * else the form's double-submit CSRF token (setting its cookie when new).
 *
 * @example
 * export const loader = ({ request }) => page(() => anonymousFormPage(contextOf(request), request));
 */
export function anonymousFormPage(ctx: RequestContext, request: Request) {
  if (getCurrentUser(ctx, request)) throw redirect(localHref(ctx.lang, "/account"));
  const { token, setCookie } = anonymousCsrf(request);
  const body = { csrf: token, redirectTo: ctx.url.searchParams.get("redirectTo") ?? "" };
  return data(body, setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined);
}

/** Signs the user in and sends them where they were going, with the session cookie set. */
function signedIn(ctx: RequestContext, request: Request, userId: number, to: string) {
  const session = startSession(ctx.db, userId, nowMs());
  return redirect(localHref(ctx.lang, to), { headers: { "Set-Cookie": sessionCookie(session.token, request) } });
}

/**
 * Checks a sign-in form. Every failure gets the same message (and the password is never sent
 * back); an attempt that comes too soon after failures gets a 429 with Retry-After.
 */
export async function handleSignIn(ctx: RequestContext, request: Request) {
  const formData = await request.formData();
  verifyAnonymousCsrf(request, formData, ctx.t("auth.csrf"));
  const submission = parseWithZod(formData, { schema: SignInSchema });
  const hide = { hideFields: ["password"] };
  if (submission.status !== "success" || isHoneypotTripped(formData)) {
    return data(submission.reply({ formErrors: submission.status === "success" ? ["auth.invalid"] : undefined, ...hide }), { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const result = await signIn(ctx.db, { email, password, ip: clientIp(request), nowMs: nowMs() });
  if (result.ok === false && result.reason === "rate-limited") {
    const headers = { "Retry-After": String(result.retryAfterSeconds ?? 1) };
    return data(submission.reply({ formErrors: ["auth.rateLimited"], ...hide }), { status: 429, headers });
  }
  if (!result.ok) return data(submission.reply({ formErrors: ["auth.invalid"], ...hide }), { status: 400 });
  return signedIn(ctx, request, result.userId, safeRedirect(redirectTo, "/account"));
}

/** The form field and message for each sign-up problem the person can fix. */
const SIGN_UP_ERRORS: Record<AuthError["code"], [field: string, key: string]> = {
  "email-taken": ["email", "auth.emailTaken"],
  "bad-email": ["email", "form.badEmail"],
  "weak-password": ["password", "auth.weakPassword"],
  "wrong-password": ["password", "auth.weakPassword"],
  "rate-limited": ["", "auth.rateLimited"],
};

/**
 * Checks a sign-up form and creates an editor's account, signed in. A bot that filled the hidden
 * field gets the same answer as a refused sign-up, and nothing is stored.
 */
export async function handleSignUp(ctx: RequestContext, request: Request) {
  const formData = await request.formData();
  verifyAnonymousCsrf(request, formData, ctx.t("auth.csrf"));
  const submission = parseWithZod(formData, { schema: SignUpSchema });
  const hide = { hideFields: ["password", "confirmPassword"] };
  if (submission.status !== "success") return data(submission.reply(hide), { status: 400 });
  if (isHoneypotTripped(formData)) return data(submission.reply({ formErrors: ["auth.refused"], ...hide }), { status: 400 });
  const limit = hitSignUpLimit(ctx.db, clientIp(request), nowMs());
  if (!limit.allowed) {
    const headers = { "Retry-After": String(limit.retryAfterSeconds) };
    return data(submission.reply({ formErrors: ["auth.rateLimited"], ...hide }), { status: 429, headers });
  }
  try {
    const { userId } = await signUp(ctx.db, { email: submission.value.email, password: submission.value.password, now: nowIso() });
    return signedIn(ctx, request, userId, safeRedirect(submission.value.redirectTo, "/account"));
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const [field, key] = SIGN_UP_ERRORS[error.code];
    return data(submission.reply({ fieldErrors: { [field]: [key] }, ...hide }), { status: 400 });
  }
}
