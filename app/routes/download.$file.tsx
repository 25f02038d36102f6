import type { LoaderFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/context.server";
import { buildDownload } from "~/export.server";
import { download } from "~/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => download(() => buildDownload(contextOf(request), params.file ?? ""));
