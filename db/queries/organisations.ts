import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../client";
import { awards, organisations, projects, projectThemes, sources, type OrganisationKind } from "../schema";
import { matchesText } from "./filters";
import { servesAuthority } from "./projects";

export interface OrganisationFilters {
  q?: string;
  /** Has a published project on this theme. */
  theme?: string;
  /** Based in this authority, or has a published project serving it. */
  gss?: string;
  /** Funded by this funder (directly or through one of its projects). */
  funderId?: number;
  kind?: OrganisationKind;
}

const organisationColumns = {
  id: organisations.id,
  slug: organisations.slug,
  nameEn: organisations.nameEn,
  nameCy: organisations.nameCy,
  kind: organisations.kind,
  /** The grant import that added it (null: seeded or listed on the site): its base is then only its address. */
  importId: organisations.importId,
  charityNumber: organisations.charityNumber,
  companyNumber: organisations.companyNumber,
  website: organisations.website,
  email: organisations.email,
  descriptionEn: organisations.descriptionEn,
  descriptionCy: organisations.descriptionCy,
  homeGss: organisations.homeGss,
  lastConfirmed: organisations.lastConfirmed,
  synthetic: organisations.synthetic,
  sourceDocument: sources.documentId,
  sourceQuote: sources.quote,
};

export type OrganisationRow = ReturnType<typeof listOrganisations>[number];

function organisationConditions(f: OrganisationFilters): SQL[] {
  const where: SQL[] = [eq(organisations.status, "published")];
  const publishedProject = sql`${projects.organisationId} = ${organisations.id} AND ${projects.status} = 'published'`;
  if (f.q) where.push(sql`(${matchesText([organisations.nameEn, organisations.nameCy, organisations.descriptionEn, organisations.descriptionCy], f.q)})`);
  if (f.kind) where.push(eq(organisations.kind, f.kind));
  if (f.theme) {
    where.push(sql`EXISTS (SELECT 1 FROM ${projects} JOIN ${projectThemes} ON ${projectThemes.projectId} = ${projects.id} WHERE ${publishedProject} AND ${projectThemes.themeId} = ${f.theme})`);
  }
  if (f.gss) {
    where.push(sql`(${organisations.homeGss} = ${f.gss} OR EXISTS (SELECT 1 FROM ${projects} WHERE ${publishedProject} AND ${servesAuthority(f.gss)}))`);
  }
  if (f.funderId !== undefined) {
    where.push(sql`EXISTS (SELECT 1 FROM ${awards} LEFT JOIN ${projects} ON ${projects.id} = ${awards.projectId} WHERE ${awards.status} = 'published' AND ${awards.funderId} = ${f.funderId} AND (${awards.organisationId} = ${organisations.id} OR ${projects.organisationId} = ${organisations.id}))`);
  }
  return where;
}

/**
 * Published organisations matching the filters, ordered by English name.
 *
 * @example
 * listOrganisations(db, { q: "Sanctuary" }).map((o) => o.slug)
 */
export function listOrganisations(db: Queryable, filters: OrganisationFilters = {}) {
  return db
    .select(organisationColumns)
    .from(organisations)
    .leftJoin(sources, eq(sources.id, organisations.sourceId))
    .where(and(...organisationConditions(filters)))
    .orderBy(asc(organisations.nameEn))
    .all();
}

/**
 * One published organisation by slug, or undefined.
 *
 * @example
 * getOrganisationBySlug(db, "city-of-sanctuary")?.nameEn
 */
export function getOrganisationBySlug(db: Queryable, slug: string) {
  return db
    .select(organisationColumns)
    .from(organisations)
    .leftJoin(sources, eq(sources.id, organisations.sourceId))
    .where(and(eq(organisations.slug, slug), eq(organisations.status, "published")))
    .get();
}

/**
 * The English names of the published organisations, each once, in order: the choices of a picker,
 * without the rest of each record.
 *
 * @example
 * listOrganisationNames(db) // ["Alpha Trust", "Beta Network"]
 */
export function listOrganisationNames(db: Queryable): string[] {
  return db
    .selectDistinct({ nameEn: organisations.nameEn })
    .from(organisations)
    .where(eq(organisations.status, "published"))
    .orderBy(asc(organisations.nameEn))
    .all()
    .map((o) => o.nameEn);
}

/**
 * The published organisations a person means by `text`: the one with that slug, else those whose
 * English name it is (ignoring case and surrounding spaces), which may be several.
 *
 * @example
 * findOrganisationsByName(db, "alpha trust") // [{ id: 4, slug: "alpha-trust", nameEn: "Alpha Trust" }]
 * findOrganisationsByName(db, "alpha-trust") // the same
 */
export function findOrganisationsByName(db: Queryable, text: string) {
  const columns = { id: organisations.id, slug: organisations.slug, nameEn: organisations.nameEn };
  const published = eq(organisations.status, "published");
  const bySlug = db.select(columns).from(organisations).where(and(published, eq(organisations.slug, text.trim()))).all();
  if (bySlug.length) return bySlug;
  return db
    .select(columns)
    .from(organisations)
    .where(and(published, sql`lower(trim(${organisations.nameEn})) = lower(${text.trim()})`))
    .orderBy(asc(organisations.slug))
    .all();
}
