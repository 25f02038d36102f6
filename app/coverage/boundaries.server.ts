import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { Queryable } from "../../db/client";
import { getActiveBoundaries } from "../../db/queries/authorities";
import { findNeighbours } from "../../geo/neighbours";

export interface BoundaryInfo {
  id: string;
  name: string;
  attribution: string;
  licence: string;
  generalised: boolean;
}

let neighboursCache: { setId: string; neighbours: Record<string, string[]> } | undefined;

function activeBoundaries(db: Queryable) {
  const active = getActiveBoundaries(db);
  if (!active) throw new Error("No active boundary set: run `npm run seed`.");
  return active;
}

/**
 * The active boundaries as a FeatureCollection keyed by gss_code.
 *
 * @example
 * boundaryCollection(db).features.length // 22
 */
export function boundaryCollection(db: Queryable): { info: BoundaryInfo; collection: FeatureCollection<Polygon | MultiPolygon, { gss_code: string }> } {
  const { set, features } = activeBoundaries(db);
  return {
    info: { id: set.id, name: set.name, attribution: set.attribution, licence: set.licence, generalised: set.generalised },
    collection: {
      type: "FeatureCollection",
      features: features.map(
        (f): Feature<Polygon | MultiPolygon, { gss_code: string }> => ({
          type: "Feature",
          properties: { gss_code: f.gssCode },
          geometry: f.geometry as Polygon | MultiPolygon,
        }),
      ),
    },
  };
}

/** Neighbouring authorities from the active boundaries (computed once per boundary set). */
export function neighboursOf(db: Queryable, gss: string): string[] {
  const { info, collection } = boundaryCollection(db);
  if (neighboursCache?.setId !== info.id) neighboursCache = { setId: info.id, neighbours: findNeighbours(collection) };
  return neighboursCache.neighbours[gss] ?? [];
}
