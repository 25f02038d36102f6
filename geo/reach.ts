/**
 * Which authorities a point-and-radius reach touches, and the checks every reach must pass.
 */
import { pointToPolygonDistance } from "@turf/turf";
import type { AuthorityBoundaries } from "./geometry";
import { boundsOfGeometry, isPositionInBounds, MAX_RADIUS_KM, WALES_BBOX } from "./geometry";

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

/**
 * The GSS codes of the authorities a circle reaches (its centre inside, or its edge within the
 * radius of the outline), sorted.
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
    const [minLng, minLat, maxLng, maxLat] = boundsOfGeometry(f.geometry);
    if (lng + dLng < minLng || lng - dLng > maxLng || lat + dLat < minLat || lat - dLat > maxLat) continue;
    // Negative inside the polygon, so "≤ radius" also holds for a centre inside it.
    if (pointToPolygonDistance([lng, lat], f.geometry, { units: "kilometers" }) <= radiusKm) reached.push(f.properties.gss_code);
  }
  return reached.sort();
}
