import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { boundariesForBrowser } from "~/coverage/boundaries.server";
import { contextOf } from "~/platform/context.server";
import { api, onlyGet } from "~/platform/http.server";

/**
 * GET /api/boundaries?v=…: the active boundary set's simplified outlines as GeoJSON (what the maps
 * draw). With the current version the answer never changes, so it is cached for a year.
 */
export const loader = async ({ request }: LoaderFunctionArgs) => {
  let current = false;
  const response = await api(() => {
    const ctx = contextOf(request);
    const answer = boundariesForBrowser(ctx.db, ctx.url.searchParams.get("v"));
    current = answer.current;
    return answer.body;
  });
  if (!response.ok) return response;
  response.headers.set("Content-Type", "application/geo+json; charset=utf-8");
  response.headers.set("Cache-Control", current ? "public, max-age=31536000, immutable" : "no-cache");
  return response;
};

/** Only GET: any other method is a 405 that says so. */
export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "json");
