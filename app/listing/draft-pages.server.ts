/**
 * The listing-in-one-sitting pages: the draft's task list (what is written so far, what is left,
 * send or discard), and the forms that save its organisation, projects and funding into it.
 */
import { parseWithZod } from "@conform-to/zod";
import { data, redirect } from "@remix-run/node";
import { listAuthorities } from "../../db/queries/authorities";
import { listDrafts } from "../../db/queries/drafts";
import { requireAllowed } from "../accounts/guard.server";
import { hitSubmissionLimit } from "../accounts/rate-limits.server";
import type { CurrentUser } from "../accounts/sessions.server";
import { filterChoices } from "../directory/directory.server";
import { localHref } from "../i18n";
import { nowIso, nowMs } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { verifyCsrf } from "../platform/csrf.server";
import { isHoneypotTripped } from "../platform/honeypot.server";
import { HttpError } from "../platform/http.server";
import { badParam, parseId } from "../platform/params.server";
import { clientIp } from "../platform/request.server";
import { diffFields, type DiffEntry } from "./diffs.server";
import { formChoices } from "./editor.server";
import { awardInputSchema, organisationInputSchema, projectInputSchema } from "./form-schemas";
import { awardFormValues, organisationFormValues, projectFormValues, type FormValues } from "./form-values";
import { checkDraft, discardDraft, readDraft, removeDraftPart, saveDraftPart, sendDraft, type DraftContent, type DraftPart } from "./listings.server";

/** The names a listing's parts are shown with: authorities, themes, funders and the draft's projects. */
export function partNames(ctx: RequestContext, projects: { key: number; title: string }[] = []) {
  const { themes, funders } = filterChoices(ctx);
  return {
    authorities: Object.fromEntries(listAuthorities(ctx.db).map((a) => [a.gssCode, { en: a.nameEn, cy: a.nameCy }])),
    themes: Object.fromEntries(themes.map((x) => [x.id, { en: x.nameEn, cy: x.nameCy }])),
    funders: Object.fromEntries(funders.map((x) => [x.slug, { en: x.nameEn, cy: x.nameCy }])),
    projects: Object.fromEntries(projects.map((p) => [String(p.key), { en: p.title, cy: null }])),
  };
}
export type PartNames = ReturnType<typeof partNames>;

/** A part as the fields it states (what a summary list shows). */
export function statedFields(value: object): DiffEntry[] {
  return diffFields(null, value);
}

function draftProjects(content: DraftContent) {
  return content.projects.map((p) => ({ key: p.key, title: p.value.titleEn }));
}

function requireLister(ctx: RequestContext, request: Request): CurrentUser {
  return requireAllowed(ctx, request, "submit-new-organisation");
}

/** The draft id from the address: "new" (none yet) or a number (404 otherwise). */
function draftIdOf(ctx: RequestContext, raw: string): number | null {
  if (raw === "new") return null;
  const id = parseId(raw);
  if (id === undefined) throw new HttpError(404, ctx.t("errors.notFound"));
  return id;
}

/** A project or award key from the address: "new" (adding one) or a number (404 otherwise). */
function partKeyOf(ctx: RequestContext, raw: string): number | null {
  if (raw === "new") return null;
  const key = parseId(raw);
  if (key === undefined) throw new HttpError(404, ctx.t("errors.notFound"));
  return key;
}

/** The part's saved values as its form's fields, or none for a new one (404 for an unknown key). */
function savedValues(ctx: RequestContext, content: DraftContent, part: DraftPart, key: number | null): FormValues | undefined {
  if (part === "organisation") return content.organisation ? organisationFormValues(content.organisation) : undefined;
  if (key === null) return undefined;
  if (part === "project") {
    const p = content.projects.find((x) => x.key === key);
    if (!p) throw new HttpError(404, ctx.t("errors.notFound"));
    return projectFormValues(p.value);
  }
  const a = content.awards.find((x) => x.key === key);
  if (!a) throw new HttpError(404, ctx.t("errors.notFound"));
  return awardFormValues(a.value);
}

/**
 * One of the draft's forms: its organisation, a project or a funding award (new, or saved before),
 * with the choices it offers (an award's projects are the draft's own).
 */
export function getDraftFormPage(ctx: RequestContext, request: Request, where: { draftId: string; part: DraftPart; key?: string }) {
  const user = requireLister(ctx, request);
  const draftId = draftIdOf(ctx, where.draftId);
  if (draftId === null && where.part !== "organisation") throw new HttpError(404, ctx.t("errors.notFound"));
  const content = draftId === null ? null : readDraft(ctx.db, draftId, user.id).content;
  const key = where.key === undefined ? null : partKeyOf(ctx, where.key);
  const choices = formChoices(ctx);
  return {
    csrf: user.csrfToken,
    draftId,
    part: where.part,
    isNew: where.part === "organisation" ? !content?.organisation : key === null,
    organisationName: content?.organisation?.nameEn ?? null,
    defaultValue: content ? savedValues(ctx, content, where.part, key) : undefined,
    choices: { ...choices, projects: content ? content.projects.map((p) => ({ id: p.key, titleEn: p.value.titleEn, titleCy: p.value.titleCy })) : [] },
  };
}

/**
 * Saves one of the draft's forms when it is valid (starting the draft with its organisation),
 * then goes back to the task list; answers the form with its errors, everything typed kept, on a 400.
 */
export async function handleDraftForm(ctx: RequestContext, request: Request, where: { draftId: string; part: DraftPart; key?: string }) {
  const user = requireLister(ctx, request);
  const formData = await request.formData();
  verifyCsrf(request, formData, user, ctx.t("auth.csrf"));
  let draftId = draftIdOf(ctx, where.draftId);
  if (draftId === null && where.part !== "organisation") throw new HttpError(404, ctx.t("errors.notFound"));
  const content = draftId === null ? null : readDraft(ctx.db, draftId, user.id).content;
  const key = where.key === undefined ? null : partKeyOf(ctx, where.key);
  const { sets } = filterChoices(ctx);
  const schema =
    where.part === "organisation"
      ? organisationInputSchema(sets)
      : where.part === "project"
        ? projectInputSchema(sets)
        : awardInputSchema({ ...sets, projectIds: new Set((content?.projects ?? []).map((p) => p.key)) });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  if (isHoneypotTripped(formData)) return data(submission.reply({ formErrors: ["auth.refused"] }), { status: 400 });
  if (draftId === null) {
    // Starting a draft stores something for a person: limited like a submission.
    const limit = hitSubmissionLimit(ctx.db, { userId: user.id, ip: clientIp(request) }, nowMs());
    if (!limit.allowed) throw new HttpError(429, ctx.t("auth.rateLimited"));
  }
  const saved = saveDraftPart(ctx.db, { draftId, userId: user.id, part: where.part, key, value: submission.value, now: nowIso() });
  draftId = saved.draftId;
  return redirect(localHref(ctx.lang, `/account/listings/${draftId}`, { saved: where.part }));
}

/** The draft's task list: each part in words, what is missing, and whether it can be sent. */
export function getDraftPage(ctx: RequestContext, request: Request, rawId: string) {
  const user = requireLister(ctx, request);
  const draftId = draftIdOf(ctx, rawId);
  if (draftId === null) throw redirect(localHref(ctx.lang, "/account/listings/new/organisation"));
  const draft = readDraft(ctx.db, draftId, user.id);
  const { content } = draft;
  const check = checkDraft(ctx.db, content);
  return {
    csrf: user.csrfToken,
    id: draft.id,
    updatedAt: draft.updatedAt,
    organisation: content.organisation ? { fields: statedFields(content.organisation), name: content.organisation.nameEn } : null,
    projects: content.projects.map((p) => ({
      key: p.key,
      title: p.value.titleEn,
      fields: statedFields(p.value),
      awards: content.awards.filter((a) => a.value.projectId === p.key).length,
    })),
    awards: content.awards.map(({ key, value: { projectId, ...rest } }) => ({
      key,
      title: rest.programmeEn,
      fields: statedFields(rest),
      funds: projectId === null ? null : (content.projects.find((p) => p.key === projectId)?.value.titleEn ?? null),
    })),
    names: partNames(ctx, draftProjects(content)),
    problems: check.problems,
    canSend: !check.missingOrganisation && check.problems.length === 0,
    saved: ctx.url.searchParams.get("saved"),
    removed: ctx.url.searchParams.get("removed"),
  };
}

/** The task list's buttons: send for review, discard the draft, remove a project or an award. */
export async function handleDraftAction(ctx: RequestContext, request: Request, rawId: string) {
  const user = requireLister(ctx, request);
  const formData = await request.formData();
  verifyCsrf(request, formData, user, ctx.t("auth.csrf"));
  const draftId = draftIdOf(ctx, rawId);
  if (draftId === null) throw new HttpError(404, ctx.t("errors.notFound"));
  const intent = formData.get("intent");
  const now = nowIso();
  if (intent === "send") {
    const limit = hitSubmissionLimit(ctx.db, { userId: user.id, ip: clientIp(request) }, nowMs());
    if (!limit.allowed) throw new HttpError(429, ctx.t("auth.rateLimited"));
    const groupId = sendDraft(ctx.db, { draftId, userId: user.id, now });
    return redirect(localHref(ctx.lang, "/account", { sent: groupId }) + `#listing-${groupId}`);
  }
  if (intent === "discard") {
    discardDraft(ctx.db, { draftId, userId: user.id });
    return redirect(localHref(ctx.lang, "/account", { discarded: 1 }));
  }
  if (intent === "remove-project" || intent === "remove-award") {
    const key = parseId(formData.get("key"));
    if (key === undefined) throw new HttpError(404, ctx.t("errors.notFound"));
    const removed = removeDraftPart(ctx.db, { draftId, userId: user.id, part: intent === "remove-project" ? "project" : "award", key, now });
    return redirect(localHref(ctx.lang, `/account/listings/${draftId}`, { removed }));
  }
  throw badParam(ctx, "intent", intent);
}

/** A person's drafts, for the account page: each with its organisation's name and how many parts it holds. */
export function listMyDrafts(ctx: RequestContext, userId: number) {
  return listDrafts(ctx.db, userId).map((d) => {
    const c = d.content as DraftContent;
    return { id: d.id, name: c.organisation?.nameEn ?? null, projects: c.projects?.length ?? 0, awards: c.awards?.length ?? 0, updatedAt: d.updatedAt };
  });
}
