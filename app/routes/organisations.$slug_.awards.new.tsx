import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { AwardForm } from "~/components/record-forms";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { requireAllowed } from "~/accounts/guard.server";
import { formChoices, handleListingForm, requireOrganisation } from "~/listing/editor.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    const organisation = requireOrganisation(ctx, params.slug ?? "");
    const user = requireAllowed(ctx, request, "edit-award", organisation.id);
    return { csrf: user.csrfToken, choices: formChoices(ctx, organisation.id), name: organisation.nameEn };
  });

export const action = ({ request, params }: ActionFunctionArgs) =>
  formAction(request, () => {
    const ctx = contextOf(request);
    const organisation = requireOrganisation(ctx, params.slug ?? "");
    const user = requireAllowed(ctx, request, "edit-award", organisation.id);
    return handleListingForm(ctx, request, user, { entity: "award", action: "create", organisationId: organisation.id });
  });

export default function NewAward() {
  const { csrf, choices, name } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useLang();
  return (
    <div>
      <h1>{t("editor.newAwardTitle", { name })}</h1>
      <AwardForm lastResult={lastResult} choices={choices} csrf={csrf} submitLabel={t("editor.submit")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
