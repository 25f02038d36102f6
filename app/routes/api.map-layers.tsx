import type { LoaderFunctionArgs } from "@remix-run/node";
import { getMapLayers } from "~/coverage/map-page.server";
import { contextOf } from "~/platform/context.server";
import { api } from "~/platform/http.server";

/** GET /api/map-layers?theme=&asOf=&confirmed=: the gap outlines and places out of reach the map draws. */
export const loader = ({ request }: LoaderFunctionArgs) => api(() => getMapLayers(contextOf(request)));
