import { boundaryCollection, parseSummaryParams, sortSummaries, summariseAuthorities } from "./authorities.server";
import type { RequestContext } from "./context.server";

/**
 * The map page: every authority's figures as of a date, sorted as the URL asks, and the boundaries.
 *
 * @example
 * getMapPage(ctx).summaries.length // 22
 */
export function getMapPage(ctx: RequestContext) {
  const { asOf, sort, dir } = parseSummaryParams(ctx);
  const { summaries, walesWideProjects } = summariseAuthorities(ctx.db, asOf);
  const { info, collection } = boundaryCollection(ctx.db);
  return {
    asOf,
    asOfParam: ctx.url.searchParams.get("asOf") ?? undefined,
    sort,
    dir,
    summaries: sortSummaries(summaries, sort, dir, ctx.lang),
    walesWideProjects,
    boundaries: collection,
    boundaryInfo: info,
  };
}
