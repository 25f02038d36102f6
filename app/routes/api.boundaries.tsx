import type { LoaderFunctionArgs } from "@remix-run/node";
import { boundariesForBrowser } from "~/coverage/boundaries.server";
import { contextOf } from "~/platform/context.server";
import { api } from "~/platform/http.server";

/**
 * GET /api/boundaries?v=…: the active boundary set's simplified outlines as GeoJSON (what the maps
 * draw). With the current version the answer never changes, so it is cached for a year.
 */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  const ctx = contextOf(request);
  const { current, body } = boundariesForBrowser(ctx.db, ctx.url.searchParams.get("v"));
  const response = await api(() => body);
  response.headers.set("Content-Type", "application/geo+json; charset=utf-8");
  response.headers.set("Cache-Control", current ? "public, max-age=31536000, immutable" : "no-cache");
  return response;
};
