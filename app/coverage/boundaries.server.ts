import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { Queryable } from "../../db/client";
import { getActiveBoundaries } from "../../db/queries/boundaries";
import { boundarySets } from "../../db/schema";
import { findNeighbours } from "../../geo/neighbours";

export interface BoundaryInfo {
  id: string;
  name: string;
  attribution: string;
  licence: string;
  generalised: boolean;
  source: string;
}

export type BoundaryCollection = FeatureCollection<Polygon | MultiPolygon, { gss_code: string }>;

interface LoadedBoundaries {
  key: string;
  /** A short hash of `key`: the version in /api/boundaries URLs, so browsers may cache them for good. */
  version: string;
  info: BoundaryInfo;
  /** Full detail: what every figure is measured on. */
  full: BoundaryCollection;
  /** The simplified copy sent to browsers. */
  display: BoundaryCollection;
  neighbours?: Record<string, string[]>;
}

let cache: LoadedBoundaries | undefined;

/** The active set's identity: it changes when another set is activated or the active one reloaded. */
function activeKey(db: Queryable): string {
  const set = db
    .select({ id: boundarySets.id, loadedAt: boundarySets.loadedAt, activatedAt: boundarySets.activatedAt })
    .from(boundarySets)
    .where(eq(boundarySets.active, true))
    .get();
  if (!set) throw new Error("No active boundary set: run `npm run seed`.");
  return `${set.id}|${set.loadedAt}|${set.activatedAt ?? ""}`;
}

function toCollection(features: { gssCode: string; geometry: unknown }[]): BoundaryCollection {
  return {
    type: "FeatureCollection",
    features: features.map(
      (f): Feature<Polygon | MultiPolygon, { gss_code: string }> => ({
        type: "Feature",
        properties: { gss_code: f.gssCode },
        geometry: f.geometry as Polygon | MultiPolygon,
      }),
    ),
  };
}

/** The active boundaries, parsed once per active set and kept in memory. */
function loaded(db: Queryable): LoadedBoundaries {
  const key = activeKey(db);
  if (cache?.key === key) return cache;
  const active = getActiveBoundaries(db)!;
  const { set, features } = active;
  cache = {
    key,
    version: createHash("sha256").update(key).digest("hex").slice(0, 12),
    info: { id: set.id, name: set.name, attribution: set.attribution, licence: set.licence, generalised: set.generalised, source: set.source },
    full: toCollection(features),
    display: toCollection(features.map((f) => ({ gssCode: f.gssCode, geometry: f.displayGeometry }))),
  };
  return cache;
}

/**
 * The active boundaries at full detail, keyed by gss_code: what areas, reaches and neighbours are
 * measured on.
 *
 * @example
 * boundaryCollection(db).collection.features.length // 22
 */
export function boundaryCollection(db: Queryable): { info: BoundaryInfo; collection: BoundaryCollection } {
  const b = loaded(db);
  return { info: b.info, collection: b.full };
}

/**
 * The active boundaries as the browser gets them: simplified with the topology kept (neighbours
 * still meet exactly), a fraction of the full file's size.
 *
 * @example
 * displayBoundaries(db).collection.features.length // 22
 */
export function displayBoundaries(db: Queryable): { info: BoundaryInfo; collection: BoundaryCollection } {
  const b = loaded(db);
  return { info: b.info, collection: b.display };
}

/**
 * Neighbouring authorities from the active boundaries (computed once per boundary set, on the
 * display copy: its simplification keeps every shared border, and it is a tenth of the vertices).
 */
export function neighboursOf(db: Queryable, gss: string): string[] {
  const b = loaded(db);
  b.neighbours ??= findNeighbours(b.display);
  return b.neighbours[gss] ?? [];
}

/**
 * Where the browser fetches the active display outlines: versioned, so the answer can be cached
 * for good and a new active set gets a new address.
 *
 * @example
 * boundariesUrl(db) // "/api/boundaries?v=3f2a9c01b7de"
 */
export function boundariesUrl(db: Queryable): string {
  return `/api/boundaries?v=${loaded(db).version}`;
}

/**
 * The display outlines for /api/boundaries, and whether the version asked for is the current one
 * (only then may the answer be cached for good).
 *
 * @example
 * boundariesForBrowser(db, "3f2a9c01b7de").current // true
 */
export function boundariesForBrowser(db: Queryable, version: string | null) {
  const b = loaded(db);
  return { current: version === b.version, body: { ...b.display, boundaries: b.info } };
}
