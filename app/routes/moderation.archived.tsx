import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { CsrfField } from "~/components/form-fields";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { getArchivedPage, handleRestore } from "~/listing/editor.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getArchivedPage(contextOf(request), request));

/** Restore an archived organisation or project. */
export const action = ({ request }: ActionFunctionArgs) => formAction(request, () => handleRestore(contextOf(request), request));

export default function Archived() {
  const d = useLoaderData<typeof loader>();
  const { t, href } = useLang();
  const restore = (entity: string, id: number) => (
    <Form method="post" className="inline-form">
      <CsrfField token={d.csrf} />
      <input type="hidden" name="entity" value={entity} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="link-button">
        {t("account.restore")}
      </button>
    </Form>
  );
  return (
    <div>
      <p className="breadcrumb">
        <Link to={href("/moderation")}>{t("moderation.title")}</Link>
      </p>
      <h1>{t("moderation.archived")}</h1>
      <p>{t("moderation.archivedIntro")}</p>
      <h2>{t("nav.organisations")}</h2>
      <ul>
        {d.organisations.map((o) => (
          <li key={o.id} lang="en">
            {o.nameEn} · <Link to={href(`/history/organisation/${o.id}`)}>{t("moderation.history")}</Link> · {restore("organisation", o.id)}
          </li>
        ))}
      </ul>
      <h2>{t("organisations.projects")}</h2>
      <ul>
        {d.projects.map((p) => (
          <li key={p.id} lang="en">
            {p.titleEn} ({p.organisationName}) · <Link to={href(`/history/project/${p.id}`)}>{t("moderation.history")}</Link> · {restore("project", p.id)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
