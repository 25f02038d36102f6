import { parseWithZod } from "@conform-to/zod";
import { badParam, parseId } from "../platform/params.server";
import { data, redirect } from "@remix-run/node";
import { listOrganisations } from "../../db/queries/organisations";
import { getSubmission, listSubmissions } from "../../db/queries/submissions";
import { AuthError, changePassword } from "./accounts.server";
import { requireUser } from "./sessions.server";
import { changePasswordSchema } from "./auth-forms";
import { nowIso, today } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { verifyCsrf } from "../platform/csrf.server";
import { HttpError } from "../platform/http.server";
import { localHref } from "../i18n";
import { confirmStillCorrect, isStale } from "../listing/staleness.server";
import { withdrawSubmission } from "../listing/submissions.server";
import { amendListing, withdrawListing } from "../listing/listings.server";
import { describeListing } from "../listing/listing-review.server";
import { listMyDrafts } from "../listing/draft-pages.server";
import { submissionTitle } from "../listing/moderation-pages.server";
import { can } from "./permissions";

/**
 * The account page: the person's organisations (flagged when they need review), their
 * submissions with the moderators' answers, and the password form.
 */
export function getAccountPage(ctx: RequestContext, request: Request) {
  const user = requireUser(ctx, request);
  const mine = new Set(user.organisationIds);
  const asOf = today();
  const organisations = listOrganisations(ctx.db)
    .filter((o) => mine.has(o.id))
    .map((o) => ({ id: o.id, slug: o.slug, nameEn: o.nameEn, nameCy: o.nameCy, lastConfirmed: o.lastConfirmed, stale: isStale(o.lastConfirmed, asOf) }));
  const mySubmissions = listSubmissions(ctx.db, { submittedBy: user.id });
  return {
    user: { email: user.email, role: user.role, csrf: user.csrfToken },
    organisations,
    submissions: mySubmissions.filter((s) => s.groupId === null).map((s) => ({ ...s, title: submissionTitle(s.payload) })),
    // A listing sent in one go, in full (without the outlines a reach map would need).
    listings: mySubmissions.filter((s) => s.groupId === s.id).map((s) => ({ ...describeListing(ctx, s.id), boundaries: null })),
    drafts: can(user, "submit-new-organisation") ? listMyDrafts(ctx, user.id) : [],
    submitted: ctx.url.searchParams.get("submitted") === "1",
    sent: ctx.url.searchParams.get("sent"),
    discarded: ctx.url.searchParams.get("discarded") === "1",
    confirmed: ctx.url.searchParams.get("confirmed"),
    passwordChanged: ctx.url.searchParams.get("password") === "changed",
    withdrawn: ctx.url.searchParams.get("withdrawn") === "1",
  };
}

/** The account page's forms: "still correct", withdraw a submission, change password. */
export async function handleAccountAction(ctx: RequestContext, request: Request) {
  const user = requireUser(ctx, request);
  const formData = await request.formData();
  verifyCsrf(request, formData, user, ctx.t("auth.csrf"));
  const intent = formData.get("intent");
  const now = nowIso();
  if (intent === "confirm") {
    const organisationId = parseId(formData.get("organisationId"));
    if (organisationId === undefined) throw new HttpError(404, ctx.t("errors.notFound"));
    if (!can(user, "confirm-fresh", { organisationId })) throw new HttpError(403, ctx.t("auth.forbidden"));
    confirmStillCorrect(ctx.db, { organisationId, userId: user.id, now });
    return redirect(localHref(ctx.lang, "/account", { confirmed: organisationId }));
  }
  if (intent === "withdraw") {
    const submissionId = parseId(formData.get("submissionId"));
    const submission = submissionId === undefined ? undefined : getSubmission(ctx.db, submissionId);
    if (!submission) throw new HttpError(404, ctx.t("errors.notFound"));
    if (submission.submittedBy !== user.id) throw new HttpError(403, ctx.t("auth.forbidden"));
    if (submission.status !== "pending") throw new HttpError(400, ctx.t("moderation.notPending"));
    withdrawSubmission(ctx.db, { submissionId: submission.id, userId: user.id, now });
    return redirect(localHref(ctx.lang, "/account"));
  }
  if (intent === "withdraw-listing" || intent === "amend-listing") {
    const groupId = parseId(formData.get("groupId"));
    if (groupId === undefined) throw new HttpError(404, ctx.t("errors.notFound"));
    if (intent === "withdraw-listing") {
      withdrawListing(ctx.db, { groupId, userId: user.id, now });
      return redirect(localHref(ctx.lang, "/account", { withdrawn: 1 }));
    }
    const draftId = amendListing(ctx.db, { groupId, userId: user.id, now });
    return redirect(localHref(ctx.lang, `/account/listings/${draftId}`));
  }
  if (intent === "password") {
    const submission = parseWithZod(formData, { schema: changePasswordSchema(user.email) });
    const hide = { hideFields: ["currentPassword", "newPassword", "confirmPassword"] };
    if (submission.status !== "success") return data(submission.reply(hide), { status: 400 });
    try {
      await changePassword(ctx.db, request, { userId: user.id, currentPassword: submission.value.currentPassword, newPassword: submission.value.newPassword });
    } catch (error) {
      if (error instanceof AuthError) {
        const key = error.code === "wrong-password" ? "auth.wrongPassword" : error.code === "rate-limited" ? "auth.rateLimited" : "auth.weakPassword";
        const field = error.code === "weak-password" ? "newPassword" : "currentPassword";
        return data(submission.reply({ fieldErrors: { [field]: [key] }, ...hide }), { status: 400 });
      }
      throw error;
    }
    return redirect(localHref(ctx.lang, "/account", { password: "changed" }));
  }
  throw badParam(ctx, "intent", intent);
}
