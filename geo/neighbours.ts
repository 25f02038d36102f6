/**
 * Which local authorities border each other, and how big each one is, from their outlines.
 *
 * Outlines rarely meet exactly: a border across water becomes a gap once each side is clipped to its
 * own coastline (Anglesey and Gwynedd across the Menai Strait), and outlines generalised or imported
 * separately leave slivers and overlaps. Two authorities therefore count as neighbours when their
 * boundaries touch, overlap, or come within NEIGHBOUR_TOLERANCE_KM of each other.
 */
import { area, booleanIntersects, pointToPolygonDistance } from "@turf/turf";
import type { MultiPolygon, Polygon, Position } from "geojson";
import type { GssCode } from "./authorities";
import {
  boundsOfGeometry,
  indexAuthorityBoundaries,
  isPositionInBounds,
  listRings,
  type AuthorityBoundaries,
  type Bounds,
} from "./geometry";

/**
 * 0.5 km. On the Natural Earth outlines, the 44 pairs of authorities with a land border touch exactly
 * (the outlines share their border vertices); the one border across water, Isle of Anglesey–Gwynedd in
 * the Menai Strait, is a 0.38 km gap. The closest pair that does not border on the ground,
 * Torfaen–Powys, is 2.3 km apart (then Blaenau Gwent–Merthyr Tydfil, 3.0 km). Any tolerance from 0.39
 * to 2.3 km gives the same 45 pairs; 0.5 km sits at the low end so that other outlines do not join
 * authorities across a narrow gap by accident.
 */
export const NEIGHBOUR_TOLERANCE_KM = 0.5;

export interface NeighbourOptions {
  /** Boundaries closer than this (km) count as touching; default NEIGHBOUR_TOLERANCE_KM. */
  toleranceKm?: number;
}

/** Degrees of latitude per km (1° ≈ 111.2 km); used only to widen bounding boxes. */
const DEGREES_LAT_PER_KM = 1 / 111.2;

/**
 * For each authority, the GSS codes of the authorities whose outlines touch, overlap or come within
 * `toleranceKm` (default 0.5 km) of its own, sorted. Every authority in the input is a key, with an
 * empty list if it has no neighbours. Throws on a duplicate or missing gss_code or a non-polygon geometry.
 *
 * @example
 * const neighbours = findNeighbours(walesBoundaries);
 * neighbours["W06000001"] // ["W06000002"]  (Isle of Anglesey borders Gwynedd only)
 */
export function findNeighbours(
  boundaries: AuthorityBoundaries,
  options: NeighbourOptions = {},
): Record<GssCode, GssCode[]> {
  const toleranceKm = options.toleranceKm ?? NEIGHBOUR_TOLERANCE_KM;
  if (!(toleranceKm >= 0)) throw new Error(`Neighbour tolerance must be a non-negative number of km: ${toleranceKm}`);
  const items = indexAuthorityBoundaries(boundaries).map((item) => ({ ...item, wide: widenBounds(item.bounds, toleranceKm) }));

  const result: Record<GssCode, GssCode[]> = {};
  for (const item of items) result[item.gss] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (!boundsOverlap(a.wide, b.bounds)) continue;
      if (measureBoundaryGapKm(a.geometry, b.geometry, toleranceKm) <= toleranceKm) {
        result[a.gss].push(b.gss);
        result[b.gss].push(a.gss);
      }
    }
  }
  for (const gss of Object.keys(result)) result[gss].sort();
  return result;
}

/**
 * The shortest distance in km between the boundaries of two (multi)polygons: 0 when they touch,
 * cross or overlap (or one contains the other). With `stopBeyondKm`, vertices farther than that from
 * the other shape's bounding box are skipped, so a result above `stopBeyondKm` only means "farther than
 * stopBeyondKm" — enough to decide whether two shapes are neighbours, and much faster.
 *
 * @example
 * const a = { type: "Polygon", coordinates: [[[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]]] };
 * const b = { type: "Polygon", coordinates: [[[0.02, 0], [0.03, 0], [0.03, 0.01], [0.02, 0.01], [0.02, 0]]] };
 * measureBoundaryGapKm(a, b) // ≈ 1.11 (0.01° of longitude at the equator)
 */
export function measureBoundaryGapKm(
  a: Polygon | MultiPolygon,
  b: Polygon | MultiPolygon,
  stopBeyondKm = Infinity,
): number {
  if (booleanIntersects(a, b)) return 0;
  // Boundaries that do not cross are closest at a vertex of one of them, so measuring from every
  // vertex of each to the other's rings finds the gap.
  return Math.min(closestVertexKm(a, b, stopBeyondKm), closestVertexKm(b, a, stopBeyondKm));
}

function closestVertexKm(from: Polygon | MultiPolygon, to: Polygon | MultiPolygon, stopBeyondKm: number): number {
  const box = Number.isFinite(stopBeyondKm) ? widenBounds(boundsOfGeometry(to), stopBeyondKm) : null;
  let best = Infinity;
  for (const ring of listRings(from)) {
    for (let k = 0; k < ring.length - 1; k++) {
      const v: Position = ring[k];
      if (box && !isPositionInBounds(v, box)) continue;
      const d = Math.abs(pointToPolygonDistance(v, to, { units: "kilometers" }));
      if (d < best) best = d;
    }
  }
  return best;
}

/**
 * The area of a Polygon or MultiPolygon in km² (turf.area, on a sphere), rounded to 0.01 km².
 *
 * @example
 * computeAreaKm2({ type: "Polygon", coordinates: [[[0, 0], [0.1, 0], [0.1, 0.1], [0, 0.1], [0, 0]]] }) // ≈ 123.64
 */
export function computeAreaKm2(geometry: Polygon | MultiPolygon): number {
  if (geometry?.type !== "Polygon" && geometry?.type !== "MultiPolygon") {
    throw new Error(`Cannot compute the area of a ${String((geometry as { type?: unknown })?.type)} geometry`);
  }
  return Math.round(area(geometry) / 10_000) / 100;
}

/** Widens bounds by `km` on every side (a little more than `km`, never less). */
function widenBounds(bounds: Bounds, km: number): Bounds {
  const dLat = km * DEGREES_LAT_PER_KM * 1.01;
  const maxAbsLat = Math.min(89, Math.max(Math.abs(bounds[1]), Math.abs(bounds[3])) + dLat);
  const dLng = dLat / Math.cos((maxAbsLat * Math.PI) / 180);
  return [bounds[0] - dLng, bounds[1] - dLat, bounds[2] + dLng, bounds[3] + dLat];
}

function boundsOverlap(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
