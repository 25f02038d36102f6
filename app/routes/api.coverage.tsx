import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { coverageApi } from "~/coverage/coverage.server";
import { api, onlyGet } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => api(() => coverageApi(contextOf(request)));

/** Only GET: any other method is a 405 that says so. */
export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "json");
