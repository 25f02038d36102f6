import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { getGapsPage } from "~/coverage/gaps-page.server";
import { api } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) =>
  api(() => {
    const { asOf, theme, gaps } = getGapsPage(contextOf(request));
    return { asOf, theme, count: gaps.length, data: gaps };
  });
