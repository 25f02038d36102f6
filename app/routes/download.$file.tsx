import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { buildDownload } from "~/downloads/export.server";
import { download, onlyGet } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => download(() => buildDownload(contextOf(request), params.file ?? ""));

/** Only GET: any other method is a 405 that says so. */
export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "text");
