import type { LoaderFunctionArgs } from "@remix-run/node";
import { listAuthoritySummaries } from "~/directory/authorities.server";
import { contextOf } from "~/platform/context.server";
import { api } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => api(() => listAuthoritySummaries(contextOf(request)));
