/**
 * The national briefing: the Wales-wide picture on one printable page for a Senedd committee or a
 * funder. Every figure comes from the use-cases the other pages show (coverage, gaps, the funding
 * cliff, the data basis), so each one matches the page it links to; nothing is counted afresh here
 * except sums and counts of their rows.
 */
import { listAuthorities, listAuthorityFieldSources, listRegions, type AuthorityRow } from "../../db/queries/authorities";
import { listAwards } from "../../db/queries/awards";
import { getDataVersion } from "../../db/queries/meta";
import { listProjects } from "../../db/queries/projects";
import { listThemes } from "../../db/queries/themes";
import type { AuthorityCoverage } from "../../geo/coverage/coverage-types";
import type { CliffCell } from "../../geo/funding/funding-cliff";
import { boundaryCollection } from "../coverage/boundaries.server";
import { coverageTable, peopleBasis } from "../coverage/coverage.server";
import { dataBasis } from "../coverage/data-basis.server";
import { getCliff, listFunding } from "../funding/funding.server";
import { listStale, STALE_AFTER_MONTHS } from "../listing/staleness.server";
import { today } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { collatorFor, datePartsRedirect, parseListParams } from "../platform/params.server";
import type { Lang } from "../i18n";

/** How far ahead the briefing's funding cliff looks: the quarter holding "as of" and the seven after it (about 24 months). */
export const BRIEFING_QUARTERS = 8;

/** An authority as the briefing names it: code and both names, for a link to its profile. */
export interface NamedAuthority {
  gss: string;
  nameEn: string;
  nameCy: string;
}

const named = (a: AuthorityRow): NamedAuthority => ({ gss: a.gssCode, nameEn: a.nameEn, nameCy: a.nameCy });

/** Sorts anything with both names by its name in the reader's language. */
function byName<T extends { nameEn: string | null; nameCy: string | null }>(lang: Lang, list: T[]): T[] {
  const collator = collatorFor(lang);
  const name = (x: T) => (lang === "cy" ? x.nameCy : x.nameEn) ?? "";
  return [...list].sort((a, b) => collator.compare(name(a), name(b)));
}

/** The coverage rows on a date, by authority: the all-themes row and one row per theme. */
function rowsByAuthority(rows: readonly AuthorityCoverage[]) {
  const all = new Map<string, AuthorityCoverage>();
  const byTheme = new Map<string, AuthorityCoverage[]>();
  for (const r of rows) {
    if (r.theme === null) all.set(r.gss, r);
    else byTheme.set(r.gss, [...(byTheme.get(r.gss) ?? []), r]);
  }
  return { all, byTheme };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * For each theme: how many authorities have current local provision, which have none, and the
 * people out of reach of every current local service on it (the gaps page's figures, summed).
 */
function themeRows(lang: Lang, rows: readonly AuthorityCoverage[], themes: ReturnType<typeof listThemes>, authorities: Map<string, AuthorityRow>) {
  const figures = byName(lang, themes).map((theme) => {
    const onTheme = rows.filter((r) => r.theme === theme.id);
    const none = onTheme.filter((r) => r.activeProjects === 0).map((r) => named(authorities.get(r.gss)!));
    const peopleOutOfReach = sum(onTheme.map((r) => r.peopleOutOfReach));
    const population = sum(onTheme.map((r) => r.population));
    return {
      id: theme.id,
      nameEn: theme.nameEn,
      nameCy: theme.nameCy,
      authorities: onTheme.length,
      withProvision: onTheme.length - none.length,
      none: byName(lang, none),
      peopleOutOfReach,
      /** Of the people of Wales' small areas; null when no population is known. */
      shareOutOfReach: population ? peopleOutOfReach / population : null,
      ruralGaps: onTheme.filter((r) => r.ruralGap).length,
    };
  });
  // The widest gaps first: the themes with current local provision in the fewest authorities.
  return figures.sort((a, b) => a.withProvision - b.withProvision);
}

/**
 * For each cohesion region (and the authorities in none, if any): its authorities, the share of its
 * people within reach of a current local service, the authority–theme pairs with no current local
 * service, the themes with none anywhere in it, and the awards ending within 12 months that the
 * funding page lists for it.
 */
function regionRows(ctx: RequestContext, asOf: string, rows: readonly AuthorityCoverage[], themeIds: string[], authorities: AuthorityRow[]) {
  const { all, byTheme } = rowsByAuthority(rows);
  const groups: { id: string | null; nameEn: string | null; nameCy: string | null }[] = listRegions(ctx.db).map((r) => ({
    id: r.id,
    nameEn: r.nameEn,
    nameCy: r.nameCy,
  }));
  if (authorities.some((a) => a.regionId === null)) groups.push({ id: null, nameEn: null, nameCy: null });
  return byName(ctx.lang, groups)
    .map((region) => {
      const members = byName(
        ctx.lang,
        authorities.filter((a) => a.regionId === region.id)
      );
      const themeRowsHere = members.flatMap((a) => byTheme.get(a.gssCode) ?? []);
      const people = members.map((a) => all.get(a.gssCode)!);
      const awardsEnding =
        region.id === null ? null : listFunding(ctx, { asOf, window: 12, region: region.id, groupBy: "funder", sort: "end", dir: "asc" }).listed.length;
      return {
        ...region,
        authorities: members.map(named),
        population: sum(people.map((r) => r.population)),
        pairs: members.length * themeIds.length,
        noProvisionPairs: themeRowsHere.filter((r) => r.activeProjects === 0).length,
        themesAbsent: themeIds.filter((id) => members.length > 0 && themeRowsHere.filter((r) => r.theme === id).every((r) => r.activeProjects === 0)),
        awardsEnding,
      };
    })
    .filter((r) => r.authorities.length > 0);
}

/**
 * The WLGA Rural Forum's predominantly rural authorities: each one's current local services, the
 * people out of reach of all of them, the themes with no current local service there, and the
 * themes whose gap is rural (most of the people out of reach live in sparse small areas).
 */
function ruralRows(lang: Lang, rows: readonly AuthorityCoverage[], authorities: AuthorityRow[]) {
  const { all, byTheme } = rowsByAuthority(rows);
  const rural = new Set(authorities.filter((a) => a.ruralWlga).map((a) => a.gssCode));
  const ruralGaps = rows.filter((r) => r.theme !== null && r.ruralGap);
  const list = byName(
    lang,
    authorities.filter((a) => a.ruralWlga)
  ).map((a) => {
    const overall = all.get(a.gssCode)!;
    const themes = byTheme.get(a.gssCode) ?? [];
    return {
      ...named(a),
      population: a.population2021,
      activeProjects: overall.activeProjects,
      peopleOutOfReach: overall.peopleOutOfReach,
      peopleCoverage: overall.peopleCoverage,
      themesNone: themes.filter((r) => r.activeProjects === 0).map((r) => r.theme!),
      ruralGapThemes: themes.filter((r) => r.ruralGap).map((r) => r.theme!),
    };
  });
  return {
    authorities: list,
    withNone: list.filter((a) => a.themesNone.length > 0).length,
    /** Authority–theme pairs anywhere in Wales whose gap is rural, and how many of them lie in the rural authorities. */
    ruralGapPairs: ruralGaps.length,
    ruralGapPairsInRural: ruralGaps.filter((r) => rural.has(r.gss)).length,
  };
}

type Amounts = Omit<CliffCell, "projects">;

const addCells = (cells: CliffCell[]): Amounts => ({
  awards: sum(cells.map((c) => c.awards)),
  perYearPence: sum(cells.map((c) => c.perYearPence)),
  perYearAwards: sum(cells.map((c) => c.perYearAwards)),
  totalPence: sum(cells.map((c) => c.totalPence)),
  totalAwards: sum(cells.map((c) => c.totalAwards)),
  unknownAmount: sum(cells.map((c) => c.unknownAmount)),
  approximateAwards: sum(cells.map((c) => c.approximateAwards)),
});

/**
 * The funding cliff page's figures for the next BRIEFING_QUARTERS quarters (all funders and themes):
 * stated amounts ending in each quarter, the awards with no stated amount, those with no end date,
 * and those ending later.
 */
function cliffSummary(ctx: RequestContext, asOf: string) {
  // The cliff page's own use-case, asked as the page would be for this date with no filters.
  const { cliff } = getCliff({ ...ctx, url: new URL(`/funding/cliff?asOf=${asOf}`, ctx.url.origin) });
  const shown = cliff.quarters.slice(0, BRIEFING_QUARTERS);
  const later = cliff.totals.slice(BRIEFING_QUARTERS);
  return {
    quarters: shown.map((q, i) => ({ ...q, ...cliff.totals[i] })),
    total: addCells(cliff.totals.slice(0, BRIEFING_QUARTERS)),
    laterAwards: sum(later.map((c) => c.awards)) + cliff.beyondHorizon,
    unknownEnd: { awards: cliff.unknownEnd.awards, unknownAmount: cliff.unknownEnd.unknownAmount },
    noRecentEvidence: {
      awards: cliff.noRecentEvidence.awards,
      unknownAmount: cliff.noRecentEvidence.unknownAmount,
      lastEvidenced: cliff.noRecentEvidence.lastEvidenced,
    },
    evidenceMonths: cliff.evidenceMonths,
  };
}

/** The newest "last evidenced" date of any published project or award (a partial date), or null. */
function newestEvidence(projects: { lastEvidenced: string | null }[], awards: { lastEvidenced: string | null }[]): string | null {
  let newest: string | null = null;
  // Partial ISO dates compare as text within their precision; a bare year sorts before its months.
  for (const r of [...projects, ...awards]) if (r.lastEvidenced && (!newest || r.lastEvidenced > newest)) newest = r.lastEvidenced;
  return newest;
}

/**
 * What the figures cannot tell: the data basis (records not counted as provision, and why), the
 * organisations not confirmed within a year, the awards with no stated amount or end, those whose
 * amount comes from a 360Giving file as published, and how people are placed in small areas.
 */
function dataLimits(ctx: RequestContext, asOf: string, awards: ReturnType<typeof listAwards>, cliff: ReturnType<typeof cliffSummary>) {
  return {
    basis: dataBasis(ctx.db, asOf),
    staleOrganisations: listStale(ctx.db, asOf).length,
    staleAfterMonths: STALE_AFTER_MONTHS,
    awards: awards.length,
    awardsAmountNotStated: awards.filter((a) => a.amountPence === null).length,
    // As the cliff counts them: no end date, and not known to have stopped.
    awardsEndNotStated: cliff.unknownEnd.awards + cliff.noRecentEvidence.awards,
    awardsApproximate: awards.filter((a) => a.amountApproximate).length,
    awardsImported: awards.filter((a) => a.importId !== null).length,
    peopleBasis: peopleBasis(ctx.db),
  };
}

/**
 * The national briefing on a date (`?asOf=`, default today; 400 for a bad date): headline figures,
 * provision and gaps by theme, by region and in rural authorities, the funding cliff in pounds, the
 * data's limits, and the sources and licences behind them.
 *
 * @example
 * getBriefing(ctx).themes.find((t) => t.id === "lgbtq-inclusion")?.none.map((a) => a.nameEn)
 */
export function getBriefing(ctx: RequestContext) {
  const typedDate = datePartsRedirect(ctx);
  if (typedDate) throw typedDate;
  const { db } = ctx;
  const asOf = parseListParams(ctx, ["asOf"]).asOf ?? today();
  const authorities = listAuthorities(db);
  const byGss = new Map(authorities.map((a) => [a.gssCode, a]));
  const themes = listThemes(db);
  const { rows } = coverageTable(db, asOf).table;
  const themeFigures = themeRows(ctx.lang, rows, themes, byGss);
  const noProvision = rows.filter((r) => r.theme !== null && r.activeProjects === 0);
  const awards = listAwards(db);
  const cliff = cliffSummary(ctx, asOf);
  const limits = dataLimits(ctx, asOf, awards, cliff);
  const boundaries = boundaryCollection(db).info;
  const fieldSources = listAuthorityFieldSources(db).filter((f) => ["region", "rural_wlga", "population_2021"].includes(f.field));
  return {
    asOf,
    asOfParam: ctx.url.searchParams.get("asOf") ?? undefined,
    dataVersion: getDataVersion(db),
    newestEvidence: newestEvidence(listProjects(db), awards),
    headline: {
      authorities: authorities.length,
      themes: themes.length,
      provision: limits.basis.provision,
      national: limits.basis.national,
      pairs: authorities.length * themes.length,
      noProvisionPairs: noProvision.length,
      authoritiesWithNone: new Set(noProvision.map((r) => r.gss)).size,
      themesWithNone: themeFigures.filter((t) => t.none.length > 0).length,
    },
    themes: themeFigures,
    regions: regionRows(
      ctx,
      asOf,
      rows,
      themes.map((t) => t.id),
      authorities
    ),
    rural: ruralRows(ctx.lang, rows, authorities),
    cliff,
    limits,
    credits: { boundaries, fieldSources },
  };
}

export type Briefing = ReturnType<typeof getBriefing>;
