import { listThemes } from "../../db/queries/themes";
import type { RequestContext } from "../platform/context.server";
import { listGaps, parseCoverageParams } from "./coverage.server";
import { dataBasis } from "./data-basis.server";
import { datePartsRedirect } from "../platform/params.server";

/**
 * The ranked gaps for a theme (or all themes) on a date.
 *
 * @example
 * getGapsPage(ctx).gaps[0].kind // "no-provision"
 */
export function getGapsPage(ctx: RequestContext) {
  const typedDate = datePartsRedirect(ctx);
  if (typedDate) throw typedDate;
  const { asOf, theme, confirmedOnly } = parseCoverageParams(ctx);
  return {
    asOf,
    asOfParam: ctx.url.searchParams.get("asOf") ?? undefined,
    theme,
    confirmedOnly,
    themes: listThemes(ctx.db),
    gaps: listGaps(ctx.db, asOf, theme, { confirmedOnly }),
    basis: dataBasis(ctx.db, asOf),
  };
}
