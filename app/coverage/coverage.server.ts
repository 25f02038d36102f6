import type { MultiPolygon } from "geojson";
import { listAuthorities } from "../../db/queries/authorities";
import { getDataVersion } from "../../db/queries/meta";
import { listProjects } from "../../db/queries/projects";
import { listThemes } from "../../db/queries/themes";
import type { Db } from "../../db/client";
import { computeCoverage, GAP_SCORE_WEIGHTS, gapGeometry, prepareCoverageGrid, type CoverageGrid, type CoverageTable } from "../../geo/coverage/coverage";
import type { AuthorityCoverage, CoverageProject, CoverageSettlement } from "../../geo/coverage/coverage-types";
import settlementsFile from "../../geo/data/wales-settlements.geonames.json";
import { boundaryCollection } from "./boundaries.server";
import { today } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { HttpError } from "../platform/http.server";
import { parseChoice, parseListParams } from "../platform/params.server";

export const LAYERS = ["projects", "per10k", "area", "people", "score"] as const;
export type Layer = (typeof LAYERS)[number];

const settlements = settlementsFile as unknown as (CoverageSettlement & { gss_code: string })[];

let gridCache: { key: string; grid: CoverageGrid } | undefined;
/** Results keyed by "data version|as-of date": a change to the data bumps the version and so misses. */
const tableCache = new Map<string, CoverageTable>();
const TABLE_CACHE_SIZE = 24;

/** The prepared grid for the active boundary set (built once per boundary set). */
function gridFor(db: Db): CoverageGrid {
  const { info, collection } = boundaryCollection(db);
  if (gridCache?.key === info.id) return gridCache.grid;
  const facts = new Map(listAuthorities(db).map((a) => [a.gssCode, a]));
  const grid = prepareCoverageGrid(
    collection.features.map((f) => {
      const a = facts.get(f.properties.gss_code)!;
      return { gss: a.gssCode, population: a.population2021, rural: a.ruralWlga, historicDispersal: a.historicDispersalArea, geometry: f.geometry };
    }),
    settlements.map((s) => ({ id: s.id, name: s.name, population: s.population, lng: s.lng, lat: s.lat, gss: s.gss_code })),
  );
  gridCache = { key: info.id, grid };
  return grid;
}

/** Every published project as the engine sees it. */
function coverageProjects(db: Db): CoverageProject[] {
  return listProjects(db).map((p) => ({
    id: p.id,
    themes: p.themeIds,
    startDate: p.startDate,
    endDate: p.endDate,
    endedNoDate: p.endedNoDate,
    reach:
      p.areaKind === "wales"
        ? { kind: "wales" }
        : p.areaKind === "point"
          ? { kind: "point", lng: p.pointLng!, lat: p.pointLat!, radiusKm: p.radiusKm! }
          : { kind: "authorities", gss: p.areaGss },
  }));
}

/**
 * The coverage table (22 authorities × all themes and each theme) on a date, computed once per
 * data version and date, then served from memory.
 *
 * @example
 * coverageTable(db, "2026-01-01").rows.length // 22 × 14
 */
export function coverageTable(db: Db, asOf: string): { table: CoverageTable; grid: CoverageGrid } {
  const grid = gridFor(db);
  const key = `${getDataVersion(db)}|${asOf}`;
  let table = tableCache.get(key);
  if (!table) {
    table = computeCoverage(grid, coverageProjects(db), { asOf, themes: listThemes(db).map((t) => t.id) });
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
}

/** Reads `asOf` (default today), `theme` and `layer` from the URL; 400 on a bad value. */
export function parseCoverageParams(ctx: RequestContext): CoverageParams {
  const themeIds = new Set(listThemes(ctx.db).map((t) => t.id));
  const { asOf, theme } = parseListParams(ctx, ["asOf", "theme"], { themeIds });
  const layer = parseChoice(ctx, "layer", LAYERS, "projects");
  return { asOf: asOf ?? today(), theme: theme ?? null, layer };
}

/**
 * The 22 rows for one theme (or all themes) on a date.
 *
 * @example
 * coverageRows(db, "2026-01-01", "hate-crime").find((r) => r.gss === "W06000023")?.areaCoverage
 */
export function coverageRows(db: Db, asOf: string, theme: string | null): AuthorityCoverage[] {
  return coverageTable(db, asOf).table.rows.filter((r) => r.theme === theme);
}

/** The gap outlines for one theme, for every authority with a gap (GeoJSON features). */
export function gapFeatures(db: Db, asOf: string, theme: string | null) {
  const { table, grid } = coverageTable(db, asOf);
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
  populationOutOfReach: number;
  largestOutOfReach: { name: string; population: number | null; distanceKm: number | null } | null;
  ruralGap: boolean;
  gapScore: number;
}

/**
 * The ranked gaps on a date: authority × theme pairs with no active provision first (largest
 * population first), then the pairs with the most settlement population out of reach.
 *
 * @example
 * listGaps(db, "2026-01-01", null)[0].kind // "no-provision"
 */
export function listGaps(db: Db, asOf: string, theme: string | null): GapRow[] {
  const { table } = coverageTable(db, asOf);
  const authorities = new Map(listAuthorities(db).map((a) => [a.gssCode, a]));
  const rows: GapRow[] = [];
  for (const r of table.rows) {
    if (r.theme === null) continue;
    if (theme !== null && r.theme !== theme) continue;
    const outOfReach = r.settlementPopulation - r.populationInReach;
    const noProvision = r.activeProjects === 0;
    if (!noProvision && outOfReach <= 0 && r.areaCoverage >= 1) continue;
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
      populationOutOfReach: outOfReach,
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
 * `/api/coverage?asOf=…&theme=…`: the coverage rows for one theme (or all themes), with the score
 * formula's weights, so a reader can recompute every score.
 */
export function coverageApi(ctx: RequestContext) {
  const { asOf, theme } = parseCoverageParams(ctx);
  const { table } = coverageTable(ctx.db, asOf);
  const data = table.rows.filter((r) => r.theme === theme);
  return { asOf, theme, cellKm: table.cellKm, gapScoreWeights: GAP_SCORE_WEIGHTS, count: data.length, data };
}

/**
 * One authority's coverage: a row per theme (and all themes), its gap outline and the places out of
 * reach for the chosen theme.
 *
 * @example
 * authorityCoverage(db, "W06000023", "2026-01-01", null).byTheme.length // 14
 */
export function authorityCoverage(db: Db, gss: string, asOf: string, theme: string | null) {
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
  };
}
