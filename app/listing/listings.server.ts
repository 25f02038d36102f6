/**
 * A listing in one sitting: a group writes its new organisation, its projects and their funding as
 * one draft (saved part by part, each part valid when saved), sends it as one group of submissions,
 * and a moderator approves or turns it down as a whole or part by part.
 *
 * - Draft parts are the listing forms' normalised records. A draft's projects and awards carry a
 *   key (1, 2, …) that names them within the draft; an award's `projectId` is the key of the draft
 *   project it funds (or null for the organisation itself) until the group is approved.
 * - Sending validates every part again, then stores them in one transaction as pending
 *   submissions sharing a group id (the organisation's submission's id), each with its part key
 *   ("organisation", "project:2", "award:3") and the part it depends on ("organisation",
 *   "project:2"). The draft is deleted: the submissions now hold it.
 * - Deciding applies the approved parts in one transaction (organisation first, then projects,
 *   then awards, each with the ids its parent was given). A part whose parent is turned down is
 *   turned down with it, with the parent's reason. Nothing is published until then.
 * - Amending withdraws the whole group and turns it back into a draft.
 */
import { WRITE_LOCK, type Queryable } from "../../db/client";
import { deleteDraft, getDraft, insertDraft, updateDraft } from "../../db/queries/drafts";
import { bumpDataVersion } from "../../db/queries/meta";
import { createSubmission, listGroup, setGroupLead, updateSubmissionStatus, type SubmissionRow } from "../../db/queries/submissions";
import { isoOf, dayOf, type Instant } from "../platform/clock.server";
import { HttpError } from "../platform/http.server";
import { awardInputSchema, RejectInputSchema } from "./form-schemas";
import { getRecordChoices } from "./record-edit.server";
import type { AwardInput, OrganisationInput, ProjectInput } from "./record-types";
import { fieldErrorsOf, InvalidSubmissionError, validatePayload } from "./submission-checks.server";
import { publishSubmission } from "./submissions.server";

export interface DraftContent {
  organisation: OrganisationInput | null;
  projects: { key: number; value: ProjectInput }[];
  /** `value.projectId` is a draft project's key, or null for funding to the organisation itself. */
  awards: { key: number; value: AwardInput }[];
  nextKey: number;
}

export type DraftPart = "organisation" | "project" | "award";

/** A draft part that no longer passes the checks (a funder or authority it names has gone). */
export interface DraftProblem {
  part: DraftPart;
  key: number | null;
  fields: Record<string, string[]>;
}

export const EMPTY_DRAFT: DraftContent = { organisation: null, projects: [], awards: [], nextKey: 1 };

/**
 * A person's draft, or HttpError 404 (also for someone else's draft: its existence is not theirs to know).
 *
 * @example
 * readDraft(db, 3, 7).content.projects.length // 2
 */
export function readDraft(db: Queryable, draftId: number, userId: number): { id: number; content: DraftContent; updatedAt: string } {
  const row = getDraft(db, draftId);
  if (!row || row.userId !== userId) throw HttpError.translated(404, "errors.notFound");
  return { id: row.id, content: normaliseContent(row.content), updatedAt: row.updatedAt };
}

function normaliseContent(raw: unknown): DraftContent {
  const c = (raw ?? {}) as Partial<DraftContent>;
  return { organisation: c.organisation ?? null, projects: c.projects ?? [], awards: c.awards ?? [], nextKey: c.nextKey ?? 1 };
}

/**
 * Saves one valid part into a draft (starting a new draft when `draftId` is null) and returns the
 * draft's id and the part's key (null for the organisation). `key` null adds a project or award;
 * a key replaces that one (HttpError 404 when the draft has none). An award must fund one of the
 * draft's projects or none (400).
 *
 * @example
 * saveDraftPart(db, { draftId: null, userId: 7, part: "organisation", key: null, value: organisation, now }) // { draftId: 3, key: null }
 */
export function saveDraftPart(
  db: Queryable,
  input: { draftId: number | null; userId: number; part: DraftPart; key: number | null; value: OrganisationInput | ProjectInput | AwardInput; now: Instant },
): { draftId: number; key: number | null } {
  return db.transaction((tx) => {
    const draft = input.draftId === null ? { id: null, content: { ...EMPTY_DRAFT } } : readDraft(tx, input.draftId, input.userId);
    const content: DraftContent = structuredClone(draft.content);
    let key: number | null = null;
    if (input.part === "organisation") {
      content.organisation = input.value as OrganisationInput;
    } else {
      const list = (input.part === "project" ? content.projects : content.awards) as { key: number; value: unknown }[];
      if (input.part === "award") {
        const projectId = (input.value as AwardInput).projectId;
        if (projectId !== null && !content.projects.some((p) => p.key === projectId)) throw HttpError.translated(400, "errors.notFound");
      }
      if (input.key === null) {
        key = content.nextKey++;
        list.push({ key, value: input.value });
      } else {
        const entry = list.find((e) => e.key === input.key);
        if (!entry) throw HttpError.translated(404, "errors.notFound");
        entry.value = input.value;
        key = input.key;
      }
    }
    const at = isoOf(input.now);
    if (draft.id === null) {
      if (input.part !== "organisation") throw HttpError.translated(400, "listing.errors.needsOrganisation");
      return { draftId: insertDraft(tx, { userId: input.userId, content, now: at }), key };
    }
    updateDraft(tx, draft.id, input.userId, { content, now: at });
    return { draftId: draft.id, key };
  }, WRITE_LOCK);
}

/**
 * Takes a project or an award out of a draft; a project takes its funding with it. Returns how
 * many parts went (HttpError 404 when there is no such part).
 *
 * @example
 * removeDraftPart(db, { draftId: 3, userId: 7, part: "project", key: 2, now }) // 2 (the project and its award)
 */
export function removeDraftPart(db: Queryable, input: { draftId: number; userId: number; part: "project" | "award"; key: number; now: Instant }): number {
  return db.transaction((tx) => {
    const { content } = readDraft(tx, input.draftId, input.userId);
    const before = content.projects.length + content.awards.length;
    if (input.part === "project") {
      if (!content.projects.some((p) => p.key === input.key)) throw HttpError.translated(404, "errors.notFound");
      content.projects = content.projects.filter((p) => p.key !== input.key);
      content.awards = content.awards.filter((a) => a.value.projectId !== input.key);
    } else {
      if (!content.awards.some((a) => a.key === input.key)) throw HttpError.translated(404, "errors.notFound");
      content.awards = content.awards.filter((a) => a.key !== input.key);
    }
    updateDraft(tx, input.draftId, input.userId, { content, now: isoOf(input.now) });
    return before - content.projects.length - content.awards.length;
  }, WRITE_LOCK);
}

/**
 * Deletes a person's draft (HttpError 404 when there is none of theirs).
 *
 * @example
 * discardDraft(db, { draftId: 3, userId: 7 })
 */
export function discardDraft(db: Queryable, input: { draftId: number; userId: number }): void {
  if (!deleteDraft(db, input.draftId, input.userId)) throw HttpError.translated(404, "errors.notFound");
}

/**
 * The parts of a draft that would not pass the checks if it were sent now (each part passed when
 * saved; this finds what has changed since, such as a funder that has gone), and whether the
 * organisation is still missing.
 *
 * @example
 * checkDraft(db, content) // { missingOrganisation: false, problems: [] }
 */
export function checkDraft(db: Queryable, content: DraftContent): { missingOrganisation: boolean; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const attempt = (part: DraftPart, key: number | null, check: () => unknown) => {
    try {
      check();
    } catch (error) {
      if (!(error instanceof InvalidSubmissionError)) throw error;
      problems.push({ part, key, fields: error.fieldErrors });
    }
  };
  if (content.organisation) attempt("organisation", null, () => validatePayload(db, "organisation", content.organisation, null));
  for (const p of content.projects) attempt("project", p.key, () => validatePayload(db, "project", p.value, null));
  const projectKeys = new Set(content.projects.map((p) => p.key));
  const choices = { ...getRecordChoices(db, { organisationId: null }), projectIds: projectKeys };
  for (const a of content.awards) {
    attempt("award", a.key, () => {
      const result = awardInputSchema(choices).safeParse(a.value);
      if (!result.success) throw new InvalidSubmissionError("award", fieldErrorsOf(result.error.issues));
    });
  }
  return { missingOrganisation: content.organisation === null, problems };
}

/**
 * Sends a draft for review as one group of pending submissions and deletes the draft; returns the
 * group's id (its organisation's submission). HttpError 400 when the draft has no organisation or a
 * part no longer passes the checks (nothing is stored then).
 *
 * @example
 * sendDraft(db, { draftId: 3, userId: 7, now }) // 41
 */
export function sendDraft(db: Queryable, input: { draftId: number; userId: number; now: Instant }): number {
  return db.transaction((tx) => {
    const { content } = readDraft(tx, input.draftId, input.userId);
    const check = checkDraft(tx, content);
    if (check.missingOrganisation) throw HttpError.translated(400, "listing.errors.needsOrganisation");
    if (check.problems.length) throw HttpError.translated(400, "listing.errors.hasProblems", { count: check.problems.length });
    const now = isoOf(input.now);
    const base = { action: "create" as const, entityId: null, organisationId: null, submittedBy: input.userId, now };
    const lead = createSubmission(tx, { ...base, entity: "organisation", payload: content.organisation, group: { groupId: null, partKey: "organisation", parentKey: null } });
    setGroupLead(tx, lead.id);
    for (const p of content.projects) {
      createSubmission(tx, { ...base, entity: "project", payload: p.value, group: { groupId: lead.id, partKey: `project:${p.key}`, parentKey: "organisation" } });
    }
    for (const a of content.awards) {
      const parentKey = a.value.projectId === null ? "organisation" : `project:${a.value.projectId}`;
      createSubmission(tx, { ...base, entity: "award", payload: { ...a.value, projectId: null }, group: { groupId: lead.id, partKey: `award:${a.key}`, parentKey } });
    }
    deleteDraft(tx, input.draftId, input.userId);
    return lead.id;
  }, WRITE_LOCK);
}

/**
 * The number in a part key ("project:2" → 2); NaN for "organisation".
 *
 * @example
 * partKeyNumber("award:3") // 3
 */
export function partKeyNumber(partKey: string | null): number {
  return Number((partKey ?? "").split(":")[1]);
}

/** A group's parts, all pending, or HttpError 404/400. */
function pendingGroup(db: Queryable, groupId: number): SubmissionRow[] {
  const parts = listGroup(db, groupId);
  if (parts.length === 0 || parts[0].id !== groupId) throw HttpError.translated(404, "errors.listing.unknownSubmission", { id: groupId });
  const done = parts.find((p) => p.status !== "pending");
  if (done) throw HttpError.translated(400, "errors.listing.notPending", { id: groupId, status: { $t: `account.statuses.${done.status}` } });
  return parts;
}

/**
 * Withdraws every part of a pending group, by the person who sent it (HttpError 403 for anyone else).
 *
 * @example
 * withdrawListing(db, { groupId: 41, userId: 7, now })
 */
export function withdrawListing(db: Queryable, input: { groupId: number; userId: number; now: Instant }): void {
  db.transaction((tx) => {
    const parts = pendingGroup(tx, input.groupId);
    if (parts[0].submittedBy !== input.userId) throw HttpError.translated(403, "errors.listing.notSubmitter", { id: input.groupId });
    for (const part of parts) updateSubmissionStatus(tx, part.id, { status: "withdrawn", reviewedBy: null, reviewedAt: isoOf(input.now), reason: null });
  }, WRITE_LOCK);
}

/**
 * Withdraws a pending group and turns it back into a draft for its sender to change and send
 * again; returns the new draft's id.
 *
 * @example
 * amendListing(db, { groupId: 41, userId: 7, now }) // 4
 */
export function amendListing(db: Queryable, input: { groupId: number; userId: number; now: Instant }): number {
  return db.transaction((tx) => {
    const parts = pendingGroup(tx, input.groupId);
    if (parts[0].submittedBy !== input.userId) throw HttpError.translated(403, "errors.listing.notSubmitter", { id: input.groupId });
    const content: DraftContent = { ...EMPTY_DRAFT, projects: [], awards: [] };
    for (const part of parts) {
      if (part.entity === "organisation") content.organisation = part.payload as OrganisationInput;
      else if (part.entity === "project") content.projects.push({ key: partKeyNumber(part.partKey), value: part.payload as ProjectInput });
      else {
        const projectId = part.parentKey?.startsWith("project:") ? partKeyNumber(part.parentKey) : null;
        content.awards.push({ key: partKeyNumber(part.partKey), value: { ...(part.payload as AwardInput), projectId } });
      }
    }
    content.nextKey = Math.max(0, ...content.projects.map((p) => p.key), ...content.awards.map((a) => a.key)) + 1;
    const at = isoOf(input.now);
    for (const part of parts) updateSubmissionStatus(tx, part.id, { status: "withdrawn", reviewedBy: null, reviewedAt: at, reason: null });
    return insertDraft(tx, { userId: input.userId, content, now: at });
  }, WRITE_LOCK);
}

/** A moderator's decision on one part: approve it, or turn it down with a reason. */
export type PartDecision = { approve: true } | { approve: false; reason: string };

/**
 * Applies a moderator's decisions on a pending group in one transaction: the approved parts are
 * published in order (organisation, projects, awards), each audited; a part turned down, and every
 * part that depends on it, is rejected with the reason. Every part needs a decision, and every
 * rejection a reason (InvalidSubmissionError 400, naming `reason-<id>` or `decision-<id>`; nothing
 * changes then). Returns how many parts were approved and rejected.
 *
 * @example
 * decideListing(db, { groupId: 41, moderatorId: 2, decisions: { 41: { approve: true }, 42: { approve: false, reason: "Please say where it runs." } }, now })
 * // { approved: 1, rejected: 1 }
 */
export function decideListing(
  db: Queryable,
  input: { groupId: number; moderatorId: number; decisions: Record<number, PartDecision | undefined>; now: Instant },
): { approved: number; rejected: number } {
  return db.transaction((tx) => {
    const parts = pendingGroup(tx, input.groupId);
    const errors: Record<string, string[]> = {};
    const reasons = new Map<number, string>();
    for (const part of parts) {
      const decision = input.decisions[part.id];
      if (!decision) errors[`decision-${part.id}`] = ["listing.decisionRequired"];
      else if (!decision.approve) {
        const parsed = RejectInputSchema.safeParse({ reason: decision.reason });
        if (parsed.success) reasons.set(part.id, parsed.data.reason);
        else errors[`reason-${part.id}`] = parsed.error.issues.map((i) => (i.message === "form.required" ? "moderation.reasonRequired" : i.message));
      }
    }
    if (Object.keys(errors).length) throw new InvalidSubmissionError("rejection", errors);

    const at = isoOf(input.now);
    const ctx = { at, today: dayOf(input.now), moderatorId: input.moderatorId };
    const published = new Map<string, number>();
    const turnedDown = new Map<string, string>();
    let organisationId: number | null = null;
    for (const part of parts) {
      const parentReason = part.parentKey ? turnedDown.get(part.parentKey) : undefined;
      const reason = parentReason ?? reasons.get(part.id);
      if (reason !== undefined) {
        turnedDown.set(part.partKey!, reason);
        updateSubmissionStatus(tx, part.id, { status: "rejected", reviewedBy: input.moderatorId, reviewedAt: at, reason });
        continue;
      }
      const row = asPublishable(part, organisationId, published);
      const applied = publishSubmission(tx, row, ctx);
      if (part.entity === "organisation") organisationId = applied.entityId;
      published.set(part.partKey!, applied.entityId);
    }
    if (published.size) bumpDataVersion(tx);
    return { approved: published.size, rejected: turnedDown.size };
  }, WRITE_LOCK);
}

/** A group part as a single submission: it now belongs to the organisation just published, and funds the project just published. */
function asPublishable(part: SubmissionRow, organisationId: number | null, published: Map<string, number>): SubmissionRow {
  if (part.entity === "organisation") return part;
  if (part.entity === "project") return { ...part, organisationId };
  const projectId = part.parentKey?.startsWith("project:") ? (published.get(part.parentKey) ?? null) : null;
  return { ...part, organisationId, payload: { ...(part.payload as object), projectId } };
}
