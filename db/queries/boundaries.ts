import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Geometry, MultiPolygon, Polygon } from "geojson";
import type { Queryable } from "../client";
import { boundaries, boundarySets, users } from "../schema";
import { bumpDataVersion } from "./meta";

/** One authority's outline in a set: full detail for analysis, a simplified copy for the browser. */
export interface BoundaryRowInput {
  gss: string;
  geometry: Polygon | MultiPolygon;
  display?: Polygon | MultiPolygon | null;
  areaKm2: number;
}

export interface BoundarySetRowInput {
  id: string;
  name: string;
  attribution: string;
  licence: string;
  generalised: boolean;
  /** "seed" or the imported file's name. */
  source: string;
  importedBy?: number | null;
  report?: unknown;
  features: readonly BoundaryRowInput[];
}

/**
 * Stores (or replaces) a boundary set and its outlines; does not change which set is active.
 * Throws on an area that is not positive.
 *
 * @example
 * saveBoundarySet(tx, { id: "ons-lad-2013", name: "ONS…", …, features })
 */
export function saveBoundarySet(db: Queryable, set: BoundarySetRowInput): void {
  const meta = {
    id: set.id,
    name: set.name,
    attribution: set.attribution,
    licence: set.licence,
    generalised: set.generalised,
    source: set.source,
    importedBy: set.importedBy ?? null,
    report: set.report ?? null,
    loadedAt: new Date().toISOString(),
  };
  db.insert(boundarySets).values(meta).onConflictDoUpdate({ target: boundarySets.id, set: meta }).run();
  db.delete(boundaries).where(eq(boundaries.boundarySetId, set.id)).run();
  for (const f of set.features) {
    if (!(f.areaKm2 > 0)) throw new Error(`Missing area for ${f.gss} in ${set.id}`);
    db.insert(boundaries)
      .values({ boundarySetId: set.id, gssCode: f.gss, geometry: f.geometry, displayGeometry: f.display ?? null, areaKm2: f.areaKm2 })
      .run();
  }
}

/**
 * Makes a set the active one (every other set inactive) and bumps the data version so every cache
 * keyed by it misses (`bump: false` for a caller that bumps it anyway, as the seed does). `by` is the person who chose it (null: the seed). Throws on an unknown set.
 *
 * @example
 * activateBoundarySet(tx, "natural-earth-admin1", adminId)
 */
export function activateBoundarySet(db: Queryable, id: string, by: number | null, { bump = true }: { bump?: boolean } = {}): void {
  const exists = db.select({ id: boundarySets.id }).from(boundarySets).where(eq(boundarySets.id, id)).get();
  if (!exists) throw new Error(`No boundary set ${id}`);
  db.update(boundarySets).set({ active: false }).where(eq(boundarySets.active, true)).run();
  db.update(boundarySets)
    .set({ active: true, activatedAt: new Date().toISOString(), activatedBy: by })
    .where(eq(boundarySets.id, id))
    .run();
  if (bump) bumpDataVersion(db);
}

/**
 * The active set, if a person chose it (the seed then leaves it alone).
 *
 * @example
 * chosenActiveSet(db) // undefined on a seeded database
 */
export function chosenActiveSet(db: Queryable): string | undefined {
  return db
    .select({ id: boundarySets.id })
    .from(boundarySets)
    .where(and(eq(boundarySets.active, true), isNotNull(boundarySets.activatedBy)))
    .get()?.id;
}

/**
 * The active boundary set and its 22 outlines (full and display geometry).
 *
 * @example
 * getActiveBoundaries(db)?.features.length // 22
 */
export function getActiveBoundaries(db: Queryable) {
  const set = db.select().from(boundarySets).where(eq(boundarySets.active, true)).get();
  if (!set) return undefined;
  const rows = db
    .select({ gssCode: boundaries.gssCode, geometry: boundaries.geometry, displayGeometry: boundaries.displayGeometry, areaKm2: boundaries.areaKm2 })
    .from(boundaries)
    .where(eq(boundaries.boundarySetId, set.id))
    .orderBy(asc(boundaries.gssCode))
    .all();
  return {
    set,
    features: rows.map((r) => ({
      gssCode: r.gssCode,
      areaKm2: r.areaKm2,
      geometry: r.geometry as Geometry,
      displayGeometry: (r.displayGeometry ?? r.geometry) as Geometry,
    })),
  };
}

/**
 * Every boundary set, newest first, with who imported and who activated it.
 *
 * @example
 * listBoundarySets(db).find((s) => s.active)?.id // "ons-lad-2013"
 */
export function listBoundarySets(db: Queryable) {
  const sets = db.select().from(boundarySets).orderBy(desc(boundarySets.active), desc(boundarySets.loadedAt)).all();
  const ids = [...new Set(sets.flatMap((s) => [s.importedBy, s.activatedBy]).filter((v): v is number => v !== null))];
  const names = new Map(
    ids.length === 0 ? [] : db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, ids)).all().map((u) => [u.id, u.email]),
  );
  const counts = new Map(
    db
      .select({ id: boundaries.boundarySetId, n: sql<number>`count(*)`, area: sql<number>`sum(${boundaries.areaKm2})` })
      .from(boundaries)
      .groupBy(boundaries.boundarySetId)
      .all()
      .map((r) => [r.id, r]),
  );
  return sets.map((s) => ({
    ...s,
    importedByEmail: s.importedBy === null ? null : (names.get(s.importedBy) ?? null),
    activatedByEmail: s.activatedBy === null ? null : (names.get(s.activatedBy) ?? null),
    authorities: counts.get(s.id)?.n ?? 0,
    totalAreaKm2: counts.get(s.id)?.area ?? 0,
  }));
}
