import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { OrganisationForm } from "~/components/record-forms";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { requireAllowed } from "~/accounts/guard.server";
import { formChoices, handleListingForm } from "~/listing/editor.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    const user = requireAllowed(ctx, request, "submit-new-organisation");
    return { csrf: user.csrfToken, choices: formChoices(ctx) };
  });

export const action = ({ request }: ActionFunctionArgs) =>
  formAction(request, () => {
    const ctx = contextOf(request);
    const user = requireAllowed(ctx, request, "submit-new-organisation");
    return handleListingForm(ctx, request, user, { entity: "organisation", action: "create" });
  });

export default function NewOrganisation() {
  const { csrf, choices } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useLang();
  return (
    <div>
      <h1>{t("editor.newOrganisationTitle")}</h1>
      <OrganisationForm lastResult={lastResult} choices={choices} csrf={csrf} submitLabel={t("editor.submit")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
