/**
 * The first step of a coverage table: check every project, keep those active on the as-of day, and
 * sort their reaches by kind — Wales-wide and authority reaches as slot bits, circles into Circles —
 * counting each active project once per authority it reaches so far (the row sweep adds the
 * authorities a circle covers without holding its centre).
 */
import { NO_AUTHORITY, type CoverageGrid } from "./coverage-grid";
import type { CoverageProject } from "./coverage-types";
import { lowestBitIndex } from "./bits";
import { addCircle, allocateCircles, locateCell, type Circles } from "./circles";
import { countsAsCurrent, currencyOn, DEFAULT_EVIDENCE_MONTHS } from "../dates/currency";
import { assertValidCircle } from "../reach";

const RAD = Math.PI / 180;

/** The active projects of one table, by reach kind and slot (0: all themes; i + 1: themes[i]). */
export interface ActiveReaches {
  slotCount: number;
  /** Slots with an active Wales-wide project. */
  walesSlots: number;
  /** Per authority: the slots with an active reach naming it. */
  authoritySlots: Uint32Array;
  /** Per slot: 1 when any project of the slot is active. */
  slotHasProject: Uint8Array;
  circles: Circles;
  /** Active projects reaching each authority, at [authority × slotCount + slot]. */
  activeCount: Int32Array;
  /** 1 at [circle × authorities + authority] once the circle has been counted in that authority. */
  reached: Uint8Array;
}

/**
 * Checks every project (throwing on a bad reach, theme list or date, naming the project) and gathers
 * those active on `asOf`: a project's slots are bit 0 plus the bit of each of its themes in `themes`.
 *
 * @example
 * const reaches = collectActiveReaches(grid, projects, "2026-01-01", ["hate-crime"]);
 * reaches.slotCount // 2
 */
export function collectActiveReaches(
  grid: CoverageGrid,
  projects: CoverageProject[],
  asOf: string,
  themes: string[],
  evidence: EvidenceRule = {},
): ActiveReaches {
  const slotCount = themes.length + 1;
  const slotOfTheme = new Map(themes.map((t, i) => [t, i + 1]));
  const nA = grid.authorities.length;
  const indexOfGss = new Map(grid.authorities.map((a, i) => [a.gss, i]));
  const reaches: ActiveReaches = {
    slotCount,
    walesSlots: 0,
    authoritySlots: new Uint32Array(nA),
    slotHasProject: new Uint8Array(slotCount),
    circles: allocateCircles(projects.length),
    activeCount: new Int32Array(nA * slotCount),
    reached: new Uint8Array(0),
  };

  for (const project of projects) {
    const slots = checkProject(project, slotOfTheme, indexOfGss);
    if (!isActive(project, asOf, evidence)) continue;
    for (let m = slots; m !== 0; m &= m - 1) reaches.slotHasProject[lowestBitIndex(m)] = 1;
    const reach = project.reach;
    if (reach.kind === "wales") {
      reaches.walesSlots |= slots;
      for (let a = 0; a < nA; a++) countActiveProject(reaches, a, slots);
    } else if (reach.kind === "authorities") {
      for (const a of new Set(reach.gss.map((gss) => indexOfGss.get(gss)!))) {
        reaches.authoritySlots[a] |= slots;
        countActiveProject(reaches, a, slots);
      }
    } else {
      addCircle(reaches.circles, grid, reach, slots);
    }
  }
  reaches.reached = countCircleCentres(grid, reaches);
  return reaches;
}

/**
 * Counts a project reaching authority `a` once in each of its slots.
 *
 * @example
 * countActiveProject(reaches, 3, 0b101) // one more project for authority 3, all themes and themes[1]
 */
export function countActiveProject(reaches: ActiveReaches, a: number, slots: number): void {
  for (let m = slots; m !== 0; m &= m - 1) reaches.activeCount[a * reaches.slotCount + lowestBitIndex(m)]++;
}

/** Counts each circle in the authority holding its centre; returns the circle × authority "reached" marks. */
function countCircleCentres(grid: CoverageGrid, reaches: ActiveReaches): Uint8Array {
  const { circles } = reaches;
  const nA = grid.authorities.length;
  const reached = new Uint8Array(circles.count * nA);
  for (let i = 0; i < circles.count; i++) {
    const centre = locateCell(grid, circles.lngRad[i] / RAD, circles.latRad[i] / RAD);
    if (centre >= 0 && grid.cellAuthority[centre] !== NO_AUTHORITY) {
      reached[i * nA + grid.cellAuthority[centre]] = 1;
      countActiveProject(reaches, grid.cellAuthority[centre], circles.slots[i]);
    }
  }
  return reached;
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

/** How evidence is judged: its window in months (default 24) and whether only known ends count. */
export interface EvidenceRule {
  evidenceMonths?: number;
  confirmedOnly?: boolean;
}

/** Current on `asOf`: a known end still to come, or (unless confirmedOnly) no end and recent evidence. */
function isActive(project: CoverageProject, asOf: string, evidence: EvidenceRule): boolean {
  try {
    const item = { ...project, lastEvidenced: project.lastEvidenced ?? null };
    return countsAsCurrent(currencyOn(item, asOf, evidence.evidenceMonths ?? DEFAULT_EVIDENCE_MONTHS), evidence);
  } catch (error) {
    throw new Error(`${(error as Error).message} in project ${String(project.id)}`);
  }
}
