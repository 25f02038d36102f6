import type { MultiPolygon } from "geojson";
import { listAuthorities } from "../../db/queries/authorities";
import { getDataVersion } from "../../db/queries/meta";
import { listProjects } from "../../db/queries/projects";
import { listThemes } from "../../db/queries/themes";
import type { Queryable } from "../../db/client";
import { computeCoverage, GAP_SCORE_FORMULA, GAP_SCORE_WEIGHTS, gapGeometry, prepareCoverageGrid, sharePopulation, type CoverageGrid, type CoverageTable } from "../../geo/coverage/coverage";
import type { AuthorityCoverage, CoverageProject, CoverageSettlement, PeoplePoint } from "../../geo/coverage/coverage-types";
import settlementsFile from "../../geo/data/wales-settlements.geonames.json";
import { listSmallAreas } from "../../geo/small-areas";
import { evidenceMonths } from "../platform/settings.server";
import { isLocalProvision } from "../directory/provision.server";
import { boundaryCollection } from "./boundaries.server";
import { reassignToBoundaries } from "../../geo/assign-settlements";
import { importedPopulations, populationKey } from "../../db/queries/population";
import { peopleFromPopulations } from "../../geo/population/small-area-populations";
import { today } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { HttpError } from "../platform/http.server";
import { parseChoice, parseListParams } from "../platform/params.server";

export const LAYERS = ["projects", "per10k", "area", "people", "score"] as const;
export type Layer = (typeof LAYERS)[number];

const settlements = settlementsFile as unknown as (CoverageSettlement & { gss_code: string })[];

let gridCache: { key: string; collection: object; grid: CoverageGrid; people: PeoplePoint[] } | undefined;
/** Results keyed by "data version|as-of date|evidence rule": a change to the data bumps the version and so misses. */
const tableCache = new Map<string, CoverageTable>();
const TABLE_CACHE_SIZE = 24;

/**
 * The prepared grid for the active boundary set (built once per set), with where people live: the
 * GeoNames places and the ONS small areas are re-assigned to the set's outlines, so a point always
 * counts in the authority that contains it on the map.
 */
function gridFor(db: Queryable): { grid: CoverageGrid; people: PeoplePoint[] } {
  const { info, collection } = boundaryCollection(db);
  const key = `${info.id}|${populationKey(db)}`;
  if (gridCache?.collection === collection && gridCache.key === key) return gridCache;
  const facts = new Map(listAuthorities(db).map((a) => [a.gssCode, a]));
  const places = reassignToBoundaries(
    settlements.map((s) => ({ id: s.id, name: s.name, population: s.population, lng: s.lng, lat: s.lat, gss: s.gss_code })),
    collection,
  );
  const grid = prepareCoverageGrid(
    collection.features.map((f) => {
      const a = facts.get(f.properties.gss_code)!;
      return { gss: a.gssCode, population: a.population2021, rural: a.ruralWlga, historicDispersal: a.historicDispersalArea, geometry: f.geometry };
    }),
    places,
  );
  const populations = new Map([...facts.values()].filter((a) => a.population2021 !== null).map((a) => [a.gssCode, a.population2021!]));
  const lsoas = reassignToBoundaries(listSmallAreas().filter((a) => a.type === "LSOA"), collection);
  const imported = importedPopulations(db);
  const people = imported ? peopleFromPopulations(lsoas, imported.byCode) : sharePopulation(lsoas, populations);
  gridCache = { key, collection, grid, people };
  return gridCache;
}

/** Every published local service as the engine sees it. */
function coverageProjects(db: Queryable): CoverageProject[] {
  return listProjects(db)
    .filter(isLocalProvision)
    .map((p) => ({
      id: p.id,
      themes: p.themeIds,
      startDate: p.startDate,
      endDate: p.endDate,
      endedNoDate: p.endedNoDate,
      lastEvidenced: p.lastEvidenced,
      reach: p.areaKind === "point" ? { kind: "point", lng: p.pointLng!, lat: p.pointLat!, radiusKm: p.radiusKm! } : { kind: "authorities", gss: p.areaGss },
    }));
}

/** What the analysis counts: projects with a known end only, or also those with an unknown end and recent evidence. */
export interface EvidenceOptions {
  confirmedOnly?: boolean;
}

/**
 * The coverage table (22 authorities × all themes and each theme) on a date, computed once per
 * data version, date and evidence rule, then served from memory.
 *
 * @example
 * coverageTable(db, "2026-01-01").table.rows.length // 22 × 14
 */
export function coverageTable(db: Queryable, asOf: string, options: EvidenceOptions = {}): { table: CoverageTable; grid: CoverageGrid } {
  const { grid, people } = gridFor(db);
  const months = evidenceMonths();
  const confirmedOnly = options.confirmedOnly === true;
  const key = `${getDataVersion(db)}|${asOf}|${months}|${confirmedOnly}`;
  let table = tableCache.get(key);
  if (!table) {
    table = computeCoverage(grid, coverageProjects(db), { asOf, themes: listThemes(db).map((t) => t.id), people, evidenceMonths: months, confirmedOnly });
    tableCache.set(key, table);
    if (tableCache.size > TABLE_CACHE_SIZE) tableCache.delete(tableCache.keys().next().value!);
  } else {
    // Most recently used last.
    tableCache.delete(key);
    tableCache.set(key, table);
  }
  return { table, grid };
}

export interface CoverageParams {
  asOf: string;
  theme: string | null;
  layer: Layer;
  /** Count only provision with a known end (`?confirmed=1`). */
  confirmedOnly: boolean;
}

/** Reads `asOf` (default today), `theme` and `layer` from the URL; 400 on a bad value. */
export function parseCoverageParams(ctx: RequestContext): CoverageParams {
  const themeIds = new Set(listThemes(ctx.db).map((t) => t.id));
  const { asOf, theme } = parseListParams(ctx, ["asOf", "theme"], { themeIds });
  const layer = parseChoice(ctx, "layer", LAYERS, "projects");
  const confirmedOnly = parseChoice(ctx, "confirmed", ["0", "1"], "0") === "1";
  return { asOf: asOf ?? today(), theme: theme ?? null, layer, confirmedOnly };
}

/**
 * The 22 rows for one theme (or all themes) on a date.
 *
 * @example
 * coverageRows(db, "2026-01-01", "hate-crime").find((r) => r.gss === "W06000023")?.areaCoverage
 */
export function coverageRows(db: Queryable, asOf: string, theme: string | null, options: EvidenceOptions = {}): AuthorityCoverage[] {
  return coverageTable(db, asOf, options).table.rows.filter((r) => r.theme === theme);
}

/** The gap outlines for one theme, for every authority with a gap (GeoJSON features). */
export function gapFeatures(db: Queryable, asOf: string, theme: string | null, options: EvidenceOptions = {}) {
  const { table, grid } = coverageTable(db, asOf, options);
  const features: { type: "Feature"; properties: { gss_code: string; theme: string | null; ruralGap: boolean }; geometry: MultiPolygon }[] = [];
  for (const row of table.rows) {
    if (row.theme !== theme) continue;
    const geometry = gapGeometry(grid, table, row.gss, theme);
    if (geometry) features.push({ type: "Feature", properties: { gss_code: row.gss, theme, ruralGap: row.ruralGap }, geometry });
  }
  return { type: "FeatureCollection" as const, features };
}

export interface GapRow {
  gss: string;
  nameEn: string;
  nameCy: string;
  theme: string | null;
  kind: "no-provision" | "people-out-of-reach";
  activeProjects: number;
  areaCoverage: number;
  peopleCoverage: number | null;
  /** People out of reach (of the authority's Census population). */
  populationOutOfReach: number;
  /** Share of them in rural small areas, or null with nobody out of reach. */
  ruralShare: number | null;
  largestOutOfReach: { name: string; population: number | null; distanceKm: number | null } | null;
  ruralGap: boolean;
  gapScore: number;
}

/**
 * The ranked gaps on a date: authority × theme pairs with no current local provision first (largest
 * population first), then the pairs with the most people out of reach.
 *
 * @example
 * listGaps(db, "2026-01-01", null)[0].kind // "no-provision"
 */
export function listGaps(db: Queryable, asOf: string, theme: string | null, options: EvidenceOptions = {}): GapRow[] {
  const { table } = coverageTable(db, asOf, options);
  const authorities = new Map(listAuthorities(db).map((a) => [a.gssCode, a]));
  const rows: GapRow[] = [];
  for (const r of table.rows) {
    if (r.theme === null) continue;
    if (theme !== null && r.theme !== theme) continue;
    const noProvision = r.activeProjects === 0;
    if (!noProvision && r.peopleOutOfReach <= 0 && r.areaCoverage >= 1) continue;
    const a = authorities.get(r.gss)!;
    const largest = r.outOfReach[0];
    rows.push({
      gss: r.gss,
      nameEn: a.nameEn,
      nameCy: a.nameCy,
      theme: r.theme,
      kind: noProvision ? "no-provision" : "people-out-of-reach",
      activeProjects: r.activeProjects,
      areaCoverage: r.areaCoverage,
      peopleCoverage: r.peopleCoverage,
      populationOutOfReach: r.peopleOutOfReach,
      ruralShare: r.ruralShare,
      largestOutOfReach: largest ? { name: largest.name, population: largest.population, distanceKm: largest.distanceKm } : null,
      ruralGap: r.ruralGap,
      gapScore: r.gapScore.score,
    });
  }
  const population = (gss: string) => authorities.get(gss)?.population2021 ?? 0;
  return rows.sort((x, y) => {
    if (x.kind !== y.kind) return x.kind === "no-provision" ? -1 : 1;
    if (x.kind === "no-provision") return population(y.gss) - population(x.gss) || y.gapScore - x.gapScore;
    return y.populationOutOfReach - x.populationOutOfReach || y.gapScore - x.gapScore;
  });
}

/**
 * `/api/coverage?asOf=…&theme=…&confirmed=1`: the coverage rows for one theme (or all themes), with the
 * score formula and weights, so a reader can recompute every score.
 */
export function coverageApi(ctx: RequestContext) {
  const { asOf, theme, confirmedOnly } = parseCoverageParams(ctx);
  const { table } = coverageTable(ctx.db, asOf, { confirmedOnly });
  const data = table.rows.filter((r) => r.theme === theme);
  return {
    asOf,
    theme,
    confirmedOnly,
    evidenceMonths: evidenceMonths(),
    cellKm: table.cellKm,
    gapScoreFormula: GAP_SCORE_FORMULA,
    gapScoreWeights: GAP_SCORE_WEIGHTS,
    count: data.length,
    data,
  };
}

/**
 * One authority's coverage: a row per theme (and all themes), its gap outline and the places out of
 * reach for the chosen theme.
 *
 * @example
 * authorityCoverage(db, "W06000023", "2026-01-01", null).byTheme.length // 14
 */
export function authorityCoverage(db: Queryable, gss: string, asOf: string, theme: string | null) {
  const { table, grid } = coverageTable(db, asOf);
  const byTheme = table.rows.filter((r) => r.gss === gss);
  const selected = byTheme.find((r) => r.theme === theme)!;
  const gap = gapGeometry(grid, table, gss, theme);
  return {
    byTheme: byTheme.map(({ outOfReach, ...rest }) => ({ ...rest, outOfReachCount: outOfReach.length })),
    selected,
    gaps: {
      type: "FeatureCollection" as const,
      features: gap ? [{ type: "Feature" as const, properties: { gss_code: gss }, geometry: gap }] : [],
    },
    cellKm: table.cellKm,
    weights: GAP_SCORE_WEIGHTS,
    formula: GAP_SCORE_FORMULA,
  };
}

/** How people are placed in small areas: equal shares of the Census, or populations imported from a file. */
export type PeopleBasis = { kind: "equal-shares" } | { kind: "imported"; source: string; importedAt: string };

/**
 * Which people basis the figures use.
 *
 * @example
 * peopleBasis(db) // { kind: "equal-shares" } on the seed
 */
export function peopleBasis(db: Queryable): PeopleBasis {
  const imported = importedPopulations(db);
  return imported ? { kind: "imported", source: imported.source, importedAt: imported.importedAt } : { kind: "equal-shares" };
}
