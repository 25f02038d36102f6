import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { listFunding, parseFundingParams } from "~/funding/funding.server";
import { api } from "~/platform/http.server";

/** Awards with their status as of a date; `endingWithin=3|6|12` keeps those ending within that many months. */
export const loader = ({ request }: LoaderFunctionArgs) =>
  api(() => {
    const ctx = contextOf(request);
    const params = parseFundingParams(ctx, null);
    const { ending } = listFunding(ctx, params);
    return { filters: params, count: ending.length, data: ending };
  });
