import type { LoaderFunctionArgs } from "@remix-run/node";
import { findPlaces } from "~/coverage/places.server";
import { contextOf } from "~/platform/context.server";
import { api } from "~/platform/http.server";

/** Place names change rarely and hold nothing private: let browsers and proxies keep them an hour. */
const CACHE = "public, max-age=3600";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const response = await api(() => findPlaces(contextOf(request)));
  if (response.ok) response.headers.set("Cache-Control", CACHE);
  return response;
};
