import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { coverageApi } from "~/coverage/coverage.server";
import { api } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => api(() => coverageApi(contextOf(request)));
