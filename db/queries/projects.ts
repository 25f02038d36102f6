import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../client";
import { awards, funders, organisations, projectAreas, projects, projectThemes, sources } from "../schema";
import { matchesText, notEndedBy, startedBy } from "./filters";

export interface ProjectFilters {
  q?: string;
  theme?: string;
  /** Serving this authority (Wales-wide projects serve every authority). */
  gss?: string;
  organisationId?: number;
  funderId?: number;
  /**
   * Only projects whose dates span this day (YYYY-MM-DD): dates alone, not the evidence rule; the
   * app's notion of "current" is geo/dates/currency.ts (app/directory/provision.server.ts).
   */
  activeOn?: string;
}

/** SQL condition: the project serves the authority `gss`. */
export function servesAuthority(gss: string): SQL {
  return sql`(${projects.areaKind} = 'wales' OR EXISTS (SELECT 1 FROM ${projectAreas} WHERE ${projectAreas.projectId} = ${projects.id} AND ${projectAreas.gssCode} = ${gss}))`;
}

/** SQL condition: the project runs on `asOf`. */
export function projectActiveOn(asOf: string): SQL {
  return sql`(${startedBy(projects.startDate, asOf)} AND ${projects.endedNoDate} = 0 AND ${notEndedBy(projects.endDate, asOf)})`;
}

function projectConditions(f: ProjectFilters): SQL[] {
  const where: SQL[] = [eq(projects.status, "published")];
  if (f.q) where.push(sql`(${matchesText([projects.titleEn, projects.titleCy, projects.descriptionEn, projects.descriptionCy], f.q)})`);
  if (f.theme) where.push(sql`EXISTS (SELECT 1 FROM ${projectThemes} WHERE ${projectThemes.projectId} = ${projects.id} AND ${projectThemes.themeId} = ${f.theme})`);
  if (f.gss) where.push(servesAuthority(f.gss));
  if (f.organisationId !== undefined) where.push(eq(projects.organisationId, f.organisationId));
  if (f.funderId !== undefined) where.push(sql`EXISTS (SELECT 1 FROM ${awards} WHERE ${awards.projectId} = ${projects.id} AND ${awards.funderId} = ${f.funderId} AND ${awards.status} = 'published')`);
  if (f.activeOn) where.push(projectActiveOn(f.activeOn));
  return where;
}

const projectColumns = {
  id: projects.id,
  titleEn: projects.titleEn,
  titleCy: projects.titleCy,
  descriptionEn: projects.descriptionEn,
  descriptionCy: projects.descriptionCy,
  kind: projects.kind,
  deliveryNotNamed: projects.deliveryNotNamed,
  areaKind: projects.areaKind,
  pointLng: projects.pointLng,
  pointLat: projects.pointLat,
  radiusKm: projects.radiusKm,
  startDate: projects.startDate,
  startPrecision: projects.startPrecision,
  endDate: projects.endDate,
  endPrecision: projects.endPrecision,
  dateNote: projects.dateNote,
  endedNoDate: projects.endedNoDate,
  lastEvidenced: projects.lastEvidenced,
  synthetic: projects.synthetic,
  organisationId: projects.organisationId,
  organisationSlug: organisations.slug,
  organisationNameEn: organisations.nameEn,
  organisationNameCy: organisations.nameCy,
  sourceDocument: sources.documentId,
  /** The grant import it came from (null: seeded or listed on the site). */
  importId: projects.importId,
  organisationHomeGss: organisations.homeGss,
  sourceQuote: sources.quote,
};

export type ProjectRow = ReturnType<typeof listProjects>[number];

/**
 * Published projects matching the filters, each with its theme ids and the authorities it
 * serves (empty for Wales-wide), ordered by title.
 *
 * @example
 * listProjects(db, { theme: "hate-crime", gss: "W06000023", activeOn: "2026-01-01" })
 */
export function listProjects(db: Queryable, filters: ProjectFilters = {}) {
  const rows = db
    .select(projectColumns)
    .from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.organisationId))
    .leftJoin(sources, eq(sources.id, projects.sourceId))
    .where(and(...projectConditions(filters), eq(organisations.status, "published")))
    .orderBy(asc(projects.titleEn), asc(projects.id))
    .all();
  return attachThemesAndAreas(db, rows);
}

/**
 * One published project by id, with themes and areas, or undefined.
 *
 * @example
 * getProject(db, 12)?.titleEn
 */
export function getProject(db: Queryable, id: number) {
  const row = db
    .select(projectColumns)
    .from(projects)
    .innerJoin(organisations, eq(organisations.id, projects.organisationId))
    .leftJoin(sources, eq(sources.id, projects.sourceId))
    .where(and(eq(projects.id, id), eq(projects.status, "published"), eq(organisations.status, "published")))
    .get();
  return row ? attachThemesAndAreas(db, [row])[0] : undefined;
}

function attachThemesAndAreas<T extends { id: number }>(db: Queryable, rows: T[]) {
  const ids = rows.map((r) => r.id);
  const themesBy = new Map<number, string[]>();
  const areasBy = new Map<number, string[]>();
  // Chunked to stay far below SQLite's bound-parameter limit.
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    for (const t of db.select().from(projectThemes).where(inArray(projectThemes.projectId, chunk)).all()) {
      (themesBy.get(t.projectId) ?? themesBy.set(t.projectId, []).get(t.projectId)!).push(t.themeId);
    }
    for (const a of db.select().from(projectAreas).where(inArray(projectAreas.projectId, chunk)).orderBy(asc(projectAreas.gssCode)).all()) {
      (areasBy.get(a.projectId) ?? areasBy.set(a.projectId, []).get(a.projectId)!).push(a.gssCode);
    }
  }
  return rows.map((r) => ({ ...r, themeIds: themesBy.get(r.id) ?? [], areaGss: areasBy.get(r.id) ?? [] }));
}

/**
 * Funders behind each project (published awards), keyed by project id.
 *
 * @example
 * listProjectFunders(db).get(12) // [{ slug: "welsh-government", ... }]
 */
export function listProjectFunders(db: Queryable) {
  const rows = db
    .selectDistinct({ projectId: awards.projectId, slug: funders.slug, nameEn: funders.nameEn, nameCy: funders.nameCy })
    .from(awards)
    .innerJoin(funders, eq(funders.id, awards.funderId))
    .where(and(eq(awards.status, "published"), sql`${awards.projectId} IS NOT NULL`))
    .all();
  const by = new Map<number, { slug: string; nameEn: string; nameCy: string | null }[]>();
  for (const r of rows) (by.get(r.projectId!) ?? by.set(r.projectId!, []).get(r.projectId!)!).push(r);
  return by;
}
