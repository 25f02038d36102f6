import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/context.server";
import { coverageApi } from "~/coverage.server";
import { api } from "~/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => api(() => coverageApi(contextOf(request)));
