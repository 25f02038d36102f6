import { and, eq, inArray, isNotNull, notInArray, sql } from "drizzle-orm";
import { latestEvidence } from "../geo/dates/currency";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { Db, Queryable } from "../db/client";
import type { AuthorityReference } from "../geo/authorities";
import * as s from "../db/schema";
import { bumpDataVersion } from "../db/queries/meta";
import { activateBoundarySet, chosenActiveSet, getActiveBoundaries, saveBoundarySet } from "../db/queries/boundaries";
import { setProjectAreas, setProjectThemes } from "../db/queries/records";
import { precisionOf } from "../geo/dates/partial-date";
import { buildProjectRow } from "./project-row";
import type {
  Citation,
  SeedAward,
  SeedDocument,
  SeedFunder,
  SeedOrganisation,
  SeedPracticeNote,
  SeedProject,
} from "./types";

export interface BoundarySetInput {
  id: string;
  name: string;
  attribution: string;
  licence: string;
  generalised: boolean;
  features: Feature<Polygon | MultiPolygon, { gss_code: string }>[];
  /** km² per GSS code, computed by the caller (geo/). */
  areasKm2: Record<string, number>;
  /** A simplified copy per GSS code for the browser (default: the full geometry). */
  display?: Record<string, Polygon | MultiPolygon>;
}

export interface SeedInput {
  referenceDocuments: SeedDocument[];
  documents: SeedDocument[];
  regions: { id: string; nameEn: string; nameCy: string; referenceName?: string }[];
  authorities: AuthorityReference[];
  fieldSources: { field: string; source: string; quality: string }[];
  themes: { id: string; nameEn: string; nameCy: string }[];
  /** The default boundary set, made active unless a person chose another. */
  boundarySet: BoundarySetInput;
  /** Further sets kept for switching to (e.g. Natural Earth beside the ONS default). */
  fallbackBoundarySets?: BoundarySetInput[];
  funders: SeedFunder[];
  organisations: SeedOrganisation[];
  projects: SeedProject[];
  awards: SeedAward[];
  /** Practice the documents hold up (optional: tests' small worlds have none). */
  practice?: SeedPracticeNote[];
}

export interface SeedCounts {
  authorities: number;
  organisations: number;
  projects: number;
  funders: number;
  awards: number;
  sources: number;
}

/**
 * Loads the seed records into a migrated database, in one transaction. Running it twice
 * leaves the same rows (upserts keyed by GSS code, slug and seed key); rows that users created
 * on the site are never touched. Throws, changing nothing, when a record refers to something
 * that does not exist.
 *
 * @example
 * const counts = loadSeed(db, buildSeedInput());
 */
export function loadSeed(db: Db, input: SeedInput): SeedCounts {
  return db.transaction((tx) => {
    const seed = createSeedContext(tx, input);
    upsertDocuments(tx, input);
    upsertAuthorities(tx, input.regions, input.authorities);
    upsertFieldSources(tx, input.fieldSources);
    upsertThemes(tx, input.themes);
    loadBoundarySets(tx, [input.boundarySet, ...(input.fallbackBoundarySets ?? [])], seed.checkGss);
    const funderIds = upsertFunders(seed, input.funders);
    const organisationIds = upsertOrganisations(seed, input.organisations, input.documents);
    const projectIds = upsertProjects(seed, input.projects, organisationIds, new Set(input.themes.map((t) => t.id)));
    upsertAwards(seed, input.awards, { funderIds, projectIds, organisationIds });
    replacePracticeNotes(seed, input.practice ?? [], projectIds, new Set(input.themes.map((t) => t.id)));
    archiveDroppedRecords(tx, input);
    bumpDataVersion(tx);
    return countSeedRows(tx);
  });
}

/** What the upserts share inside one loadSeed transaction. */
interface SeedContext {
  tx: Queryable;
  /** Stores a citation as a source (once per document and quote) and returns its id; throws on an unknown document. */
  cite: (c: Citation, what: string) => number;
  /** Throws on a GSS code that is not one of the seeded authorities. */
  checkGss: (gss: string, what: string) => void;
  /** True when people have edited a seeded record on the site since (it has audit entries). */
  editedOnSite: (entity: "organisation" | "project" | "award", id: number | undefined) => boolean;
  /** The date of the most recent of these citations' documents: when the record was last evidenced. */
  evidencedOn: (...citations: Citation[]) => string | null;
}

function createSeedContext(tx: Queryable, input: SeedInput): SeedContext {
  const docIds = new Set([...input.documents, ...input.referenceDocuments].map((d) => d.id));
  const gssCodes = new Set(input.authorities.map((a) => a.gss_code));
  const docDate = new Map(input.documents.map((d) => [d.id, d.date]));
  return {
    tx,
    evidencedOn: (...citations) => latestEvidence(citations.map((c) => docDate.get(c.doc) ?? null)),
    cite: (c, what) => {
      if (!docIds.has(c.doc)) throw new Error(`Unknown source document ${c.doc} cited by ${what}`);
      const row = tx
        .insert(s.sources)
        .values({ documentId: c.doc, quote: c.quote })
        .onConflictDoUpdate({ target: [s.sources.documentId, s.sources.quote], set: { quote: c.quote } })
        .returning({ id: s.sources.id })
        .get();
      return row.id;
    },
    checkGss: (gss, what) => {
      if (!gssCodes.has(gss)) throw new Error(`Unknown local authority code: ${gss} (in ${what})`);
    },
    // A seeded record that people have since edited on the site keeps their version: re-running the
    // seed must not overwrite moderated changes.
    editedOnSite: (entity, id) =>
      id !== undefined &&
      tx.select({ one: sql<number>`1` }).from(s.auditLog).where(and(eq(s.auditLog.entity, entity), eq(s.auditLog.entityId, id))).get() !== undefined,
  };
}

function upsertDocuments(tx: Queryable, input: SeedInput): void {
  for (const d of input.referenceDocuments) upsertDocument(tx, d, "reference");
  for (const d of input.documents) upsertDocument(tx, d, "seed");
}

function upsertDocument(tx: Queryable, d: SeedDocument, kind: "seed" | "reference" | "dataset"): void {
  const row = { id: d.id, title: d.title, author: d.author, date: d.date, dateNote: d.dateNote ?? null, kind };
  tx.insert(s.documents).values(row).onConflictDoUpdate({ target: s.documents.id, set: row }).run();
}

/** The regions, then the authorities with their reference facts, each in its region (named in English). */
function upsertAuthorities(tx: Queryable, regions: SeedInput["regions"], authorities: AuthorityReference[]): void {
  for (const { referenceName: _, ...r } of regions) {
    tx.insert(s.regions).values(r).onConflictDoUpdate({ target: s.regions.id, set: r }).run();
  }
  const regionByName = new Map(regions.map((r) => [r.referenceName ?? r.nameEn, r.id]));
  for (const a of authorities) {
    const regionId = a.cohesion_region ? regionByName.get(a.cohesion_region) : undefined;
    if (a.cohesion_region && !regionId) throw new Error(`Unknown cohesion region: ${a.cohesion_region}`);
    const row = {
      gssCode: a.gss_code,
      iso31662: a.iso_3166_2,
      nameEn: a.name_en,
      nameCy: a.name_cy,
      population2021: a.population_census_2021,
      landAreaKm2: a.land_area_km2,
      ruralWlga: a.rural_wlga,
      policeForce: a.police_force,
      policeForceAreaCode: a.police_force_area_code,
      regionId: regionId ?? null,
      regionSource: a.cohesion_region_source,
      historicDispersalArea: a.historic_asylum_dispersal_area,
    };
    tx.insert(s.localAuthorities).values(row).onConflictDoUpdate({ target: s.localAuthorities.gssCode, set: row }).run();
  }
}

function upsertFieldSources(tx: Queryable, fieldSources: SeedInput["fieldSources"]): void {
  for (const f of fieldSources) {
    tx.insert(s.authorityFieldSources).values(f).onConflictDoUpdate({ target: s.authorityFieldSources.field, set: f }).run();
  }
}

/** The themes, sorted as given. */
function upsertThemes(tx: Queryable, themes: SeedInput["themes"]): void {
  themes.forEach((t, i) => {
    const row = { ...t, sortOrder: i };
    tx.insert(s.themes).values(row).onConflictDoUpdate({ target: s.themes.id, set: row }).run();
  });
}

/** Returns the funders' ids by slug. */
function upsertFunders({ tx, cite }: SeedContext, funders: SeedFunder[]): Map<string, number> {
  const funderIds = new Map<string, number>();
  for (const f of funders) {
    const row = {
      slug: f.slug,
      nameEn: f.nameEn,
      nameCy: f.nameCy ?? null,
      kind: f.kind,
      website: f.website ?? null,
      sourceId: cite(f.cite, `funder ${f.slug}`),
    };
    const { id } = tx.insert(s.funders).values(row).onConflictDoUpdate({ target: s.funders.slug, set: row }).returning({ id: s.funders.id }).get();
    funderIds.set(f.slug, id);
  }
  return funderIds;
}

/** Returns the organisations' ids by slug (those edited on the site included, unchanged). */
function upsertOrganisations({ tx, cite, checkGss, editedOnSite }: SeedContext, organisations: SeedOrganisation[], documents: SeedDocument[]): Map<string, number> {
  const docDate = new Map(documents.map((d) => [d.id, d.date]));
  const organisationIds = new Map<string, number>();
  for (const o of organisations) {
    if (o.homeGss) checkGss(o.homeGss, `organisation ${o.slug}`);
    const existingOrganisation = tx.select({ id: s.organisations.id }).from(s.organisations).where(eq(s.organisations.slug, o.slug)).get();
    if (existingOrganisation && editedOnSite("organisation", existingOrganisation.id)) {
      organisationIds.set(o.slug, existingOrganisation.id);
      continue;
    }
    const row = {
      slug: o.slug,
      nameEn: o.nameEn,
      nameCy: o.nameCy ?? null,
      kind: o.kind,
      charityNumber: o.charityNumber ?? null,
      companyNumber: o.companyNumber ?? null,
      website: o.website ?? null,
      email: o.email ?? null,
      descriptionEn: o.descriptionEn,
      descriptionCy: o.descriptionCy ?? null,
      homeGss: o.homeGss ?? null,
      status: "published" as const,
      // A seeded record was last confirmed by the document that names it.
      lastConfirmed: docDate.get(o.cite.doc) ?? null,
      lastEvidenced: latestEvidence([o.cite, ...(o.alsoNamedIn ?? [])].map((c) => docDate.get(c.doc) ?? null)),
      sourceId: cite(o.cite, `organisation ${o.slug}`),
    };
    const { id } = tx
      .insert(s.organisations)
      .values(row)
      .onConflictDoUpdate({ target: s.organisations.slug, set: row })
      .returning({ id: s.organisations.id })
      .get();
    organisationIds.set(o.slug, id);
  }
  return organisationIds;
}

/** Returns the projects' ids by seed key (those edited on the site included, unchanged); replaces each one's themes and areas. */
function upsertProjects(
  { tx, cite, checkGss, editedOnSite, evidencedOn }: SeedContext,
  projects: SeedProject[],
  organisationIds: Map<string, number>,
  themeIds: Set<string>,
): Map<string, number> {
  const projectIds = new Map<string, number>();
  for (const p of projects) {
    const organisationId = organisationIds.get(p.organisation);
    if (organisationId === undefined) throw new Error(`Unknown organisation ${p.organisation} in project ${p.key}`);
    for (const t of p.themes) if (!themeIds.has(t)) throw new Error(`Unknown theme ${t} in project ${p.key}`);
    const area = p.area;
    if (area.kind === "authorities") area.gss.forEach((g) => checkGss(g, `project ${p.key}`));
    const existingProject = tx.select({ id: s.projects.id }).from(s.projects).where(eq(s.projects.seedKey, p.key)).get();
    if (existingProject && editedOnSite("project", existingProject.id)) {
      projectIds.set(p.key, existingProject.id);
      continue;
    }
    const lastEvidenced = evidencedOn(p.cite, ...(p.alsoNamedIn ?? []));
    const row = { seedKey: p.key, ...buildProjectRow({ ...p, organisationId, lastEvidenced }), sourceId: cite(p.cite, `project ${p.key}`) };
    const { id } = tx
      .insert(s.projects)
      .values(row)
      .onConflictDoUpdate({ target: s.projects.seedKey, set: row })
      .returning({ id: s.projects.id })
      .get();
    projectIds.set(p.key, id);
    setProjectThemes(tx, id, p.themes);
    setProjectAreas(tx, id, area.kind === "authorities" ? area.gss : [], false);
  }
  return projectIds;
}

interface SeededIds {
  funderIds: Map<string, number>;
  projectIds: Map<string, number>;
  organisationIds: Map<string, number>;
}

/** The awards, each funding a project or an organisation (those edited on the site are left as they are). */
function upsertAwards({ tx, cite, editedOnSite, evidencedOn }: SeedContext, awards: SeedAward[], ids: SeededIds): void {
  for (const a of awards) {
    const funderId = ids.funderIds.get(a.funder);
    if (funderId === undefined) throw new Error(`Unknown funder ${a.funder} in award ${a.key}`);
    const projectId = a.project === undefined ? null : ids.projectIds.get(a.project);
    if (projectId === undefined) throw new Error(`Unknown project ${a.project} in award ${a.key}`);
    const organisationId = a.organisation === undefined ? null : ids.organisationIds.get(a.organisation);
    if (organisationId === undefined) throw new Error(`Unknown organisation ${a.organisation} in award ${a.key}`);
    if (projectId === null && organisationId === null) throw new Error(`Award ${a.key} funds neither a project nor an organisation`);
    const existingAward = tx.select({ id: s.awards.id }).from(s.awards).where(eq(s.awards.seedKey, a.key)).get();
    if (existingAward && editedOnSite("award", existingAward.id)) continue;
    const row = {
      seedKey: a.key,
      funderId,
      programmeEn: a.programmeEn,
      programmeCy: a.programmeCy ?? null,
      projectId,
      organisationId,
      amountPence: a.amountPence,
      amountPeriod: a.amountPeriod ?? "total",
      amountApproximate: a.amountApproximate ?? false,
      startDate: a.start,
      startPrecision: precisionOf(a.start),
      endDate: a.end,
      endPrecision: precisionOf(a.end),
      dateNote: a.dateNote ?? null,
      lastEvidenced: evidencedOn(a.cite),
      status: "published" as const,
      sourceId: cite(a.cite, `award ${a.key}`),
    };
    const { id } = tx.insert(s.awards).values(row).onConflictDoUpdate({ target: s.awards.seedKey, set: row }).returning({ id: s.awards.id }).get();
    tx.delete(s.awardCoRecipients).where(eq(s.awardCoRecipients.awardId, id)).run();
    for (const slug of a.alsoTo ?? []) {
      const other = ids.organisationIds.get(slug);
      if (other === undefined) throw new Error(`Unknown organisation ${slug} in award ${a.key}`);
      tx.insert(s.awardCoRecipients).values({ awardId: id, organisationId: other }).run();
    }
  }
}

/** The practice notes, replaced whole (they are notes, not records people edit on the site). */
function replacePracticeNotes({ tx, cite }: SeedContext, notes: SeedPracticeNote[], projectIds: Map<string, number>, themeIds: Set<string>): void {
  tx.delete(s.practiceNotes).run();
  for (const n of notes) {
    for (const t of n.themes) if (!themeIds.has(t)) throw new Error(`Unknown theme ${t} in practice note ${n.key}`);
    const projectId = n.project === undefined ? null : projectIds.get(n.project);
    if (projectId === undefined) throw new Error(`Unknown project ${n.project} in practice note ${n.key}`);
    tx.insert(s.practiceNotes)
      .values({
        key: n.key,
        titleEn: n.titleEn,
        descriptionEn: n.descriptionEn,
        place: n.place,
        inWales: n.inWales,
        themes: n.themes.join(";"),
        projectId,
        sourceId: cite(n.cite, `practice note ${n.key}`),
      })
      .run();
  }
}

/** Seeded rows that are no longer in the seed files are archived, never deleted. */
function archiveDroppedRecords(tx: Queryable, input: SeedInput): void {
  const keptProjects = input.projects.map((p) => p.key);
  tx.update(s.projects)
    .set({ status: "archived" })
    .where(and(isNotNull(s.projects.seedKey), notInArray(s.projects.seedKey, keptProjects)))
    .run();
  // Organisations and funders made on the site have no citation to a seed document; only seeded ones are archived.
  const seededOrganisationSources = sql`${s.organisations.sourceId} IN (SELECT ${s.sources.id} FROM ${s.sources} JOIN ${s.documents} ON ${s.documents.id} = ${s.sources.documentId} WHERE ${s.documents.kind} = 'seed')`;
  tx.update(s.organisations)
    .set({ status: "archived" })
    .where(and(seededOrganisationSources, notInArray(s.organisations.slug, input.organisations.map((o) => o.slug))))
    .run();
  const keptAwards = input.awards.map((a) => a.key);
  tx.update(s.awards)
    .set({ status: "archived" })
    .where(and(isNotNull(s.awards.seedKey), notInArray(s.awards.seedKey, keptAwards)))
    .run();
}

function countSeedRows(tx: Queryable): SeedCounts {
  const count = (table: typeof s.organisations | typeof s.projects | typeof s.funders | typeof s.awards | typeof s.sources | typeof s.localAuthorities) =>
    tx.select({ n: sql<number>`count(*)` }).from(table).get()!.n;
  return {
    authorities: count(s.localAuthorities),
    organisations: count(s.organisations),
    projects: count(s.projects),
    funders: count(s.funders),
    awards: count(s.awards),
    sources: count(s.sources),
  };
}

/**
 * Stores the seed's boundary sets (the default first, then the fallbacks) and makes the default
 * the active one, unless a person has chosen the active set (an import or a switch back), which the
 * seed then leaves alone.
 */
export function loadBoundarySets(db: Queryable, sets: readonly BoundarySetInput[], checkGss: (gss: string, what: string) => void): void {
  for (const set of sets) {
    const seen = new Set<string>();
    for (const f of set.features) {
      checkGss(f.properties.gss_code, `boundary set ${set.id}`);
      if (seen.has(f.properties.gss_code)) throw new Error(`Duplicate boundary for ${f.properties.gss_code} in ${set.id}`);
      seen.add(f.properties.gss_code);
    }
    saveBoundarySet(db, {
      ...set,
      source: "seed",
      features: set.features.map((f) => ({
        gss: f.properties.gss_code,
        geometry: f.geometry,
        display: set.display?.[f.properties.gss_code] ?? null,
        areaKm2: set.areasKm2[f.properties.gss_code],
      })),
    });
  }
  const active = getActiveBoundaries(db)?.set.id;
  if (chosenActiveSet(db) === undefined && active !== sets[0].id) activateBoundarySet(db, sets[0].id, null, { bump: false });
}
