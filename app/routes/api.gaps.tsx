import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { getGapsPage } from "~/coverage/gaps-page.server";
import { api, onlyGet } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) =>
  api(() => {
    const { asOf, theme, gaps } = getGapsPage(contextOf(request));
    return { asOf, theme, count: gaps.length, data: gaps };
  });

/** Only GET: any other method is a 405 that says so. */
export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "json");
