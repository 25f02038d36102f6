import { and, asc, eq, sql } from "drizzle-orm";
import type { Queryable } from "../client";
import { awards, funders, organisations, projects, sources } from "../schema";

const funderColumns = {
  id: funders.id,
  slug: funders.slug,
  nameEn: funders.nameEn,
  nameCy: funders.nameCy,
  kind: funders.kind,
  website: funders.website,
  synthetic: funders.synthetic,
  sourceDocument: sources.documentId,
  sourceQuote: sources.quote,
  // Counted as listAwards shows them: awards to an archived project or organisation are hidden with it.
  awardCount: sql<number>`(SELECT count(*) FROM ${awards} WHERE ${awards.funderId} = ${funders.id} AND ${awards.status} = 'published'
    AND (${awards.projectId} IS NULL OR EXISTS (SELECT 1 FROM ${projects} JOIN ${organisations} ON ${organisations.id} = ${projects.organisationId}
      WHERE ${projects.id} = ${awards.projectId} AND ${projects.status} = 'published' AND ${organisations.status} = 'published'))
    AND (${awards.organisationId} IS NULL OR EXISTS (SELECT 1 FROM ${organisations} WHERE ${organisations.id} = ${awards.organisationId} AND ${organisations.status} = 'published')))`,
};

export type FunderRow = ReturnType<typeof listFunders>[number];

/**
 * Every funder with its number of published awards, ordered by English name.
 *
 * @example
 * listFunders(db).find((f) => f.kind === "welsh-government")
 */
export function listFunders(db: Queryable, filters: { kind?: string } = {}) {
  return db
    .select(funderColumns)
    .from(funders)
    .leftJoin(sources, eq(sources.id, funders.sourceId))
    .where(filters.kind ? eq(funders.kind, filters.kind as (typeof funders.kind.enumValues)[number]) : undefined)
    .orderBy(asc(funders.nameEn))
    .all();
}

/**
 * One funder by slug, or undefined.
 *
 * @example
 * getFunderBySlug(db, "welsh-government")?.nameCy // "Llywodraeth Cymru"
 */
export function getFunderBySlug(db: Queryable, slug: string) {
  return db.select(funderColumns).from(funders).leftJoin(sources, eq(sources.id, funders.sourceId)).where(and(eq(funders.slug, slug))).get();
}
