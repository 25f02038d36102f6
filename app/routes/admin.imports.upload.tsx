import type { ActionFunctionArgs } from "@remix-run/node";
import { receiveGrantUpload } from "~/funding/grant-admin.server";
import { contextOf } from "~/platform/context.server";
import { checkFormRequest } from "~/platform/forms.server";
import { api } from "~/platform/http.server";

/** POST a grant file (multipart, with the CSRF field): stored, answered with `{ token, fileName }` for the check. */
export const action = ({ request }: ActionFunctionArgs) =>
  api(async () => {
    await checkFormRequest(request, { uploads: true });
    return receiveGrantUpload(contextOf(request), request);
  });

/** Nothing to GET here: the upload page is /admin/imports. */
export const loader = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
