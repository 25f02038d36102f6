/**
 * Small geometry helpers shared by the boundary and settlement scripts: bounds, rounding, counting.
 * Positions are [lng, lat] (GeoJSON order) throughout.
 */
import type { BBox, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import type { GssCode } from "./authorities";

/** [minLng, minLat, maxLng, maxLat]. */
export type Bounds = [number, number, number, number];

/** Local authority outlines keyed by GSS code, e.g. geo/data/wales-boundaries.natural-earth.geojson. */
export type AuthorityBoundaries = FeatureCollection<Polygon | MultiPolygon, { gss_code: GssCode }>;

export interface IndexedBoundary {
  gss: GssCode;
  geometry: Polygon | MultiPolygon;
  bounds: Bounds;
}

/**
 * A box around Wales for sanity-checking coordinates: the bounds of the 22 Natural Earth outlines
 * ([-5.31094, 51.38422, -2.64704, 53.42695]) padded by 0.05° and rounded outward to 0.1°.
 * tests/unit/geo/committed-data.test.ts recomputes it from geo/data/wales-boundaries.natural-earth.geojson.
 */
export const WALES_BBOX: Readonly<Bounds> = Object.freeze([-5.4, 51.3, -2.5, 53.5]);

/** The largest radius a point-and-radius reach may have (km); forms and geo/reach.ts share it. */
export const MAX_RADIUS_KM = 300;

/**
 * The [minLng, minLat, maxLng, maxLat] of every position in a FeatureCollection.
 * Throws when the collection has no coordinates at all.
 *
 * @example
 * boundsOf({ type: "FeatureCollection", features: [
 *   { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [-3.18, 51.48] } },
 *   { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [-4.08, 52.41] } },
 * ] }) // [-4.08, 51.48, -3.18, 52.41]
 */
export function boundsOf(collection: FeatureCollection): Bounds {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of collection.features) {
    if (feature.geometry) extendBounds(bounds, feature.geometry);
  }
  if (bounds[0] === Infinity) throw new Error(`Cannot compute bounds of a collection without coordinates (${collection.features.length} features)`);
  return bounds;
}

/**
 * The [minLng, minLat, maxLng, maxLat] of one geometry. Throws when it has no coordinates.
 *
 * @example
 * boundsOfGeometry({ type: "LineString", coordinates: [[-3, 52], [-4, 51.5]] }) // [-4, 51.5, -3, 52]
 */
export function boundsOfGeometry(geometry: Geometry): Bounds {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  extendBounds(bounds, geometry);
  if (bounds[0] === Infinity) throw new Error(`Cannot compute bounds of an empty ${geometry.type}`);
  return bounds;
}

function extendBounds(bounds: Bounds, geometry: Geometry): void {
  if (geometry.type === "GeometryCollection") {
    for (const g of geometry.geometries) extendBounds(bounds, g);
    return;
  }
  forEachPosition(geometry.coordinates, (p) => {
    if (p[0] < bounds[0]) bounds[0] = p[0];
    if (p[1] < bounds[1]) bounds[1] = p[1];
    if (p[0] > bounds[2]) bounds[2] = p[0];
    if (p[1] > bounds[3]) bounds[3] = p[1];
  });
}

type NestedPositions = Position | NestedPositions[];

function forEachPosition(coordinates: NestedPositions, visit: (p: Position) => void): void {
  if (typeof coordinates[0] === "number") {
    visit(coordinates as Position);
    return;
  }
  for (const c of coordinates as NestedPositions[]) forEachPosition(c, visit);
}

/**
 * Pads bounds by `padding` degrees on every side, then rounds them outward to a multiple of `step`.
 *
 * @example
 * padBounds([-5.31094, 51.38422, -2.64704, 53.42695], 0.05, 0.1) // [-5.4, 51.3, -2.5, 53.5]
 */
export function padBounds(bounds: Readonly<BBox>, padding: number, step: number): Bounds {
  if (bounds.length !== 4) throw new Error(`Expected 2-D bounds [minLng, minLat, maxLng, maxLat], got ${JSON.stringify(bounds)}`);
  if (!(step > 0)) throw new Error(`Rounding step must be positive: ${step}`);
  // Round to 1e-9 before floor/ceil: 0.3 / 0.1 is 2.9999999999999996 in floating point.
  const down = (v: number) => roundTo(Math.floor(roundTo(v / step, 9)) * step, 9);
  const up = (v: number) => roundTo(Math.ceil(roundTo(v / step, 9)) * step, 9);
  return [down(bounds[0] - padding), down(bounds[1] - padding), up(bounds[2] + padding), up(bounds[3] + padding)];
}

/**
 * True when a [lng, lat] position lies inside (or on the edge of) the bounds.
 *
 * @example
 * isPositionInBounds([-3.18, 51.48], WALES_BBOX) // true  (Cardiff)
 * isPositionInBounds([51.48, -3.18], WALES_BBOX) // false (lat and lng swapped)
 */
export function isPositionInBounds(position: Readonly<Position>, bounds: Readonly<BBox>): boolean {
  const [lng, lat] = position;
  return lng >= bounds[0] && lat >= bounds[1] && lng <= bounds[2] && lat <= bounds[3];
}

/**
 * Rounds a number to `decimals` places (5 decimals of a degree ≈ 1 m).
 *
 * @example
 * roundTo(-3.179089123, 5) // -3.17909
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded; // no -0 in output files
}

/**
 * A copy of a Polygon or MultiPolygon with every coordinate rounded to `decimals` places.
 *
 * @example
 * roundPolygonCoordinates({ type: "Polygon", coordinates: [[[0.123456, 0], [1, 0], [1, 1], [0.123456, 0]]] }, 5)
 * // { type: "Polygon", coordinates: [[[0.12346, 0], [1, 0], [1, 1], [0.12346, 0]]] }
 */
export function roundPolygonCoordinates<G extends Polygon | MultiPolygon>(geometry: G, decimals: number): G {
  const roundRing = (ring: Position[]) => ring.map((p) => [roundTo(p[0], decimals), roundTo(p[1], decimals)]);
  if (geometry.type === "Polygon") {
    return { type: "Polygon", coordinates: geometry.coordinates.map(roundRing) } as G;
  }
  return { type: "MultiPolygon", coordinates: geometry.coordinates.map((poly) => poly.map(roundRing)) } as G;
}

/**
 * The number of positions in a geometry or FeatureCollection (closing positions of rings included).
 *
 * @example
 * countVertices({ type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }) // 4
 */
export function countVertices(input: Geometry | FeatureCollection): number {
  if (input.type === "FeatureCollection") {
    return input.features.reduce((sum, f) => sum + (f.geometry ? countVertices(f.geometry) : 0), 0);
  }
  if (input.type === "GeometryCollection") {
    return input.geometries.reduce((sum, g) => sum + countVertices(g), 0);
  }
  let count = 0;
  forEachPosition(input.coordinates, () => count++);
  return count;
}

/**
 * The outer and inner rings of a Polygon or MultiPolygon as one flat list.
 *
 * @example
 * listRings({ type: "MultiPolygon", coordinates: [[ringA], [ringB, holeB]] }) // [ringA, ringB, holeB]
 */
export function listRings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * Checks a collection of authority outlines and returns each one's GSS code, geometry and bounds, in
 * collection order. Throws on a missing or duplicate gss_code or a geometry that is not a polygon.
 *
 * @example
 * indexAuthorityBoundaries(walesBoundaries)[0]
 * // { gss: "W06000001", geometry: { type: "MultiPolygon", … }, bounds: [-4.69396, 53.12995, -4.04288, 53.42695] }
 */
export function indexAuthorityBoundaries(boundaries: AuthorityBoundaries): IndexedBoundary[] {
  if (boundaries?.type !== "FeatureCollection" || !Array.isArray(boundaries.features)) {
    throw new Error(`Expected a FeatureCollection of boundaries, got: ${String((boundaries as { type?: unknown })?.type)}`);
  }
  const seen = new Set<string>();
  return boundaries.features.map((f, i) => {
    const gss = f.properties?.gss_code;
    if (typeof gss !== "string" || gss === "") throw new Error(`Boundary feature ${i} has no gss_code: ${JSON.stringify(gss)}`);
    if (seen.has(gss)) throw new Error(`Duplicate boundary for local authority code: ${gss}`);
    seen.add(gss);
    if (f.geometry?.type !== "Polygon" && f.geometry?.type !== "MultiPolygon") {
      throw new Error(`Boundary ${gss} has a ${String((f.geometry as { type?: unknown } | null)?.type)} geometry, expected Polygon or MultiPolygon`);
    }
    return { gss, geometry: f.geometry, bounds: boundsOfGeometry(f.geometry) };
  });
}
