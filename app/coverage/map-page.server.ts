import { listAuthorities } from "../../db/queries/authorities";
import { listThemes } from "../../db/queries/themes";
import { GAP_SCORE_WEIGHTS } from "../../geo/coverage/coverage";
import { boundariesUrl, displayBoundaries } from "./boundaries.server";
import { today } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { dataBasis } from "./data-basis.server";
import { coverageRows, coverageTable, gapFeatures, parseCoverageParams, peopleBasis } from "./coverage.server";
import { addMonths } from "../../geo/funding/funding-status";
import { collatorFor, parseSort, sortRows } from "../platform/params.server";

export const MAP_SORTS = ["name", "region", "population", "projects", "per10k", "area", "people", "places", "score"] as const;
export type MapSort = (typeof MAP_SORTS)[number];

/**
 * The map page: every authority's coverage figures for a theme (or all themes) on a date, the layer
 * to shade by, the gap outlines and the settlements out of reach, and the table sorted as the URL asks.
 *
 * @example
 * getMapPage(ctx).rows.length // 22
 */
export function getMapPage(ctx: RequestContext) {
  const { asOf, theme, layer, confirmedOnly } = parseCoverageParams(ctx);
  const { sort, dir } = parseSort(ctx, MAP_SORTS, "name", ["name", "region"]);
  const authorities = listAuthorities(ctx.db);
  const byGss = new Map(authorities.map((a) => [a.gssCode, a]));
  const rows = coverageRows(ctx.db, asOf, theme, { confirmedOnly }).map((r) => {
    const a = byGss.get(r.gss)!;
    const { outOfReach, ...figures } = r;
    return {
      ...figures,
      outOfReachCount: outOfReach.length,
      nameEn: a.nameEn,
      nameCy: a.nameCy,
      regionNameEn: a.regionNameEn,
      regionNameCy: a.regionNameCy,
      population2021: a.population2021,
      ruralWlga: a.ruralWlga,
    };
  });
  const key: Record<MapSort, (r: (typeof rows)[number]) => number | string> = {
    name: (r) => (ctx.lang === "cy" ? r.nameCy : r.nameEn),
    region: (r) => (ctx.lang === "cy" ? r.regionNameCy : r.regionNameEn) ?? "",
    population: (r) => r.population2021 ?? -1,
    projects: (r) => r.activeProjects,
    per10k: (r) => r.projectsPer10k ?? -1,
    area: (r) => r.areaCoverage,
    people: (r) => r.peopleCoverage ?? -1,
    places: (r) => r.outOfReachCount,
    score: (r) => r.gapScore.score,
  };
  const collator = collatorFor(ctx.lang);
  const sorted = sortRows(rows, key, sort, dir, ctx.lang, (a, b) => collator.compare(a.nameEn, b.nameEn));
  const { info } = displayBoundaries(ctx.db);
  const now = today();
  return {
    asOf,
    today: now,
    monthSteps: monthSteps(now, 36),
    asOfParam: ctx.url.searchParams.get("asOf") ?? undefined,
    theme,
    layer,
    sort,
    dir: dir as "asc" | "desc",
    rows: sorted,
    themes: listThemes(ctx.db),
    cellKm: coverageTable(ctx.db, asOf).table.cellKm,
    confirmedOnly,
    basis: dataBasis(ctx.db, asOf),
    weights: GAP_SCORE_WEIGHTS,
    boundariesUrl: boundariesUrl(ctx.db),
    boundaryInfo: info,
    peopleBasis: peopleBasis(ctx.db),
    placesShown: MAP_PLACES_PER_AUTHORITY,
  };
}

/**
 * The dates the map's month control steps through: today, then the first day of each of the next
 * `months` months.
 *
 * @example
 * monthSteps("2026-11-23", 2) // ["2026-11-23", "2026-12-01", "2027-01-01"]
 */
export function monthSteps(from: string, months: number): string[] {
  const first = `${from.slice(0, 7)}-01`;
  return [from, ...Array.from({ length: months }, (_, i) => addMonths(first, i + 1))];
}

/** Places out of reach drawn on the map per authority (the largest first); the profile lists them all. */
const MAP_PLACES_PER_AUTHORITY = 50;

/**
 * What the map draws over the authorities for a theme on a date, fetched by the browser after the
 * page (so the page itself stays small): the gap outlines and the places out of reach.
 *
 * @example
 * getMapLayers(ctx).gaps.features.length // authorities with a gap
 */
export function getMapLayers(ctx: RequestContext) {
  const { asOf, theme, confirmedOnly } = parseCoverageParams(ctx);
  const places = coverageRows(ctx.db, asOf, theme, { confirmedOnly }).flatMap((r) =>
    r.outOfReach.slice(0, MAP_PLACES_PER_AUTHORITY).map((s) => ({ id: s.id, name: s.name, population: s.population, lng: s.lng, lat: s.lat, distanceKm: s.distanceKm, gss: r.gss })),
  );
  return { asOf, theme, gaps: gapFeatures(ctx.db, asOf, theme, { confirmedOnly }), places };
}

export type MapLayers = ReturnType<typeof getMapLayers>;
