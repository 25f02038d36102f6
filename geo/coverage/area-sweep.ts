/**
 * Area coverage by a sweep over the grid's rows. In each row a circle covers one run of columns,
 * solved exactly from the haversine formula at the row's centre latitude; an authority reach covers
 * the authority's precomputed runs; a Wales-wide reach covers every authority cell. Each run adds
 * +1/−1 to a one-row difference array per slot, and a prefix sum per slot marks the covered cells in
 * a per-cell bitmask and counts them per authority.
 */
import type { CoverageGrid } from "./coverage-grid";
import { countActiveProject, type ActiveReaches } from "./active-reaches";
import { lowestBitIndex } from "./bits";
import { STANDARD_PARALLEL_DEG } from "../equal-area";
import { EARTH_RADIUS_KM } from "../sphere";

const RAD = Math.PI / 180;
const COS_STANDARD = Math.cos(STANDARD_PARALLEL_DEG * RAD);

export interface AreaCoverage {
  /** Per authority cell (numbered as in CoverageGrid.runCellStart): bit s set when slot s reaches it. */
  cellMasks: Uint16Array | Uint32Array;
  /** Covered cells at [authority × slotCount + slot]. */
  coveredCells: Int32Array;
}

/**
 * Marks the cells every active reach covers, per slot, and counts them per authority; also counts each
 * circle as an active project of every authority whose cells it covers (in reaches.activeCount).
 *
 * @example
 * const { cellMasks, coveredCells } = sweepArea(grid, collectActiveReaches(grid, projects, asOf, themes));
 * coveredCells[a * (themes.length + 1)] / grid.authorities[a].cellCount // authority a's area coverage, all themes
 */
export function sweepArea(grid: CoverageGrid, reaches: ActiveReaches): AreaCoverage {
  const cellMasks = reaches.slotCount <= 16 ? new Uint16Array(grid.authorityCellCount) : new Uint32Array(grid.authorityCellCount);
  const coveredCells = new Int32Array(grid.authorities.length * reaches.slotCount);
  sweepRows(grid, reaches, cellMasks, coveredCells);
  fillWalesSlots(grid, reaches, cellMasks, coveredCells);
  return { cellMasks, coveredCells };
}

/**
 * The engine's hot loop: circles enter and leave by their first and last rows; in each row every live
 * circle and authority reach adds its run of columns to the row's difference arrays, then
 * markCoveredCells turns them into cells. Only one row of difference arrays exists at a time, so every
 * write stays in cache, whatever the number of circles. The circle step stays inline (not a call per
 * circle): it is the innermost loop over the most items.
 */
function sweepRows(grid: CoverageGrid, reaches: ActiveReaches, cellMasks: Uint16Array | Uint32Array, coveredCells: Int32Array): void {
  const { cols, rows, cellKm, originX, rowLatRad, rowRunStart, rowRuns, runAtOrAfter } = grid;
  const { slotCount, circles, authoritySlots, reached } = reaches;
  const nA = grid.authorities.length;
  const { slots: cSlots, cosLat: cCos, sinLat: cSin, havRadius: cHav, x: cX, rowFirst: cFirst, rowLast: cLast } = circles;
  const order = Int32Array.from({ length: circles.count }, (_, i) => i)
    .filter((i) => cFirst[i] <= cLast[i])
    .sort((x, y) => cFirst[x] - cFirst[y] || x - y);
  const stride = cols + 1;
  const rowDiff = new Int32Array(slotCount * stride);
  // A slot with a Wales-wide project is covered everywhere: it is filled after the sweep, not swept.
  const sweptSlots = ~reaches.walesSlots;
  const xScale = EARTH_RADIUS_KM * COS_STANDARD;
  const live = new Int32Array(order.length);
  let liveCount = 0;
  let nextInOrder = 0;
  for (let r = 0; r < rows; r++) {
    while (nextInOrder < order.length && cFirst[order[nextInOrder]] <= r) live[liveCount++] = order[nextInOrder++];
    const runFrom = rowRunStart[r];
    const runTo = rowRunStart[r + 1];
    // Only the columns from the row's first to its last authority cell matter.
    const minCol = runFrom < runTo ? rowRuns[3 * runFrom] : 0;
    const maxCol = runFrom < runTo ? rowRuns[3 * (runTo - 1) + 1] : -1;
    const rowCos = Math.cos(rowLatRad[r]);
    const rowSin = Math.sin(rowLatRad[r]);
    const cellBase = r * cols;
    let rowSlots = 0; // the slots with something in this row's difference arrays

    let kept = 0;
    for (let j = 0; j < liveCount; j++) {
      const i = live[j];
      if (cLast[i] < r) continue;
      live[kept++] = i;
      // Haversine solved for the longitude offset at this row's latitude: the cells whose centre is
      // within the radius lie between x − dx and x + dx.
      const h = cHav[i] - (1 - (rowCos * cCos[i] + rowSin * cSin[i])) / 2; // hav(radius) − hav(Δφ)
      if (h < 0) continue;
      const q = h / (cCos[i] * rowCos);
      const dx = xScale * (q >= 1 ? Math.PI : 2 * Math.asin(Math.sqrt(q)));
      const first = Math.max(minCol, Math.ceil((cX[i] - dx - originX) / cellKm - 0.5));
      const last = Math.min(maxCol, Math.floor((cX[i] + dx - originX) / cellKm - 0.5));
      if (first > last) continue;
      const slots = cSlots[i];
      rowSlots |= slots & sweptSlots;
      for (let m = slots & sweptSlots; m !== 0; m &= m - 1) {
        const base = lowestBitIndex(m) * stride;
        rowDiff[base + first]++;
        rowDiff[base + last + 1]--;
      }
      // The authorities under the run: from the first run ending at or after `first`.
      for (let k = runAtOrAfter[cellBase + first]; k < runTo && rowRuns[3 * k] <= last; k++) {
        const a = rowRuns[3 * k + 2];
        if (!reached[i * nA + a]) {
          reached[i * nA + a] = 1;
          countActiveProject(reaches, a, slots);
        }
      }
    }
    liveCount = kept;
    if (runFrom === runTo) continue;

    for (let k = runFrom; k < runTo; k++) {
      const slots = authoritySlots[rowRuns[3 * k + 2]] & sweptSlots;
      rowSlots |= slots;
      for (let m = slots; m !== 0; m &= m - 1) {
        const base = lowestBitIndex(m) * stride;
        rowDiff[base + rowRuns[3 * k]]++;
        rowDiff[base + rowRuns[3 * k + 1] + 1]--;
      }
    }

    markCoveredCells(grid, r, rowSlots, rowDiff, cellMasks, coveredCells, slotCount);
  }
}

/**
 * Runs the prefix sum of each slot in `rowSlots` along row `r`: marks the covered cells, counts them
 * per authority, and leaves the row's difference arrays zeroed for the next row.
 */
function markCoveredCells(
  grid: CoverageGrid,
  r: number,
  rowSlots: number,
  rowDiff: Int32Array,
  cellMasks: Uint16Array | Uint32Array,
  coveredCells: Int32Array,
  slotCount: number,
): void {
  const { rowRunStart, rowRuns, runCellStart } = grid;
  const stride = grid.cols + 1;
  const runFrom = rowRunStart[r];
  const runTo = rowRunStart[r + 1];
  const minCol = rowRuns[3 * runFrom];
  const maxCol = rowRuns[3 * (runTo - 1) + 1];
  for (let m = rowSlots; m !== 0; m &= m - 1) {
    const s = lowestBitIndex(m);
    const bit = (1 << s) >>> 0;
    const diffBase = s * stride;
    let depth = 0;
    let col = minCol;
    for (let k = runFrom; k < runTo; k++) {
      const runFirst = rowRuns[3 * k];
      const runLast = rowRuns[3 * k + 1];
      for (; col < runFirst; col++) {
        depth += rowDiff[diffBase + col];
        rowDiff[diffBase + col] = 0;
      }
      let covered = 0;
      for (let cell = runCellStart[k]; col <= runLast; col++, cell++) {
        depth += rowDiff[diffBase + col];
        rowDiff[diffBase + col] = 0;
        if (depth > 0) {
          cellMasks[cell] |= bit;
          covered++;
        }
      }
      coveredCells[rowRuns[3 * k + 2] * slotCount + s] += covered;
    }
    rowDiff[diffBase + maxCol + 1] = 0;
  }
}

/** Marks every authority cell covered in each slot that has an active Wales-wide project. */
function fillWalesSlots(grid: CoverageGrid, reaches: ActiveReaches, cellMasks: Uint16Array | Uint32Array, coveredCells: Int32Array): void {
  const { slotCount } = reaches;
  for (let m = reaches.walesSlots; m !== 0; m &= m - 1) {
    const s = lowestBitIndex(m);
    const bit = (1 << s) >>> 0;
    for (let cell = 0; cell < cellMasks.length; cell++) cellMasks[cell] |= bit;
    grid.authorities.forEach((authority, a) => (coveredCells[a * slotCount + s] = authority.cellCount));
  }
}
