import { z } from "zod";
import { ORGANISATION_KINDS } from "../db/schema";
import { isIsoDay } from "../geo/partial-date";
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
      .refine((v) => pattern.test(v) && (!set || set.has(v)), (v) => ({ message: t("errors.unknownValue", { value: v, param }) }));
  const fields = {
    q: z.string().max(MAX_QUERY, t("errors.tooLong", { max: MAX_QUERY })),
    theme: oneOf("theme", choices.themeIds, SLUG),
    authority: oneOf("authority", choices.gssCodes, GSS),
    funder: oneOf("funder", choices.funderSlugs, SLUG),
    kind: z.string().refine((v): v is ListParams["kind"] & string => (ORGANISATION_KINDS as readonly string[]).includes(v), (v) => ({
      message: t("errors.unknownValue", { value: v, param: "kind" }),
    })),
    page: z.string().regex(/^\d{1,6}$/, t("errors.badPage")).transform(Number).refine((n) => n >= 1, t("errors.badPage")),
    asOf: z.string().refine(isIsoDay, (v) => ({ message: t("errors.badDate", { value: v }) })),
  } satisfies Record<ParamName, z.ZodTypeAny>;

  const out: Record<string, unknown> = { page: 1 };
  for (const name of accepted) {
    const value = raw(name);
    if (value === undefined) continue;
    const result = fields[name].safeParse(value);
    if (!result.success) {
      throw new HttpError(400, t("errors.badParam", { param: name, reason: result.error.issues[0].message }));
    }
    out[name] = result.data;
  }
  return out as unknown as ListParams;
}
