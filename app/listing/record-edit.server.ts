/**
 * Records as their forms see them: the choices a listing form's fields may take, and a published
 * or archived record in the shape its form returns (for edit forms and diffs).
 */
import type { Queryable } from "../../db/client";
import { getAwardRecord, getOrganisationRecord, getProjectRecord, listChoiceValues, listProjectIds } from "../../db/queries/records";
import type { RecordStatus, SubmissionEntity } from "../../db/schema";
import type { AwardInput, OrganisationInput, ProjectInput, RecordChoices } from "./record-types";

export type RecordInput = OrganisationInput | ProjectInput | AwardInput;

/** The normalised input of each kind of record (what its form's schema returns). */
export interface InputOf {
  organisation: OrganisationInput;
  project: ProjectInput;
  award: AwardInput;
}

/** A record as its edit form sees it, with its status and the organisation it belongs to. */
export interface EditableRecord<E extends SubmissionEntity> {
  status: RecordStatus;
  organisationId: number;
  input: InputOf[E];
}

/**
 * The values the listing forms' choice fields may take, from the database; with an
 * organisation, also the projects its awards may fund. Pass to the schema factories in app/records.ts.
 *
 * @example
 * parseWithZod(formData, { schema: projectInputSchema(getRecordChoices(db)) })
 */
export function getRecordChoices(db: Queryable, options: { organisationId?: number | null } = {}): RecordChoices {
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
export function getRecordForEdit<E extends SubmissionEntity>(db: Queryable, entity: E, id: number): EditableRecord<E> | undefined {
  return READERS[entity](db, id);
}

function organisationForEdit(db: Queryable, id: number): EditableRecord<"organisation"> | undefined {
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

function projectForEdit(db: Queryable, id: number): EditableRecord<"project"> | undefined {
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

function awardForEdit(db: Queryable, id: number): EditableRecord<"award"> | undefined {
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

const READERS: { [E in SubmissionEntity]: (db: Queryable, id: number) => EditableRecord<E> | undefined } = {
  organisation: organisationForEdit,
  project: projectForEdit,
  award: awardForEdit,
};
