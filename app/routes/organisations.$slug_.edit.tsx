import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { OrganisationForm } from "~/components/record-forms";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { requireAllowed } from "~/accounts/guard.server";
import { formChoices, handleListingForm, formDefaults, requireOrganisation } from "~/listing/editor.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    const organisation = requireOrganisation(ctx, params.slug ?? "");
    const user = requireAllowed(ctx, request, "edit-organisation", organisation.id);
    return { csrf: user.csrfToken, choices: formChoices(ctx), name: organisation.nameEn, defaults: formDefaults(ctx, "organisation", organisation.id) };
  });

export const action = ({ request, params }: ActionFunctionArgs) =>
  formAction(request, () => {
    const ctx = contextOf(request);
    const organisation = requireOrganisation(ctx, params.slug ?? "");
    const user = requireAllowed(ctx, request, "edit-organisation", organisation.id);
    return handleListingForm(ctx, request, user, { entity: "organisation", action: "update", entityId: organisation.id, organisationId: organisation.id });
  });

export default function EditOrganisation() {
  const { csrf, choices, name, defaults } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useLang();
  return (
    <div>
      <h1>{t("editor.editOrganisationTitle", { name })}</h1>
      <OrganisationForm lastResult={lastResult} defaultValue={defaults} choices={choices} csrf={csrf} submitLabel={t("editor.submit")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
