/**
 * Gaps as outlines: the part of an authority outside every active reach, traced from a coverage
 * table's per-cell masks as rectangles of uncovered cells.
 */
import type { MultiPolygon, Position } from "geojson";
import type { CoverageGrid, GridAuthority } from "./coverage-grid";
import type { CoverageTable } from "./coverage-types";
import { unprojectEqualArea } from "../equal-area";
import { roundTo } from "../geometry";

/** A rectangle of grid cells: columns first…last of rows rowFirst…rowLast. */
interface CellRect {
  first: number;
  last: number;
  rowFirst: number;
  rowLast: number;
}

/**
 * The part of an authority outside every active reach (of `theme`, or of any theme for null) as a
 * MultiPolygon in [lng, lat], made of the uncovered grid cells: runs of cells along a row become
 * rectangles, identical runs in consecutive rows are merged, and corners are rounded to 5 decimals.
 * The rectangles tile the gap exactly (its area is the uncovered cells' area); null when the authority
 * is fully covered. Throws on an unknown GSS code, a theme the table has no rows for, or a table
 * computed on another grid.
 *
 * @example
 * gapGeometry(grid, table, "W06000023", "hate-crime") // { type: "MultiPolygon", coordinates: [[[[-3.1, 52.0], …]]] } or null
 */
export function gapGeometry(grid: CoverageGrid, table: CoverageTable, gss: string, theme: string | null): MultiPolygon | null {
  if (table?.gridKey !== grid?.key) throw new Error(`Coverage table was computed on another grid: ${String(table?.gridKey)}`);
  const authority = grid.authorities.find((a) => a.gss === gss);
  if (!authority) throw new Error(`Unknown local authority code: ${gss}`);
  const slot = theme === null ? 0 : table.themes.indexOf(theme) + 1;
  if (slot === 0 && theme !== null) throw new Error(`Theme not in this coverage table: ${theme}`);
  const rects = findUncoveredRects(grid, authority, table.cellMasks, (1 << slot) >>> 0);
  return rects.length === 0 ? null : outlineRects(grid, rects);
}

/**
 * The authority's cells without `bit` in their mask as rectangles: each row's runs of such cells,
 * merged with the identical run of the row below when there is one; sorted by row, then column.
 */
function findUncoveredRects(grid: CoverageGrid, authority: GridAuthority, masks: Uint16Array | Uint32Array, bit: number): CellRect[] {
  const { cols, rowRuns, runRow, runCellStart } = grid;
  const { runIndexes } = authority;
  const done: CellRect[] = [];
  let open = new Map<number, CellRect>();
  let next = new Map<number, CellRect>();
  let j = 0;
  while (j < runIndexes.length) {
    const row = runRow[runIndexes[j]];
    for (; j < runIndexes.length && runRow[runIndexes[j]] === row; j++) {
      const k = runIndexes[j];
      const base = runCellStart[k] - rowRuns[3 * k]; // mask index of column c is base + c
      let c = rowRuns[3 * k];
      const end = rowRuns[3 * k + 1];
      while (c <= end) {
        if (masks[base + c] & bit) {
          c++;
          continue;
        }
        const first = c;
        while (c <= end && !(masks[base + c] & bit)) c++;
        const key = first * (cols + 1) + (c - 1);
        const previous = open.get(key);
        if (previous && previous.rowLast === row - 1) {
          previous.rowLast = row;
          open.delete(key);
          next.set(key, previous);
        } else {
          next.set(key, { first, last: c - 1, rowFirst: row, rowLast: row });
        }
      }
    }
    for (const rect of open.values()) done.push(rect);
    [open, next] = [next, open];
    next.clear();
  }
  for (const rect of open.values()) done.push(rect);
  return done.sort((x, y) => x.rowFirst - y.rowFirst || x.first - y.first);
}

/** The rectangles as a MultiPolygon in [lng, lat], corners rounded to 5 decimals. */
function outlineRects(grid: CoverageGrid, rects: CellRect[]): MultiPolygon {
  const { cellKm, originX, originY } = grid;
  const corner = (col: number, row: number): Position => {
    const [lng, lat] = unprojectEqualArea([originX + col * cellKm, originY + row * cellKm]);
    return [roundTo(lng, 5), roundTo(lat, 5)];
  };
  return {
    type: "MultiPolygon",
    coordinates: rects.map((rect) => {
      const sw = corner(rect.first, rect.rowFirst);
      const ne = corner(rect.last + 1, rect.rowLast + 1);
      // Counter-clockwise, as RFC 7946 asks of exterior rings.
      return [[sw, [ne[0], sw[1]], ne, [sw[0], ne[1]], sw]];
    }),
  };
}
