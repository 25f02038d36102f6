import type { LoaderFunctionArgs } from "@remix-run/node";
import { ErrorPage } from "~/components/error-page";
import { contextOf } from "~/platform/context.server";
import { HttpError, page } from "~/platform/http.server";

/** Any path no other route serves: the 404 page, in the reader's language. */
export const loader = ({ request }: LoaderFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    throw new HttpError(404, ctx.t("errors.notFound"));
  });

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
