import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { buildEndingFeed } from "~/funding/funding.server";
import { download, onlyGet } from "~/platform/http.server";
import { publicContext } from "~/platform/public-url.server";

// Links in the feed are built on the public origin, never on the Host header.
export const loader = ({ request }: LoaderFunctionArgs) => download(() => buildEndingFeed(publicContext(contextOf(request), request), "atom"));

/** A feed is only read: any other method gets 405 with a message. */
export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "text");
