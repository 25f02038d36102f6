/**
 * Self-service listing: proposed changes wait as submissions until a moderator approves them;
 * every applied change is written to the audit log.
 *
 * - A new listing, an edit, an archive or a restore is a pending submission. The published
 *   record stays exactly as it is (and the map, coverage and funding views with it) until a
 *   moderator approves; approval applies the change (apply.server.ts), audits it and bumps the
 *   data version in one transaction.
 * - Nothing is deleted: archiving hides a record (an archived organisation hides its projects
 *   and awards with it) and restoring brings it back.
 * - Records created here have no citation (source_id NULL): they are "listed by the
 *   organisation". A seeded record keeps its citation when it is edited.
 * - Permissions (who may submit for which organisation, who may moderate) are the caller's to
 *   check, with app/accounts/permissions.ts, before calling these functions.
 */
import { WRITE_LOCK, type Queryable } from "../../db/client";
import { insertAudit } from "../../db/queries/audit";
import { bumpDataVersion } from "../../db/queries/meta";
import { getOrganisationRecord } from "../../db/queries/records";
import { createSubmission, getSubmission, updateSubmissionStatus, type SubmissionRow } from "../../db/queries/submissions";
import type { SubmissionAction, SubmissionEntity } from "../../db/schema";
import { dayOf, isoOf, type Instant } from "../platform/clock.server";
import { HttpError } from "../platform/http.server";
import { applySubmission, type Applied, type ApplyContext } from "./apply.server";
import { RejectInputSchema } from "./form-schemas";
import { getRecordForEdit } from "./record-edit.server";
import { assertStatusFits, fieldErrorsOf, InvalidSubmissionError, validatePayload } from "./submission-checks.server";

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
  db: Queryable,
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
    if (entityId !== null) throw HttpError.translated(400, "errors.listing.newHasId", { entity: { $t: `entity.${entity}` }, id: entityId });
    if (entity === "organisation") {
      if (organisationId !== null) throw HttpError.translated(400, "errors.listing.newOrganisationOwned");
    } else {
      if (organisationId === null) throw HttpError.translated(400, "errors.listing.needsOrganisation", { entity: { $t: `entity.${entity}` } });
      if (!getOrganisationRecord(db, organisationId)) throw HttpError.translated(404, "errors.listing.unknownRecord", { entity: { $t: "entity.organisation" }, id: organisationId });
    }
  } else {
    if (entityId === null) throw HttpError.translated(400, "errors.listing.sayWhich", { entity: { $t: `entity.${entity}` } });
    const target = getRecordForEdit(db, entity, entityId);
    if (!target) throw HttpError.translated(404, "errors.listing.unknownRecord", { entity: { $t: `entity.${entity}` }, id: entityId });
    if (organisationId !== null && organisationId !== target.organisationId) {
      throw HttpError.translated(400, "errors.listing.belongsElsewhere", { entity: { $t: `entity.${entity}` }, id: entityId, actual: target.organisationId, expected: organisationId });
    }
    organisationId = target.organisationId;
    assertStatusFits(entity, entityId, action, target.status);
  }
  const payload = action === "create" || action === "update" ? validatePayload(db, entity, input.payload, organisationId) : {};
  return db.transaction((tx) =>
    createSubmission(tx, {
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
  db: Queryable,
  input: { submissionId: number; moderatorId: number; now: Instant },
): { submissionId: number; entity: SubmissionEntity; action: SubmissionAction; entityId: number; organisationId: number } {
  return db.transaction((tx) => {
    const submission = pendingSubmission(tx, input.submissionId);
    const applied = publishSubmission(tx, submission, { at: isoOf(input.now), today: dayOf(input.now), moderatorId: input.moderatorId });
    bumpDataVersion(tx);
    return { submissionId: submission.id, entity: submission.entity, action: submission.action, entityId: applied.entityId, organisationId: applied.organisationId };
  }, WRITE_LOCK);
}

/**
 * Publishes one pending submission inside the caller's transaction: applies it, writes its audit
 * row and marks it approved with the record it made. The caller bumps the data version once.
 *
 * @example
 * publishSubmission(tx, submission, { at, today, moderatorId: 2 }).entityId // 12
 */
export function publishSubmission(tx: Queryable, submission: SubmissionRow, ctx: ApplyContext): Applied {
  const applied = applySubmission(tx, submission, ctx);
  insertAudit(tx, {
    at: ctx.at,
    userId: ctx.moderatorId,
    entity: submission.entity,
    entityId: applied.entityId,
    action: submission.action,
    changes: applied.changes,
    submissionId: submission.id,
  });
  updateSubmissionStatus(tx, submission.id, {
    status: "approved",
    reviewedBy: ctx.moderatorId,
    reviewedAt: ctx.at,
    reason: null,
    entityId: applied.entityId,
    organisationId: applied.organisationId,
  });
  return applied;
}

/**
 * Turns down a pending submission with a reason its submitter will see (required, up to 1,000
 * characters); nothing is applied. Throws InvalidSubmissionError (400) for a bad reason,
 * HttpError 404/400 when the submission is unknown or not pending.
 *
 * @example
 * rejectSubmission(db, { submissionId: 4, moderatorId: 2, reason: "Please add where the project runs.", now: new Date().toISOString() })
 */
export function rejectSubmission(db: Queryable, input: { submissionId: number; moderatorId: number; reason: string; now: Instant }): void {
  const parsed = RejectInputSchema.safeParse({ reason: input.reason });
  if (!parsed.success) throw new InvalidSubmissionError("rejection", fieldErrorsOf(parsed.error.issues));
  db.transaction((tx) => {
    pendingSubmission(tx, input.submissionId);
    updateSubmissionStatus(tx, input.submissionId, {
      status: "rejected",
      reviewedBy: input.moderatorId,
      reviewedAt: isoOf(input.now),
      reason: parsed.data.reason,
    });
  }, WRITE_LOCK);
}

/**
 * Withdraws a pending submission, by the person who made it (HttpError 403 for anyone else).
 *
 * @example
 * withdrawSubmission(db, { submissionId: 4, userId: 7, now: new Date().toISOString() })
 */
export function withdrawSubmission(db: Queryable, input: { submissionId: number; userId: number; now: Instant }): void {
  db.transaction((tx) => {
    const submission = pendingSubmission(tx, input.submissionId);
    if (submission.submittedBy !== input.userId) throw HttpError.translated(403, "errors.listing.notSubmitter", { id: submission.id });
    updateSubmissionStatus(tx, submission.id, { status: "withdrawn", reviewedBy: null, reviewedAt: isoOf(input.now), reason: null });
  }, WRITE_LOCK);
}

function pendingSubmission(db: Queryable, id: number): SubmissionRow {
  const submission = getSubmission(db, id);
  if (!submission) throw HttpError.translated(404, "errors.listing.unknownSubmission", { id });
  if (submission.status !== "pending") throw HttpError.translated(400, "errors.listing.notPending", { id, status: { $t: `account.statuses.${submission.status}` } });
  return submission;
}
