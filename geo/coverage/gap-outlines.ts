/**
 * Gaps as outlines: the part of an authority outside every active reach, traced from a coverage
 * table's per-cell masks as rectangles of uncovered cells and dissolved into one outline per area.
 */
import type { MultiPolygon, Position } from "geojson";
import type { CoverageGrid, GridAuthority } from "./coverage-grid";
import type { CoverageTable } from "./coverage-types";
import { unprojectEqualArea } from "../equal-area";
import { roundTo } from "../geometry";
import { outlineCells, type CellRect } from "./cell-outlines";

/**
 * The part of an authority outside every active reach (of `theme`, or of any theme for null) as a
 * MultiPolygon in [lng, lat], made of the uncovered grid cells dissolved into polygons with holes
 * (one outline per area, so it draws without seams between cells), corners rounded to 5 decimals.
 * It covers the gap exactly (its area is the uncovered cells' area); null when the authority
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

/**
 * The rectangles dissolved into a MultiPolygon in [lng, lat] (outer rings counter-clockwise and holes
 * clockwise, as RFC 7946 asks), corners rounded to 5 decimals.
 */
function outlineRects(grid: CoverageGrid, rects: CellRect[]): MultiPolygon {
  const { cellKm, originX, originY } = grid;
  const corner = ([col, row]: [number, number]): Position => {
    const [lng, lat] = unprojectEqualArea([originX + col * cellKm, originY + row * cellKm]);
    return [roundTo(lng, 5), roundTo(lat, 5)];
  };
  return { type: "MultiPolygon", coordinates: outlineCells(rects).map((polygon) => polygon.map((ring) => ring.map(corner))) };
}
