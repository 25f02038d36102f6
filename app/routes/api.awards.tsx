import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/context.server";
import { searchAwards } from "~/directory.server";
import { api } from "~/http.server";

export const loader = ({ request }: LoaderFunctionArgs) =>
  api(() => {
    const { params, rows } = searchAwards(contextOf(request));
    const { page: _page, ...filters } = params;
    return { filters, count: rows.length, data: rows };
  });
