/**
 * Polygon structure: checking that a feature's geometry is a well-formed Polygon or MultiPolygon,
 * and rounding one without leaving repeated or collapsed rings behind.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { roundTo } from "../geometry";
import { BoundaryFileError, describeFeature, formatPosition } from "./errors";

/** In squared degrees (about 1 cm² in Wales): below it a ring is a line that rounding error bent. */
const COLLINEAR_EPSILON = 1e-14;

export interface RoundedGeometry {
  /** Null when every ring collapsed. */
  geometry: Polygon | MultiPolygon | null;
  /** Rings left out because rounding collapsed them (a polygon's holes count when its outer ring goes). */
  droppedRings: number;
}

/**
 * Checks that a feature's geometry is a Polygon or MultiPolygon whose rings have at least 4 positions
 * of finite numbers and end where they start, and returns it typed. Throws BoundaryFileError
 * "badGeometry" naming the feature, the ring and the problem (params.problem: "type", "empty",
 * "position", "shortRing" or "openRing").
 *
 * @example
 * checkPolygonGeometry("W06000015", "Cardiff", { type: "Point", coordinates: [-3.18, 51.48] })
 * // throws 'Feature "W06000015" (Cardiff) has a Point geometry; expected a Polygon or MultiPolygon'
 */
export function checkPolygonGeometry(gss: string, name: string | null, geometry: Geometry | null): Polygon | MultiPolygon {
  const label = describeFeature(gss, name);
  const fail = (problem: string, detail: string, extra: Record<string, string | number> = {}) =>
    new BoundaryFileError("badGeometry", { gss, name: name ?? "", problem, ...extra }, `${label} ${detail}`);
  if (geometry?.type !== "Polygon" && geometry?.type !== "MultiPolygon") {
    const type = geometry ? String(geometry.type) : "none";
    throw fail("type", `has ${geometry ? `a ${type}` : "no"} geometry; expected a Polygon or MultiPolygon`, { type });
  }
  const polygons: unknown = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0 || !polygons.every((p) => Array.isArray(p) && p.length > 0)) {
    throw fail("empty", `has an empty ${geometry.type} (a polygon without rings)`);
  }
  (polygons as unknown[][]).forEach((rings, polygonIndex) =>
    rings.forEach((ring, ringIndex) => {
      const where = `ring ${ringIndex + 1} of polygon ${polygonIndex + 1}`;
      const params = { polygon: polygonIndex + 1, ring: ringIndex + 1 };
      if (!Array.isArray(ring)) throw fail("position", `has ${where} that is not a list of positions`, params);
      const bad = ring.findIndex((p) => !isPosition(p));
      if (bad !== -1) throw fail("position", `has an invalid position ${JSON.stringify(ring[bad])} in ${where}`, params);
      if (ring.length < 4) {
        const detail = `has a ring with ${ring.length} positions (${where}); a ring needs at least 4`;
        throw fail("shortRing", detail, { ...params, positions: ring.length });
      }
      const first = ring[0] as Position;
      const last = ring[ring.length - 1] as Position;
      if (first[0] !== last[0] || first[1] !== last[1]) {
        const detail = `has a ring that is not closed (${where}): it starts at ${formatPosition(first)} and ends at ${formatPosition(last)}`;
        throw fail("openRing", detail, params);
      }
    }),
  );
  return geometry;
}

/**
 * A copy with every position passed through `project` (default: unchanged), rounded to `decimals`,
 * and repeated consecutive positions removed. Rings left with fewer than 4 positions or all on one
 * line are dropped, and a polygon whose outer ring is dropped goes with its holes. The type is kept.
 *
 * @example
 * roundPolygonRings({ type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 0.00001], [1, 1], [0, 0]]] }, 4)
 * // { geometry: { type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, droppedRings: 0 }
 */
export function roundPolygonRings(
  geometry: Polygon | MultiPolygon,
  decimals: number,
  project: (p: Position) => Position = (p) => p,
): RoundedGeometry {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let droppedRings = 0;
  const kept: Position[][][] = [];
  for (const polygon of polygons) {
    const outer = roundRing(polygon[0], decimals, project);
    if (outer === null) {
      droppedRings += polygon.length;
      continue;
    }
    const rings = [outer];
    for (const hole of polygon.slice(1)) {
      const rounded = roundRing(hole, decimals, project);
      if (rounded === null) droppedRings++;
      else rings.push(rounded);
    }
    kept.push(rings);
  }
  if (kept.length === 0) return { geometry: null, droppedRings };
  if (geometry.type === "Polygon") return { geometry: { type: "Polygon", coordinates: kept[0] }, droppedRings };
  return { geometry: { type: "MultiPolygon", coordinates: kept }, droppedRings };
}

function roundRing(ring: readonly Position[], decimals: number, project: (p: Position) => Position): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = project(p);
    const rounded = [roundTo(q[0], decimals), roundTo(q[1], decimals)];
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== rounded[0] || previous[1] !== rounded[1]) out.push(rounded);
  }
  return out.length >= 4 && !isCollinear(out) ? out : null;
}

/**
 * True when every position lies on one line: twice the unsigned area of the fan of triangles from the
 * first position is (next to) zero. Unsigned, so a bow-tie whose halves cancel out does not count.
 */
function isCollinear(ring: readonly Position[]): boolean {
  const [x0, y0] = ring[0];
  let sum = 0;
  for (let i = 1; i < ring.length - 1; i++) {
    sum += Math.abs((ring[i][0] - x0) * (ring[i + 1][1] - y0) - (ring[i + 1][0] - x0) * (ring[i][1] - y0));
  }
  return sum < COLLINEAR_EPSILON;
}

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}
