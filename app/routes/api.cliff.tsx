import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/context.server";
import { getCliff } from "~/funding.server";
import { api } from "~/http.server";

export const loader = ({ request }: LoaderFunctionArgs) =>
  api(() => {
    const { params, cliff } = getCliff(contextOf(request));
    return { filters: params, ...cliff };
  });
