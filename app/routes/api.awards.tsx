import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { listAwardsApi } from "~/funding/funding.server";
import { api, onlyGet } from "~/platform/http.server";

/**
 * Awards with their status as of a date (every award by default); `endingWithin=3|6|12|upcoming` keeps
 * those in that window, with the awards whose end is unknown after them, as the funding page lists them.
 */
export const loader = ({ request }: LoaderFunctionArgs) => api(() => listAwardsApi(contextOf(request)));

/** Only GET: any other method is a 405 that says so. */
export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "json");
