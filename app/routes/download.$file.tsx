import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { buildDownload } from "~/downloads/export.server";
import { download } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => download(() => buildDownload(contextOf(request), params.file ?? ""));
