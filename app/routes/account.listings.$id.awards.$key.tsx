import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { DraftFormPage } from "~/components/listing/draft-form-page";
import listingCss from "~/components/listing/listing.css?url";
import { contextOf } from "~/platform/context.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";
import { getDraftFormPage, handleDraftForm } from "~/listing/draft-pages.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: listingCss }];

const where = (id: string | undefined, key: string | undefined) => ({ draftId: id ?? "", part: "award" as const, key: key ?? "" });
export const loader = ({ request, params }: LoaderFunctionArgs) => page(() => getDraftFormPage(contextOf(request), request, where(params.id, params.key)));
export const action = ({ request, params }: ActionFunctionArgs) => formAction(request, () => handleDraftForm(contextOf(request), request, where(params.id, params.key)));

export default function DraftAward() {
  return <DraftFormPage page={useLoaderData<typeof loader>()} lastResult={useActionData<typeof action>()} />;
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
