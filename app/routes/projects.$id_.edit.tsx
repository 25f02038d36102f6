import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ProjectForm } from "~/components/record-forms";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { requireAllowed } from "~/accounts/guard.server";
import { formChoices, handleListingForm, formDefaults, requireProject } from "~/listing/editor.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    const project = requireProject(ctx, params.id ?? "");
    const user = requireAllowed(ctx, request, "edit-project", project.organisationId);
    return { csrf: user.csrfToken, choices: formChoices(ctx), name: project.titleEn, defaults: formDefaults(ctx, "project", project.id) };
  });

export const action = ({ request, params }: ActionFunctionArgs) =>
  formAction(request, () => {
    const ctx = contextOf(request);
    const project = requireProject(ctx, params.id ?? "");
    const user = requireAllowed(ctx, request, "edit-project", project.organisationId);
    return handleListingForm(ctx, request, user, { entity: "project", action: "update", entityId: project.id, organisationId: project.organisationId });
  });

export default function EditProject() {
  const { csrf, choices, name, defaults } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useLang();
  return (
    <div>
      <h1>{t("editor.editProjectTitle", { name })}</h1>
      <ProjectForm lastResult={lastResult} defaultValue={defaults} choices={choices} csrf={csrf} submitLabel={t("editor.submit")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
