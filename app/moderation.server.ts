/**
 * Self-service listing: proposed changes wait as submissions until a moderator approves them;
 * every applied change is written to the audit log; organisations are confirmed as still
 * correct at least once a year.
 *
 * - A new listing, an edit, an archive or a restore is a pending submission. The published
 *   record stays exactly as it is (and the map, coverage and funding views with it) until a
 *   moderator approves; approval applies the change, audits it and bumps the data version in
 *   one transaction.
 * - Nothing is deleted: archiving hides a record (an archived organisation hides its projects
 *   and awards with it) and restoring brings it back.
 * - Records created here have no citation (source_id NULL): they are "listed by the
 *   organisation". A seeded record keeps its citation when it is edited.
 * - Permissions (who may submit for which organisation, who may moderate) are the caller's to
 *   check, with app/permissions.ts, before calling these functions.
 */
import type { Db } from "../db/client";
import { insertAudit, listAudit, type AuditChanges } from "../db/queries/audit";
import { bumpDataVersion } from "../db/queries/meta";
import {
  getAwardRecord,
  getFunderId,
  getOrganisationRecord,
  getProjectRecord,
  insertAward,
  insertFunder,
  insertOrganisation,
  insertProject,
  isSlugTaken,
  listChoiceValues,
  listConfirmationCandidates,
  listProjectIds,
  setProjectAreas,
  setProjectThemes,
  setRecordStatus,
  updateAward,
  updateOrganisation,
  updateProject,
} from "../db/queries/records";
import { createSubmission, getSubmission, updateSubmissionStatus, type SubmissionRow } from "../db/queries/submissions";
import { addMembership } from "../db/queries/users";
import type { RecordStatus, SubmissionAction, SubmissionEntity } from "../db/schema";
import { isIsoDay, lastDayOf, londonDate } from "../geo/partial-date";
import { authoritiesReachedByCircle } from "../geo/reach";
import { boundaryCollection } from "./boundaries.server";
import { HttpError } from "./http.server";
import {
  awardInputSchema,
  organisationInputSchema,
  projectInputSchema,
  RejectInputSchema,
  type AwardInput,
  type OrganisationInput,
  type ProjectInput,
  type RecordChoices,
} from "./records";

export type RecordInput = OrganisationInput | ProjectInput | AwardInput;

/** The time of an action: a Date or an ISO 8601 string (stored as ISO; "today" is its date in Wales). */
export type Instant = Date | string;

/**
 * Decisions take the write lock up front, so two moderators acting on one submission at once
 * cannot both see it pending (the second waits, then finds it decided).
 */
const IMMEDIATE = { behavior: "immediate" } as const;

/** One field of a proposed change: its published value and the proposed one. */
export interface DiffEntry {
  field: string;
  before: unknown;
  after: unknown;
}

/** A submission whose payload fails validation; `fieldErrors` maps field names to message keys. */
export class InvalidSubmissionError extends HttpError {
  constructor(
    what: SubmissionEntity | "rejection",
    public readonly fieldErrors: Record<string, string[]>,
  ) {
    super(400, `Invalid ${what}: ${Object.entries(fieldErrors).map(([field, keys]) => `${field} (${keys.join(", ")})`).join("; ")}`);
  }
}

/**
 * The values the listing forms' choice fields may take, from the database; with an
 * organisation, also the projects its awards may fund. Pass to the schema factories in app/records.ts.
 *
 * @example
 * parseWithZod(formData, { schema: projectInputSchema(getRecordChoices(db)) })
 */
export function getRecordChoices(db: Db, options: { organisationId?: number | null } = {}): RecordChoices {
  const { gssCodes, themeIds, funderSlugs } = listChoiceValues(db);
  return {
    gssCodes: new Set(gssCodes),
    themeIds: new Set(themeIds),
    funderSlugs: new Set(funderSlugs),
    ...(options.organisationId != null ? { projectIds: new Set(listProjectIds(db, options.organisationId)) } : {}),
  };
}

/**
 * A record as it is now (published or archived), in the shape its form returns: for an edit
 * form's default values (with organisationFormValues etc.) and for diffs. Undefined when there is none.
 *
 * @example
 * getRecordForEdit(db, "project", 12)?.input.themes // ["hate-crime"]
 */
export function getRecordForEdit(db: Db, entity: SubmissionEntity, id: number): { status: RecordStatus; organisationId: number; input: RecordInput } | undefined {
  if (entity === "organisation") {
    const o = getOrganisationRecord(db, id);
    if (!o) return undefined;
    const input: OrganisationInput = {
      nameEn: o.nameEn,
      nameCy: o.nameCy,
      kind: o.kind,
      charityNumber: o.charityNumber,
      companyNumber: o.companyNumber,
      website: o.website,
      email: o.email,
      descriptionEn: o.descriptionEn,
      descriptionCy: o.descriptionCy,
      homeGss: o.homeGss,
    };
    return { status: o.status, organisationId: o.id, input };
  }
  if (entity === "project") {
    const p = getProjectRecord(db, id);
    if (!p) return undefined;
    const point = p.areaKind === "point";
    const input: ProjectInput = {
      titleEn: p.titleEn,
      titleCy: p.titleCy,
      descriptionEn: p.descriptionEn,
      descriptionCy: p.descriptionCy,
      themes: p.themeIds,
      areaKind: p.areaKind,
      areaGss: p.areaKind === "authorities" ? p.areas.filter((a) => !a.derived).map((a) => a.gssCode) : [],
      pointLng: point ? p.pointLng : null,
      pointLat: point ? p.pointLat : null,
      radiusKm: point ? p.radiusKm : null,
      startDate: p.startDate,
      startPrecision: p.startDate === null ? "unknown" : p.startPrecision,
      endDate: p.endDate,
      endPrecision: p.endDate === null ? "unknown" : p.endPrecision,
    };
    return { status: p.status, organisationId: p.organisationId, input };
  }
  const a = getAwardRecord(db, id);
  if (!a) return undefined;
  const input: AwardInput = {
    funderSlug: a.funderSlug,
    newFunderName: null,
    newFunderKind: null,
    programmeEn: a.award.programmeEn,
    programmeCy: a.award.programmeCy,
    projectId: a.award.projectId,
    amountPence: a.award.amountPence,
    amountPeriod: a.award.amountPeriod,
    startDate: a.award.startDate,
    startPrecision: a.award.startDate === null ? "unknown" : a.award.startPrecision,
    endDate: a.award.endDate,
    endPrecision: a.award.endDate === null ? "unknown" : a.award.endPrecision,
  };
  return { status: a.award.status, organisationId: a.ownerOrganisationId, input };
}

/**
 * Proposes a change as a pending submission and returns it. The payload (form fields or a
 * normalised record; for an edit, the full proposed record) is validated again here with the
 * database's choices and stored normalised; archive and restore take no payload.
 * Throws InvalidSubmissionError (400) for a bad payload, HttpError 404 for an unknown record and
 * 400 when the ids do not fit together (a record of another organisation, an archive of an
 * archived record). Changes nothing that is published, so the data version stays.
 *
 * @example
 * submitChange(db, { actorId: 7, entity: "project", action: "update", entityId: 12, payload: submission.value, now: new Date().toISOString() })
 */
export function submitChange(
  db: Db,
  input: {
    actorId: number;
    entity: SubmissionEntity;
    action: SubmissionAction;
    entityId?: number | null;
    organisationId?: number | null;
    payload?: unknown;
    now: Instant;
  },
): SubmissionRow {
  const { entity, action } = input;
  const entityId = input.entityId ?? null;
  let organisationId = input.organisationId ?? null;
  if (action === "create") {
    if (entityId !== null) throw new HttpError(400, `A new ${entity} has no id yet (got ${entityId})`);
    if (entity === "organisation") {
      if (organisationId !== null) throw new HttpError(400, "A new organisation belongs to no other organisation");
    } else {
      if (organisationId === null) throw new HttpError(400, `A new ${entity} needs the organisation it belongs to`);
      if (!getOrganisationRecord(db, organisationId)) throw new HttpError(404, `Unknown organisation: ${organisationId}`);
    }
  } else {
    if (entityId === null) throw new HttpError(400, `Say which ${entity} to ${action}`);
    const target = getRecordForEdit(db, entity, entityId);
    if (!target) throw new HttpError(404, `Unknown ${entity}: ${entityId}`);
    if (organisationId !== null && organisationId !== target.organisationId) {
      throw new HttpError(400, `The ${entity} ${entityId} belongs to organisation ${target.organisationId}, not ${organisationId}`);
    }
    organisationId = target.organisationId;
    assertStatusFits(entity, entityId, action, target.status);
  }
  const payload = action === "create" || action === "update" ? validatePayload(db, entity, input.payload, organisationId) : {};
  return db.transaction((tx) =>
    createSubmission(tx as unknown as Db, {
      entity,
      action,
      entityId,
      organisationId,
      payload,
      submittedBy: input.actorId,
      now: isoOf(input.now),
    }),
  );
}

/**
 * The fields a submission would change, compared with the record as it is now: for a new
 * record every field that has a value (before = null); for an edit every field that differs
 * (themes and areas compared as sorted lists); for an archive or restore the status.
 * After approval the record matches, so use the audit log (getHistory) for past changes.
 * Throws HttpError 404 when an edited record no longer exists.
 *
 * @example
 * diffSubmission(db, getSubmission(db, 4)!) // [{ field: "titleEn", before: "Forum", after: "Hate crime forum" }]
 */
export function diffSubmission(db: Db, submission: Pick<SubmissionRow, "entity" | "action" | "entityId" | "payload">): DiffEntry[] {
  const { entity, action, entityId } = submission;
  if (action === "create") return diffFields(null, submission.payload as Record<string, unknown>);
  const target = entityId === null ? undefined : getRecordForEdit(db, entity, entityId);
  if (!target) throw new HttpError(404, `The ${entity} ${entityId} no longer exists`);
  if (action === "update") return diffFields(target.input as unknown as Record<string, unknown>, submission.payload as Record<string, unknown>);
  return [{ field: "status", before: target.status, after: action === "archive" ? "archived" : "published" }];
}

/**
 * Applies a pending submission in one transaction: validates its payload again; creates,
 * updates, archives or restores the record (with its themes and areas: the chosen authorities,
 * or for a point those its circle reaches, marked derived); stamps an organisation's
 * lastConfirmed with today's date on create and update; gives a new organisation a unique slug
 * and makes its submitter a member; writes one audit row of every changed field; marks the
 * submission approved; bumps the data version. Throws HttpError 404 when the submission or its
 * record is gone, 400 when it is not pending, no longer valid, or its records do not fit together.
 *
 * @example
 * approveSubmission(db, { submissionId: 4, moderatorId: 2, now: new Date().toISOString() }) // { entityId: 12, … }
 */
export function approveSubmission(
  db: Db,
  input: { submissionId: number; moderatorId: number; now: Instant },
): { submissionId: number; entity: SubmissionEntity; action: SubmissionAction; entityId: number; organisationId: number } {
  return db.transaction((t) => {
    const tx = t as unknown as Db;
    const submission = pendingSubmission(tx, input.submissionId);
    const at = isoOf(input.now);
    const today = dayOf(input.now);
    const applied = applySubmission(tx, submission, { at, today, moderatorId: input.moderatorId });
    insertAudit(tx, {
      at,
      userId: input.moderatorId,
      entity: submission.entity,
      entityId: applied.entityId,
      action: submission.action,
      changes: applied.changes,
      submissionId: submission.id,
    });
    updateSubmissionStatus(tx, submission.id, {
      status: "approved",
      reviewedBy: input.moderatorId,
      reviewedAt: at,
      reason: null,
      entityId: applied.entityId,
      organisationId: applied.organisationId,
    });
    bumpDataVersion(tx);
    return { submissionId: submission.id, entity: submission.entity, action: submission.action, entityId: applied.entityId, organisationId: applied.organisationId };
  }, IMMEDIATE);
}

/**
 * Turns down a pending submission with a reason its submitter will see (required, up to 1,000
 * characters); nothing is applied. Throws InvalidSubmissionError (400) for a bad reason,
 * HttpError 404/400 when the submission is unknown or not pending.
 *
 * @example
 * rejectSubmission(db, { submissionId: 4, moderatorId: 2, reason: "Please add where the project runs.", now: new Date().toISOString() })
 */
export function rejectSubmission(db: Db, input: { submissionId: number; moderatorId: number; reason: string; now: Instant }): void {
  const parsed = RejectInputSchema.safeParse({ reason: input.reason });
  if (!parsed.success) throw new InvalidSubmissionError("rejection", fieldErrorsOf(parsed.error.issues));
  db.transaction((t) => {
    const tx = t as unknown as Db;
    pendingSubmission(tx, input.submissionId);
    updateSubmissionStatus(tx, input.submissionId, {
      status: "rejected",
      reviewedBy: input.moderatorId,
      reviewedAt: isoOf(input.now),
      reason: parsed.data.reason,
    });
  }, IMMEDIATE);
}

/**
 * Withdraws a pending submission, by the person who made it (HttpError 403 for anyone else).
 *
 * @example
 * withdrawSubmission(db, { submissionId: 4, userId: 7, now: new Date().toISOString() })
 */
export function withdrawSubmission(db: Db, input: { submissionId: number; userId: number; now: Instant }): void {
  db.transaction((t) => {
    const tx = t as unknown as Db;
    const submission = pendingSubmission(tx, input.submissionId);
    if (submission.submittedBy !== input.userId) throw new HttpError(403, `Only its submitter may withdraw submission ${submission.id}`);
    updateSubmissionStatus(tx, submission.id, { status: "withdrawn", reviewedBy: null, reviewedAt: isoOf(input.now), reason: null });
  }, IMMEDIATE);
}

/**
 * Records that a published organisation's listing is still correct: lastConfirmed becomes the
 * date of `now` in Wales, audited (action "confirm"), and the data version is bumped.
 * Throws HttpError 404 for an unknown organisation and 400 for an archived one.
 *
 * @example
 * confirmStillCorrect(db, { organisationId: 3, userId: 7, now: "2026-01-16T10:00:00.000Z" }) // "2026-01-16"
 */
export function confirmStillCorrect(db: Db, input: { organisationId: number; userId: number; now: Instant }): string {
  return db.transaction((t) => {
    const tx = t as unknown as Db;
    const organisation = getOrganisationRecord(tx, input.organisationId);
    if (!organisation) throw new HttpError(404, `Unknown organisation: ${input.organisationId}`);
    if (organisation.status !== "published") throw new HttpError(400, `Organisation ${organisation.id} is archived`);
    const today = dayOf(input.now);
    updateOrganisation(tx, organisation.id, { lastConfirmed: today });
    insertAudit(tx, {
      at: isoOf(input.now),
      userId: input.userId,
      entity: "organisation",
      entityId: organisation.id,
      action: "confirm",
      changes: { lastConfirmed: { before: organisation.lastConfirmed, after: today } },
      submissionId: null,
    });
    bumpDataVersion(tx);
    return today;
  }, IMMEDIATE);
}

/** Months without confirmation after which a record needs review. */
export const STALE_AFTER_MONTHS = 12;

/**
 * Whether a record last confirmed on `lastConfirmed` needs review on `asOfDay`: never confirmed,
 * or confirmed more than 12 months before (a partial date counts from its last day, so "2025-02"
 * is stale from 2026-03-01). Throws on a malformed date.
 *
 * @example
 * isStale("2025-03-15", "2026-03-15") // false
 * isStale("2025-03-15", "2026-03-16") // true
 * isStale(null, "2026-03-16")         // true
 */
export function isStale(lastConfirmed: string | null, asOfDay: string): boolean {
  if (!isIsoDay(asOfDay)) throw new Error(`Invalid as-of date: ${asOfDay}`);
  if (lastConfirmed === null) return true;
  return addMonths(lastDayOf(lastConfirmed), STALE_AFTER_MONTHS) < asOfDay;
}

/**
 * Whole months from `lastConfirmed` (its last day, for a partial date) to `asOfDay`, at least 0;
 * null when never confirmed.
 *
 * @example
 * monthsSinceConfirmed("2025-01-31", "2025-02-28") // 1
 */
export function monthsSinceConfirmed(lastConfirmed: string | null, asOfDay: string): number | null {
  if (!isIsoDay(asOfDay)) throw new Error(`Invalid as-of date: ${asOfDay}`);
  if (lastConfirmed === null) return null;
  const from = lastDayOf(lastConfirmed);
  if (from >= asOfDay) return 0;
  let months = (Number(asOfDay.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(asOfDay.slice(5, 7)) - Number(from.slice(5, 7));
  if (addMonths(from, months) > asOfDay) months -= 1;
  return months;
}

/**
 * Published organisations that need review on `asOfDay` (see isStale), never-confirmed first and
 * then oldest first, with the whole months since each was confirmed; optionally only those a
 * member edits (to show editors when they sign in).
 *
 * @example
 * listStale(db, "2026-03-16").map((o) => [o.slug, o.monthsSinceConfirmed]) // [["beta-network", null], ["alpha-trust", 13]]
 */
export function listStale(db: Db, asOfDay: string, options: { memberId?: number } = {}) {
  if (!isIsoDay(asOfDay)) throw new Error(`Invalid as-of date: ${asOfDay}`);
  // Anything stale was confirmed before the first of the month eleven months back; the exact
  // month arithmetic (end-of-month days, partial dates) is done below.
  const before = firstOfMonth(addMonths(asOfDay, -(STALE_AFTER_MONTHS - 1)));
  return listConfirmationCandidates(db, { before, memberId: options.memberId })
    .filter((o) => isStale(o.lastConfirmed, asOfDay))
    .map((o) => ({ ...o, monthsSinceConfirmed: monthsSinceConfirmed(o.lastConfirmed, asOfDay) }));
}

/**
 * The audit trail of one record, newest first, with who made each change.
 *
 * @example
 * getHistory(db, "project", 12)[0].changes // { titleEn: { before: "Forum", after: "Hate crime forum" } }
 */
export function getHistory(db: Db, entity: SubmissionEntity | "funder", entityId: number) {
  return listAudit(db, entity, entityId);
}

// ---------------------------------------------------------------------------------------------

interface Applied {
  entityId: number;
  organisationId: number;
  changes: AuditChanges;
}

interface ApplyContext {
  at: string;
  today: string;
  moderatorId: number;
}

function pendingSubmission(db: Db, id: number): SubmissionRow {
  const submission = getSubmission(db, id);
  if (!submission) throw new HttpError(404, `Unknown submission: ${id}`);
  if (submission.status !== "pending") throw new HttpError(400, `Submission ${id} is not pending (it is ${submission.status})`);
  return submission;
}

function assertStatusFits(entity: SubmissionEntity, id: number, action: SubmissionAction, status: RecordStatus): void {
  if (action === "archive" && status !== "published") throw new HttpError(400, `The ${entity} ${id} is already archived`);
  if (action === "restore" && status !== "archived") throw new HttpError(400, `The ${entity} ${id} is not archived`);
}

function validatePayload(db: Db, entity: SubmissionEntity, payload: unknown, organisationId: number | null): RecordInput {
  const choices = getRecordChoices(db, { organisationId });
  const schema = entity === "organisation" ? organisationInputSchema(choices) : entity === "project" ? projectInputSchema(choices) : awardInputSchema(choices);
  const result = schema.safeParse(payload);
  if (!result.success) throw new InvalidSubmissionError(entity, fieldErrorsOf(result.error.issues));
  return result.data;
}

function fieldErrorsOf(issues: { path: (string | number)[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.path.join(".") || "payload"] ??= []).push(issue.message);
  return out;
}

function applySubmission(db: Db, submission: SubmissionRow, ctx: ApplyContext): Applied {
  const { entity, action } = submission;
  if (action === "archive" || action === "restore") {
    const target = submission.entityId === null ? undefined : getRecordForEdit(db, entity, submission.entityId);
    if (!target) throw new HttpError(404, `The ${entity} ${submission.entityId} no longer exists`);
    assertOwner(entity, submission.entityId!, target.organisationId, submission.organisationId);
    assertStatusFits(entity, submission.entityId!, action, target.status);
    const status: RecordStatus = action === "archive" ? "archived" : "published";
    setRecordStatus(db, entity, submission.entityId!, status);
    return { entityId: submission.entityId!, organisationId: target.organisationId, changes: { status: { before: target.status, after: status } } };
  }
  const input = validatePayload(db, entity, submission.payload, submission.organisationId);
  if (entity === "organisation") return applyOrganisation(db, submission, input as OrganisationInput, ctx);
  if (entity === "project") return applyProject(db, submission, input as ProjectInput);
  return applyAward(db, submission, input as AwardInput, ctx);
}

/** For an edit: the record as it is now, checked to belong to the submission's organisation. */
function currentTarget(db: Db, submission: SubmissionRow) {
  if (submission.action !== "update") return undefined;
  const target = submission.entityId === null ? undefined : getRecordForEdit(db, submission.entity, submission.entityId);
  if (!target) throw new HttpError(404, `The ${submission.entity} ${submission.entityId} no longer exists`);
  assertOwner(submission.entity, submission.entityId!, target.organisationId, submission.organisationId);
  return target;
}

function assertOwner(entity: SubmissionEntity, id: number, actual: number, expected: number | null): void {
  if (expected !== null && actual !== expected) {
    throw new HttpError(400, `The ${entity} ${id} belongs to organisation ${actual}, not ${expected}`);
  }
}

function applyOrganisation(db: Db, submission: SubmissionRow, input: OrganisationInput, ctx: ApplyContext): Applied {
  const target = currentTarget(db, submission);
  if (!target) {
    const slug = uniqueSlug(db, "organisations", input.nameEn);
    const id = insertOrganisation(db, { ...input, slug, status: "published", lastConfirmed: ctx.today, sourceId: null });
    addMembership(db, submission.submittedBy, id, ctx.at);
    const changes = changesOf(diffFields(null, { slug, ...input, status: "published", lastConfirmed: ctx.today }));
    return { entityId: id, organisationId: id, changes };
  }
  const id = submission.entityId!;
  const before = getOrganisationRecord(db, id)!;
  updateOrganisation(db, id, { ...input, lastConfirmed: ctx.today });
  const changes = changesOf([
    ...diffFields(target.input as unknown as Record<string, unknown>, input as unknown as Record<string, unknown>),
    ...diffFields({ lastConfirmed: before.lastConfirmed }, { lastConfirmed: ctx.today }),
  ]);
  return { entityId: id, organisationId: id, changes };
}

function applyProject(db: Db, submission: SubmissionRow, input: ProjectInput): Applied {
  const organisationId = submission.organisationId;
  if (organisationId === null || !getOrganisationRecord(db, organisationId)) {
    throw new HttpError(404, `The organisation ${organisationId} of submission ${submission.id} no longer exists`);
  }
  const target = currentTarget(db, submission);
  const { themes, areaGss, ...fields } = input;
  const values = { ...fields, organisationId };
  let id: number;
  if (target) {
    id = submission.entityId!;
    updateProject(db, id, { ...values, ...datesNoLongerDerived(target.input as ProjectInput, input), ...(input.endDate !== null ? { endedNoDate: false } : {}) });
  } else {
    id = insertProject(db, { ...values, status: "published", sourceId: null });
  }
  setProjectThemes(db, id, themes);
  if (input.areaKind === "point") {
    const reached = authoritiesReachedByCircle(input.pointLng!, input.pointLat!, input.radiusKm!, boundaryCollection(db).collection);
    setProjectAreas(db, id, reached, true);
  } else {
    setProjectAreas(db, id, input.areaKind === "authorities" ? areaGss : [], false);
  }
  const after = input as unknown as Record<string, unknown>;
  const changes = target
    ? changesOf(diffFields(target.input as unknown as Record<string, unknown>, after))
    : changesOf(diffFields(null, { organisationId, ...after, status: "published" }));
  return { entityId: id, organisationId, changes };
}

function applyAward(db: Db, submission: SubmissionRow, input: AwardInput, ctx: ApplyContext): Applied {
  const organisationId = submission.organisationId;
  if (organisationId === null || !getOrganisationRecord(db, organisationId)) {
    throw new HttpError(404, `The organisation ${organisationId} of submission ${submission.id} no longer exists`);
  }
  const target = currentTarget(db, submission);
  if (input.projectId !== null) {
    const project = getProjectRecord(db, input.projectId);
    if (!project) throw new HttpError(404, `The project ${input.projectId} no longer exists`);
    if (project.organisationId !== organisationId) {
      throw new HttpError(400, `The project ${input.projectId} belongs to organisation ${project.organisationId}, not ${organisationId}`);
    }
  }
  const funder = resolveFunder(db, input, ctx);
  const values = {
    funderId: funder.id,
    programmeEn: input.programmeEn,
    programmeCy: input.programmeCy,
    projectId: input.projectId,
    // As in the seed: an award to a project names the project, an award to the organisation names it.
    organisationId: input.projectId === null ? organisationId : null,
    amountPence: input.amountPence,
    amountPeriod: input.amountPeriod,
    startDate: input.startDate,
    startPrecision: input.startPrecision,
    endDate: input.endDate,
    endPrecision: input.endPrecision,
  };
  let id: number;
  if (target) {
    id = submission.entityId!;
    updateAward(db, id, { ...values, ...datesNoLongerDerived(target.input as AwardInput, input) });
  } else {
    id = insertAward(db, { ...values, status: "published", sourceId: null });
  }
  const after = { ...input, funderSlug: funder.slug, newFunderName: null, newFunderKind: null } as unknown as Record<string, unknown>;
  const changes = target
    ? changesOf(diffFields(target.input as unknown as Record<string, unknown>, after))
    : changesOf(diffFields(null, { ...after, status: "published" }));
  return { entityId: id, organisationId, changes };
}

/**
 * A seeded date note explains how a date was derived; once someone changes the dates it no
 * longer applies, so it is cleared.
 */
function datesNoLongerDerived(before: ProjectInput | AwardInput, after: ProjectInput | AwardInput): { dateNote?: null } {
  return before.startDate !== after.startDate || before.endDate !== after.endDate ? { dateNote: null } : {};
}

/** The award's funder: the existing one it names, or a new one (itself audited as a "funder" create). */
function resolveFunder(db: Db, input: AwardInput, ctx: ApplyContext): { id: number; slug: string } {
  if (input.funderSlug !== null) {
    const id = getFunderId(db, input.funderSlug);
    if (id === undefined) throw new HttpError(400, `Unknown funder: ${input.funderSlug}`);
    return { id, slug: input.funderSlug };
  }
  const slug = uniqueSlug(db, "funders", input.newFunderName!);
  const values = { slug, nameEn: input.newFunderName!, kind: input.newFunderKind! };
  const id = insertFunder(db, { ...values, sourceId: null });
  insertAudit(db, { at: ctx.at, userId: ctx.moderatorId, entity: "funder", entityId: id, action: "create", changes: changesOf(diffFields(null, values)), submissionId: null });
  return { id, slug };
}

/** Slugs that would clash with site paths such as /organisations/new. */
const RESERVED_SLUGS = new Set(["new", "edit"]);

/**
 * A kebab-case slug from a name: accents dropped, "&" as "and", at most 80 characters.
 *
 * @example
 * slugify("Cymdeithas Gŵyr & Co.") // "cymdeithas-gwyr-and-co"
 */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "organisation";
}

function uniqueSlug(db: Db, table: "organisations" | "funders", name: string): string {
  const base = slugify(name);
  const free = (slug: string) => !RESERVED_SLUGS.has(slug) && !isSlugTaken(db, table, slug);
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}

function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0);
}

function comparable(v: unknown): unknown {
  return Array.isArray(v) ? [...v].map(String).sort() : v;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isEmptyValue(a) && isEmptyValue(b)) return true;
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}

/** Every field of `after` whose value differs from `before`'s (all with a value when before is null). */
function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown>): DiffEntry[] {
  const out: DiffEntry[] = [];
  for (const [field, value] of Object.entries(after)) {
    const old = before?.[field] ?? null;
    const now = value ?? null;
    if (!sameValue(old, now)) out.push({ field, before: comparable(old), after: comparable(now) });
  }
  return out;
}

function changesOf(diff: DiffEntry[]): AuditChanges {
  return Object.fromEntries(diff.map((d) => [d.field, { before: d.before, after: d.after }]));
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

function dateOf(instant: Instant): Date {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid time: ${String(instant)}`);
  return date;
}

function isoOf(instant: Instant): string {
  return dateOf(instant).toISOString();
}

/** The civil date in Wales of an instant ("2026-03-30T23:30:00.000Z" → "2026-03-31"). */
function dayOf(instant: Instant): string {
  return londonDate(dateOf(instant));
}

function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}
