import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { DraftTaskList } from "~/components/listing/draft-task-list";
import listingCss from "~/components/listing/listing.css?url";
import { contextOf } from "~/platform/context.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";
import { getDraftPage, handleDraftAction } from "~/listing/draft-pages.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: listingCss }];

export const loader = ({ request, params }: LoaderFunctionArgs) => page(() => getDraftPage(contextOf(request), request, params.id ?? ""));
export const action = ({ request, params }: ActionFunctionArgs) => formAction(request, () => handleDraftAction(contextOf(request), request, params.id ?? ""));

export type DraftPageData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function DraftPage() {
  return <DraftTaskList draft={useLoaderData<typeof loader>()} />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
