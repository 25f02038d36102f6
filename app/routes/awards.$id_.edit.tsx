import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { AwardForm } from "~/components/record-forms";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { requireAllowed } from "~/accounts/guard.server";
import { formChoices, formDefaults, handleListingForm, requireAward } from "~/listing/editor.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    const award = requireAward(ctx, params.id ?? "");
    const user = requireAllowed(ctx, request, "edit-award", award.organisationId);
    const defaults = formDefaults(ctx, "award", award.id);
    return { csrf: user.csrfToken, choices: formChoices(ctx, award.organisationId), name: String(defaults.programmeEn ?? ""), defaults };
  });

export const action = ({ request, params }: ActionFunctionArgs) =>
  formAction(request, () => {
    const ctx = contextOf(request);
    const award = requireAward(ctx, params.id ?? "");
    const user = requireAllowed(ctx, request, "edit-award", award.organisationId);
    return handleListingForm(ctx, request, user, { entity: "award", action: "update", entityId: award.id, organisationId: award.organisationId });
  });

export default function EditAward() {
  const { csrf, choices, name, defaults } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useLang();
  return (
    <div>
      <h1>{t("editor.editAwardTitle", { name })}</h1>
      <AwardForm lastResult={lastResult} defaultValue={defaults} choices={choices} csrf={csrf} submitLabel={t("editor.submit")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
