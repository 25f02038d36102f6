import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { getBoundariesPage, handleBoundariesAction } from "~/coverage/boundary-admin.server";
import { BoundaryCheckReport, BoundarySetTable, BoundaryUploadForm } from "~/components/admin/boundary-sets";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getBoundariesPage(contextOf(request), request));
export const action = ({ request }: ActionFunctionArgs) => formAction(request, () => handleBoundariesAction(contextOf(request), request), { uploads: true });

export default function Boundaries() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useLang();
  return (
    <div className="boundaries-admin">
      <h1>{t("boundaries.title")}</h1>
      <p>{t("boundaries.intro")}</p>
      {d.done ? (
        <p className="notice" role="status">
          {t(d.done.kind === "imported" ? "boundaries.imported" : "boundaries.switched", { changed: d.done.changed, projects: d.done.projects })}
        </p>
      ) : null}
      {result?.kind === "checked" ? (
        <BoundaryCheckReport check={result.check} csrf={d.csrf} />
      ) : (
        <BoundaryUploadForm csrf={d.csrf} uploadMb={d.uploadMb} error={result?.kind === "error" ? result : null} />
      )}
      <BoundarySetTable sets={d.sets} csrf={d.csrf} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
