import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/context.server";
import { getGapsPage } from "~/gaps-page.server";
import { api } from "~/http.server";

export const loader = ({ request }: LoaderFunctionArgs) =>
  api(() => {
    const { asOf, theme, gaps } = getGapsPage(contextOf(request));
    return { asOf, theme, count: gaps.length, data: gaps };
  });
