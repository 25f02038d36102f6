/**
 * Puts each settlement in a local authority: the polygon that contains it or, for the coastal towns
 * that the generalised Natural Earth outlines leave just offshore (Rhyl, Pwllheli, Menai Bridge…),
 * the authority whose boundary is nearest.
 */
import { booleanPointInPolygon, distance, pointToPolygonDistance } from "@turf/turf";
import type { GssCode } from "./authorities";
import {
  indexAuthorityBoundaries,
  isPositionInBounds,
  roundTo,
  type AuthorityBoundaries,
  type Bounds,
  type IndexedBoundary,
} from "./geometry";

export interface Located {
  lng: number;
  lat: number;
}

export type AssignedBy = "contains" | "nearest";

export type AssignedSettlement<S extends Located> = S & {
  gss_code: GssCode;
  assignedBy: AssignedBy;
  /** Distance to the authority's boundary in km, 3 decimals; 0 when the polygon contains the point. */
  distanceKm: number;
};

export interface AssignOptions {
  /** Refuse (throw) when the nearest authority is farther than this; default MAX_NEAREST_DISTANCE_KM. */
  maxDistanceKm?: number;
}

/**
 * How far outside every outline a settlement may lie and still be given to the nearest authority.
 * The farthest Welsh GeoNames place outside the Natural Earth outlines (Menai Bridge) is 0.43 km out;
 * a point farther than 5 km is more likely a wrong coordinate (or a place in England) than a coastal town.
 */
export const MAX_NEAREST_DISTANCE_KM = 5;

/**
 * Gives every settlement the GSS code of the polygon that contains it (`assignedBy: "contains"`,
 * `distanceKm: 0`), or else of the authority with the nearest boundary (`assignedBy: "nearest"`,
 * `distanceKm` to that boundary). Where generalised outlines overlap, the first containing feature
 * in collection order wins. Throws when a coordinate is not a finite number or the nearest authority
 * is farther than `maxDistanceKm`, naming the settlement. Input order is kept.
 *
 * @example
 * assignSettlementsToAuthorities([{ name: "Rhyl", lng: -3.49228, lat: 53.31929 }], walesBoundaries)
 * // [{ name: "Rhyl", lng: -3.49228, lat: 53.31929, gss_code: "W06000004", assignedBy: "nearest", distanceKm: 0.404 }]
 */
export function assignSettlementsToAuthorities<S extends Located>(
  settlements: readonly S[],
  boundaries: AuthorityBoundaries,
  options: AssignOptions = {},
): AssignedSettlement<S>[] {
  const maxDistanceKm = options.maxDistanceKm ?? MAX_NEAREST_DISTANCE_KM;
  const index = indexAuthorityBoundaries(boundaries);
  if (index.length === 0) throw new Error("Cannot assign settlements: the boundary collection is empty");

  return settlements.map((settlement, i) => {
    const { lng, lat } = settlement;
    const label = labelOf(settlement, i);
    if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) {
      throw new Error(`Invalid coordinates for settlement ${label}: [${lng}, ${lat}]`);
    }
    const position = [lng, lat];

    for (const b of index) {
      if (isPositionInBounds(position, b.bounds) && booleanPointInPolygon(position, b.geometry)) {
        return { ...settlement, gss_code: b.gss, assignedBy: "contains" as const, distanceKm: 0 };
      }
    }

    const nearest = findNearestBoundary(position, index);
    if (nearest.distanceKm > maxDistanceKm) {
      throw new Error(
        `Settlement ${label} at [${lng}, ${lat}] is ${nearest.distanceKm.toFixed(1)} km from the nearest authority ` +
          `(${nearest.gss}), more than the ${maxDistanceKm} km allowed`,
      );
    }
    return { ...settlement, gss_code: nearest.gss, assignedBy: "nearest" as const, distanceKm: roundTo(nearest.distanceKm, 3) };
  });
}

function findNearestBoundary(position: number[], index: IndexedBoundary[]): { gss: GssCode; distanceKm: number } {
  // Visit authorities in order of distance to their bounding box, and stop once a box is farther away
  // than the best boundary found: a box is never farther than the polygon inside it. (0.9 allows for
  // the small difference between the haversine distance to the box corner/edge and the geodesic
  // distance turf measures to the boundary.)
  const candidates = index
    .map((b) => ({ b, boxKm: distanceToBoundsKm(position, b.bounds) }))
    .sort((x, y) => x.boxKm - y.boxKm);
  let best = { gss: candidates[0].b.gss, distanceKm: Infinity };
  for (const { b, boxKm } of candidates) {
    if (boxKm * 0.9 > best.distanceKm) break;
    const d = Math.abs(pointToPolygonDistance(position, b.geometry, { units: "kilometers" }));
    if (d < best.distanceKm) best = { gss: b.gss, distanceKm: d };
  }
  return best;
}

function distanceToBoundsKm(position: number[], bounds: Bounds): number {
  const clamped = [
    Math.min(Math.max(position[0], bounds[0]), bounds[2]),
    Math.min(Math.max(position[1], bounds[1]), bounds[3]),
  ];
  return distance(position, clamped, { units: "kilometers" });
}

function labelOf(settlement: Located, index: number): string {
  const s = settlement as Located & { name?: unknown; id?: unknown };
  if (typeof s.name === "string") return s.id !== undefined ? `${s.name} (${String(s.id)})` : s.name;
  if (s.id !== undefined) return String(s.id);
  return `#${index}`;
}

/** A point this close to the outline of the authority its source names stays there (interior points and rounding sit on borders). */
export const KEEP_WITHIN_KM = 0.1;

/**
 * Each point's authority on another boundary set: the authority its source names if the point lies
 * in it or within KEEP_WITHIN_KM of its outline; otherwise the one containing it, else the nearest
 * within `maxDistanceKm` (coastal points the outlines clip), else the code it already had. Used
 * when the active boundary set changes, for the GeoNames places and the ONS small areas.
 *
 * @example
 * reassignToBoundaries([{ lng: -3.18, lat: 51.48, gss: "W06000015" }], onsBoundaries)[0].gss // "W06000015"
 */
export function reassignToBoundaries<P extends Located & { gss: GssCode }>(
  points: readonly P[],
  boundaries: AuthorityBoundaries,
  maxDistanceKm = MAX_NEAREST_DISTANCE_KM,
): P[] {
  const index = indexAuthorityBoundaries(boundaries);
  const byGss = new Map(index.map((b) => [b.gss, b]));
  return points.map((p) => {
    const position = [p.lng, p.lat];
    const own = byGss.get(p.gss);
    if (own && (booleanPointInPolygon(position, own.geometry) || Math.abs(pointToPolygonDistance(position, own.geometry, { units: "kilometers" })) <= KEEP_WITHIN_KM)) return p;
    const inside = index.find((b) => isPositionInBounds(position, b.bounds) && booleanPointInPolygon(position, b.geometry));
    if (inside) return { ...p, gss: inside.gss };
    const nearest = findNearestBoundary(position, index);
    return nearest.distanceKm <= maxDistanceKm && nearest.gss !== p.gss ? { ...p, gss: nearest.gss } : p;
  });
}
