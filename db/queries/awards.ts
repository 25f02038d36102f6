import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Queryable } from "../client";
import { awards, funders, organisations, projects, projectThemes, sources, awardCoRecipients } from "../schema";
import { servesAuthority } from "./projects";

export interface AwardFilters {
  funderId?: number;
  projectId?: number;
  /** Awards to this organisation or to its projects. */
  organisationId?: number;
  /** Awards behind projects on this theme. */
  theme?: string;
  /** Awards behind projects serving this authority. */
  gss?: string;
}

const projectOrganisation = alias(organisations, "project_organisation");

/**
 * Published awards with their funder, project and organisation, ordered by end date (unknown last).
 *
 * @example
 * listAwards(db, { funderId: 1 })
 */
export function listAwards(db: Queryable, f: AwardFilters = {}) {
  // Awards to an archived project or organisation (or to a project of an archived organisation) are hidden with it.
  const where: SQL[] = [
    eq(awards.status, "published"),
    sql`(${projects.id} IS NULL OR ${projects.status} = 'published')`,
    sql`(${organisations.id} IS NULL OR ${organisations.status} = 'published')`,
    sql`(${projectOrganisation.id} IS NULL OR ${projectOrganisation.status} = 'published')`,
  ];
  if (f.funderId !== undefined) where.push(eq(awards.funderId, f.funderId));
  if (f.projectId !== undefined) where.push(eq(awards.projectId, f.projectId));
  if (f.organisationId !== undefined) {
    where.push(
      sql`(${awards.organisationId} = ${f.organisationId} OR ${projects.organisationId} = ${f.organisationId} OR EXISTS (SELECT 1 FROM ${awardCoRecipients} WHERE ${awardCoRecipients.awardId} = ${awards.id} AND ${awardCoRecipients.organisationId} = ${f.organisationId}))`,
    );
  }
  if (f.theme) where.push(sql`EXISTS (SELECT 1 FROM ${projectThemes} WHERE ${projectThemes.projectId} = ${awards.projectId} AND ${projectThemes.themeId} = ${f.theme})`);
  if (f.gss) where.push(sql`(${awards.projectId} IS NOT NULL AND ${servesAuthority(f.gss)})`);
  return db
    .select({
      id: awards.id,
      programmeEn: awards.programmeEn,
      programmeCy: awards.programmeCy,
      amountPence: awards.amountPence,
      amountPeriod: awards.amountPeriod,
      amountApproximate: awards.amountApproximate,
      startDate: awards.startDate,
      startPrecision: awards.startPrecision,
      endDate: awards.endDate,
      endPrecision: awards.endPrecision,
      dateNote: awards.dateNote,
      lastEvidenced: awards.lastEvidenced,
      synthetic: awards.synthetic,
      /** The 360Giving import that brought the award in, if any (its amount is as the funder published it). */
      importId: awards.importId,
      funderSlug: funders.slug,
      funderNameEn: funders.nameEn,
      funderNameCy: funders.nameCy,
      funderKind: funders.kind,
      projectId: awards.projectId,
      projectTitleEn: projects.titleEn,
      projectTitleCy: projects.titleCy,
      organisationSlug: sql<string | null>`coalesce(${organisations.slug}, ${projectOrganisation.slug})`,
      organisationNameEn: sql<string | null>`coalesce(${organisations.nameEn}, ${projectOrganisation.nameEn})`,
      organisationNameCy: sql<string | null>`coalesce(${organisations.nameCy}, ${projectOrganisation.nameCy})`,
      /** Further recipients of a joint award: [{ slug, nameEn, nameCy }], as JSON. */
      coRecipientsJson: sql<string>`coalesce((SELECT json_group_array(json_object('slug', o.slug, 'nameEn', o.name_en, 'nameCy', o.name_cy)) FROM ${awardCoRecipients} c JOIN ${organisations} o ON o.id = c.organisation_id WHERE c.award_id = ${awards.id}), '[]')`,
      sourceDocument: sources.documentId,
      sourceQuote: sources.quote,
    })
    .from(awards)
    .innerJoin(funders, eq(funders.id, awards.funderId))
    .leftJoin(projects, eq(projects.id, awards.projectId))
    .leftJoin(organisations, eq(organisations.id, awards.organisationId))
    .leftJoin(projectOrganisation, eq(projectOrganisation.id, projects.organisationId))
    .leftJoin(sources, eq(sources.id, awards.sourceId))
    .where(and(...where))
    .orderBy(sql`${awards.endDate} IS NULL`, asc(awards.endDate), asc(awards.programmeEn))
    .all()
    .map(({ coRecipientsJson, ...a }) => ({ ...a, coRecipients: JSON.parse(coRecipientsJson) as { slug: string; nameEn: string; nameCy: string | null }[] }));
}

export type AwardRow = ReturnType<typeof listAwards>[number];
