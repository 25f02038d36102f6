/**
 * The equal-area projection the coverage grid is laid on.
 *
 * Lambert's cylindrical equal-area projection with its standard parallel at 52.4°N (the middle of
 * Wales): x = R·λ·cos φ₀, y = R·sin φ / cos φ₀, on a sphere of radius R = 6371.0088 km (the mean
 * radius Turf uses). Every square of side s km in (x, y) covers exactly s² km² of the sphere, and it
 * is a [lng, lat] rectangle, so a grid cell unprojects to a rectangle with straight edges in GeoJSON.
 * Across Wales (51.3°–53.5°N) shapes are stretched by at most 2.5%, which only changes which cells
 * a circle covers through cell-centre distances measured on the sphere, never the cells' areas.
 */
import { EARTH_RADIUS_KM } from "./sphere";

/** Standard parallel of the projection, degrees north. */
export const STANDARD_PARALLEL_DEG = 52.4;

const RAD = Math.PI / 180;
const COS_STANDARD = Math.cos(STANDARD_PARALLEL_DEG * RAD);

/**
 * Projects [lng, lat] (degrees) to equal-area [x, y] in km.
 *
 * @example
 * projectEqualArea([0, 52.4])      // [0, 8272.92…] (6371.0088 × tan 52.4°)
 * projectEqualArea([-3.18, 51.48]) // [-215.75…, 8169.56…]
 */
export function projectEqualArea(position: readonly number[]): [number, number] {
  return [projectLngToX(position[0]), projectLatToY(position[1])];
}

/**
 * The equal-area x (km) of a longitude in degrees: projectEqualArea's x without building a pair.
 *
 * @example
 * projectLngToX(-3.18) // -215.75…
 */
export function projectLngToX(lng: number): number {
  return EARTH_RADIUS_KM * lng * RAD * COS_STANDARD;
}

/**
 * The equal-area y (km) of a latitude in degrees: projectEqualArea's y without building a pair.
 *
 * @example
 * projectLatToY(52.4) // 8272.92… (6371.0088 × tan 52.4°)
 */
export function projectLatToY(lat: number): number {
  return (EARTH_RADIUS_KM * Math.sin(lat * RAD)) / COS_STANDARD;
}

/**
 * Unprojects equal-area [x, y] (km) back to [lng, lat] in degrees.
 *
 * @example
 * unprojectEqualArea(projectEqualArea([-3.18, 51.48])) // [-3.18, 51.48] (to floating-point precision)
 */
export function unprojectEqualArea(point: readonly number[]): [number, number] {
  const [x, y] = point;
  const sinLat = (y * COS_STANDARD) / EARTH_RADIUS_KM;
  if (!(Math.abs(sinLat) <= 1)) throw new Error(`Point outside the equal-area projection: [${x}, ${y}]`);
  return [x / (EARTH_RADIUS_KM * COS_STANDARD) / RAD, Math.asin(sinLat) / RAD];
}
