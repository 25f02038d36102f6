import { getAuthority, listAuthorities, listAuthorityFieldSources, listRegions, type AuthorityRow } from "../../db/queries/authorities";
import { listAwards } from "../../db/queries/awards";
import { listOrganisations } from "../../db/queries/organisations";
import { listProjects } from "../../db/queries/projects";
import { listThemes } from "../../db/queries/themes";
import type { Db } from "../../db/client";
import { today } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { boundariesUrl, displayBoundaries, neighboursOf } from "../coverage/boundaries.server";
import { authorityCoverage, coverageRows } from "../coverage/coverage.server";
import { authorityRisk } from "../funding/funding.server";
import { splitProvision } from "./provision.server";
import { evidenceMonths } from "../platform/settings.server";
import { HttpError } from "../platform/http.server";
import { collatorFor, parseListParams, parseSort, sortRows, type SortDir } from "../platform/params.server";
import type { Lang } from "../i18n";

export interface AuthoritySummary {
  gssCode: string;
  nameEn: string;
  nameCy: string;
  regionId: string | null;
  regionNameEn: string | null;
  regionNameCy: string | null;
  population2021: number | null;
  ruralWlga: boolean;
  historicDispersalArea: boolean;
  /** Current services available in the authority: its local ones and the Wales-wide ones. */
  activeProjects: number;
  /** Current local services (named authorities or a point and radius) serving this authority. */
  localProjects: number;
  /** Active projects per 10,000 residents (Census 2021), or null when the population is unknown. */
  projectsPer10k: number | null;
  organisationsBased: number;
}

export const SUMMARY_SORTS = ["name", "region", "population", "projects", "local", "per10k", "organisations"] as const;
export type SummarySort = (typeof SUMMARY_SORTS)[number];

/**
 * The figures for all 22 authorities as of a date.
 *
 * @example
 * summariseAuthorities(db, "2026-01-01").find((a) => a.gssCode === "W06000023")?.activeProjects
 */
export function summariseAuthorities(db: Db, asOf: string): { summaries: AuthoritySummary[]; walesWideProjects: number } {
  const authorities = listAuthorities(db);
  const { provision, national } = splitProvision(listProjects(db), asOf);
  const walesWide = national.length;
  const local = new Map<string, number>();
  for (const p of provision) for (const gss of p.areaGss) local.set(gss, (local.get(gss) ?? 0) + 1);
  const based = new Map<string, number>();
  for (const o of listOrganisations(db)) if (o.homeGss) based.set(o.homeGss, (based.get(o.homeGss) ?? 0) + 1);
  const summaries = authorities.map((a): AuthoritySummary => {
    const localProjects = local.get(a.gssCode) ?? 0;
    const activeProjects = localProjects + walesWide;
    return {
      gssCode: a.gssCode,
      nameEn: a.nameEn,
      nameCy: a.nameCy,
      regionId: a.regionId,
      regionNameEn: a.regionNameEn,
      regionNameCy: a.regionNameCy,
      population2021: a.population2021,
      ruralWlga: a.ruralWlga,
      historicDispersalArea: a.historicDispersalArea,
      activeProjects,
      localProjects,
      projectsPer10k: a.population2021 ? Math.round((activeProjects / a.population2021) * 10_000 * 100) / 100 : null,
      organisationsBased: based.get(a.gssCode) ?? 0,
    };
  });
  return { summaries, walesWideProjects: walesWide };
}

/**
 * Sorts summaries by a column; names sort in the reader's language.
 *
 * @example
 * sortSummaries(summaries, "population", "desc", "en")[0].nameEn // "Cardiff"
 */
export function sortSummaries(list: AuthoritySummary[], sort: SummarySort, dir: SortDir, lang: Lang): AuthoritySummary[] {
  const name = (a: AuthoritySummary) => (lang === "cy" ? a.nameCy : a.nameEn);
  const keys: Record<SummarySort, (a: AuthoritySummary) => string | number> = {
    name,
    region: (a) => (lang === "cy" ? a.regionNameCy : a.regionNameEn) ?? "",
    population: (a) => a.population2021 ?? -1,
    projects: (a) => a.activeProjects,
    local: (a) => a.localProjects,
    per10k: (a) => a.projectsPer10k ?? -1,
    organisations: (a) => a.organisationsBased,
  };
  const collator = collatorFor(lang);
  return sortRows(list, keys, sort, dir, lang, (a, b) => collator.compare(name(a), name(b)));
}

/** Reads `asOf` (default today), `sort` and `dir` from the URL; 400 on a bad value. */
export function parseSummaryParams(ctx: RequestContext): { asOf: string; sort: SummarySort; dir: SortDir } {
  const { asOf } = parseListParams(ctx, ["asOf"]);
  return { asOf: asOf ?? today(), ...parseSort(ctx, SUMMARY_SORTS, "name", ["name", "region"]) };
}

/**
 * The authorities with their directory figures for the API, sorted as the URL asks.
 *
 * @example
 * listAuthoritySummaries(ctx).data[0].nameEn // "Cardiff" for ?sort=population
 */
export function listAuthoritySummaries(ctx: RequestContext) {
  const { asOf, sort, dir } = parseSummaryParams(ctx);
  const { summaries, walesWideProjects } = summariseAuthorities(ctx.db, asOf);
  return { asOf, sort, dir, walesWideProjects, count: summaries.length, data: sortSummaries(summaries, sort, dir, ctx.lang) };
}

/**
 * The authorities with their figures (directory counts and coverage for a theme) as GeoJSON, for the
 * API and downloads.
 *
 * @example
 * authoritiesGeoJson(db, "2026-01-01", null).features[0].properties.activeProjects
 */
export function authoritiesGeoJson(db: Db, asOf: string, theme: string | null) {
  const { summaries } = summariseAuthorities(db, asOf);
  const { info, collection } = displayBoundaries(db);
  const byGss = new Map(summaries.map((s) => [s.gssCode, s]));
  const coverage = new Map(coverageRows(db, asOf, theme).map((r) => [r.gss, r]));
  return {
    type: "FeatureCollection" as const,
    asOf,
    theme,
    boundaries: info,
    features: collection.features.map((f) => {
      const c = coverage.get(f.properties.gss_code)!;
      return {
        type: "Feature" as const,
        id: f.properties.gss_code,
        properties: {
          ...byGss.get(f.properties.gss_code)!,
          activeProjects: c.activeProjects,
          projectsPer10k: c.projectsPer10k,
          areaCoverage: c.areaCoverage,
          peopleCoverage: c.peopleCoverage,
          gapScore: c.gapScore.score,
          ruralGap: c.ruralGap,
        },
        geometry: f.geometry,
      };
    }),
  };
}

type Authority = NonNullable<ReturnType<typeof getAuthority>>;

/** An authority by GSS code, or a 404 naming the code. */
export function requireAuthority(ctx: RequestContext, gss: string): Authority {
  const authority = /^W06\d{6}$/.test(gss) ? getAuthority(ctx.db, gss) : undefined;
  if (!authority) throw new HttpError(404, ctx.t("errors.unknownAuthority", { code: gss }));
  return authority;
}

/**
 * Everything on an authority's profile: facts with sources, neighbours, region peers,
 * organisations based there, active projects serving it by theme, and the awards behind them.
 *
 * @example
 * getAuthorityProfile(ctx, "W06000023", "2026-01-01").authority.population2021 // 133174
 */
export function getAuthorityProfile(ctx: RequestContext, gss: string, asOf: string, theme: string | null = null) {
  const { db } = ctx;
  const authority = requireAuthority(ctx, gss);
  const all = listAuthorities(db);
  const byGss = new Map(all.map((a) => [a.gssCode, a]));
  const brief = (a: AuthorityRow) => ({ gssCode: a.gssCode, nameEn: a.nameEn, nameCy: a.nameCy });
  const split = splitProvision(listProjects(db, { gss }), asOf);
  const projects = [...split.provision, ...split.national];
  const themes = listThemes(db);
  const projectsByTheme = themes.map((theme) => ({
    theme,
    projects: projects.filter((p) => p.themeIds.includes(theme.id)),
  }));
  const projectIds = new Set(projects.map((p) => p.id));
  const awards = listAwards(db, { gss }).filter((a) => a.projectId !== null && projectIds.has(a.projectId));
  return {
    authority,
    asOf,
    asOfParam: ctx.url.searchParams.get("asOf") ?? undefined,
    fieldSources: listAuthorityFieldSources(db),
    neighbours: neighboursOf(db, gss).map((g) => brief(byGss.get(g)!)),
    regionPeers: all.filter((a) => a.regionId && a.regionId === authority.regionId && a.gssCode !== gss).map(brief),
    regions: listRegions(db),
    organisations: listOrganisations(db).filter((o) => o.homeGss === gss),
    projectCount: projects.length,
    walesWideCount: split.national.length,
    context: split.context,
    noRecentEvidence: split.noRecentEvidence,
    evidenceMonths: evidenceMonths(),
    projectsByTheme,
    awards,
    coverage: authorityCoverage(db, gss, asOf, theme),
    risk: authorityRisk(projects, themes.map((t) => t.id), asOf),
    theme,
    boundariesUrl: boundariesUrl(db),
    boundaryAttribution: displayBoundaries(db).info.attribution,
  };
}
