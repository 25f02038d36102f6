/**
 * The outline of a set of grid cells: the cells dissolved into polygons (outer rings with their
 * holes), so a gap is drawn as one shape with one outer stroke instead of a mosaic of rectangles
 * whose shared edges show as seams.
 */

/** A rectangle of grid cells: columns first…last of rows rowFirst…rowLast (inclusive, whole numbers). */
export interface CellRect {
  first: number;
  last: number;
  rowFirst: number;
  rowLast: number;
}

/** A corner of the grid: [column, row] of the corner at the south-west of cell (column, row). */
export type GridCorner = [number, number];

// Directions along the grid lines, counter-clockwise: east, north, west, south.
const DX = [1, 0, -1, 0];
const DY = [0, 1, 0, -1];

/**
 * The union of the rectangles as polygons in grid-corner coordinates: each polygon is an outer ring
 * (counter-clockwise, as RFC 7946 asks) followed by its holes (clockwise), every ring closed, with
 * only the corners where the outline turns. Cells that touch only at a corner belong to separate
 * polygons. Polygons come sorted by their lowest row, then column; overlapping rectangles are fine.
 *
 * @example
 * outlineCells([{ first: 0, last: 1, rowFirst: 0, rowLast: 0 }, { first: 0, last: 0, rowFirst: 1, rowLast: 1 }])
 * // [[[[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]]]]  (an L of three cells)
 */
export function outlineCells(rects: CellRect[]): GridCorner[][][] {
  for (const r of rects) {
    const whole = [r.first, r.last, r.rowFirst, r.rowLast].every(Number.isInteger);
    if (!whole || r.last < r.first || r.rowLast < r.rowFirst) throw new Error(`Not a rectangle of whole cells: ${JSON.stringify(r)}`);
  }
  if (rects.length === 0) return [];
  // A bitmap of the cells with an empty border of one cell, so every cell has four neighbours.
  const x0 = Math.min(...rects.map((r) => r.first)) - 1;
  const y0 = Math.min(...rects.map((r) => r.rowFirst)) - 1;
  const w = Math.max(...rects.map((r) => r.last)) - x0 + 2;
  const h = Math.max(...rects.map((r) => r.rowLast)) - y0 + 2;
  const filled = new Uint8Array(w * h);
  for (const r of rects) {
    for (let y = r.rowFirst - y0; y <= r.rowLast - y0; y++) filled.fill(1, y * w + r.first - x0, y * w + r.last - x0 + 1);
  }
  const rings = traceRings(filled, w, h);
  return assignHoles(rings).map((polygon) => polygon.map((ring) => ring.map(([x, y]): GridCorner => [x + x0, y + y0])));
}

/**
 * Every boundary edge between a filled and an empty cell, directed with the filled cell on its left,
 * chained into closed rings. Where two filled cells meet only at a corner the chain turns left, which
 * keeps them in separate rings.
 */
function traceRings(filled: Uint8Array, w: number, h: number): GridCorner[][] {
  const cell = (x: number, y: number) => filled[y * w + x] === 1;
  // edges[corner] has a bit per direction of an edge leaving that corner ((w + 1) × (h + 1) corners);
  // unused[corner] the same bits, cleared as the edges are traced.
  const cw = w + 1;
  const edges = new Uint8Array(cw * (h + 1));
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      if (!cell(x, y)) continue;
      if (!cell(x, y - 1)) edges[y * cw + x] |= 1 << 0; // bottom edge, eastwards from (x, y)
      if (!cell(x + 1, y)) edges[y * cw + x + 1] |= 1 << 1; // right edge, northwards from (x + 1, y)
      if (!cell(x, y + 1)) edges[(y + 1) * cw + x + 1] |= 1 << 2; // top edge, westwards from (x + 1, y + 1)
      if (!cell(x - 1, y)) edges[(y + 1) * cw + x] |= 1 << 3; // left edge, southwards from (x, y + 1)
    }
  }
  const unused = edges.slice();
  const rings: GridCorner[][] = [];
  for (let start = 0; start < unused.length; start++) {
    while (unused[start]) {
      const startDir = Math.log2(unused[start] & -unused[start]);
      const ring: GridCorner[] = [];
      let x = start % cw;
      let y = Math.floor(start / cw);
      let dir = startDir;
      for (;;) {
        unused[y * cw + x] &= ~(1 << dir);
        x += DX[dir];
        y += DY[dir];
        const here = y * cw + x;
        // Left, then straight, then right. This pairs each edge in with one edge out at every corner
        // (where two cells meet only at a corner, each keeps its own), so the ring closes on its start.
        const next = [(dir + 1) % 4, dir, (dir + 3) % 4].find((d) => edges[here] & (1 << d))!;
        if (next !== dir) ring.push([x, y]);
        if (here === start && next === startDir) break;
        dir = next;
      }
      // Start the ring on its start corner when that is a turn (it was reached last).
      const last = ring[ring.length - 1];
      if (last[0] + last[1] * cw === start) ring.unshift(ring.pop()!);
      ring.push(ring[0]);
      rings.push(ring);
    }
  }
  return rings;
}

/** Twice the signed area of a closed ring (positive when counter-clockwise). */
function doubleArea(ring: GridCorner[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return sum;
}

/** Whether the point lies inside the closed ring (even-odd rule; the point is never on a grid line). */
function contains(ring: GridCorner[], px: number, py: number): boolean {
  let inside = false;
  for (let i = 1; i < ring.length; i++) {
    const [x1, y1] = ring[i - 1];
    const [x2, y2] = ring[i];
    if (y1 > py !== y2 > py && px < x1 + ((py - y1) * (x2 - x1)) / (y2 - y1)) inside = !inside;
  }
  return inside;
}

/**
 * Outer rings (counter-clockwise) with the holes (clockwise) inside them: a hole belongs to the
 * smallest outer ring holding a filled cell beside it.
 */
function assignHoles(rings: GridCorner[][]): GridCorner[][][] {
  const outers = rings.filter((r) => doubleArea(r) > 0).map((ring) => ({ ring, area: doubleArea(ring), box: bbox(ring), holes: [] as GridCorner[][] }));
  for (const hole of rings.filter((r) => doubleArea(r) < 0)) {
    // The centre of the filled cell on the left of the hole's first edge (off every grid line).
    const [[ax, ay], [bx, by]] = hole;
    const px = ax + (bx > ax || by < ay ? 0.5 : -0.5);
    const py = ay + (bx > ax || by > ay ? 0.5 : -0.5);
    let owner: (typeof outers)[number] | undefined;
    for (const o of outers) {
      if (px < o.box[0] || px > o.box[2] || py < o.box[1] || py > o.box[3]) continue;
      if ((!owner || o.area < owner.area) && contains(o.ring, px, py)) owner = o;
    }
    if (!owner) throw new Error(`Hole outside every outline at ${JSON.stringify(hole[0])}`);
    owner.holes.push(hole);
  }
  const lowest = (ring: GridCorner[]) => ring.reduce((m, p) => (p[1] < m[1] || (p[1] === m[1] && p[0] < m[0]) ? p : m));
  return outers
    .map((o) => [o.ring, ...o.holes])
    .sort((a, b) => {
      const [pa, pb] = [lowest(a[0]), lowest(b[0])];
      return pa[1] - pb[1] || pa[0] - pb[0];
    });
}

function bbox(ring: GridCorner[]): [number, number, number, number] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
