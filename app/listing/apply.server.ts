/**
 * Applying an approved submission to the published records: create, update, archive or restore,
 * with themes, areas (a point's authorities worked out from its circle), slugs, memberships and
 * the changes to audit. Runs inside the approval's transaction (see submissions.server.ts).
 */
import type { Queryable } from "../../db/client";
import { insertAudit, type AuditChanges } from "../../db/queries/audit";
import {
  getFunderId,
  getOrganisationRecord,
  getProjectRecord,
  insertAward,
  insertFunder,
  insertOrganisation,
  insertProject,
  setProjectAreas,
  setProjectThemes,
  setRecordStatus,
  updateAward,
  updateOrganisation,
  updateProject,
} from "../../db/queries/records";
import type { SubmissionRow } from "../../db/queries/submissions";
import { addMembership } from "../../db/queries/users";
import type { RecordStatus, SubmissionEntity } from "../../db/schema";
import { authoritiesReachedByCircle } from "../../geo/reach";
import { boundaryCollection } from "../coverage/boundaries.server";
import { HttpError } from "../platform/http.server";
import { changesOf, diffFields } from "./diffs.server";
import { getRecordForEdit } from "./record-edit.server";
import type { AwardInput, OrganisationInput, ProjectInput } from "./record-types";
import { uniqueSlug } from "./slugs.server";
import { assertStatusFits, validatePayload } from "./submission-checks.server";

export interface Applied {
  entityId: number;
  organisationId: number;
  changes: AuditChanges;
}

export interface ApplyContext {
  at: string;
  today: string;
  moderatorId: number;
}

export function applySubmission(db: Queryable, submission: SubmissionRow, ctx: ApplyContext): Applied {
  const { entity, action } = submission;
  if (action === "archive" || action === "restore") {
    const target = submission.entityId === null ? undefined : getRecordForEdit(db, entity, submission.entityId);
    if (!target) throw HttpError.translated(404, "errors.listing.gone", { entity: { $t: `entity.${entity}` }, id: String(submission.entityId) });
    assertOwner(entity, submission.entityId!, target.organisationId, submission.organisationId);
    assertStatusFits(entity, submission.entityId!, action, target.status);
    const status: RecordStatus = action === "archive" ? "archived" : "published";
    setRecordStatus(db, entity, submission.entityId!, status);
    return { entityId: submission.entityId!, organisationId: target.organisationId, changes: { status: { before: target.status, after: status } } };
  }
  const payloadOf = <E extends SubmissionEntity>(kind: E) => validatePayload(db, kind, submission.payload, submission.organisationId);
  if (entity === "organisation") return applyOrganisation(db, submission, payloadOf("organisation"), ctx);
  if (entity === "project") return applyProject(db, submission, payloadOf("project"), ctx);
  return applyAward(db, submission, payloadOf("award"), ctx);
}

/** For an edit: the record as it is now, checked to belong to the submission's organisation. */
function currentTarget<E extends SubmissionEntity>(db: Queryable, submission: SubmissionRow, entity: E) {
  if (submission.action !== "update") return undefined;
  const target = submission.entityId === null ? undefined : getRecordForEdit(db, entity, submission.entityId);
  if (!target) throw HttpError.translated(404, "errors.listing.gone", { entity: { $t: `entity.${submission.entity}` }, id: String(submission.entityId) });
  assertOwner(submission.entity, submission.entityId!, target.organisationId, submission.organisationId);
  return target;
}

function assertOwner(entity: SubmissionEntity, id: number, actual: number, expected: number | null): void {
  if (expected !== null && actual !== expected) {
    throw HttpError.translated(400, "errors.listing.belongsElsewhere", { entity: { $t: `entity.${entity}` }, id, actual, expected });
  }
}

function applyOrganisation(db: Queryable, submission: SubmissionRow, input: OrganisationInput, ctx: ApplyContext): Applied {
  const target = currentTarget(db, submission, "organisation");
  if (!target) {
    const slug = uniqueSlug(db, "organisations", input.nameEn);
    const id = insertOrganisation(db, { ...input, slug, status: "published", lastConfirmed: ctx.today, lastEvidenced: ctx.today, sourceId: null });
    addMembership(db, submission.submittedBy, id, ctx.at);
    const changes = changesOf(diffFields(null, { slug, ...input, status: "published", lastConfirmed: ctx.today }));
    return { entityId: id, organisationId: id, changes };
  }
  const id = submission.entityId!;
  const before = getOrganisationRecord(db, id)!;
  updateOrganisation(db, id, { ...input, lastConfirmed: ctx.today, lastEvidenced: ctx.today });
  const changes = changesOf([
    ...diffFields(target.input, input),
    ...diffFields({ lastConfirmed: before.lastConfirmed }, { lastConfirmed: ctx.today }),
  ]);
  return { entityId: id, organisationId: id, changes };
}

function applyProject(db: Queryable, submission: SubmissionRow, input: ProjectInput, ctx: ApplyContext): Applied {
  const organisationId = submission.organisationId;
  if (organisationId === null || !getOrganisationRecord(db, organisationId)) {
    throw HttpError.translated(404, "errors.listing.gone", { entity: { $t: "entity.organisation" }, id: String(organisationId) });
  }
  const target = currentTarget(db, submission, "project");
  const { themes, areaGss, ...fields } = input;
  // A moderator approving what the organisation says is fresh evidence that it is current.
  const values = { ...fields, organisationId, lastEvidenced: ctx.today };
  let id: number;
  if (target) {
    id = submission.entityId!;
    updateProject(db, id, { ...values, ...datesNoLongerDerived(target.input, input), ...(input.endDate !== null ? { endedNoDate: false } : {}) });
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
  const after = input;
  const changes = target
    ? changesOf(diffFields(target.input, after))
    : changesOf(diffFields(null, { organisationId, ...after, status: "published" }));
  return { entityId: id, organisationId, changes };
}

function applyAward(db: Queryable, submission: SubmissionRow, input: AwardInput, ctx: ApplyContext): Applied {
  const organisationId = submission.organisationId;
  if (organisationId === null || !getOrganisationRecord(db, organisationId)) {
    throw HttpError.translated(404, "errors.listing.gone", { entity: { $t: "entity.organisation" }, id: String(organisationId) });
  }
  const target = currentTarget(db, submission, "award");
  if (input.projectId !== null) {
    const project = getProjectRecord(db, input.projectId);
    if (!project) throw HttpError.translated(404, "errors.listing.gone", { entity: { $t: "entity.project" }, id: input.projectId });
    if (project.organisationId !== organisationId) {
      throw HttpError.translated(400, "errors.listing.belongsElsewhere", { entity: { $t: "entity.project" }, id: input.projectId, actual: project.organisationId, expected: organisationId });
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
    lastEvidenced: ctx.today,
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
    updateAward(db, id, { ...values, ...datesNoLongerDerived(target.input, input) });
  } else {
    id = insertAward(db, { ...values, status: "published", sourceId: null });
  }
  const after = { ...input, funderSlug: funder.slug, newFunderName: null, newFunderKind: null };
  const changes = target
    ? changesOf(diffFields(target.input, after))
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
function resolveFunder(db: Queryable, input: AwardInput, ctx: ApplyContext): { id: number; slug: string } {
  if (input.funderSlug !== null) {
    const id = getFunderId(db, input.funderSlug);
    if (id === undefined) throw HttpError.translated(400, "errors.unknownFunder", { slug: input.funderSlug });
    return { id, slug: input.funderSlug };
  }
  const slug = uniqueSlug(db, "funders", input.newFunderName!);
  const values = { slug, nameEn: input.newFunderName!, kind: input.newFunderKind! };
  const id = insertFunder(db, { ...values, sourceId: null });
  insertAudit(db, { at: ctx.at, userId: ctx.moderatorId, entity: "funder", entityId: id, action: "create", changes: changesOf(diffFields(null, values)), submissionId: null });
  return { id, slug };
}
