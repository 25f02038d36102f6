/**
 * The coverage engine: how much of each authority's area and people lie within reach of the projects
 * current on a date (a known end to come, or no end and recent evidence: geo/dates/currency.ts), for
 * all themes together and for each theme, in one pass; the gaps as outlines; and the gap score. The contract is in coverage-types.ts; the grid is prepared
 * once per boundary set by prepareCoverageGrid (coverage-grid.ts).
 *
 * How one table is computed (P projects, of which P_c active circles; T themes; a grid of R rows and
 * C cells; S settlements):
 * - Validation and currency (active-reaches.ts): every project is checked and its currency on the
 *   date worked out once: O(P).
 * - Area (area-sweep.ts), by a sweep over the grid's rows, one row of difference arrays at a time:
 *   O(Σ rows spanned by the circles × slots per project + (T + 1) × C), however much the circles overlap.
 * - People (people-areas.ts): each small area's share of the Census population is in reach when its
 *   point is; named places out of reach and their distances (people-reach.ts), per slot, through a
 *   Flatbush index of the active circles' boxes: O((T + 1) × (P_c log P_c + (S + L) × log P_c)) with L
 *   small areas.
 * - Gaps as outlines (gap-outlines.ts), read back from the table's per-cell masks.
 */
import type { CoverageGrid, GridAuthority } from "./coverage-grid";
import type { AuthorityCoverage, CoverageProject, CoverageTable, CoverageTableQuery, OutOfReachSettlement, PeoplePoint } from "./coverage-types";
import { collectActiveReaches } from "./active-reaches";
import { sweepArea } from "./area-sweep";
import { buildGapScoreParts, computeGapScore, summariseThemeScores } from "./gap-score";
import { measurePeopleInReach, type AreaPeople } from "./people-areas";
import { computePeopleReach, summarisePeople } from "./people-reach";
import { roundTo } from "../geometry";
import { isIsoDay } from "../dates/calendar";

export { DEFAULT_CELL_KM, prepareCoverageGrid, type CoverageGrid, type CoverageGridOptions } from "./coverage-grid";
export type { CoverageTable } from "./coverage-types";
export { GAP_SCORE_FORMULA, GAP_SCORE_WEIGHTS, buildGapScoreParts, computeGapScore, summariseThemeScores } from "./gap-score";
export { RURAL_DENSITY_PER_KM2, sharePopulation } from "./people-areas";
export { gapGeometry } from "./gap-outlines";
export { REACH_EPSILON_KM, RURAL_SETTLEMENT_POPULATION } from "./people-reach";

/** At most this many themes per table: one bit each in a 32-bit cell mask, beside the "any theme" bit. */
export const MAX_THEMES = 31;

/**
 * Coverage of every authority on `asOf`, for all themes together (theme null) and for each theme in
 * `query.themes`, counting only projects current that day (currencyOn, with query.evidenceMonths and
 * query.confirmedOnly). A project's themes outside
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

  const reaches = collectActiveReaches(grid, projects, asOf, themes, { evidenceMonths: query.evidenceMonths, confirmedOnly: query.confirmedOnly });
  const { cellMasks, coveredCells } = sweepArea(grid, reaches);
  const places = computePeopleReach(grid, reaches);
  const people = measurePeopleInReach(grid, reaches, query.people ?? []);
  const { slotCount, activeCount } = reaches;

  const rows: AuthorityCoverage[] = [];
  grid.authorities.forEach((authority, a) => {
    const authorityRows: AuthorityCoverage[] = [];
    for (let s = 0; s < slotCount; s++) {
      authorityRows.push(
        buildCoverageRow(authority, {
          theme: s === 0 ? null : themes[s - 1],
          activeProjects: activeCount[a * slotCount + s],
          areaCoverage: coveredCells[a * slotCount + s] / authority.cellCount,
          people: people[a * slotCount + s],
          outOfReach: summarisePeople(grid, authority, places, s, slotCount).outOfReach,
        }),
      );
    }
    // The all-themes row's score summarises the theme rows' scores (with no themes, it is its own).
    if (slotCount > 1) authorityRows[0].gapScore = summariseThemeScores(authorityRows.slice(1).map((r) => r.gapScore));
    rows.push(...authorityRows);
  });
  return { asOf, cellKm: grid.cellKm, themes: [...themes], rows, cellMasks, gridKey: grid.key };
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

/** One authority's figures for one theme (null: all themes), before the derived shares and score. */
interface RowFigures {
  theme: string | null;
  activeProjects: number;
  areaCoverage: number;
  people: AreaPeople;
  outOfReach: OutOfReachSettlement[];
}

function buildCoverageRow(authority: GridAuthority, figures: RowFigures): AuthorityCoverage {
  const { theme, activeProjects, areaCoverage, people, outOfReach } = figures;
  const { population, peopleInReach, peopleOutOfReach, ruralPeopleOutOfReach } = people;
  const parts = buildGapScoreParts({ areaCoverage, population, peopleOutOfReach, ruralPeopleOutOfReach, historicDispersal: authority.historicDispersal });
  const ruralShare = peopleOutOfReach > 0 ? ruralPeopleOutOfReach / peopleOutOfReach : null;
  return {
    gss: authority.gss,
    theme,
    activeProjects,
    projectsPer10k: authority.population === null ? null : roundTo((activeProjects / authority.population) * 10_000, 2),
    areaCoverage,
    peopleCoverage: population > 0 ? peopleInReach / population : null,
    population,
    peopleInReach,
    peopleOutOfReach,
    ruralPeopleOutOfReach,
    ruralShare,
    outOfReach,
    gapScore: computeGapScore(parts),
    ruralGap: ruralShare !== null && ruralShare > 0.5,
  };
}

function checkQuery(query: CoverageTableQuery): { asOf: string; themes: string[] } {
  const asOf = query?.asOf;
  if (typeof asOf !== "string" || !isIsoDay(asOf)) throw new Error(`Invalid as-of date: ${String(asOf)}`);
  const themes = query.themes;
  if (!Array.isArray(themes)) throw new Error(`Themes must be an array, got: ${typeof themes}`);
  if (themes.length > MAX_THEMES) throw new Error(`Too many themes (at most ${MAX_THEMES}): ${themes.length}`);
  const months = query.evidenceMonths;
  if (months !== undefined && (!Number.isInteger(months) || months < 1)) throw new Error(`Invalid evidence window: ${String(months)} months`);
  const seen = new Set<string>();
  for (const theme of themes) {
    if (typeof theme !== "string" || theme === "") throw new Error(`Invalid theme: ${JSON.stringify(theme)}`);
    if (seen.has(theme)) throw new Error(`Duplicate theme: ${theme}`);
    seen.add(theme);
  }
  return { asOf, themes };
}
