import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getMapLayers } from "~/coverage/map-page.server";
import { contextOf } from "~/platform/context.server";
import { api, onlyGet } from "~/platform/http.server";

/** GET /api/map-layers?theme=&asOf=&confirmed=: the gap outlines and places out of reach the map draws. */
export const loader = ({ request }: LoaderFunctionArgs) => api(() => getMapLayers(contextOf(request)));

/** Only GET: any other method is a 405 that says so. */
export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "json");
