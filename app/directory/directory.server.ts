import { listAuthorities } from "../../db/queries/authorities";
import { listAwards } from "../../db/queries/awards";
import { getFunderBySlug, listFunders, type FunderRow } from "../../db/queries/funders";
import { getOrganisationBySlug, listOrganisations } from "../../db/queries/organisations";
import { getProject, listProjectFunders, listProjects } from "../../db/queries/projects";
import { listThemes } from "../../db/queries/themes";
import { withCurrency } from "./provision.server";
import { evidenceMonths } from "../platform/settings.server";
import { today } from "../platform/clock.server";
import type { RequestContext } from "../platform/context.server";
import { getCurrentUser } from "../accounts/sessions.server";
import { HttpError } from "../platform/http.server";
import { isStale } from "../listing/staleness.server";
import { can } from "../accounts/permissions";
import { collatorFor, type ListParams, parseId, parseListParams, pageOf } from "../platform/params.server";

export const PAGE_SIZE = 50;

const choicesByRequest = new WeakMap<RequestContext, ReturnType<typeof readFilterChoices>>();

/** The choices offered by the filter forms (and accepted in URLs), read once per request. */
export function filterChoices(ctx: RequestContext) {
  let choices = choicesByRequest.get(ctx);
  if (!choices) choicesByRequest.set(ctx, (choices = readFilterChoices(ctx)));
  return choices;
}

function readFilterChoices(ctx: RequestContext) {
  const themes = listThemes(ctx.db);
  const authorities = listAuthorities(ctx.db);
  const funders = listFunders(ctx.db);
  return {
    themes,
    authorities: authorities.map((a) => ({ gssCode: a.gssCode, nameEn: a.nameEn, nameCy: a.nameCy })),
    funders: funders.map((f) => ({ slug: f.slug, nameEn: f.nameEn, nameCy: f.nameCy })),
    sets: {
      themeIds: new Set(themes.map((t) => t.id)),
      gssCodes: new Set(authorities.map((a) => a.gssCode)),
      funderSlugs: new Set(funders.map((f) => f.slug)),
    },
  };
}

function funderIdOf(ctx: RequestContext, slug: string | undefined): number | undefined {
  return slug ? getFunderBySlug(ctx.db, slug)?.id : undefined;
}

/**
 * The organisations page: one page of matches, the filter choices, and the authorities in the
 * reader's alphabetical order (sorted once here, so server and browser render the same order).
 *
 * @example
 * getOrganisationsPage(ctx).total // 38 with no filters on the seed data
 */
export function getOrganisationsPage(ctx: RequestContext) {
  const result = searchOrganisations(ctx);
  const { themes, authorities, funders } = filterChoices(ctx);
  const collator = collatorFor(ctx.lang);
  const name = (a: { nameEn: string; nameCy: string }) => (ctx.lang === "cy" ? a.nameCy : a.nameEn);
  const sorted = [...authorities].sort((a, b) => collator.compare(name(a), name(b)));
  return { ...result, rows: undefined, total: result.rows.length, themes, authorities: sorted, funders };
}

/** Reads the organisation filters from the URL (400 on a bad value). */
export function parseOrganisationParams(ctx: RequestContext): ListParams {
  const { sets } = filterChoices(ctx);
  return parseListParams(ctx, ["q", "theme", "authority", "funder", "kind", "page"], sets);
}

/**
 * Organisations matching the URL's filters: all of them (for downloads and the API), and one page.
 *
 * @example
 * searchOrganisations(ctx).rows.map((o) => o.slug)
 */
export function searchOrganisations(ctx: RequestContext) {
  const params = parseOrganisationParams(ctx);
  const rows = listOrganisations(ctx.db, {
    q: params.q,
    theme: params.theme,
    gss: params.authority,
    funderId: funderIdOf(ctx, params.funder),
    kind: params.kind,
  });
  const { pages } = pageOf(ctx, rows.length, params.page, PAGE_SIZE);
  // Themes each organisation works on (through its published projects), for the list.
  const themesByOrg = new Map<number, Set<string>>();
  for (const p of listProjects(ctx.db)) {
    const set = themesByOrg.get(p.organisationId) ?? themesByOrg.set(p.organisationId, new Set()).get(p.organisationId)!;
    p.themeIds.forEach((t) => set.add(t));
  }
  const withThemes = rows.map((o) => ({ ...o, themeIds: [...(themesByOrg.get(o.id) ?? [])] }));
  return {
    params,
    rows: withThemes,
    page: params.page,
    pages,
    pageRows: withThemes.slice((params.page - 1) * PAGE_SIZE, params.page * PAGE_SIZE),
  };
}

/**
 * An organisation's page: its record, projects (with their state today) and funding.
 *
 * @example
 * getOrganisationPage(ctx, "city-of-sanctuary").projects.length
 */
export function getOrganisationPage(ctx: RequestContext, slug: string, request?: Request) {
  const organisation = getOrganisationBySlug(ctx.db, slug);
  if (!organisation) throw new HttpError(404, ctx.t("errors.unknownOrganisation", { slug }));
  const asOf = today();
  const projects = withCurrency(listProjects(ctx.db, { organisationId: organisation.id }), asOf).map((p) => ({ ...p, state: p.currency }));
  const user = request ? getCurrentUser(ctx, request) : null;
  return {
    organisation: { ...organisation, stale: isStale(organisation.lastConfirmed, asOf) },
    canEdit: can(user, "edit-organisation", { organisationId: organisation.id }),
    csrf: user?.csrfToken ?? null,
    canViewHistory: can(user, "view-history"),
    projects,
    awards: listAwards(ctx.db, { organisationId: organisation.id }),
    authorities: listAuthorities(ctx.db),
    themes: listThemes(ctx.db),
    asOf,
  };
}

/** Reads the project filters from the URL (400 on a bad value). */
export function searchProjects(ctx: RequestContext) {
  const { sets } = filterChoices(ctx);
  const params = parseListParams(ctx, ["q", "theme", "authority", "funder", "asOf"], sets);
  const rows = listProjects(ctx.db, {
    q: params.q,
    theme: params.theme,
    gss: params.authority,
    funderId: funderIdOf(ctx, params.funder),
  });
  // With asOf, only what is current on that day (a known end to come, or recent evidence).
  const asOf = params.asOf;
  const kept = asOf ? withCurrency(rows, asOf).filter((p) => p.currency === "active" || p.currency === "active-end-unknown") : rows;
  const funders = listProjectFunders(ctx.db);
  return { params, rows: kept.map((p) => ({ ...p, funders: funders.get(p.id) ?? [] })) };
}

/**
 * A project's page, or 404 for an unknown or malformed id.
 *
 * @example
 * getProjectPage(ctx, "12").project.titleEn
 */
export function getProjectPage(ctx: RequestContext, id: string, request?: Request) {
  const projectId = parseId(id);
  const project = projectId === undefined ? undefined : getProject(ctx.db, projectId);
  if (!project) throw new HttpError(404, ctx.t("errors.unknownProject", { id }));
  const asOf = today();
  const user = request ? getCurrentUser(ctx, request) : null;
  return {
    canEdit: can(user, "edit-project", { organisationId: project.organisationId }),
    csrf: user?.csrfToken ?? null,
    canViewHistory: can(user, "view-history"),
    project: { ...project, state: withCurrency([project], asOf)[0].currency },
    evidenceMonths: evidenceMonths(),
    awards: listAwards(ctx.db, { projectId: project.id }),
    authorities: listAuthorities(ctx.db),
    themes: listThemes(ctx.db),
    asOf,
  };
}

/** Every funder, for the funders page and API. */
export function listFunderRows(ctx: RequestContext) {
  return listFunders(ctx.db);
}

/** What the funders page says of each funder's recorded awards: the amounts known, and how many have no end. */
export interface FunderFigures {
  /** Whole-award amounts known, summed (pence). */
  totalPence: number;
  /** Yearly amounts known, summed (pence a year). */
  perYearPence: number;
  /** Awards whose amount no source states. */
  amountUnknown: number;
  /** Awards with no known end date. */
  endUnknown: number;
  /** Whether any amount summed is only approximate ("about £1.63m a year"), so the sums are too. */
  approximate: boolean;
}

/**
 * Every funder with its figures, for the funders page: the known amounts (whole and yearly kept
 * apart, never added together) and the share of its awards with an unknown end — a funder's
 * "known total" is only what the sources state.
 *
 * @example
 * listFunderSummaries(ctx).find((f) => f.slug === "welsh-government")?.figures.endUnknown
 */
export function listFunderSummaries(ctx: RequestContext): (FunderRow & { figures: FunderFigures })[] {
  const figures = new Map<string, FunderFigures>();
  for (const a of listAwards(ctx.db)) {
    const f = figures.get(a.funderSlug) ?? { totalPence: 0, perYearPence: 0, amountUnknown: 0, endUnknown: 0, approximate: false };
    if (a.amountPence !== null && a.amountApproximate) f.approximate = true;
    if (a.amountPence === null) f.amountUnknown += 1;
    else if (a.amountPeriod === "per-year") f.perYearPence += a.amountPence;
    else f.totalPence += a.amountPence;
    if (a.endDate === null) f.endUnknown += 1;
    figures.set(a.funderSlug, f);
  }
  return listFunders(ctx.db).map((f) => ({ ...f, figures: figures.get(f.slug) ?? { totalPence: 0, perYearPence: 0, amountUnknown: 0, endUnknown: 0, approximate: false } }));
}

/**
 * A funder's page: the funder and its awards, or 404.
 *
 * @example
 * getFunderPage(ctx, "welsh-government").awards.length
 */
export function getFunderPage(ctx: RequestContext, slug: string) {
  const funder = getFunderBySlug(ctx.db, slug);
  if (!funder) throw new HttpError(404, ctx.t("errors.unknownFunder", { slug }));
  return { funder, awards: listAwards(ctx.db, { funderId: funder.id }) };
}

/** Awards matching the URL's filters (funder, theme, authority). */
export function searchAwards(ctx: RequestContext) {
  const { sets } = filterChoices(ctx);
  const params = parseListParams(ctx, ["theme", "authority", "funder"], sets);
  return { params, rows: listAwards(ctx.db, { funderId: funderIdOf(ctx, params.funder), theme: params.theme, gss: params.authority }) };
}
