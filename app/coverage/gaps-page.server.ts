import { listThemes } from "../../db/queries/themes";
import type { RequestContext } from "../platform/context.server";
import { listGaps, parseCoverageParams } from "./coverage.server";

/**
 * The ranked gaps for a theme (or all themes) on a date.
 *
 * @example
 * getGapsPage(ctx).gaps[0].kind // "no-provision"
 */
export function getGapsPage(ctx: RequestContext) {
  const { asOf, theme } = parseCoverageParams(ctx);
  return {
    asOf,
    asOfParam: ctx.url.searchParams.get("asOf") ?? undefined,
    theme,
    themes: listThemes(ctx.db),
    gaps: listGaps(ctx.db, asOf, theme),
  };
}
