/**
 * The active point-and-radius reaches of one coverage table, stored as a struct of arrays (one entry
 * per circle in each typed array) so that the row sweep's hot loop reads them from flat memory.
 */
import type { CoverageGrid } from "./coverage-grid";
import { STANDARD_PARALLEL_DEG, projectLatToY, projectLngToX } from "../equal-area";
import { EARTH_RADIUS_KM } from "../sphere";

const RAD = Math.PI / 180;
const COS_STANDARD = Math.cos(STANDARD_PARALLEL_DEG * RAD);

export interface Circles {
  count: number;
  /** Bit s set for each slot the project counts in (0: all themes; i + 1: themes[i]). */
  slots: Uint32Array;
  lngRad: Float64Array;
  latRad: Float64Array;
  cosLat: Float64Array;
  sinLat: Float64Array;
  radiusKm: Float64Array;
  /** sin²(radius / 2R): the haversine of the radius as an angle. */
  havRadius: Float64Array;
  /** Equal-area x of the centre (km). */
  x: Float64Array;
  /** Grid rows whose centre latitude lies within the radius (rowFirst > rowLast: none). */
  rowFirst: Int32Array;
  rowLast: Int32Array;
}

/** A circle as a project's reach gives it: centre in degrees, radius in km. */
export interface CircleReach {
  lng: number;
  lat: number;
  radiusKm: number;
}

/**
 * Room for `capacity` circles, none stored yet.
 *
 * @example
 * const circles = allocateCircles(projects.length);
 * circles.count // 0
 */
export function allocateCircles(capacity: number): Circles {
  return {
    count: 0,
    slots: new Uint32Array(capacity),
    lngRad: new Float64Array(capacity),
    latRad: new Float64Array(capacity),
    cosLat: new Float64Array(capacity),
    sinLat: new Float64Array(capacity),
    radiusKm: new Float64Array(capacity),
    havRadius: new Float64Array(capacity),
    x: new Float64Array(capacity),
    rowFirst: new Int32Array(capacity),
    rowLast: new Int32Array(capacity),
  };
}

/**
 * Stores a circle (already checked by assertValidCircle) with its slot bits, its trigonometry and the
 * grid rows it spans.
 *
 * @example
 * addCircle(circles, grid, { lng: -3.18, lat: 51.48, radiusKm: 5 }, 0b11)
 * circles.count // 1
 */
export function addCircle(circles: Circles, grid: CoverageGrid, reach: CircleReach, slots: number): void {
  const i = circles.count++;
  const latRad = reach.lat * RAD;
  const angle = reach.radiusKm / EARTH_RADIUS_KM;
  const yMin = (EARTH_RADIUS_KM * Math.sin(Math.max(-Math.PI / 2, latRad - angle))) / COS_STANDARD;
  const yMax = (EARTH_RADIUS_KM * Math.sin(Math.min(Math.PI / 2, latRad + angle))) / COS_STANDARD;
  circles.slots[i] = slots;
  circles.lngRad[i] = reach.lng * RAD;
  circles.latRad[i] = latRad;
  circles.cosLat[i] = Math.cos(latRad);
  circles.sinLat[i] = Math.sin(latRad);
  circles.radiusKm[i] = reach.radiusKm;
  circles.havRadius[i] = Math.sin(angle / 2) ** 2;
  circles.x[i] = projectLngToX(reach.lng);
  circles.rowFirst[i] = Math.max(0, Math.ceil((yMin - grid.originY) / grid.cellKm - 0.5));
  circles.rowLast[i] = Math.min(grid.rows - 1, Math.floor((yMax - grid.originY) / grid.cellKm - 0.5));
}

/**
 * The index of the grid cell containing a position (row-major from the south-west), or -1 outside the grid.
 *
 * @example
 * const cell = locateCell(grid, -3.18, 51.48);
 * cell >= 0 ? grid.cellAuthority[cell] : NO_AUTHORITY
 */
export function locateCell(grid: CoverageGrid, lng: number, lat: number): number {
  const c = Math.floor((projectLngToX(lng) - grid.originX) / grid.cellKm);
  const r = Math.floor((projectLatToY(lat) - grid.originY) / grid.cellKm);
  return c >= 0 && c < grid.cols && r >= 0 && r < grid.rows ? r * grid.cols + c : -1;
}
