import { z } from "zod";
import { ORGANISATION_KINDS } from "../../db/schema";
import { daysInMonth, isDayInRange, isIsoDay, YEAR_RANGE } from "../../geo/dates/calendar";
import { SMALL_AREA_CODE, authorityOfCode } from "../../geo/small-areas";
import type { Lang } from "../i18n";
import type { RequestContext } from "./context.server";
import { HttpError } from "./http.server";

const MAX_QUERY = 200;
const GSS = /^W06\d{6}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The choices a filter may take, read from the database by the caller. */
export interface FilterChoices {
  themeIds?: ReadonlySet<string>;
  gssCodes?: ReadonlySet<string>;
  funderSlugs?: ReadonlySet<string>;
}

export interface ListParams {
  q?: string;
  theme?: string;
  authority?: string;
  funder?: string;
  kind?: (typeof ORGANISATION_KINDS)[number];
  page: number;
  asOf?: string;
}

type ParamName = "q" | "theme" | "authority" | "funder" | "kind" | "page" | "asOf";

/**
 * Reads and validates the list filters in a URL. Any bad value is a 400 whose message names
 * the parameter and says what was wrong, in the reader's language. Unknown parameters are ignored.
 *
 * @example
 * parseListParams(ctx, ["q", "theme", "page"], { themeIds })
 */
export function parseListParams(ctx: RequestContext, accepted: ParamName[], choices: FilterChoices = {}): ListParams {
  const { t } = ctx;
  const raw = (name: string) => {
    const v = ctx.url.searchParams.get(name);
    return v === null || v.trim() === "" ? undefined : v.trim();
  };
  const oneOf = (param: string, set: ReadonlySet<string> | undefined, pattern: RegExp) =>
    z
      .string()
      .refine((v) => pattern.test(v) && (!set || set.has(v)), (v) => ({ message: unknownValue(t, param, v) }));
  const fields = {
    q: z.string().max(MAX_QUERY, t("errors.tooLong", { max: MAX_QUERY })),
    theme: oneOf("theme", choices.themeIds, SLUG),
    // A ward (W05), LSOA (W01) or MSOA (W02) code stands for the authority it lies in.
    authority: z
      .string()
      .transform((v) => (SMALL_AREA_CODE.test(v.toUpperCase()) ? (authorityOfCode(v) ?? v) : v))
      .pipe(oneOf("authority", choices.gssCodes, GSS)),
    funder: oneOf("funder", choices.funderSlugs, SLUG),
    kind: z.string().refine((v): v is ListParams["kind"] & string => (ORGANISATION_KINDS as readonly string[]).includes(v), (v) => ({
      message: unknownValue(t, "kind", v),
    })),
    page: z.string().regex(/^\d{1,6}$/, t("errors.badPage")).transform(Number).refine((n) => n >= 1, t("errors.badPage")),
    asOf: dateSchema(t),
  } satisfies Record<ParamName, z.ZodTypeAny>;

  const out: Record<string, unknown> = { page: 1 };
  for (const name of accepted) {
    const value = raw(name);
    if (value === undefined) continue;
    const result = fields[name].safeParse(value);
    if (!result.success) {
      throw paramError(ctx, name, result.error.issues[0].message);
    }
    out[name] = result.data;
  }
  return out as unknown as ListParams;
}

/**
 * The one date rule for input (URL or form): a real calendar day written YYYY-MM-DD in the years
 * YEAR_RANGE, with a message in the reader's language that says which part is wrong.
 *
 * @example
 * dateSchema(ctx.t).safeParse("0999-01-01").error?.issues[0].message // "“0999-01-01” is outside the years 1900 to 2100."
 */
export function dateSchema(t: RequestContext["t"]) {
  return z
    .string()
    .refine(isIsoDay, (v) => ({ message: dateProblem(t, v) }))
    .refine(isDayInRange, (v) => ({ message: t("errors.dateOutOfRange", { value: v, min: YEAR_RANGE[0], max: YEAR_RANGE[1] }) }));
}

/** Why a string is not a day: a day the month does not have ("2027-02-30": February has 28), else the wrong form. */
function dateProblem(t: RequestContext["t"], value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    if (month >= 1 && month <= 12) return t("errors.noSuchDate", { value, days: daysInMonth(year, month) });
  }
  return t("errors.badDate", { value });
}

/**
 * A date typed into the day, month and year boxes of a GET form (`asOfDay`, `asOfMonth`,
 * `asOfYear`, as GOV.UK's date input asks for it) becomes the one `asOf=YYYY-MM-DD` parameter
 * that links and every page read: a redirect to the same address with it, or null when the URL
 * has no such boxes. All three empty means today (the parameter is dropped). Anything else that is
 * not three numbers is a 400 saying what to type; a day that does not exist is a 400 by dateSchema.
 *
 * @example
 * datePartsRedirect(ctx) // 302 to /gaps?theme=hate-crime&asOf=2026-03-31 for ?theme=hate-crime&asOfDay=31&asOfMonth=3&asOfYear=2026
 */
export function datePartsRedirect(ctx: RequestContext, param = "asOf"): Response | null {
  const names = ["Day", "Month", "Year"].map((part) => `${param}${part}`);
  const parts = names.map((name) => ctx.url.searchParams.get(name)?.trim() ?? null);
  if (parts.every((v) => v === null)) return null;
  const url = new URL(ctx.url);
  for (const name of names) url.searchParams.delete(name);
  url.searchParams.delete(param);
  if (parts.every((v) => !v)) return new Response(null, { status: 302, headers: { Location: url.pathname + url.search } });
  const [day, month, year] = parts;
  if (!parts.every((v) => v && /^\d{1,4}$/.test(v)) || year!.length !== 4 || day!.length > 2 || month!.length > 2) {
    throw paramError(ctx, param, ctx.t("errors.dateParts"));
  }
  const iso = `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
  const checked = dateSchema(ctx.t).safeParse(iso);
  if (!checked.success) throw paramError(ctx, param, checked.error.issues[0].message);
  url.searchParams.set(param, iso);
  return new Response(null, { status: 302, headers: { Location: url.pathname + url.search } });
}

/**
 * The date in URL parameter `param` (absent or blank: undefined), checked by dateSchema; 400
 * naming the parameter otherwise.
 *
 * @example
 * parseDateParam(ctx, "asOf") // "2026-03-31" for ?asOf=2026-03-31
 */
export function parseDateParam(ctx: RequestContext, param: string): string | undefined {
  const value = ctx.url.searchParams.get(param)?.trim();
  if (!value) return undefined;
  const result = dateSchema(ctx.t).safeParse(value);
  if (!result.success) throw paramError(ctx, param, result.error.issues[0].message);
  return result.data;
}

/** Rows on one page of an admin list. */
export const ADMIN_PAGE_SIZE = 50;

/**
 * The page of a list the URL asks for, checked against the number of matching rows: the page count
 * (at least 1, so an empty list has a page 1); a page past the last is a 400 saying how many pages
 * there are (the organisation directory and the admin lists).
 *
 * @example
 * pageOf(ctx, 120, 3) // { page: 3, pages: 3 }
 * pageOf(ctx, 120, 4) // throws 400 "The page number (page) in the address is not valid: there are only 3 pages of results."
 */
export function pageOf(ctx: RequestContext, total: number, page: number, size = ADMIN_PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (page > pages) throw paramError(ctx, "page", ctx.t("errors.pageTooHigh", { count: pages }));
  return { page, pages };
}

/**
 * The 400 for a parameter (in the URL or a form) whose value is not one the page knows, naming
 * both in the reader's language.
 *
 * @example
 * throw badParam(ctx, "layer", "heat") // 400 "The map layer (layer) in the address is not valid: “heat” is not a known map layer."
 */
export function badParam(ctx: RequestContext, param: string, value: unknown): HttpError {
  return paramError(ctx, param, unknownValue(ctx.t, param, String(value)));
}

/**
 * The 400 for a bad value in parameter `param`, saying why (`reason`, already in the reader's
 * language) and naming the parameter in words as well as as written (paramName).
 *
 * @example
 * throw paramError(ctx, "radius", t("places.errors.badRadius")) // 400 "The radius in the address is not valid: …"
 */
export function paramError(ctx: RequestContext, param: string, reason: string): HttpError {
  return new HttpError(400, ctx.t("errors.badParam", { param: paramName(ctx.t, param), reason }));
}

/**
 * A query parameter named for a reader in their language, with its name in the address in
 * brackets when that differs (catalogue `params.*`); a parameter the catalogue lacks keeps its own name.
 *
 * @example
 * paramName(tFor("cy"), "asOf") // "dyddiad (asOf)"
 */
export function paramName(t: RequestContext["t"], param: string): string {
  return t(`params.${param}`, { defaultValue: param });
}

/** "“heat” is not a known map layer.": the value and the parameter as a noun (catalogue `paramNouns.*`). */
function unknownValue(t: RequestContext["t"], param: string, value: string): string {
  return t("errors.unknownValue", { value, param: t(`paramNouns.${param}`, { defaultValue: param }) });
}

/**
 * A value from the URL that must be one of `values` (`fallback` when absent); 400 otherwise.
 *
 * @example
 * parseChoice(ctx, "groupBy", ["funder", "theme"], "funder") // "theme" for ?groupBy=theme
 */
export function parseChoice<T extends string>(ctx: RequestContext, param: string, values: readonly T[], fallback: T): T {
  const value = ctx.url.searchParams.get(param) ?? fallback;
  if (!(values as readonly string[]).includes(value)) throw badParam(ctx, param, value);
  return value as T;
}

export type SortDir = "asc" | "desc";

/**
 * The table sort in the URL (`sort`, `dir`): a column of `sorts` (default `fallback`) and a
 * direction (default ascending for the `ascending` columns, such as names, else descending); 400
 * for anything else.
 *
 * @example
 * parseSort(ctx, ["name", "population"], "name", ["name"]) // { sort: "population", dir: "desc" } for ?sort=population
 */
export function parseSort<S extends string>(ctx: RequestContext, sorts: readonly S[], fallback: S, ascending: readonly S[]): { sort: S; dir: SortDir } {
  const sort = parseChoice(ctx, "sort", sorts, fallback);
  const dir = parseChoice<SortDir>(ctx, "dir", ["asc", "desc"], ascending.includes(sort) ? "asc" : "desc");
  return { sort, dir };
}

/**
 * Rows sorted by one column: numbers by value, text with the language's collator (so "Ynys Môn"
 * sorts with the Ys in Welsh and English alike), ties broken by `tieBreak`.
 *
 * @example
 * sortRows(rows, { name: (r) => r.name, population: (r) => r.population }, "population", "desc", "cy")
 */
export function sortRows<T, S extends string>(
  rows: readonly T[],
  keys: Record<S, (row: T) => string | number>,
  sort: S,
  dir: SortDir,
  lang: Lang,
  tieBreak: (a: T, b: T) => number = () => 0,
): T[] {
  const collator = collatorFor(lang);
  const sign = dir === "asc" ? 1 : -1;
  const key = keys[sort];
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c = typeof ka === "number" && typeof kb === "number" ? ka - kb : collator.compare(String(ka), String(kb));
    return c !== 0 ? sign * c : tieBreak(a, b);
  });
}

/**
 * The text collator of a language.
 *
 * @example
 * collatorFor("cy").compare("Abertawe", "Caerdydd") // -1
 */
export function collatorFor(lang: Lang): Intl.Collator {
  return new Intl.Collator(lang === "cy" ? "cy" : "en-GB");
}

/**
 * A record id from a URL segment or form field: a whole number from 1 to 999,999,999, else
 * undefined (callers answer 404 or 400).
 *
 * @example
 * parseId("12") // 12
 * parseId("12abc") // undefined
 */
export function parseId(value: unknown): number | undefined {
  if (typeof value !== "string" || !/^\d{1,9}$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 ? id : undefined;
}

/**
 * A route parameter as one encoded path segment, for building a redirect target (a lone UTF-16
 * surrogate, which encodeURIComponent refuses, becomes U+FFFD as the URL parser would make it).
 *
 * @example
 * pathSegment("café/1") // "caf%C3%A9%2F1"
 */
export function pathSegment(value: string): string {
  return encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));
}
