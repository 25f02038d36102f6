import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DownloadLinks } from "~/components/download-links";
import { ErrorPage } from "~/components/error-page";
import { OrganisationFilters } from "~/components/organisation/organisation-filters";
import { OrganisationTable } from "~/components/organisation/organisation-table";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { getOrganisationsPage } from "~/directory/directory.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getOrganisationsPage(contextOf(request)));

export type OrganisationsData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function Organisations() {
  const d = useLoaderData<typeof loader>();
  const { t, href } = useLang();
  const p = d.params;
  const pageHref = (n: number) => href("/organisations", { q: p.q, theme: p.theme, authority: p.authority, funder: p.funder, kind: p.kind, page: n > 1 ? n : undefined });
  return (
    <div>
      <h1>{t("organisations.title")}</h1>
      <p className="lede">{t("organisations.intro")}</p>
      <OrganisationFilters data={d} />

      <p role="status" className="result-count">
        {t("common.results", { count: d.total })}
      </p>
      {d.total === 0 ? <p>{t("organisations.noResults")}</p> : <OrganisationTable data={d} />}
      {d.pages > 1 ? (
        <nav className="pagination" aria-label={t("common.pagination")}>
          {d.page > 1 ? <Link to={pageHref(d.page - 1)}>{t("common.previous")}</Link> : null}
          <span>{t("common.page", { page: d.page, pages: d.pages })}</span>
          {d.page < d.pages ? <Link to={pageHref(d.page + 1)}>{t("common.next")}</Link> : null}
        </nav>
      ) : null}
      <DownloadLinks dataset="organisations" />
      <DownloadLinks dataset="projects" label={t("organisations.projectsDownload")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
