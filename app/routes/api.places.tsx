import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { findPlaces } from "~/coverage/places.server";
import { contextOf } from "~/platform/context.server";
import { api, onlyGet } from "~/platform/http.server";

/** Place names change rarely and hold nothing private: let browsers and proxies keep them an hour. */
const CACHE = "public, max-age=3600";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const response = await api(() => findPlaces(contextOf(request)));
  if (response.ok) response.headers.set("Cache-Control", CACHE);
  return response;
};

/** Only GET: any other method is a 405 that says so. */
export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "json");
