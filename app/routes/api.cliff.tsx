import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { getCliff } from "~/funding/funding.server";
import { api, onlyGet } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) =>
  api(() => {
    const { params, cliff } = getCliff(contextOf(request));
    return { filters: params, ...cliff };
  });

/** Only GET: any other method is a 405 that says so. */
export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "json");
