import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { GrantCheckReport, GrantUploadForm, ImportList } from "~/components/admin/grant-imports";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { getImportsPage, handleImportsAction } from "~/funding/grant-admin.server";
import { contextOf } from "~/platform/context.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getImportsPage(contextOf(request), request));
export const action = ({ request }: ActionFunctionArgs) => formAction(request, () => handleImportsAction(contextOf(request), request), { uploads: true });

export default function Imports() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, href, lang } = useLang();
  return (
    <div className="imports-admin">
      <h1>{t("imports.title")}</h1>
      <p>{t("imports.intro")}</p>
      {d.done ? (
        <p className="notice" role="status">
          {t("imports.done", { id: d.done })}
        </p>
      ) : null}
      {d.rolledBack ? (
        <p className="notice" role="status">
          {t("imports.rolledBack", { id: d.rolledBack })}
        </p>
      ) : null}
      {result?.kind === "checked" ? (
        <GrantCheckReport result={result} csrf={d.csrf} />
      ) : (
        <GrantUploadForm csrf={d.csrf} uploadMb={d.uploadMb} error={result?.kind === "error" ? result : null} />
      )}
      <ImportList data={d} />
      {d.selected ? (
        <section aria-labelledby="import-records-heading">
          <h2 id="import-records-heading">{t("imports.recordsHeading", { id: d.selected.id })}</h2>
          <ul lang="en">
            {d.selected.projects.map((p) => (
              <li key={p.id}>
                <Link to={href(`/projects/${p.id}`)}>{p.titleEn}</Link> <code>{p.externalId}</code> {p.status === "archived" ? `(${t("imports.status.rolled-back")})` : null}
                {p.themes === 0 && p.status === "published" ? (
                  <>
                    {" "}
                    <strong lang={lang}>{t("imports.unclassified")}</strong> <Link to={href(`/projects/${p.id}/edit`)}>{t("imports.setThemes")}</Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
