import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/context.server";
import { buildEndingFeed } from "~/funding.server";
import { download } from "~/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => download(() => buildEndingFeed(contextOf(request), "ics"));
