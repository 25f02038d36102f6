/**
 * Which authorities a point-and-radius reach touches, and the checks every reach must pass.
 */
import { booleanPointInPolygon } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import type { AuthorityBoundaries } from "./geometry";
import { boundsOfGeometry, isPositionInBounds, listRings, MAX_RADIUS_KM, WALES_BBOX } from "./geometry";
import { measureDistanceToPreparedRingsKm, prepareRings, type PreparedRings } from "./sphere";

export { MAX_RADIUS_KM };

/**
 * Throws when a reach's centre is outside Wales' bounding box or its radius is not in (0, 300] km.
 *
 * @example
 * assertValidCircle(-3.18, 51.48, 10) // ok
 * assertValidCircle(-3.18, 51.48, 0)  // throws "Radius out of range (0 < r ≤ 300 km): 0"
 */
export function assertValidCircle(lng: number, lat: number, radiusKm: number): void {
  if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
    throw new Error(`Radius out of range (0 < r ≤ ${MAX_RADIUS_KM} km): ${radiusKm}`);
  }
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || !isPositionInBounds([lng, lat], WALES_BBOX)) {
    throw new Error(`Coordinates outside Wales' bounding box: [${lng}, ${lat}]`);
  }
}

/** Per outline: its bounds, and its rings prepared for distance queries (computed once per geometry object). */
const prepared = new WeakMap<object, { bounds: [number, number, number, number]; rings: PreparedRings }>();

function preparedOutline(geometry: Polygon | MultiPolygon) {
  let p = prepared.get(geometry);
  if (!p) {
    p = { bounds: boundsOfGeometry(geometry) as [number, number, number, number], rings: prepareRings(listRings(geometry)) };
    prepared.set(geometry, p);
  }
  return p;
}

/**
 * The GSS codes of the authorities a circle reaches (its centre inside, or its edge within the
 * radius of the outline), sorted. Each outline's bounds and edges are prepared once and kept for
 * as long as its geometry object lives, so many circles on the same boundaries (an import of
 * thousands of grants) cost a fraction of a millisecond each.
 *
 * @example
 * authoritiesReachedByCircle(-3.18, 51.48, 5, walesBoundaries) // ["W06000014", "W06000015"]
 */
export function authoritiesReachedByCircle(lng: number, lat: number, radiusKm: number, boundaries: AuthorityBoundaries): string[] {
  assertValidCircle(lng, lat, radiusKm);
  // A degree of latitude is ~111.2 km; a degree of longitude shrinks with cos(latitude).
  const dLat = radiusKm / 111.2;
  const dLng = radiusKm / (111.2 * Math.cos((lat * Math.PI) / 180));
  const reached: string[] = [];
  for (const f of boundaries.features) {
    const { bounds, rings } = preparedOutline(f.geometry);
    const [minLng, minLat, maxLng, maxLat] = bounds;
    if (lng + dLng < minLng || lng - dLng > maxLng || lat + dLat < minLat || lat - dLat > maxLat) continue;
    if (booleanPointInPolygon([lng, lat], f.geometry) || measureDistanceToPreparedRingsKm([lng, lat], rings) <= radiusKm) reached.push(f.properties.gss_code);
  }
  return reached.sort();
}
