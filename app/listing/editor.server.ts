import { parseWithZod } from "@conform-to/zod";
import { filterChoices } from "../directory/directory.server";
import { parseId } from "../platform/params.server";
import { nowIso, nowMs } from "../platform/clock.server";
import { data, redirect } from "@remix-run/node";
import { getOrganisationBySlug } from "../../db/queries/organisations";
import { getProject, listProjects } from "../../db/queries/projects";
import { getOrganisationRecord, getProjectRecord, listArchived } from "../../db/queries/records";
import { clientIp } from "../platform/request.server";
import { hitSubmissionLimit } from "../accounts/rate-limits.server";
import { requireUser, type CurrentUser } from "../accounts/sessions.server";
import { displayBoundaries } from "../coverage/boundaries.server";
import type { RequestContext } from "../platform/context.server";
import { verifyCsrf } from "../platform/csrf.server";
import { isHoneypotTripped } from "../platform/honeypot.server";
import { HttpError } from "../platform/http.server";
import { localHref } from "../i18n";
import { approveSubmission, submitChange } from "./submissions.server";
import { getRecordForEdit } from "./record-edit.server";
import { requireAllowed } from "../accounts/guard.server";
import { can, type Action } from "../accounts/permissions";
import { awardFormValues, organisationFormValues, projectFormValues, type FormValues } from "./form-values";
import { awardInputSchema, organisationInputSchema, projectInputSchema } from "./form-schemas";

/**
 * The listing forms' use-cases: who may open which form, the choices it offers, and turning a valid
 * form into a pending submission for the moderators. Nothing here changes a published record.
 */

/** The choices the listing forms offer; with an organisation, also its projects (for awards). */
export function formChoices(ctx: RequestContext, organisationId?: number) {
  const { themes, authorities, funders } = filterChoices(ctx);
  return {
    boundaries: displayBoundaries(ctx.db).collection,
    boundaryAttribution: displayBoundaries(ctx.db).info.attribution,
    themes,
    authorities,
    funders,
    projects: organisationProjects(ctx, organisationId).map((p) => ({ id: p.id, titleEn: p.titleEn, titleCy: p.titleCy })),
  };
}

function organisationProjects(ctx: RequestContext, organisationId: number | undefined) {
  return organisationId === undefined ? [] : listProjects(ctx.db, { organisationId });
}

function choiceSets(ctx: RequestContext, organisationId?: number) {
  const { sets } = filterChoices(ctx);
  return { ...sets, projectIds: new Set(organisationProjects(ctx, organisationId).map((p) => p.id)) };
}

/** A published organisation by slug, or 404. */
export function requireOrganisation(ctx: RequestContext, slug: string) {
  const organisation = getOrganisationBySlug(ctx.db, slug);
  if (!organisation) throw new HttpError(404, ctx.t("errors.unknownOrganisation", { slug }));
  return organisation;
}

/** A published project by id, or 404. */
export function requireProject(ctx: RequestContext, id: string) {
  const projectId = parseId(id);
  const project = projectId === undefined ? undefined : getProject(ctx.db, projectId);
  if (!project) throw new HttpError(404, ctx.t("errors.unknownProject", { id }));
  return project;
}

/** A published award by id, with the organisation it belongs to, or 404. */
export function requireAward(ctx: RequestContext, id: string): { id: number; organisationId: number } {
  const awardId = parseId(id);
  const record = awardId === undefined ? undefined : getRecordForEdit(ctx.db, "award", awardId);
  if (!record || record.status !== "published") throw new HttpError(404, ctx.t("errors.notFound"));
  return { id: awardId!, organisationId: record.organisationId };
}

/**
 * A record's current values as its form's fields (for an edit form's defaults).
 *
 * @example
 * formDefaults(ctx, "project", 12).titleEn // "Welcome Days"
 */
export function formDefaults(ctx: RequestContext, entity: "organisation" | "project" | "award", id: number): FormValues {
  const record = getRecordForEdit(ctx.db, entity, id);
  if (!record) throw new HttpError(404, ctx.t("errors.notFound"));
  if (entity === "organisation") return organisationFormValues(record.input as Parameters<typeof organisationFormValues>[0]);
  if (entity === "project") return projectFormValues(record.input as Parameters<typeof projectFormValues>[0]);
  return awardFormValues(record.input as Parameters<typeof awardFormValues>[0]);
}

type Entity = "organisation" | "project" | "award";

/**
 * Validates a listing form and files it as a pending submission; answers the form with its errors
 * (and everything typed) on a 400, or sends the person to their account page.
 */
export async function handleListingForm(
  ctx: RequestContext,
  request: Request,
  user: CurrentUser,
  target: { entity: Entity; action: "create" | "update"; entityId?: number; organisationId?: number },
) {
  const formData = await request.formData();
  verifyCsrf(request, formData, user, ctx.t("auth.csrf"));
  const sets = choiceSets(ctx, target.organisationId);
  const schema =
    target.entity === "organisation" ? organisationInputSchema(sets) : target.entity === "project" ? projectInputSchema(sets) : awardInputSchema(sets);
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  if (isHoneypotTripped(formData)) return data(submission.reply({ formErrors: ["auth.refused"] }), { status: 400 });
  const limit = hitSubmissionLimit(ctx.db, { userId: user.id, ip: clientIp(request) }, nowMs());
  if (!limit.allowed) throw new HttpError(429, ctx.t("auth.rateLimited"));
  submitChange(ctx.db, {
    actorId: user.id,
    entity: target.entity,
    action: target.action,
    entityId: target.entityId,
    organisationId: target.organisationId,
    payload: submission.value,
    now: nowIso(),
  });
  return redirect(localHref(ctx.lang, "/account", { submitted: 1 }));
}

/**
 * "Ask to archive" (or restore) a record: a pending submission like any other change. A moderator's
 * or admin's own request is approved at once (they are the reviewers), and still audited.
 */
export async function handleStatusChange(
  ctx: RequestContext,
  request: Request,
  target: { entity: "organisation" | "project"; entityId: number; organisationId: number; action: "archive" | "restore" },
) {
  const user = requireAllowed(ctx, request, target.action, target.organisationId);
  const formData = await request.formData();
  verifyCsrf(request, formData, user, ctx.t("auth.csrf"));
  const limit = hitSubmissionLimit(ctx.db, { userId: user.id, ip: clientIp(request) }, nowMs());
  if (!limit.allowed) throw new HttpError(429, ctx.t("auth.rateLimited"));
  const now = nowIso();
  const submission = submitChange(ctx.db, { actorId: user.id, entity: target.entity, action: target.action, entityId: target.entityId, organisationId: target.organisationId, now });
  if (can(user, "review-submissions")) {
    approveSubmission(ctx.db, { submissionId: submission.id, moderatorId: user.id, now });
    return redirect(localHref(ctx.lang, target.action === "archive" ? "/moderation/archived" : "/moderation", { done: "approved" }));
  }
  return redirect(localHref(ctx.lang, "/account", { submitted: 1 }));
}

/** Archived organisations and projects, for moderators to restore. */
export function getArchivedPage(ctx: RequestContext, request: Request) {
  const user = requireAllowed(ctx, request, "review-submissions");
  return { csrf: user.csrfToken, ...listArchived(ctx.db), done: ctx.url.searchParams.get("done") };
}

/** The archived page's "restore" button: finds the record, then files (and, for moderators, approves) the restore. */
export async function handleRestore(ctx: RequestContext, request: Request) {
  const form = await request.clone().formData();
  const entity = form.get("entity");
  const id = Number(form.get("id"));
  if (entity === "organisation" && getOrganisationRecord(ctx.db, id)) {
    return handleStatusChange(ctx, request, { entity, entityId: id, organisationId: id, action: "restore" });
  }
  const project = entity === "project" ? getProjectRecord(ctx.db, id) : undefined;
  if (project) return handleStatusChange(ctx, request, { entity: "project", entityId: id, organisationId: project.organisationId, action: "restore" });
  throw new HttpError(404, ctx.t("errors.notFound"));
}
