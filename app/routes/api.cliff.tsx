import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { getCliff } from "~/funding/funding.server";
import { api } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) =>
  api(() => {
    const { params, cliff } = getCliff(contextOf(request));
    return { filters: params, ...cliff };
  });
