import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/context.server";
import { listFunderRows } from "~/directory.server";
import { api } from "~/http.server";

export const loader = ({ request }: LoaderFunctionArgs) =>
  api(() => {
    const rows = listFunderRows(contextOf(request));
    return { count: rows.length, data: rows };
  });
