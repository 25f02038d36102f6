/**
 * The records a 360Giving grant becomes: its funder and recipient (matched to the directory's, or
 * new), a local service project (where the grant places it, its themes) and a funding award. Runs
 * inside the import's transaction; every record cites the import's document.
 */
import { and, eq, ne } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import type { DatePrecision, FunderKind, OrganisationKind } from "../../db/enums";
import { insertFunder, insertOrganisation, insertProject, insertAward, setProjectAreas, setProjectThemes, updateAward, updateProject } from "../../db/queries/records";
import { auditLog, awards, funders, organisations, projects, sources } from "../../db/schema";
import { authoritiesReachedByCircle } from "../../geo/reach";
import type { Grant, GrantOrg, Placement } from "./giving360";
import { uniqueSlug } from "../listing/slugs.server";
import type { BoundaryCollection } from "../coverage/boundaries.server";

export interface ImportContext {
  db: Queryable;
  importId: number;
  documentId: string;
  userId: number | null;
  at: string;
  /** The date imported records were last evidenced: the grant's or file's modified date, else the import date. */
  evidenced: (g: Grant) => string;
  outlines: BoundaryCollection;
  merges: { name: string; into: string; evidence: string }[];
  counts: { organisationsNew: number; organisationsMatched: number; fundersNew: number; fundersMatched: number; awardsNew: number; awardsUpdated: number; awardsUnchanged: number };
  conflicts: { identifier: string; row: number; reason: string }[];
  /** Org ids seen in this import → record id, so a repeated recipient is matched once. */
  orgCache: Map<string, number>;
  funderCache: Map<string, number>;
  /** Normalised English and Welsh names → organisation and funder rows, built once per import (see nameIndexes). */
  names?: { organisations: Map<string, NamedRow>; funders: Map<string, NamedRow> };
}

interface NamedRow {
  id: number;
  nameEn: string;
  orgIdentifier: string | null;
}

/** The directory's organisations and funders by normalised name, read once and kept current as the import adds rows. */
function nameIndexes(ctx: ImportContext) {
  if (!ctx.names) {
    const index = (rows: (NamedRow & { nameCy: string | null })[]) => {
      const map = new Map<string, NamedRow>();
      for (const r of rows) for (const name of [r.nameEn, r.nameCy]) if (name) map.set(normaliseName(name), r);
      return map;
    };
    const columns = { id: organisations.id, nameEn: organisations.nameEn, nameCy: organisations.nameCy, orgIdentifier: organisations.orgIdentifier };
    ctx.names = {
      organisations: index(ctx.db.select(columns).from(organisations).all()),
      funders: index(ctx.db.select({ id: funders.id, nameEn: funders.nameEn, nameCy: funders.nameCy, orgIdentifier: funders.orgIdentifier }).from(funders).all()),
    };
  }
  return ctx.names;
}

/** Lower case, accents off, "the", "ltd", "cyf", punctuation and spaces dropped: for matching names. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\b(the|ltd|limited|cyf|cyfyngedig|cio|inc)\b/g, " ")
    .replace(/[^a-z0-9]+/g, "");
}

function cite(ctx: ImportContext, g: Grant): number {
  const quote = `${g.identifier}: ${g.title}`.slice(0, 500);
  const existing = ctx.db.select({ id: sources.id }).from(sources).where(and(eq(sources.documentId, ctx.documentId), eq(sources.quote, quote))).get();
  return existing?.id ?? ctx.db.insert(sources).values({ documentId: ctx.documentId, quote }).returning({ id: sources.id }).get().id;
}

const registered = (o: GrantOrg) => (o.id && !o.id.startsWith("360G-") ? o.id : null);

/**
 * The directory organisation a recipient is: by org-id, then charity or company number, then name
 * (English or Welsh); never one with a different registered identifier. New when nothing matches.
 */
export function matchOrganisation(ctx: ImportContext, o: GrantOrg, homeGss: string | null, g: Grant): number {
  const key = o.id ?? `name:${normaliseName(o.name)}`;
  const cached = ctx.orgCache.get(key);
  if (cached !== undefined) return cached;
  const { db } = ctx;
  const byId = o.id ? db.select({ id: organisations.id }).from(organisations).where(eq(organisations.orgIdentifier, o.id)).get() : undefined;
  let id = byId?.id;
  if (id === undefined) id = matchByNumbersOrName(ctx, o);
  if (id !== undefined) ctx.counts.organisationsMatched++;
  else {
    id = insertOrganisation(db, {
      slug: uniqueSlug(db, "organisations", o.name),
      nameEn: o.name,
      kind: organisationKind(o),
      descriptionEn: "",
      homeGss,
      charityNumber: o.charityNumber,
      companyNumber: o.companyNumber,
      orgIdentifier: o.id,
      lastEvidenced: ctx.evidenced(g),
      sourceId: cite(ctx, g),
      importId: ctx.importId,
      status: "published",
    });
    nameIndexes(ctx).organisations.set(normaliseName(o.name), { id, nameEn: o.name, orgIdentifier: o.id });
    ctx.counts.organisationsNew++;
  }
  ctx.orgCache.set(key, id);
  return id;
}

function matchByNumbersOrName(ctx: ImportContext, o: GrantOrg): number | undefined {
  const { db } = ctx;
  const columns = { id: organisations.id, nameEn: organisations.nameEn, orgIdentifier: organisations.orgIdentifier };
  const candidates: { by: string; row: NamedRow | undefined }[] = [
    { by: `charity number ${o.charityNumber}`, row: o.charityNumber ? db.select(columns).from(organisations).where(eq(organisations.charityNumber, o.charityNumber)).get() : undefined },
    { by: `company number ${o.companyNumber}`, row: o.companyNumber ? db.select(columns).from(organisations).where(eq(organisations.companyNumber, o.companyNumber)).get() : undefined },
  ];
  const byName = nameIndexes(ctx).organisations.get(normaliseName(o.name));
  candidates.push({ by: `the same name (“${byName?.nameEn}”)`, row: byName });
  for (const c of candidates) {
    const row = c.row;
    if (!row) continue;
    // Never merge two records with different registered identifiers.
    if (row.orgIdentifier && registered(o) && row.orgIdentifier !== registered(o)) continue;
    if (!row.orgIdentifier && o.id) db.update(organisations).set({ orgIdentifier: o.id }).where(eq(organisations.id, row.id)).run();
    ctx.merges.push({ name: o.name, into: row.nameEn, evidence: c.by });
    return row.id;
  }
  return undefined;
}

function organisationKind(o: GrantOrg): OrganisationKind {
  if (o.charityNumber || o.id?.startsWith("GB-CHC-") || o.id?.startsWith("GB-SC-") || o.id?.startsWith("GB-NIC-")) return "charity";
  if (o.id?.startsWith("GB-GOR-") || o.id?.startsWith("GB-LAE-") || o.id?.startsWith("GB-LAS-") || o.id?.startsWith("GB-PLA-")) return "public-body";
  return "other";
}

function funderKind(o: GrantOrg): FunderKind {
  const name = o.name.toLowerCase();
  if (name.includes("welsh government") || name.includes("llywodraeth cymru")) return "welsh-government";
  if (name.includes("lottery")) return "lottery";
  if (o.id?.startsWith("GB-LAE-") || o.id?.startsWith("GB-LAS-") || / council$/.test(name)) return "local-authority";
  if (o.id?.startsWith("GB-GOR-")) return "uk-government";
  if (o.id?.startsWith("GB-CHC-")) return "trust";
  return "other";
}

/** The directory funder a Funding Org is: by org-id, then by name; new when nothing matches. */
export function matchFunder(ctx: ImportContext, o: GrantOrg, g: Grant): number {
  const key = o.id ?? `name:${normaliseName(o.name)}`;
  const cached = ctx.funderCache.get(key);
  if (cached !== undefined) return cached;
  const { db } = ctx;
  let id = o.id ? db.select({ id: funders.id }).from(funders).where(eq(funders.orgIdentifier, o.id)).get()?.id : undefined;
  if (id === undefined) {
    const named = nameIndexes(ctx).funders.get(normaliseName(o.name));
    const row = named && !(named.orgIdentifier && o.id && named.orgIdentifier !== o.id) ? named : undefined;
    if (row) {
      id = row.id;
      ctx.merges.push({ name: o.name, into: row.nameEn, evidence: `the same name (“${row.nameEn}”)` });
    }
  }
  if (id !== undefined) ctx.counts.fundersMatched++;
  else {
    id = insertFunder(db, { slug: uniqueSlug(db, "funders", o.name), nameEn: o.name, kind: funderKind(o), orgIdentifier: o.id, sourceId: cite(ctx, g), importId: ctx.importId });
    nameIndexes(ctx).funders.set(normaliseName(o.name), { id, nameEn: o.name, orgIdentifier: o.id });
    ctx.counts.fundersNew++;
  }
  ctx.funderCache.set(key, id);
  return id;
}

const precisionOf = (d: Grant["start"]): DatePrecision => d?.precision ?? "unknown";

/** The project row a grant becomes (without ids). */
function projectValues(ctx: ImportContext, g: Grant, p: Placement) {
  const areaKind = p.authorities.length > 0 ? "authorities" : p.point ? "point" : "unstated";
  return {
    titleEn: g.title,
    descriptionEn: g.description,
    kind: "service" as const,
    areaKind: areaKind as "authorities" | "point" | "unstated",
    pointLng: areaKind === "point" ? p.point!.lng : null,
    pointLat: areaKind === "point" ? p.point!.lat : null,
    radiusKm: areaKind === "point" ? p.point!.radiusKm : null,
    ...datesOf(ctx, g),
  };
}

/** A grant's dates as a project and its award both hold them: with their precision, and when last evidenced. */
function datesOf(ctx: ImportContext, g: Grant) {
  return {
    startDate: g.start?.date ?? null,
    startPrecision: precisionOf(g.start),
    endDate: g.end?.date ?? null,
    endPrecision: precisionOf(g.end),
    dateNote: g.endFrom === "duration" ? `End worked out from a duration of ${g.durationMonths} months` : null,
    lastEvidenced: ctx.evidenced(g),
  };
}

function awardValues(ctx: ImportContext, g: Grant) {
  return {
    programmeEn: g.programme?.title ?? "",
    amountPence: g.amountPence,
    amountPeriod: "total" as const,
    ...datesOf(ctx, g),
  };
}

/** Whether a person (not an import) changed the record since it was imported: any audit entry but an import's. */
function editedByPeople(ctx: ImportContext, entity: "project" | "award", id: number): boolean {
  return (
    ctx.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, id), ne(auditLog.action, "import")))
      .get() !== undefined
  );
}

const changed = <T extends Record<string, unknown>>(before: Record<string, unknown>, after: T) =>
  Object.fromEntries(Object.entries(after).filter(([k, v]) => before[k] !== v).map(([k, v]) => [k, { before: before[k] ?? null, after: v }]));

/**
 * Creates or updates the project and award of one Welsh grant. A re-import of the same grant with
 * the same fields changes nothing; changed fields go through the audit trail; a record people have
 * edited since is left alone and reported as a conflict.
 */
export function upsertGrant(ctx: ImportContext, g: Grant, p: Placement, themes: string[]): void {
  const { db } = ctx;
  const funderId = matchFunder(ctx, g.funder, g);
  const organisationId = g.recipient ? matchOrganisation(ctx, g.recipient, p.recipientBase, g) : null;
  if (organisationId === null) return void ctx.conflicts.push({ identifier: g.identifier, row: g.row, reason: "a grant to an individual: no organisation to list" });
  const existingAward = db.select().from(awards).where(eq(awards.externalId, g.identifier)).get();
  const existingProject = db.select().from(projects).where(eq(projects.externalId, g.identifier)).get();
  const pv = projectValues(ctx, g, p);
  const av = awardValues(ctx, g);
  if (existingAward && existingProject) {
    const pChanges = changed(existingProject, { ...pv, lastEvidenced: existingProject.lastEvidenced });
    const aChanges = changed(existingAward, { ...av, lastEvidenced: existingAward.lastEvidenced });
    if (Object.keys(pChanges).length === 0 && Object.keys(aChanges).length === 0) return void ctx.counts.awardsUnchanged++;
    if (editedByPeople(ctx, "project", existingProject.id) || editedByPeople(ctx, "award", existingAward.id)) {
      return void ctx.conflicts.push({ identifier: g.identifier, row: g.row, reason: "edited on the site since it was imported: not overwritten" });
    }
    updateProject(db, existingProject.id, pv);
    updateAward(db, existingAward.id, av);
    for (const [entity, id, changes] of [["project", existingProject.id, pChanges], ["award", existingAward.id, aChanges]] as const) {
      if (Object.keys(changes).length) db.insert(auditLog).values({ at: ctx.at, userId: ctx.userId, entity, entityId: id, action: "import", changes, submissionId: null }).run();
    }
    setAreasAndThemes(ctx, existingProject.id, pv, p, themes);
    return void ctx.counts.awardsUpdated++;
  }
  const sourceId = cite(ctx, g);
  const projectId = insertProject(db, { ...pv, organisationId, externalId: g.identifier, importId: ctx.importId, sourceId, status: "published" });
  setAreasAndThemes(ctx, projectId, pv, p, themes);
  insertAward(db, { ...av, funderId, projectId, organisationId, externalId: g.identifier, importId: ctx.importId, sourceId, status: "published" });
  ctx.counts.awardsNew++;
}

function setAreasAndThemes(ctx: ImportContext, projectId: number, pv: ReturnType<typeof projectValues>, p: Placement, themes: string[]): void {
  if (pv.areaKind === "authorities") setProjectAreas(ctx.db, projectId, p.authorities, false);
  else if (pv.areaKind === "point") setProjectAreas(ctx.db, projectId, authoritiesReachedByCircle(pv.pointLng!, pv.pointLat!, pv.radiusKm!, ctx.outlines), true);
  else setProjectAreas(ctx.db, projectId, [], false);
  setProjectThemes(ctx.db, projectId, themes);
}
