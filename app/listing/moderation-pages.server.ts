import { data, redirect } from "@remix-run/node";
import { SUBMISSION_ENTITIES, type SubmissionEntity } from "../../db/enums";
import { ADMIN_PAGE_SIZE, badParam, pageOf, parseChoice, parseId, parseListParams } from "../platform/params.server";
import { getSubmission, listPendingPage } from "../../db/queries/submissions";
import { listAuthorities } from "../../db/queries/authorities";
import { requireUser } from "../accounts/sessions.server";
import { nowIso, today } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { verifyCsrf } from "../platform/csrf.server";
import { HttpError } from "../platform/http.server";
import { localHref } from "../i18n";
import { approveSubmission, rejectSubmission } from "./submissions.server";
import { diffSubmission, getHistory } from "./diffs.server";
import { listStale } from "./staleness.server";
import { requireAllowed } from "../accounts/guard.server";
import { can, type Action } from "../accounts/permissions";
import { RejectInputSchema } from "./form-schemas";
import { describeListing, handleListingDecision, reachOf } from "./listing-review.server";
import { displayBoundaries } from "../coverage/boundaries.server";

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

/** The kinds of record the queue can be narrowed to ("" for every kind). */
const QUEUE_ENTITIES = ["", ...SUBMISSION_ENTITIES] as const;

/**
 * The queue: one page (50) of pending submissions, oldest first (`?q=` searches the record's name,
 * the organisation's name and the submitter's email; `?entity=` keeps one kind of record; `?page=`
 * picks the page), and how many records need review.
 */
export function getQueuePage(ctx: RequestContext, request: Request) {
  requireAllowed(ctx, request, "review-submissions");
  const params = parseListParams(ctx, ["q", "page"]);
  const entity = parseChoice(ctx, "entity", QUEUE_ENTITIES, "");
  const { total, rows } = listPendingPage(ctx.db, { q: params.q, entity: entity || undefined, limit: ADMIN_PAGE_SIZE, offset: (params.page - 1) * ADMIN_PAGE_SIZE });
  const { page, pages } = pageOf(ctx, total, params.page);
  return {
    pending: rows,
    q: params.q ?? "",
    entity,
    page,
    pages,
    total,
    staleCount: listStale(ctx.db, today()).length,
    done: ctx.url.searchParams.get("done"),
  };
}

function isSubmissionEntity(value: string): value is SubmissionEntity {
  return (SUBMISSION_ENTITIES as readonly string[]).includes(value);
}

function findSubmission(ctx: RequestContext, id: string) {
  const submissionId = parseId(id);
  const submission = submissionId === undefined ? undefined : getSubmission(ctx.db, submissionId);
  if (!submission) throw new HttpError(404, ctx.t("errors.notFound"));
  return submission;
}

/** One submission with its field-by-field diff against the published record. */
export function getReviewPage(ctx: RequestContext, request: Request, id: string) {
  const user = requireAllowed(ctx, request, "review-submissions");
  const submission = findSubmission(ctx, id);
  if (submission.groupId !== null) return { kind: "listing" as const, csrf: user.csrfToken, listing: describeListing(ctx, submission.groupId) };
  // The authorities by code, so the diff names them as the form did ("Powys", not "W06000023").
  const authorityNames = Object.fromEntries(listAuthorities(ctx.db).map((a) => [a.gssCode, { en: a.nameEn, cy: a.nameCy }]));
  const reach = reachOf(ctx, submission);
  return {
    kind: "single" as const,
    submission: { ...submission, title: submissionTitle(submission.payload) },
    diff: diffSubmission(ctx.db, submission),
    csrf: user.csrfToken,
    authorityNames,
    reach,
    boundaries: reach ? displayBoundaries(ctx.db).collection : null,
  };
}

/** Approve (publish) or reject (with a reason the submitter sees); a listing sent in one go, as a whole or part by part. */
export async function handleReview(ctx: RequestContext, request: Request, id: string) {
  const user = requireAllowed(ctx, request, "review-submissions");
  const formData = await request.formData();
  verifyCsrf(request, formData, user, ctx.t("auth.csrf"));
  const submission = findSubmission(ctx, id);
  const submissionId = submission.id;
  if (submission.status !== "pending") throw new HttpError(400, ctx.t("moderation.notPending"));
  if (submission.groupId !== null) return handleListingDecision(ctx, user, submission.groupId, formData);
  const now = nowIso();
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
  throw badParam(ctx, "intent", intent);
}

/** Published organisations not confirmed for 12 months. */
export function getStalePage(ctx: RequestContext, request: Request) {
  requireAllowed(ctx, request, "list-stale");
  return { stale: listStale(ctx.db, today()) };
}

/** A record's audit trail. */
export function getHistoryPage(ctx: RequestContext, request: Request, entity: string, id: string) {
  requireAllowed(ctx, request, "view-history");
  const recordId = parseId(id);
  if (!isSubmissionEntity(entity) || recordId === undefined) throw new HttpError(404, ctx.t("errors.notFound"));
  return { entity, id: recordId, rows: getHistory(ctx.db, entity, recordId) };
}
