import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { buildEndingFeed } from "~/funding/funding.server";
import { download } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => download(() => buildEndingFeed(contextOf(request), "atom"));
