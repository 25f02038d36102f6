/**
 * Distances on the sphere Turf uses (mean radius 6371.0088 km): between two points, and from a point
 * to an outline made of great-circle edges. Positions are [lng, lat] in degrees.
 */

/** Mean Earth radius in km, as in Turf (`earthRadius` 6371008.8 m). */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/**
 * Great-circle (haversine) distance in km between two [lng, lat] positions, on the same sphere as
 * turf.distance, so the two agree to floating-point precision.
 *
 * @example
 * measureDistanceKm([-3.18, 51.48], [-2.99835, 51.58774]) // ≈ 17.36 (Cardiff to Newport)
 */
export function measureDistanceKm(from: readonly number[], to: readonly number[]): number {
  const lat1 = from[1] * RAD;
  const lat2 = to[1] * RAD;
  const sinDLat = Math.sin((lat2 - lat1) / 2);
  const sinDLng = Math.sin(((to[0] - from[0]) * RAD) / 2);
  const h = sinDLat * sinDLat + Math.cos(lat1) * Math.cos(lat2) * sinDLng * sinDLng;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The shortest distance in km from a position to any edge of the given rings (each edge taken as
 * the great-circle arc between its ends; on outlines with vertices a few km apart that is within
 * metres of the straight [lng, lat] edge). Whether the position is inside is not considered: a point
 * inside gets its distance to the boundary. Throws when there is no edge at all.
 *
 * @example
 * const square = [[[-3.1, 51.5], [-3, 51.5], [-3, 51.6], [-3.1, 51.6], [-3.1, 51.5]]];
 * measureDistanceToRingsKm([-3.2, 51.55], square) // ≈ 6.91 (0.1° of longitude at 51.55°N)
 */
export function measureDistanceToRingsKm(position: readonly number[], rings: readonly (readonly number[])[][]): number {
  const p = toUnitVector(position);
  let best = Infinity; // as an angle in radians
  for (const ring of rings) {
    if (ring.length < 2) continue;
    let a = toUnitVector(ring[0]);
    for (let i = 1; i < ring.length; i++) {
      const b = toUnitVector(ring[i]);
      const angle = angleToArc(p, a, b);
      if (angle < best) best = angle;
      a = b;
    }
  }
  if (best === Infinity) throw new Error(`Cannot measure a distance to an outline without edges (${rings.length} rings)`);
  return best * EARTH_RADIUS_KM;
}

type Vec = [number, number, number];

function toUnitVector(position: readonly number[]): Vec {
  const lng = position[0] * RAD;
  const lat = position[1] * RAD;
  const c = Math.cos(lat);
  return [c * Math.cos(lng), c * Math.sin(lng), Math.sin(lat)];
}

function angleBetween(u: Vec, v: Vec): number {
  // atan2(|u × v|, u · v) is accurate for small and large angles alike.
  const cx = u[1] * v[2] - u[2] * v[1];
  const cy = u[2] * v[0] - u[0] * v[2];
  const cz = u[0] * v[1] - u[1] * v[0];
  return Math.atan2(Math.hypot(cx, cy, cz), u[0] * v[0] + u[1] * v[1] + u[2] * v[2]);
}

/** Angle from p to the minor great-circle arc a–b. */
function angleToArc(p: Vec, a: Vec, b: Vec): number {
  const nx = a[1] * b[2] - a[2] * b[1];
  const ny = a[2] * b[0] - a[0] * b[2];
  const nz = a[0] * b[1] - a[1] * b[0];
  const nLen = Math.hypot(nx, ny, nz);
  if (nLen > 1e-15) {
    const ux = nx / nLen;
    const uy = ny / nLen;
    const uz = nz / nLen;
    const s = p[0] * ux + p[1] * uy + p[2] * uz; // sine of p's angle off the great circle
    // p's foot on the great circle lies within the arc when it is on the inner side of both ends.
    const fx = p[0] - s * ux;
    const fy = p[1] - s * uy;
    const fz = p[2] - s * uz;
    const afterA = (a[1] * fz - a[2] * fy) * ux + (a[2] * fx - a[0] * fz) * uy + (a[0] * fy - a[1] * fx) * uz;
    const beforeB = (fy * b[2] - fz * b[1]) * ux + (fz * b[0] - fx * b[2]) * uy + (fx * b[1] - fy * b[0]) * uz;
    if (afterA >= 0 && beforeB >= 0) return Math.asin(Math.min(1, Math.abs(s)));
  }
  return Math.min(angleBetween(p, a), angleBetween(p, b));
}

/** Edges per chunk of a prepared outline: each chunk has a bounding cap, so far chunks are skipped whole. */
const CHUNK_EDGES = 32;

/**
 * An outline ready for many distance queries: its vertices as unit vectors (the trigonometry done
 * once), in chunks of CHUNK_EDGES edges, each with the centre and angular radius of a cap holding it.
 */
export interface PreparedRings {
  /** x, y, z of every vertex, ring after ring. */
  vectors: Float64Array;
  /** Per chunk: first vertex, last vertex (inclusive; consecutive vertices form the edges), cap centre x, y, z and radius. */
  chunks: Float64Array;
  chunkCount: number;
}

/**
 * Prepares rings for measureDistanceToPreparedRingsKm. Throws when there is no edge at all.
 *
 * @example
 * const prepared = prepareRings(authority.rings);
 */
export function prepareRings(rings: readonly (readonly number[])[][]): PreparedRings {
  const usable = rings.filter((r) => r.length >= 2);
  if (usable.length === 0) throw new Error(`Cannot measure a distance to an outline without edges (${rings.length} rings)`);
  const total = usable.reduce((n, r) => n + r.length, 0);
  const vectors = new Float64Array(total * 3);
  const chunks: number[] = [];
  let v = 0;
  for (const ring of usable) {
    const first = v;
    for (const position of ring) vectors.set(toUnitVector(position), 3 * v++);
    for (let start = first; start < v - 1; start += CHUNK_EDGES) chunks.push(...capOf(vectors, start, Math.min(start + CHUNK_EDGES, v - 1)));
  }
  return { vectors, chunks: Float64Array.from(chunks), chunkCount: chunks.length / 6 };
}

/** [start, end, centre x, y, z, radius]: the normalised mean of the chunk's vertices and the largest angle to one. */
function capOf(vectors: Float64Array, start: number, end: number): number[] {
  let x = 0;
  let y = 0;
  let z = 0;
  for (let i = start; i <= end; i++) {
    x += vectors[3 * i];
    y += vectors[3 * i + 1];
    z += vectors[3 * i + 2];
  }
  const len = Math.sqrt(x * x + y * y + z * z);
  const c: Vec = [x / len, y / len, z / len];
  let radius = 0;
  for (let i = start; i <= end; i++) radius = Math.max(radius, angleBetween(c, [vectors[3 * i], vectors[3 * i + 1], vectors[3 * i + 2]]));
  return [start, end, c[0], c[1], c[2], radius];
}

/**
 * The same distance as measureDistanceToRingsKm, on prepared rings: chunks whose cap is farther than
 * the best edge found so far are skipped (an edge's arc never leaves the cap holding its ends, for
 * caps under a quarter of the globe).
 *
 * @example
 * measureDistanceToPreparedRingsKm([-3.2, 51.55], prepareRings(square)) // ≈ 6.91
 */
export function measureDistanceToPreparedRingsKm(position: readonly number[], prepared: PreparedRings): number {
  const p = toUnitVector(position);
  const { vectors: w, chunks } = prepared;
  const order = Array.from({ length: prepared.chunkCount }, (_, k) => k);
  const lower = order.map((k) => angleBetween(p, [chunks[6 * k + 2], chunks[6 * k + 3], chunks[6 * k + 4]]) - chunks[6 * k + 5]);
  order.sort((a, b) => lower[a] - lower[b]);
  let best = Infinity;
  for (const k of order) {
    if (lower[k] >= best) break;
    const start = chunks[6 * k];
    const end = chunks[6 * k + 1];
    let a: Vec = [w[3 * start], w[3 * start + 1], w[3 * start + 2]];
    for (let i = start + 1; i <= end; i++) {
      const b: Vec = [w[3 * i], w[3 * i + 1], w[3 * i + 2]];
      const angle = angleToArc(p, a, b);
      if (angle < best) best = angle;
      a = b;
    }
  }
  return best * EARTH_RADIUS_KM;
}
