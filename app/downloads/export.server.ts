import contentDisposition from "content-disposition";
import { stringify } from "csv-stringify/sync";
import type { AwardRow } from "../../db/queries/awards";
import { authoritiesGeoJson, summariseAuthorities } from "../directory/authorities.server";
import { listDocuments } from "../../db/queries/documents";
import { documentName } from "../directory/document-name";
import { listAuthorities } from "../../db/queries/authorities";
import type { RequestContext } from "../platform/context.server";
import { coverageRows, gapFeatures, listGaps, parseCoverageParams } from "../coverage/coverage.server";
import { listFunderRows, searchAwards, searchOrganisations, searchProjects } from "../directory/directory.server";
import { fundingPageRows, getCliff, listFundingPage } from "../funding/funding.server";
import { tFor } from "../i18n";
import { today } from "../platform/clock.server";
import { HttpError } from "../platform/http.server";
import { parseDateParam } from "../platform/params.server";
import { awardsAs360Giving, giving360CsvTable, giving360Prefix } from "./giving360-export.server";

type Row = Record<string, string | number | boolean | null>;

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The columns every award download starts with. */
function awardCells(a: AwardRow): Row {
  return {
    id: a.id,
    programme_en: a.programmeEn,
    funder: a.funderSlug,
    funder_name: a.funderNameEn,
    project_id: a.projectId,
    project_title_en: a.projectTitleEn,
    organisation: a.organisationSlug,
    organisation_name: [a.organisationNameEn, ...a.coRecipients.map((o) => o.nameEn)].filter(Boolean).join(" & ") || null,
    amount_gbp: a.amountPence === null ? null : a.amountPence / 100,
    amount_period: a.amountPeriod,
    amount_approximate: a.amountApproximate,
  };
}

const CLIFF_COLUMNS = [
  "as_of",
  "group_by",
  "period",
  "period_start",
  "period_end",
  "group",
  "group_name_en",
  "group_name_cy",
  "awards",
  "projects",
  "amount_per_year_gbp",
  "awards_per_year",
  "amount_total_gbp",
  "awards_total",
  "awards_amount_unknown",
  "awards_end_year_only",
];

const gbp = (pence: number, awards: number) => (awards === 0 ? null : pence / 100);

/**
 * The funding cliff as flat rows: for each quarter, then for the unknown ends ("end-unknown", recently
 * evidenced; "no-recent-evidence"), one row over all awards (group "all") and one per group. The two
 * amounts are kept apart as on the page (yearly figures of per-year awards; whole amounts of the
 * others) and are empty, not 0, when no award of that kind has a known amount.
 */
function cliffRows({ cliff: c, funders, themes }: ReturnType<typeof getCliff>): Row[] {
  const names = new Map<string, { en: string; cy: string | null }>(
    c.groupBy === "funder" ? funders.map((f) => [f.slug, { en: f.nameEn, cy: f.nameCy }]) : themes.map((t) => [t.id, { en: t.nameEn, cy: t.nameCy }]),
  );
  type Cell = (typeof c.totals)[number];
  const row = (period: string, start: string | null, end: string | null, group: string, cell: Cell): Row => ({
    as_of: c.asOf,
    group_by: c.groupBy,
    period,
    period_start: start,
    period_end: end,
    group,
    group_name_en: group === "all" ? null : names.get(group)?.en ?? (group === "none" ? tFor("en")("cliff.noTheme") : group),
    group_name_cy: group === "all" ? null : names.get(group)?.cy ?? (group === "none" ? tFor("cy")("cliff.noTheme") : null),
    awards: cell.awards,
    projects: cell.projects,
    amount_per_year_gbp: gbp(cell.perYearPence, cell.perYearAwards),
    awards_per_year: cell.perYearAwards,
    amount_total_gbp: gbp(cell.totalPence, cell.totalAwards),
    awards_total: cell.totalAwards,
    awards_amount_unknown: cell.unknownAmount,
    awards_end_year_only: cell.approximateAwards,
  });
  const quarters = c.quarters.flatMap((q, qi) => [
    row(q.label, q.start, q.end, "all", c.totals[qi]),
    ...c.groups.map((g) => row(q.label, q.start, q.end, g.key, g.quarters[qi])),
  ]);
  const open = (period: string, cell: typeof c.unknownEnd) => [row(period, null, null, "all", cell), ...cell.byGroup.map((g) => row(period, null, null, g.key, g))];
  return [...quarters, ...open("end-unknown", c.unknownEnd), ...open("no-recent-evidence", c.noRecentEvidence)];
}

const namesByRequest = new WeakMap<RequestContext, { authorities: Map<string, string>; documents: Map<string, string> }>();

/** The names the downloads print beside codes, read once per request (not once per row). */
function namesFor(ctx: RequestContext) {
  let names = namesByRequest.get(ctx);
  if (!names) {
    names = {
      authorities: new Map(listAuthorities(ctx.db).map((a) => [a.gssCode, a.nameEn])),
      documents: new Map(listDocuments(ctx.db).map((d) => [d.id, documentName(d)])),
    };
    namesByRequest.set(ctx, names);
  }
  return names;
}

/** An authority's English name by GSS code (for the name columns beside the codes). */
function authorityName(ctx: RequestContext, gss: string): string {
  return namesFor(ctx).authorities.get(gss) ?? gss;
}

/** A cited document's readable name, or null for a record with no citation. */
function citationName(ctx: RequestContext, document: string | null): string | null {
  return document === null ? null : (namesFor(ctx).documents.get(document) ?? document);
}

/** Header rows for downloads that came out empty (so the file still says what it would hold). */
export const DOWNLOAD_COLUMNS: Record<string, string[]> = {
  organisations: ["slug", "name_en", "name_cy", "kind", "charity_number", "company_number", "website", "home_gss", "home_name", "themes", "last_confirmed", "synthetic", "source_document", "source", "source_quote"],
  projects: ["id", "title_en", "title_cy", "organisation", "organisation_name", "delivery_not_named", "kind", "themes", "area_kind", "area_gss", "area_names", "point_lng", "point_lat", "radius_km", "start_date", "start_precision", "end_date", "end_precision", "date_note", "funders", "synthetic", "source_document", "source", "source_quote"],
  awards: ["id", "programme_en", "funder", "funder_name", "project_id", "project_title_en", "organisation", "organisation_name", "amount_gbp", "amount_period", "amount_approximate", "start_date", "start_precision", "end_date", "end_precision", "date_note", "synthetic", "source_document", "source", "source_quote"],
  funding: ["id", "programme_en", "funder", "funder_name", "project_id", "project_title_en", "organisation", "organisation_name", "amount_gbp", "amount_period", "amount_approximate", "end_date", "end_precision", "status", "last_evidenced", "as_of", "themes", "source_document", "source"],
  cliff: CLIFF_COLUMNS,
  gaps: ["gss_code", "name_en", "name_cy", "theme", "as_of", "kind", "active_projects", "area_coverage_pct", "people_coverage_pct", "population_out_of_reach", "largest_place_out_of_reach", "rural_gap", "gap_score"],
};

/** The GeoJSON downloads: the authorities with their figures, and the gap areas. */
const GEOJSON: Record<string, (ctx: RequestContext) => unknown> = {
  authorities: (ctx) => {
    const { asOf, theme } = parseCoverageParams(ctx);
    return authoritiesGeoJson(ctx.db, asOf, theme);
  },
  gaps: (ctx) => {
    const { asOf, theme } = parseCoverageParams(ctx);
    return { ...gapFeatures(ctx.db, asOf, theme), asOf, theme };
  },
};

/** Each downloadable list: its rows for CSV (flat) and its JSON (the same rows). */
const DATASETS: Record<string, (ctx: RequestContext) => Row[]> = {
  authorities: (ctx) => {
    const { asOf, theme } = parseCoverageParams(ctx);
    const coverage = new Map(coverageRows(ctx.db, asOf, theme).map((r) => [r.gss, r]));
    return summariseAuthorities(ctx.db, asOf).summaries.map((s) => {
      const c = coverage.get(s.gssCode)!;
      return {
        gss_code: s.gssCode,
        name_en: s.nameEn,
        name_cy: s.nameCy,
        region: s.regionNameEn,
        population_2021: s.population2021,
        rural_wlga: s.ruralWlga,
        historic_dispersal_area: s.historicDispersalArea,
        as_of: asOf,
        theme: theme ?? "all",
        active_projects: c.activeProjects,
        projects_per_10k: c.projectsPer10k,
        local_projects: theme ? null : s.localProjects,
        area_coverage_pct: round1(c.areaCoverage * 100),
        people_coverage_pct: c.peopleCoverage === null ? null : round1(c.peopleCoverage * 100),
        settlements_out_of_reach: c.outOfReach.length,
        gap_score: c.gapScore.score,
        rural_gap: c.ruralGap,
        organisations_based: s.organisationsBased,
      };
    });
  },
  funding: (ctx) => {
    // The same function as the page, so the file holds exactly the rows the page shows, in its order.
    const { params, lists } = listFundingPage(ctx);
    return fundingPageRows(lists).map((a) => ({
      ...awardCells(a),
      end_date: a.endDate,
      end_precision: a.endPrecision,
      status: a.status,
      last_evidenced: a.lastEvidenced,
      as_of: params.asOf,
      themes: a.themeIds.join(";"),
      source_document: a.sourceDocument,
      source: citationName(ctx, a.sourceDocument),
    }));
  },
  cliff: (ctx) => cliffRows(getCliff(ctx)),
  gaps: (ctx) => {
    const { asOf, theme } = parseCoverageParams(ctx);
    return listGaps(ctx.db, asOf, theme).map((g) => ({
      gss_code: g.gss,
      name_en: g.nameEn,
      name_cy: g.nameCy,
      theme: g.theme,
      as_of: asOf,
      kind: g.kind,
      active_projects: g.activeProjects,
      area_coverage_pct: round1(g.areaCoverage * 100),
      people_coverage_pct: g.peopleCoverage === null ? null : round1(g.peopleCoverage * 100),
      population_out_of_reach: g.populationOutOfReach,
      largest_place_out_of_reach: g.largestOutOfReach?.name ?? null,
      rural_gap: g.ruralGap,
      gap_score: g.gapScore,
    }));
  },
  organisations: (ctx) =>
    searchOrganisations(ctx).rows.map((o) => ({
      slug: o.slug,
      name_en: o.nameEn,
      name_cy: o.nameCy,
      kind: o.kind,
      charity_number: o.charityNumber,
      company_number: o.companyNumber,
      website: o.website,
      home_gss: o.homeGss,
      home_name: o.homeGss ? authorityName(ctx, o.homeGss) : null,
      themes: o.themeIds.join(";"),
      last_confirmed: o.lastConfirmed,
      synthetic: o.synthetic,
      source_document: o.sourceDocument,
      source: citationName(ctx, o.sourceDocument),
      source_quote: o.sourceQuote,
    })),
  projects: (ctx) =>
    searchProjects(ctx).rows.map((p) => ({
      id: p.id,
      title_en: p.titleEn,
      title_cy: p.titleCy,
      organisation: p.organisationSlug,
      organisation_name: p.organisationNameEn,
      delivery_not_named: p.deliveryNotNamed,
      kind: p.kind,
      themes: p.themeIds.join(";"),
      area_kind: p.areaKind,
      area_gss: p.areaGss.join(";"),
      area_names: p.areaGss.map((g) => authorityName(ctx, g)).join(";"),
      point_lng: p.pointLng,
      point_lat: p.pointLat,
      radius_km: p.radiusKm,
      start_date: p.startDate,
      start_precision: p.startPrecision,
      end_date: p.endDate,
      end_precision: p.endPrecision,
      date_note: p.dateNote,
      funders: p.funders.map((f) => f.slug).join(";"),
      synthetic: p.synthetic,
      source_document: p.sourceDocument,
      source: citationName(ctx, p.sourceDocument),
      source_quote: p.sourceQuote,
    })),
  funders: (ctx) =>
    listFunderRows(ctx).map((f) => ({
      slug: f.slug,
      name_en: f.nameEn,
      name_cy: f.nameCy,
      kind: f.kind,
      awards: f.awardCount,
      source_document: f.sourceDocument,
      source: citationName(ctx, f.sourceDocument),
      source_quote: f.sourceQuote,
    })),
  awards: (ctx) =>
    searchAwards(ctx).rows.map((a) => ({
      ...awardCells(a),
      start_date: a.startDate,
      start_precision: a.startPrecision,
      end_date: a.endDate,
      end_precision: a.endPrecision,
      date_note: a.dateNote,
      synthetic: a.synthetic,
      source_document: a.sourceDocument,
      source: citationName(ctx, a.sourceDocument),
      source_quote: a.sourceQuote,
    })),
};

/**
 * Rows as CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, CRLF line ends, a header row,
 * ISO dates, empty cells for unknowns.
 *
 * @example
 * toCsv([{ a: 1, b: null }]) // "\uFEFFa,b\r\n1,\r\n"
 */
export function toCsv(rows: Row[], emptyColumns: string[] = []): string {
  const columns = rows.length ? Object.keys(rows[0]) : emptyColumns;
  return (
    "\uFEFF" +
    stringify(rows, {
      header: true,
      columns,
      record_delimiter: "windows",
      // With a custom record delimiter csv-stringify only quotes cells holding "\r\n"; a bare "\n"
      // or "\r" in a description would otherwise split the row.
      quote_record_delimiter: true,
      // A cell starting with = + - @ would run as a formula in Excel: prefix it with a quote.
      escape_formulas: true,
      cast: { boolean: (v) => (v ? "true" : "false") },
    })
  );
}

/**
 * The Content-Disposition header of a download saved as `filename`, written as RFC 6266 asks by
 * the `content-disposition` package (quoted, with `filename*` for any non-ASCII). Callers build
 * `filename` only from validated values.
 */
const attachment = (filename: string) => ({ "Content-Disposition": contentDisposition(filename) });

/**
 * The awards as 360Giving data: the JSON package or the standard's CSV. Not filtered and not "as of"
 * a date: every published award the standard can describe (see giving360-export.server.ts).
 */
function giving360Download(ctx: RequestContext, format: "csv" | "json"): Response {
  const { package: pkg } = awardsAs360Giving(ctx.db, { prefix: giving360Prefix(), today: today() });
  const disposition = attachment(`cohesion-map-wales-awards-360giving.${format}`);
  if (format === "json") return new Response(JSON.stringify(pkg, null, 1), { headers: { "Content-Type": "application/json; charset=utf-8", ...disposition } });
  const { columns, rows } = giving360CsvTable(pkg);
  return new Response(toCsv(rows, columns), { headers: { "Content-Type": "text/csv; charset=utf-8", ...disposition } });
}

/**
 * The download named like "organisations.csv" (or "awards.360giving.json"), with the URL's filters
 * applied. 404 for an unknown name; 400 for bad filters.
 */
export function buildDownload(ctx: RequestContext, name: string): Response {
  // Every download checks asOf by the pages' date rule, even one that ignores it, and the file name
  // carries only that checked value.
  const asOf = parseDateParam(ctx, "asOf");
  const giving360 = /^awards\.360giving\.(csv|json)$/.exec(name);
  if (giving360) return giving360Download(ctx, giving360[1] as "csv" | "json");
  const m = /^([a-z]+)\.(csv|json|geojson)$/.exec(name);
  const dataset = m && Object.hasOwn(DATASETS, m[1]) ? DATASETS[m[1]] : undefined;
  if (!m || !dataset || (m[2] === "geojson" && !Object.hasOwn(GEOJSON, m[1]))) throw new HttpError(404, ctx.t("errors.unknownDownload", { name }));
  const [, base, format] = m;
  const filename = `cohesion-map-wales-${base}${asOf ? `-${asOf}` : ""}.${format}`;
  const disposition = attachment(filename);
  if (format === "geojson") {
    return new Response(JSON.stringify(GEOJSON[base](ctx)), {
      headers: { "Content-Type": "application/geo+json; charset=utf-8", ...disposition },
    });
  }
  const rows = dataset(ctx);
  if (format === "csv") return new Response(toCsv(rows, rows.length ? [] : DOWNLOAD_COLUMNS[base] ?? []), { headers: { "Content-Type": "text/csv; charset=utf-8", ...disposition } });
  return new Response(JSON.stringify(rows, null, 1), { headers: { "Content-Type": "application/json; charset=utf-8", ...disposition } });
}

/** The same rows as JSON for the API. */
export function datasetRows(ctx: RequestContext, name: keyof typeof DATASETS): Row[] {
  return DATASETS[name](ctx);
}
