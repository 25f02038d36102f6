import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { listAuthoritySummaries } from "~/directory/authorities.server";
import { contextOf } from "~/platform/context.server";
import { api, onlyGet } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => api(() => listAuthoritySummaries(contextOf(request)));

/** Only GET: any other method is a 405 that says so. */
export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "json");
