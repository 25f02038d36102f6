import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { listFunderRows } from "~/directory/directory.server";
import { api } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) =>
  api(() => {
    const rows = listFunderRows(contextOf(request));
    return { count: rows.length, data: rows };
  });
