import { listAuthorities, listRegions } from "../../db/queries/authorities";
import { listAwards, type AwardRow } from "../../db/queries/awards";
import { listProjects, type ProjectRow } from "../../db/queries/projects";
import type { Db } from "../../db/client";
import { DEFAULT_EVIDENCE_MONTHS } from "../../geo/dates/currency";
import { computeFundingCliff, type CliffGroupBy } from "../../geo/funding/funding-cliff";
import { ENDING_WINDOWS, fundingStatusOn, isAtRisk, riskDayOf, STATUS_ORDER, type EndingWindow, type FundingStatus } from "../../geo/funding/funding-status";
import { today } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { buildAwardsAtomFeed, buildAwardsCalendar, feedTextFor, type FeedAward } from "./feeds.server";
import { filterChoices } from "../directory/directory.server";
import { badParam, datePartsRedirect, parseChoice, parseListParams, parseSort, sortRows, type SortDir } from "../platform/params.server";
import type { Lang } from "../i18n";

export const FUNDING_SORTS = ["end", "amount", "funder", "programme", "status"] as const;
export type FundingSort = (typeof FUNDING_SORTS)[number];

/**
 * Which awards the main list holds: those ending within 3, 6 or 12 months; "upcoming", every award with
 * a known end on or after asOf (the page's default); or "all", every award with a known end or a
 * recorded stop, whatever its status. Awards with no end are always listed apart.
 */
export type FundingWindow = EndingWindow | "upcoming" | "all";

export interface FundingParams {
  asOf: string;
  window: FundingWindow;
  funder?: string;
  theme?: string;
  authority?: string;
  region?: string;
  groupBy: CliffGroupBy;
  sort: FundingSort;
  dir: "asc" | "desc";
}

/**
 * Reads the funding filters: asOf (default today), endingWithin (3, 6 or 12 months; `upcoming` for
 * every known end from asOf on; `all` for every award), funder, theme, authority, region, groupBy,
 * sort and dir. 400 on a bad value.
 *
 * @example
 * parseFundingParams(ctx, "upcoming").window // "upcoming" when the URL gives none
 */
export function parseFundingParams(ctx: RequestContext, defaultWindow: FundingWindow): FundingParams {
  const { sets } = filterChoices(ctx);
  const { asOf, funder, theme, authority } = parseListParams(ctx, ["asOf", "funder", "theme", "authority"], sets);
  const get = (name: string) => ctx.url.searchParams.get(name)?.trim() || undefined;
  const windowParam = get("endingWithin");
  let window: FundingWindow = defaultWindow;
  if (windowParam === "all" || windowParam === "upcoming") window = windowParam;
  else if (windowParam !== undefined) {
    const n = Number(windowParam);
    if (!(ENDING_WINDOWS as readonly number[]).includes(n)) throw badParam(ctx, "endingWithin", windowParam);
    window = n as EndingWindow;
  }
  const region = get("region");
  if (region !== undefined && !listRegions(ctx.db).some((r) => r.id === region)) throw badParam(ctx, "region", region);
  const groupBy = parseChoice<CliffGroupBy>(ctx, "groupBy", ["funder", "theme"], "funder");
  const { sort, dir } = parseSort(ctx, FUNDING_SORTS, "end", FUNDING_SORTS.filter((s) => s !== "amount"));
  return { asOf: asOf ?? today(), window, funder, theme, authority, region, groupBy, sort, dir };
}

export type FundingRow = AwardRow & {
  status: FundingStatus;
  themeIds: string[];
  /** The authorities served by the funded project, or "wales" for a Wales-wide one. */
  served: string[] | "wales";
};

/** Every published award with its status on a date and its project's themes and reach. */
function awardsWithStatus(db: Db, asOf: string): FundingRow[] {
  const projects = new Map<number, ProjectRow>(listProjects(db).map((p) => [p.id, p]));
  return listAwards(db).map((a) => {
    const p = a.projectId === null ? undefined : projects.get(a.projectId);
    const endedNoDate = Boolean(p?.endedNoDate) && a.endDate === null;
    return {
      ...a,
      status: fundingStatusOn({ startDate: a.startDate, endDate: a.endDate, endedNoDate, lastEvidenced: a.lastEvidenced }, asOf, DEFAULT_EVIDENCE_MONTHS),
      themeIds: p?.themeIds ?? [],
      served: p ? (p.areaKind === "wales" ? "wales" : p.areaGss) : [],
    };
  });
}

function matchesFilters(db: Db, params: FundingParams) {
  const funderSlug = params.funder;
  const regionGss = params.region ? new Set(listAuthorities(db).filter((a) => a.regionId === params.region).map((a) => a.gssCode)) : null;
  return (r: FundingRow) =>
    (!funderSlug || r.funderSlug === funderSlug) &&
    (!params.theme || r.themeIds.includes(params.theme)) &&
    (!params.authority || r.served === "wales" || r.served.includes(params.authority)) &&
    (!regionGss || r.served === "wales" || r.served.some((g) => regionGss.has(g)));
}

function sortFundingRows(rows: FundingRow[], sort: FundingSort, dir: SortDir, lang: Lang): FundingRow[] {
  const endKey = (r: FundingRow) => (r.endDate ? riskDayOf(r.endDate) : "9999");
  const keys: Record<FundingSort, (r: FundingRow) => string | number> = {
    end: endKey,
    amount: (r) => r.amountPence ?? -1,
    funder: (r) => (lang === "cy" ? r.funderNameCy ?? r.funderNameEn : r.funderNameEn),
    programme: (r) => (lang === "cy" ? r.programmeCy ?? r.programmeEn : r.programmeEn),
    status: (r) => STATUS_ORDER.indexOf(r.status),
  };
  return sortRows(rows, keys, sort, dir, lang, (a, b) => endKey(a).localeCompare(endKey(b)) || a.id - b.id);
}

const OPEN_ENDED: readonly FundingStatus[] = ["end-unknown", "no-recent-evidence"];

/** Whether an award with a status belongs in the main list for a window (open-ended awards never do). */
function inWindow(r: FundingRow, window: FundingWindow): boolean {
  if (OPEN_ENDED.includes(r.status)) return false;
  if (window === "all") return true;
  // A known end on or after asOf: whatever has not ended, started or not.
  if (window === "upcoming") return r.endDate !== null && r.status !== "ended";
  return isAtRisk(r.status, window);
}

export interface FundingLists {
  /** The awards in the window, sorted as asked (soonest end first by default). */
  listed: FundingRow[];
  /** No known end, last evidenced within the evidence window: a data gap, and a warning sign. */
  endUnknown: FundingRow[];
  /** No known end and no evidence within the window: not counted as active; they may have ended. */
  noRecentEvidence: FundingRow[];
  /** The evidence window, in months. */
  evidenceMonths: number;
}

/**
 * Awards matching the filters on a date: those in the window (see FundingWindow), and apart from them
 * the awards whose end is unknown, split by how recent their evidence is.
 *
 * @example
 * listFunding(ctx, { ...params, window: 6 }).listed.every((r) => r.status === "ending-3m" || r.status === "ending-6m")
 */
export function listFunding(ctx: RequestContext, params: FundingParams): FundingLists {
  const rows = awardsWithStatus(ctx.db, params.asOf).filter(matchesFilters(ctx.db, params));
  const sort = (list: FundingRow[]) => sortFundingRows(list, params.sort, params.dir, ctx.lang);
  return {
    listed: sort(rows.filter((r) => inWindow(r, params.window))),
    endUnknown: sort(rows.filter((r) => r.status === "end-unknown")),
    noRecentEvidence: sort(rows.filter((r) => r.status === "no-recent-evidence")),
    evidenceMonths: DEFAULT_EVIDENCE_MONTHS,
  };
}

/**
 * Every row the funding page shows, in its order: the main list, then the unknown ends recently
 * evidenced, then those without recent evidence. Downloads and the API give exactly these.
 *
 * @example
 * fundingPageRows(listFunding(ctx, params)).length
 */
export function fundingPageRows(lists: FundingLists): FundingRow[] {
  return [...lists.listed, ...lists.endUnknown, ...lists.noRecentEvidence];
}

/**
 * The awards for the JSON API: every award by default, else the funding page's rows for the same
 * parameters (see fundingPageRows), with how many are in each part.
 *
 * @example
 * listAwardsApi(ctx).counts.noRecentEvidence // 5
 */
export function listAwardsApi(ctx: RequestContext) {
  const params = parseFundingParams(ctx, "all");
  const lists = listFunding(ctx, params);
  const data = fundingPageRows(lists);
  return {
    filters: params,
    count: data.length,
    counts: { listed: lists.listed.length, endUnknown: lists.endUnknown.length, noRecentEvidence: lists.noRecentEvidence.length },
    evidenceMonths: lists.evidenceMonths,
    data,
  };
}

/**
 * The funding page's parameters (by default every upcoming end) and its lists: one function for the
 * page and its downloads, so they always hold the same rows.
 *
 * @example
 * fundingPageRows(listFundingPage(ctx).lists)
 */
export function listFundingPage(ctx: RequestContext) {
  const params = parseFundingParams(ctx, "upcoming");
  return { params, lists: listFunding(ctx, params) };
}

/**
 * The funding page: filters, choices for the filter form, and the awards — by default every upcoming
 * end, soonest first, with the unknown ends apart.
 */
export function getFundingPage(ctx: RequestContext) {
  const typedDate = datePartsRedirect(ctx);
  if (typedDate) throw typedDate;
  const { params, lists } = listFundingPage(ctx);
  const { themes, authorities, funders } = filterChoices(ctx);
  return {
    params,
    asOfParam: ctx.url.searchParams.get("asOf") ?? undefined,
    ...lists,
    themes,
    authorities,
    funders,
    regions: listRegions(ctx.db),
  };
}

/**
 * The funding cliff: amounts and projects ending in each quarter of the next three years, by funder
 * or theme, with the unknowns.
 *
 * @example
 * getCliff(ctx).cliff.quarters.length // 12
 */
export function getCliff(ctx: RequestContext) {
  const typedDate = datePartsRedirect(ctx);
  if (typedDate) throw typedDate;
  const params = parseFundingParams(ctx, "all");
  const rows = awardsWithStatus(ctx.db, params.asOf).filter(matchesFilters(ctx.db, params));
  // Funding that has already stopped (including work a source says stopped, with no date) is not on the cliff.
  const cliff = computeFundingCliff(
    rows
      .filter((r) => r.status !== "ended")
      .map((r) => ({
        id: r.id,
        amountPence: r.amountPence,
        amountPeriod: r.amountPeriod,
        startDate: r.startDate,
        endDate: r.endDate,
        funder: r.funderSlug,
        themes: r.themeIds,
        projectId: r.projectId,
        lastEvidenced: r.lastEvidenced,
      })),
    params.asOf,
    { groupBy: params.groupBy, evidenceMonths: DEFAULT_EVIDENCE_MONTHS },
  );
  const { themes, authorities, funders } = filterChoices(ctx);
  return { params, asOfParam: ctx.url.searchParams.get("asOf") ?? undefined, cliff, themes, authorities, funders, regions: listRegions(ctx.db) };
}

/**
 * An authority's funding risk: the share of its active projects whose funding ends within 12 months,
 * and the themes whose active provision there all ends within 12 months (a cliff edge). `endUnknown`
 * counts the projects with no known end; `noRecentEvidence` those of them with no evidence within the
 * evidence window (a project without `lastEvidenced` counts as never evidenced).
 *
 * @example
 * authorityRisk(projects, themes, "2026-01-01").share // 0.25
 */
export function authorityRisk(
  projects: { id: number; startDate: string | null; endDate: string | null; endedNoDate: boolean; themeIds: string[]; lastEvidenced?: string | null }[],
  themeIds: string[],
  asOf: string,
) {
  const status = new Map(projects.map((p) => [p.id, fundingStatusOn({ ...p, lastEvidenced: p.lastEvidenced ?? null }, asOf)]));
  const atRisk = projects.filter((p) => isAtRisk(status.get(p.id)!, 12));
  const unknown = projects.filter((p) => OPEN_ENDED.includes(status.get(p.id)!));
  const cliffEdges = themeIds.filter((theme) => {
    const onTheme = projects.filter((p) => p.themeIds.includes(theme));
    return onTheme.length > 0 && onTheme.every((p) => isAtRisk(status.get(p.id)!, 12));
  });
  return {
    active: projects.length,
    atRisk: atRisk.length,
    share: projects.length ? atRisk.length / projects.length : 0,
    endUnknown: unknown.length,
    noRecentEvidence: unknown.filter((p) => status.get(p.id) === "no-recent-evidence").length,
    atRiskIds: atRisk.map((p) => p.id),
    cliffEdges,
  };
}

/**
 * The Atom feed or iCalendar file of awards ending within 6 months (or the URL's endingWithin),
 * filtered like the funding page.
 *
 * @example
 * buildEndingFeed(ctx, "ics").headers.get("Content-Type") // "text/calendar; charset=utf-8"
 */
export function buildEndingFeed(ctx: RequestContext, format: "atom" | "ics"): Response {
  const params = parseFundingParams(ctx, 6);
  const { t, lang } = ctx;
  // A feed is about ends to come: "upcoming" and "all" fall back to the 6-month window its title names.
  const window: EndingWindow = typeof params.window === "number" ? params.window : 6;
  const rows = listFunding(ctx, { ...params, window }).listed;
  const origin = ctx.url.origin;
  const withLang = (path: string) => `${origin}${path}${lang === "cy" ? `${path.includes("?") ? "&" : "?"}lang=cy` : ""}`;
  const text = feedTextFor(lang);
  const pick = (en: string | null, cy: string | null) => (lang === "cy" && cy ? cy : en);
  const awards: FeedAward[] = rows.map((r) => ({
    id: r.id,
    title: pick(r.programmeEn, r.programmeCy)!,
    funderName: pick(r.funderNameEn, r.funderNameCy)!,
    recipientName: pick(r.projectTitleEn, r.projectTitleCy) ?? pick(r.organisationNameEn, r.organisationNameCy),
    endDate: r.endDate,
    endPrecision: r.endPrecision,
    statusLabel: t(`fundingStatus.${r.status}`),
    url: r.projectId !== null ? withLang(`/projects/${r.projectId}`) : withLang(`/funders/${r.funderSlug}`),
  }));
  const meta = {
    title: t("funding.feedTitle"),
    selfUrl: ctx.url.href,
    siteUrl: withLang("/funding"),
    // Feeds change when the data or the day changes: stamp them with the start of the as-of day.
    updated: `${params.asOf}T00:00:00Z`,
  };
  if (format === "atom") {
    return new Response(buildAwardsAtomFeed(awards, meta, text), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
  }
  return new Response(buildAwardsCalendar(awards, meta, text), {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'attachment; filename="cohesion-map-wales-funding-ending.ics"' },
  });
}
