import { data, redirect } from "@remix-run/node";
import { getSubmission, listSubmissions } from "../db/queries/submissions";
import { requireUser } from "./auth.server";
import { today, type RequestContext } from "./context.server";
import { verifyCsrf } from "./csrf.server";
import { HttpError } from "./http.server";
import { localHref } from "./i18n";
import { approveSubmission, diffSubmission, getHistory, listStale, rejectSubmission } from "./moderation.server";
import { can, type Action } from "./permissions";
import { RejectInputSchema } from "./records";

/**
 * A submission's headline: the proposed name, title or programme.
 *
 * @example
 * submissionTitle({ titleEn: "Welcome Days" }) // "Welcome Days"
 */
export function submissionTitle(payload: unknown): string {
  const p = (payload ?? {}) as Record<string, unknown>;
  return String(p.nameEn ?? p.titleEn ?? p.programmeEn ?? "");
}

function requireModerator(ctx: RequestContext, request: Request, action: Action = "review-submissions") {
  const user = requireUser(ctx, request);
  if (!can(user, action)) throw new HttpError(403, ctx.t("auth.forbidden"));
  return user;
}

/** The queue: pending submissions, oldest first, and how many records need review. */
export function getQueuePage(ctx: RequestContext, request: Request) {
  requireModerator(ctx, request);
  return {
    pending: listSubmissions(ctx.db, { status: "pending" })
      .reverse()
      .map((s) => ({ ...s, title: submissionTitle(s.payload) })),
    staleCount: listStale(ctx.db, today()).length,
    done: ctx.url.searchParams.get("done"),
  };
}

/** One submission with its field-by-field diff against the published record. */
export function getReviewPage(ctx: RequestContext, request: Request, id: string) {
  const user = requireModerator(ctx, request);
  const submission = /^\d{1,9}$/.test(id) ? getSubmission(ctx.db, Number(id)) : undefined;
  if (!submission) throw new HttpError(404, ctx.t("errors.notFound"));
  return { submission: { ...submission, title: submissionTitle(submission.payload) }, diff: diffSubmission(ctx.db, submission), csrf: user.csrfToken };
}

/** Approve (publish) or reject (with a reason the submitter sees). */
export async function handleReview(ctx: RequestContext, request: Request, id: string) {
  const user = requireModerator(ctx, request);
  const formData = await request.formData();
  verifyCsrf(request, formData, user, ctx.t("auth.csrf"));
  if (!/^\d{1,9}$/.test(id)) throw new HttpError(404, ctx.t("errors.notFound"));
  const submissionId = Number(id);
  const submission = getSubmission(ctx.db, submissionId);
  if (!submission) throw new HttpError(404, ctx.t("errors.notFound"));
  if (submission.status !== "pending") throw new HttpError(400, ctx.t("moderation.notPending"));
  const now = new Date();
  const intent = formData.get("intent");
  if (intent === "approve") {
    approveSubmission(ctx.db, { submissionId, moderatorId: user.id, now });
    return redirect(localHref(ctx.lang, "/moderation", { done: "approved" }));
  }
  if (intent === "reject") {
    const parsed = RejectInputSchema.safeParse({ reason: formData.get("reason") ?? "" });
    if (!parsed.success) {
      const key = parsed.error.issues[0]?.message ?? "form.required";
      return data({ error: key === "form.required" ? "moderation.reasonRequired" : key }, { status: 400 });
    }
    rejectSubmission(ctx.db, { submissionId, moderatorId: user.id, reason: parsed.data.reason, now });
    return redirect(localHref(ctx.lang, "/moderation", { done: "rejected" }));
  }
  throw new HttpError(400, ctx.t("errors.badParam", { param: "intent", reason: ctx.t("errors.unknownValue", { value: String(intent), param: "intent" }) }));
}

/** Published organisations not confirmed for 12 months. */
export function getStalePage(ctx: RequestContext, request: Request) {
  requireModerator(ctx, request, "list-stale");
  return { stale: listStale(ctx.db, today()) };
}

/** A record's audit trail. */
export function getHistoryPage(ctx: RequestContext, request: Request, entity: string, id: string) {
  requireModerator(ctx, request, "view-history");
  if (!["organisation", "project", "award"].includes(entity) || !/^\d{1,9}$/.test(id)) throw new HttpError(404, ctx.t("errors.notFound"));
  return { entity, id: Number(id), rows: getHistory(ctx.db, entity as "organisation" | "project" | "award", Number(id)) };
}
