/**
 * Reading and writing single directory records whatever their status, for editing and moderation
 * (the public lists in organisations.ts, projects.ts and awards.ts show published records only).
 * Callers run these inside a transaction and bump the data version.
 */
import { and, asc, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Queryable } from "../client";
import {
  awards,
  funders,
  localAuthorities,
  memberships,
  organisations,
  projectAreas,
  projects,
  projectThemes,
  themes,
  type RecordStatus,
} from "../schema";

export type OrganisationValues = typeof organisations.$inferInsert;
export type ProjectValues = typeof projects.$inferInsert;
export type AwardValues = typeof awards.$inferInsert;

/**
 * One organisation by id, published or archived, or undefined.
 *
 * @example
 * getOrganisationRecord(db, 3)?.status // "archived"
 */
export function getOrganisationRecord(db: Queryable, id: number) {
  return db.select().from(organisations).where(eq(organisations.id, id)).get();
}

/**
 * One project by id, published or archived, with its theme ids and the authorities it serves
 * (`areas`, each marked derived when computed from its point and radius), or undefined.
 *
 * @example
 * getProjectRecord(db, 12)?.themeIds // ["hate-crime"]
 */
export function getProjectRecord(db: Queryable, id: number) {
  const row = db.select().from(projects).where(eq(projects.id, id)).get();
  if (!row) return undefined;
  const themeIds = db
    .select({ id: projectThemes.themeId })
    .from(projectThemes)
    .where(eq(projectThemes.projectId, id))
    .orderBy(asc(projectThemes.themeId))
    .all()
    .map((t) => t.id);
  const areas = db
    .select({ gssCode: projectAreas.gssCode, derived: projectAreas.derived })
    .from(projectAreas)
    .where(eq(projectAreas.projectId, id))
    .orderBy(asc(projectAreas.gssCode))
    .all();
  return { ...row, themeIds, areas };
}

/**
 * One award by id, published or archived, with its funder's slug and the organisation it belongs
 * to (its own, or its project's), or undefined.
 *
 * @example
 * getAwardRecord(db, 5)?.ownerOrganisationId // 3
 */
export function getAwardRecord(db: Queryable, id: number) {
  return db
    .select({
      award: awards,
      funderSlug: funders.slug,
      ownerOrganisationId: sql<number>`coalesce(${awards.organisationId}, ${projects.organisationId})`,
    })
    .from(awards)
    .innerJoin(funders, eq(funders.id, awards.funderId))
    .leftJoin(projects, eq(projects.id, awards.projectId))
    .where(eq(awards.id, id))
    .get();
}

/**
 * Adds an organisation and returns its id.
 *
 * @example
 * insertOrganisation(db, { slug: "new-trust", nameEn: "New Trust", kind: "charity", descriptionEn: "…" })
 */
export function insertOrganisation(db: Queryable, values: OrganisationValues): number {
  return db.insert(organisations).values(values).returning({ id: organisations.id }).get().id;
}

/**
 * Changes an organisation's fields.
 *
 * @example
 * updateOrganisation(db, 3, { nameEn: "Alpha Trust Cymru", lastConfirmed: "2026-01-16" })
 */
export function updateOrganisation(db: Queryable, id: number, values: Partial<OrganisationValues>): void {
  db.update(organisations).set(values).where(eq(organisations.id, id)).run();
}

/**
 * Adds a project and returns its id.
 *
 * @example
 * insertProject(db, { organisationId: 3, titleEn: "Forum", areaKind: "wales" })
 */
export function insertProject(db: Queryable, values: ProjectValues): number {
  return db.insert(projects).values(values).returning({ id: projects.id }).get().id;
}

/**
 * Changes a project's fields.
 *
 * @example
 * updateProject(db, 12, { titleEn: "Hate crime forum" })
 */
export function updateProject(db: Queryable, id: number, values: Partial<ProjectValues>): void {
  db.update(projects).set(values).where(eq(projects.id, id)).run();
}

/**
 * Replaces a project's themes.
 *
 * @example
 * setProjectThemes(db, 12, ["hate-crime", "youth-asb"])
 */
export function setProjectThemes(db: Queryable, projectId: number, themeIds: string[]): void {
  db.delete(projectThemes).where(eq(projectThemes.projectId, projectId)).run();
  if (themeIds.length) db.insert(projectThemes).values(themeIds.map((themeId) => ({ projectId, themeId }))).run();
}

/**
 * Replaces the authorities a project serves (`derived` when computed from its point and radius).
 *
 * @example
 * setProjectAreas(db, 12, ["W06000014", "W06000015"], true)
 */
export function setProjectAreas(db: Queryable, projectId: number, gssCodes: string[], derived: boolean): void {
  db.delete(projectAreas).where(eq(projectAreas.projectId, projectId)).run();
  if (gssCodes.length) db.insert(projectAreas).values(gssCodes.map((gssCode) => ({ projectId, gssCode, derived }))).run();
}

/**
 * Adds an award and returns its id.
 *
 * @example
 * insertAward(db, { funderId: 1, programmeEn: "Community Cohesion", organisationId: 3 })
 */
export function insertAward(db: Queryable, values: AwardValues): number {
  return db.insert(awards).values(values).returning({ id: awards.id }).get().id;
}

/**
 * Changes an award's fields.
 *
 * @example
 * updateAward(db, 5, { amountPence: 5_000_000 })
 */
export function updateAward(db: Queryable, id: number, values: Partial<AwardValues>): void {
  db.update(awards).set(values).where(eq(awards.id, id)).run();
}

/**
 * Adds a funder and returns its id.
 *
 * @example
 * insertFunder(db, { slug: "new-fund", nameEn: "New Fund", kind: "trust" })
 */
export function insertFunder(db: Queryable, values: typeof funders.$inferInsert): number {
  return db.insert(funders).values(values).returning({ id: funders.id }).get().id;
}

/**
 * One funder's id by slug, or undefined.
 *
 * @example
 * getFunderId(db, "welsh-government") // 1
 */
export function getFunderId(db: Queryable, slug: string): number | undefined {
  return db.select({ id: funders.id }).from(funders).where(eq(funders.slug, slug)).get()?.id;
}

/**
 * Publishes or archives a record (nothing is ever deleted).
 *
 * @example
 * setRecordStatus(db, "project", 12, "archived")
 */
export function setRecordStatus(db: Queryable, entity: "organisation" | "project" | "award", id: number, status: RecordStatus): void {
  const table = entity === "organisation" ? organisations : entity === "project" ? projects : awards;
  db.update(table).set({ status }).where(eq(table.id, id)).run();
}

/**
 * Whether an organisation or funder already has this slug (in any status).
 *
 * @example
 * isSlugTaken(db, "organisations", "alpha-trust") // true
 */
export function isSlugTaken(db: Queryable, table: "organisations" | "funders", slug: string): boolean {
  const t = table === "organisations" ? organisations : funders;
  return db.select({ id: t.id }).from(t).where(eq(t.slug, slug)).get() !== undefined;
}

/**
 * The values a listing form's choice fields may take: authority codes, theme ids, funder slugs.
 *
 * @example
 * listChoiceValues(db).gssCodes.length // 22
 */
export function listChoiceValues(db: Queryable) {
  return {
    gssCodes: db.select({ v: localAuthorities.gssCode }).from(localAuthorities).orderBy(asc(localAuthorities.gssCode)).all().map((r) => r.v),
    themeIds: db.select({ v: themes.id }).from(themes).orderBy(asc(themes.sortOrder)).all().map((r) => r.v),
    funderSlugs: db.select({ v: funders.slug }).from(funders).orderBy(asc(funders.slug)).all().map((r) => r.v),
  };
}

/**
 * The ids of an organisation's projects (published or archived), ascending.
 *
 * @example
 * listProjectIds(db, 3) // [7, 12]
 */
/**
 * Records that a person confirmed an organisation's listing on `day`: the organisation, its published
 * projects and the awards to it or to them are evidenced that day (a later date is never moved back).
 *
 * @example
 * markListingEvidenced(tx, 3, "2026-12-01")
 */
export function markListingEvidenced(db: Queryable, organisationId: number, day: string): void {
  const later = (column: typeof organisations.lastEvidenced | typeof projects.lastEvidenced | typeof awards.lastEvidenced) =>
    sql`(${column} IS NULL OR ${column} < ${day})`;
  db.update(organisations).set({ lastEvidenced: day }).where(and(eq(organisations.id, organisationId), later(organisations.lastEvidenced))).run();
  db.update(projects)
    .set({ lastEvidenced: day })
    .where(and(eq(projects.organisationId, organisationId), eq(projects.status, "published"), later(projects.lastEvidenced)))
    .run();
  db.update(awards)
    .set({ lastEvidenced: day })
    .where(
      and(
        eq(awards.status, "published"),
        later(awards.lastEvidenced),
        or(eq(awards.organisationId, organisationId), sql`${awards.projectId} IN (SELECT ${projects.id} FROM ${projects} WHERE ${projects.organisationId} = ${organisationId})`),
      ),
    )
    .run();
}

export function listProjectIds(db: Queryable, organisationId: number): number[] {
  return db
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.organisationId, organisationId))
    .orderBy(asc(projects.id))
    .all()
    .map((r) => r.id);
}

/**
 * Published organisations never confirmed or last confirmed before `before` (a partial date
 * compared as text, so the caller narrows the result with exact month arithmetic), optionally
 * only those `memberId` edits; never-confirmed first, then oldest first.
 *
 * @example
 * listConfirmationCandidates(db, { before: "2025-02-01" })
 */
export function listConfirmationCandidates(db: Queryable, f: { before: string; memberId?: number }) {
  const where = [eq(organisations.status, "published"), or(isNull(organisations.lastConfirmed), lt(organisations.lastConfirmed, f.before))];
  if (f.memberId !== undefined) {
    where.push(sql`EXISTS (SELECT 1 FROM ${memberships} WHERE ${memberships.organisationId} = ${organisations.id} AND ${memberships.userId} = ${f.memberId})`);
  }
  return db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      nameEn: organisations.nameEn,
      nameCy: organisations.nameCy,
      lastConfirmed: organisations.lastConfirmed,
    })
    .from(organisations)
    .where(and(...where))
    .orderBy(sql`${organisations.lastConfirmed} IS NOT NULL`, asc(organisations.lastConfirmed), asc(organisations.nameEn))
    .all();
}

/**
 * Archived organisations and projects (hidden from the public site), newest id first.
 *
 * @example
 * listArchived(db).organisations.map((o) => o.slug)
 */
export function listArchived(db: Queryable) {
  return {
    organisations: db
      .select({ id: organisations.id, slug: organisations.slug, nameEn: organisations.nameEn })
      .from(organisations)
      .where(eq(organisations.status, "archived"))
      .orderBy(desc(organisations.id))
      .all(),
    projects: db
      .select({ id: projects.id, titleEn: projects.titleEn, organisationId: projects.organisationId, organisationName: organisations.nameEn })
      .from(projects)
      .innerJoin(organisations, eq(organisations.id, projects.organisationId))
      .where(eq(projects.status, "archived"))
      .orderBy(desc(projects.id))
      .all(),
  };
}
