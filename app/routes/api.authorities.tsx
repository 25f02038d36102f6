import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseSummaryParams, summariseAuthorities } from "~/authorities.server";
import { contextOf } from "~/context.server";
import { api } from "~/http.server";

export const loader = ({ request }: LoaderFunctionArgs) =>
  api(() => {
    const ctx = contextOf(request);
    const { asOf } = parseSummaryParams(ctx);
    const { summaries, walesWideProjects } = summariseAuthorities(ctx.db, asOf);
    return { asOf, walesWideProjects, count: summaries.length, data: summaries };
  });
