import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { ErrorPage } from "~/components/error-page";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";
import { localHref } from "~/i18n";

/** The old address of the new-organisation form: a listing now starts with its organisation, in one sitting with its projects and funding. */
export const loader = ({ request }: LoaderFunctionArgs) =>
  page(() => {
    throw redirect(localHref(contextOf(request).lang, "/account/listings/new/organisation"), 301);
  });

export function ErrorBoundary() {
  return <ErrorPage />;
}
