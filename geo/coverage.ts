/**
 * The coverage engine: how much of each authority's area and settlement population lies within reach
 * of the projects active on a date, for all themes together and for each theme, in one pass; the
 * gaps as outlines; and the gap score. The contract is in coverage-types.ts; the grid is prepared
 * once per boundary set by prepareCoverageGrid (coverage-grid.ts).
 *
 * How one table is computed (P projects, of which P_c active circles; T themes; a grid of R rows and
 * C cells; S settlements):
 * - Validation and dates: every project is checked and run through runStateOn once: O(P).
 * - Area, by a sweep over the grid's rows. In each row a circle covers one run of columns, solved
 *   exactly from the haversine formula at the row's centre latitude; an authority reach covers the
 *   authority's precomputed runs; a Wales-wide reach covers every authority cell. Each run adds +1/−1
 *   to a one-row difference array per theme slot (all themes, then each theme), and a prefix sum per
 *   slot marks the covered cells in a per-cell bitmask and counts them per authority. Only one row of
 *   difference arrays exists at a time, so every write stays in cache: O(Σ rows spanned by the
 *   circles × slots per project + (T + 1) × C), however much the circles overlap.
 * - People. Per slot, the active circles go into a Flatbush index of their bounding boxes (in a
 *   projection that never lengthens distances across Wales, so a box distance is a true lower bound of
 *   the distance to the circle): a settlement is in reach when a circle whose box contains it really
 *   does (haversine, 1e-9 km tolerance), and the distance to the nearest reach is found by
 *   bound-and-prune (the best of the 8 nearest boxes bounds the search; every box within that bound is
 *   then checked exactly): O((T + 1) × (P_c log P_c + S × log P_c)) in practice.
 */
import Flatbush from "flatbush";
import type { MultiPolygon, Position } from "geojson";
import { NO_AUTHORITY, type CoverageGrid, type GridSettlement } from "./coverage-grid";
import type {
  AuthorityCoverage,
  CoverageProject,
  CoverageTableQuery,
  OutOfReachSettlement,
} from "./coverage-types";
import { STANDARD_PARALLEL_DEG, unprojectEqualArea } from "./equal-area";
import { buildGapScoreParts, computeGapScore } from "./gap-score";
import { roundTo } from "./geometry";
import { isIsoDay, runStateOn } from "./partial-date";
import { assertValidCircle } from "./reach";
import { EARTH_RADIUS_KM } from "./sphere";

export { DEFAULT_CELL_KM, prepareCoverageGrid, type CoverageGrid, type CoverageGridOptions } from "./coverage-grid";
export { GAP_SCORE_WEIGHTS, buildGapScoreParts, computeGapScore } from "./gap-score";

/** At most this many themes per table: one bit each in a 32-bit cell mask, beside the "any theme" bit. */
export const MAX_THEMES = 31;

/** A settlement exactly on a circle's edge is in reach; this absorbs floating-point noise (km). */
export const REACH_EPSILON_KM = 1e-9;

/** Settlements under this population (or of unknown population) count as rural. */
export const RURAL_SETTLEMENT_POPULATION = 10_000;

export interface CoverageTable {
  asOf: string;
  cellKm: number;
  /** The themes with rows of their own, in query order. */
  themes: string[];
  /** For every authority by GSS code: its all-themes row (theme null), then one row per theme in `themes` order. */
  rows: AuthorityCoverage[];
  /**
   * One mask per authority cell (numbered as in CoverageGrid.runCellStart): bit 0 set when any active
   * project reaches the cell, bit i + 1 when an active project on themes[i] does. 16 bits a cell when
   * there are at most 15 themes. Read by gapGeometry.
   */
  cellMasks: Uint16Array | Uint32Array;
  /** The key of the grid the table was computed on. */
  gridKey: string;
}

const RAD = Math.PI / 180;
const COS_STANDARD = Math.cos(STANDARD_PARALLEL_DEG * RAD);
/**
 * The people index's projection, X = R·cos(54°)·λ, Y = R·φ, never lengthens a path that stays south of
 * 54°N. Every settlement and circle centre is inside WALES_BBOX (north edge 53.5°N), and the paths that
 * matter — from a settlement towards a centre — are great-circle arcs between two points of the box,
 * which bulge less than 0.01° north of it.
 */
const COS_INDEX = Math.cos(54 * RAD);

/** The active point reaches, one entry per circle in each typed array (struct of arrays: the sweep's hot loop). */
interface Circles {
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

/**
 * Coverage of every authority on `asOf`, for all themes together (theme null) and for each theme in
 * `query.themes`, counting only projects active that day (runStateOn). A project's themes outside
 * `query.themes` count for the all-themes rows only. Throws on a bad as-of date, more than 31 or
 * repeated themes, a radius outside (0, 300] km, a centre outside Wales' bounding box, an unknown GSS
 * code or an invalid partial date — naming the value and the project.
 *
 * Per row: activeProjects counts the active projects that reach at least one of the authority's cells,
 * name it, are Wales-wide, or have their centre in it; areaCoverage is covered cells / the authority's
 * cells (equal-area cells, so a share of area of the generalised Natural Earth outline);
 * peopleCoverage is the share of the known settlement population in reach (a settlement is in reach of
 * an authority reach naming its own authority or an outline containing it, of a circle when within the
 * radius); each out-of-reach settlement gets the km to the nearest active reach of the theme (to the
 * outline of a named authority, or to a circle's edge), or null when no project of the theme is active.
 *
 * @example
 * const table = computeCoverage(grid, projects, { asOf: "2026-01-01", themes: ["hate-crime", "youth-asb"] });
 * table.rows.length // grid.authorities.length × 3
 * table.rows.find((r) => r.gss === "W06000015" && r.theme === "hate-crime")?.areaCoverage // e.g. 0.82
 */
export function computeCoverage(grid: CoverageGrid, projects: CoverageProject[], query: CoverageTableQuery): CoverageTable {
  const { asOf, themes } = checkQuery(query);
  if (!grid || typeof grid.key !== "string" || !(grid.cellAuthority instanceof Uint8Array)) {
    throw new Error("computeCoverage needs a grid from prepareCoverageGrid");
  }
  if (!Array.isArray(projects)) throw new Error(`Projects must be an array, got: ${typeof projects}`);

  const slotCount = themes.length + 1;
  const slotOfTheme = new Map(themes.map((t, i) => [t, i + 1]));
  const nA = grid.authorities.length;
  const indexOfGss = new Map(grid.authorities.map((a, i) => [a.gss, i]));
  const { cols, rows, cellKm, originX, rowLatRad, rowRunStart, rowRuns, runCellStart, runAtOrAfter, cellAuthority } = grid;

  let walesSlots = 0; // slots with an active Wales-wide project
  const authoritySlots = new Uint32Array(nA); // per authority: slots with an active reach naming it
  const activeCount = new Int32Array(nA * slotCount);
  const slotHasProject = new Uint8Array(slotCount);
  const circles = allocateCircles(projects.length);
  const countProject = (authority: number, slots: number) => {
    for (let m = slots; m !== 0; m &= m - 1) activeCount[authority * slotCount + 31 - Math.clz32(m & -m)]++;
  };

  for (const project of projects) {
    const slots = checkProject(project, slotOfTheme, indexOfGss);
    if (!isActive(project, asOf)) continue;
    for (let m = slots; m !== 0; m &= m - 1) slotHasProject[31 - Math.clz32(m & -m)] = 1;
    const reach = project.reach;
    if (reach.kind === "wales") {
      walesSlots |= slots;
      for (let a = 0; a < nA; a++) countProject(a, slots);
    } else if (reach.kind === "authorities") {
      for (const a of new Set(reach.gss.map((gss) => indexOfGss.get(gss)!))) {
        authoritySlots[a] |= slots;
        countProject(a, slots);
      }
    } else {
      addCircle(circles, grid, reach, slots);
    }
  }

  // Which authorities each circle reaches: the one holding its centre, then any whose cells it covers.
  const reached = new Uint8Array(circles.count * nA);
  for (let i = 0; i < circles.count; i++) {
    const centre = cellOf(grid, circles.lngRad[i] / RAD, circles.latRad[i] / RAD);
    if (centre >= 0 && cellAuthority[centre] !== NO_AUTHORITY) {
      reached[i * nA + cellAuthority[centre]] = 1;
      countProject(cellAuthority[centre], circles.slots[i]);
    }
  }

  // Sweep the grid row by row, circles entering and leaving by their first and last rows. Each reach
  // adds a run of columns to the row's difference array of each of its slots; a prefix sum per slot
  // then marks the covered cells and counts them per authority. Working one row at a time keeps every
  // write in cache, whatever the number of circles.
  const { slots: cSlots, cosLat: cCos, sinLat: cSin, havRadius: cHav, x: cX, rowFirst: cFirst, rowLast: cLast } = circles;
  const order = Int32Array.from({ length: circles.count }, (_, i) => i)
    .filter((i) => cFirst[i] <= cLast[i])
    .sort((x, y) => cFirst[x] - cFirst[y] || x - y);
  const stride = cols + 1;
  const rowDiff = new Int32Array(slotCount * stride);
  const cellMasks = slotCount <= 16 ? new Uint16Array(grid.authorityCellCount) : new Uint32Array(grid.authorityCellCount);
  const coveredCells = new Int32Array(nA * slotCount);
  // A slot with a Wales-wide project is covered everywhere: it is filled after the sweep, not swept.
  const sweptSlots = ~walesSlots;
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
        const base = (31 - Math.clz32(m & -m)) * stride;
        rowDiff[base + first]++;
        rowDiff[base + last + 1]--;
      }
      // The authorities under the run: from the first run ending at or after `first`.
      for (let k = runAtOrAfter[cellBase + first]; k < runTo && rowRuns[3 * k] <= last; k++) {
        const a = rowRuns[3 * k + 2];
        if (!reached[i * nA + a]) {
          reached[i * nA + a] = 1;
          countProject(a, slots);
        }
      }
    }
    liveCount = kept;
    if (runFrom === runTo) continue;

    for (let k = runFrom; k < runTo; k++) {
      const slots = authoritySlots[rowRuns[3 * k + 2]] & sweptSlots;
      rowSlots |= slots;
      for (let m = slots; m !== 0; m &= m - 1) {
        const base = (31 - Math.clz32(m & -m)) * stride;
        rowDiff[base + rowRuns[3 * k]]++;
        rowDiff[base + rowRuns[3 * k + 1] + 1]--;
      }
    }

    for (let m = rowSlots; m !== 0; m &= m - 1) {
      const s = 31 - Math.clz32(m & -m);
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
  for (let m = walesSlots; m !== 0; m &= m - 1) {
    const s = 31 - Math.clz32(m & -m);
    const bit = (1 << s) >>> 0;
    for (let cell = 0; cell < cellMasks.length; cell++) cellMasks[cell] |= bit;
    grid.authorities.forEach((authority, a) => (coveredCells[a * slotCount + s] = authority.cellCount));
  }

  const people = computePeopleReach(grid, circles, walesSlots, authoritySlots, slotHasProject, slotCount);

  const rowsOut: AuthorityCoverage[] = [];
  grid.authorities.forEach((authority, a) => {
    for (let s = 0; s < slotCount; s++) {
      const activeProjects = activeCount[a * slotCount + s];
      const areaCoverage = coveredCells[a * slotCount + s] / authority.cellCount;
      let settlementPopulation = 0;
      let populationInReach = 0;
      const outOfReach: OutOfReachSettlement[] = [];
      for (const i of authority.settlementIndexes) {
        const settlement = grid.settlements[i];
        const distance = people[i * slotCount + s];
        if (settlement.population !== null) settlementPopulation += settlement.population;
        if (distance === 0) {
          if (settlement.population !== null) populationInReach += settlement.population;
        } else {
          outOfReach.push(describeOutOfReach(settlement, distance));
        }
      }
      outOfReach.sort(
        (x, y) => (y.population ?? -1) - (x.population ?? -1) || x.name.localeCompare(y.name, "en") || x.id - y.id,
      );
      const peopleCoverage = settlementPopulation > 0 ? populationInReach / settlementPopulation : null;
      const parts = buildGapScoreParts({
        areaCoverage,
        peopleCoverage,
        rural: authority.rural,
        historicDispersal: authority.historicDispersal,
        population: authority.population,
        largestPopulation: grid.largestPopulation,
      });
      rowsOut.push({
        gss: authority.gss,
        theme: s === 0 ? null : themes[s - 1],
        activeProjects,
        projectsPer10k: authority.population === null ? null : roundTo((activeProjects / authority.population) * 10_000, 2),
        areaCoverage,
        peopleCoverage,
        settlementPopulation,
        populationInReach,
        outOfReach,
        gapScore: computeGapScore(parts),
        ruralGap:
          (authority.rural && (areaCoverage < 1 || (peopleCoverage !== null && peopleCoverage < 1))) ||
          outOfReach.some((o) => o.rural),
      });
    }
  });

  return { asOf, cellKm, themes: [...themes], rows: rowsOut, cellMasks, gridKey: grid.key };
}

/**
 * The row of a coverage table for one authority and theme (null: all themes). Throws when there is none.
 *
 * @example
 * findCoverageRow(table, "W06000015", null).areaCoverage // Cardiff, all themes
 */
export function findCoverageRow(table: CoverageTable, gss: string, theme: string | null): AuthorityCoverage {
  const row = table.rows.find((r) => r.gss === gss && r.theme === theme);
  if (!row) throw new Error(`No coverage row for ${gss} and theme ${String(theme)}`);
  return row;
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
  const bit = (1 << slot) >>> 0;
  const { cols, cellKm, originX, originY } = grid;
  const masks = table.cellMasks;

  type Rect = { first: number; last: number; rowFirst: number; rowLast: number };
  const done: Rect[] = [];
  let open = new Map<number, Rect>();
  let next = new Map<number, Rect>();
  const { runIndexes } = authority;
  const { rowRuns, runRow, runCellStart } = grid;
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
  if (done.length === 0) return null;

  done.sort((x, y) => x.rowFirst - y.rowFirst || x.first - y.first);
  const corner = (col: number, row: number): Position => {
    const [lng, lat] = unprojectEqualArea([originX + col * cellKm, originY + row * cellKm]);
    return [roundTo(lng, 5), roundTo(lat, 5)];
  };
  return {
    type: "MultiPolygon",
    coordinates: done.map((rect) => {
      const sw = corner(rect.first, rect.rowFirst);
      const ne = corner(rect.last + 1, rect.rowLast + 1);
      // Counter-clockwise, as RFC 7946 asks of exterior rings.
      return [[sw, [ne[0], sw[1]], ne, [sw[0], ne[1]], sw]];
    }),
  };
}

function checkQuery(query: CoverageTableQuery): { asOf: string; themes: string[] } {
  const asOf = query?.asOf;
  if (typeof asOf !== "string" || !isIsoDay(asOf)) throw new Error(`Invalid as-of date: ${String(asOf)}`);
  const themes = query.themes;
  if (!Array.isArray(themes)) throw new Error(`Themes must be an array, got: ${typeof themes}`);
  if (themes.length > MAX_THEMES) throw new Error(`Too many themes (at most ${MAX_THEMES}): ${themes.length}`);
  const seen = new Set<string>();
  for (const theme of themes) {
    if (typeof theme !== "string" || theme === "") throw new Error(`Invalid theme: ${JSON.stringify(theme)}`);
    if (seen.has(theme)) throw new Error(`Duplicate theme: ${theme}`);
    seen.add(theme);
  }
  return { asOf, themes };
}

/** Checks a project's reach, dates and themes; returns its slot bits (bit 0: all themes). */
function checkProject(project: CoverageProject, slotOfTheme: Map<string, number>, indexOfGss: Map<string, number>): number {
  const label = `project ${String(project?.id)}`;
  if (!Array.isArray(project?.themes)) throw new Error(`Themes must be an array in ${label}: ${JSON.stringify(project?.themes)}`);
  let slots = 1;
  for (const theme of project.themes) {
    const slot = slotOfTheme.get(theme);
    if (slot !== undefined) slots |= 1 << slot;
  }
  const reach = project.reach;
  switch (reach?.kind) {
    case "wales":
      break;
    case "authorities":
      if (!Array.isArray(reach.gss) || reach.gss.length === 0) throw new Error(`Authorities reach names no authority in ${label}`);
      for (const gss of reach.gss) {
        if (!indexOfGss.has(gss)) throw new Error(`Unknown local authority code: ${gss} in ${label}`);
      }
      break;
    case "point":
      try {
        assertValidCircle(reach.lng, reach.lat, reach.radiusKm);
      } catch (error) {
        throw new Error(`${(error as Error).message} in ${label}`);
      }
      break;
    default:
      throw new Error(`Unknown reach kind: ${String((reach as { kind?: unknown } | undefined)?.kind)} in ${label}`);
  }
  return slots >>> 0;
}

function isActive(project: CoverageProject, asOf: string): boolean {
  try {
    return runStateOn(project, asOf) === "active";
  } catch (error) {
    throw new Error(`${(error as Error).message} in project ${String(project.id)}`);
  }
}

function allocateCircles(capacity: number): Circles {
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

function addCircle(circles: Circles, grid: CoverageGrid, reach: { lng: number; lat: number; radiusKm: number }, slots: number): void {
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
  circles.x[i] = EARTH_RADIUS_KM * COS_STANDARD * reach.lng * RAD;
  circles.rowFirst[i] = Math.max(0, Math.ceil((yMin - grid.originY) / grid.cellKm - 0.5));
  circles.rowLast[i] = Math.min(grid.rows - 1, Math.floor((yMax - grid.originY) / grid.cellKm - 0.5));
}

/** The grid cell containing a position, or -1 outside the grid. */
function cellOf(grid: CoverageGrid, lng: number, lat: number): number {
  const x = EARTH_RADIUS_KM * COS_STANDARD * lng * RAD;
  const y = (EARTH_RADIUS_KM * Math.sin(lat * RAD)) / COS_STANDARD;
  const c = Math.floor((x - grid.originX) / grid.cellKm);
  const r = Math.floor((y - grid.originY) / grid.cellKm);
  return c >= 0 && c < grid.cols && r >= 0 && r < grid.rows ? r * grid.cols + c : -1;
}

/**
 * For every settlement × slot: 0 when in reach, else the km to the nearest active reach of the slot,
 * or NaN when the slot has no active project. Indexed [settlement × slotCount + slot].
 */
function computePeopleReach(
  grid: CoverageGrid,
  circles: Circles,
  walesSlots: number,
  authoritySlots: Uint32Array,
  slotHasProject: Uint8Array,
  slotCount: number,
): Float64Array {
  const nA = grid.authorities.length;
  const result = new Float64Array(grid.settlements.length * slotCount);
  for (let s = 0; s < slotCount; s++) {
    const members: number[] = [];
    for (let i = 0; i < circles.count; i++) if ((circles.slots[i] >>> s) & 1) members.push(i);
    const index = members.length > 0 ? indexCircles(circles, members) : null;
    grid.settlements.forEach((settlement, i) => {
      let km: number;
      if (!slotHasProject[s]) km = NaN;
      else if ((walesSlots >>> s) & 1) km = 0;
      else {
        km = Infinity;
        for (let a = 0; a < nA && km > 0; a++) {
          if ((authoritySlots[a] >>> s) & 1) km = Math.min(km, grid.settlementAuthorityKm[i * nA + a]);
        }
        if (km > REACH_EPSILON_KM && index) km = Math.min(km, measureCircleGapKm(settlement, circles, members, index));
        if (km <= REACH_EPSILON_KM) km = 0;
      }
      result[i * slotCount + s] = km;
    });
  }
  return result;
}

/** A Flatbush index of the circles' bounding boxes in the people index's projection (item k is members[k]). */
function indexCircles(circles: Circles, members: number[]): Flatbush {
  const index = new Flatbush(members.length);
  for (const i of members) {
    const x = EARTH_RADIUS_KM * COS_INDEX * circles.lngRad[i];
    const y = EARTH_RADIUS_KM * circles.latRad[i];
    const r = circles.radiusKm[i];
    index.add(x - r, y - r, x + r, y + r);
  }
  index.finish();
  return index;
}

/** km from a settlement to the edge of the nearest circle, or 0 when a circle contains it. Exact. */
function measureCircleGapKm(settlement: GridSettlement, circles: Circles, members: number[], index: Flatbush): number {
  const latRad = settlement.lat * RAD;
  const lngRad = settlement.lng * RAD;
  const cosLat = Math.cos(latRad);
  const x = EARTH_RADIUS_KM * COS_INDEX * lngRad;
  const y = EARTH_RADIUS_KM * latRad;
  const gapTo = (k: number) => {
    const i = members[k];
    const sinLat = Math.sin((circles.latRad[i] - latRad) / 2);
    const sinLng = Math.sin((circles.lngRad[i] - lngRad) / 2);
    const h = sinLat * sinLat + cosLat * circles.cosLat[i] * sinLng * sinLng;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))) - circles.radiusKm[i];
  };
  // In reach: some circle whose box holds the settlement really contains it.
  const pad = 1e-6;
  for (const k of index.search(x - pad, y - pad, x + pad, y + pad)) {
    if (gapTo(k) <= REACH_EPSILON_KM) return 0;
  }
  // Out of reach. A box is never farther than its circle's edge, so after taking the best of the
  // nearest few boxes as a bound, only boxes within that bound can hold a nearer circle.
  let best = Infinity;
  for (const k of index.neighbors(x, y, 8)) best = Math.min(best, gapTo(k));
  for (const k of index.neighbors(x, y, Infinity, best + pad)) best = Math.min(best, gapTo(k));
  return Math.max(best, 0);
}

function describeOutOfReach(settlement: GridSettlement, km: number): OutOfReachSettlement {
  return {
    id: settlement.id,
    name: settlement.name,
    population: settlement.population,
    lng: settlement.lng,
    lat: settlement.lat,
    // Never 0 (that would be in reach): at least 1 m after rounding.
    distanceKm: Number.isNaN(km) ? null : Math.max(0.001, roundTo(km, 3)),
    rural: settlement.population === null || settlement.population < RURAL_SETTLEMENT_POPULATION,
  };
}
