import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { searchProjects } from "~/directory/directory.server";
import { api, onlyGet } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) =>
  api(() => {
    const { params, rows } = searchProjects(contextOf(request));
    const { page: _page, ...filters } = params;
    return { filters, count: rows.length, data: rows };
  });

/** Only GET: any other method is a 405 that says so. */
export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "json");
