import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Bilingual } from "~/components/bilingual";
import { DownloadLinks } from "~/components/download-links";
import { ErrorPage } from "~/components/error-page";
import { FilterSelect, optionsOf } from "~/components/filter-select";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { getOrganisationsPage } from "~/directory/directory.server";
import { page } from "~/platform/http.server";
import { ORGANISATION_KINDS } from "../../db/enums";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getOrganisationsPage(contextOf(request)));

export default function Organisations() {
  const d = useLoaderData<typeof loader>();
  const { lang, t, href } = useLang();
  const p = d.params;
  const themeName = new Map(d.themes.map((th) => [th.id, lang === "cy" ? th.nameCy : th.nameEn]));
  const authorityName = new Map(d.authorities.map((a) => [a.gssCode, lang === "cy" ? a.nameCy : a.nameEn]));
  const pageHref = (n: number) => href("/organisations", { q: p.q, theme: p.theme, authority: p.authority, funder: p.funder, kind: p.kind, page: n > 1 ? n : undefined });
  return (
    <div>
      <h1>{t("organisations.title")}</h1>
      <p className="lede">{t("organisations.intro")}</p>
      <Form method="get" className="filters" aria-labelledby="filters-title">
        <h2 id="filters-title" className="visually-hidden">
          {t("organisations.filters")}
        </h2>
        {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
        <div className="field">
          <label htmlFor="q">{t("organisations.q")}</label>
          <input id="q" name="q" type="search" defaultValue={p.q ?? ""} maxLength={200} />
        </div>
        <FilterSelect name="theme" label={t("organisations.theme")} value={p.theme} options={optionsOf.themes(lang, d.themes)} />
        <FilterSelect name="authority" label={t("organisations.authority")} value={p.authority} options={optionsOf.authorities(lang, d.authorities)} />
        <FilterSelect name="funder" label={t("organisations.funder")} value={p.funder} options={optionsOf.funders(lang, d.funders)} />
        <div className="field">
          <label htmlFor="kind">{t("organisations.kind")}</label>
          <select id="kind" name="kind" defaultValue={p.kind ?? ""}>
            <option value="">{t("common.any")}</option>
            {ORGANISATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.organisation.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit">{t("common.apply")}</button> <Link to={href("/organisations")}>{t("common.clear")}</Link>
        </div>
      </Form>

      <p role="status" className="result-count">
        {t("common.results", { count: d.total })}
      </p>
      {d.total === 0 ? (
        <p>{t("organisations.noResults")}</p>
      ) : (
        <div className="table-wrap">
          <table className="organisation-table">
            <caption className="visually-hidden">{t("organisations.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("organisations.columns.name")}</th>
                <th scope="col">{t("organisations.columns.kind")}</th>
                <th scope="col">{t("organisations.columns.basedIn")}</th>
                <th scope="col">{t("organisations.columns.themes")}</th>
              </tr>
            </thead>
            <tbody>
              {d.pageRows.map((o) => (
                <tr key={o.slug}>
                  <th scope="row">
                    <Link to={href(`/organisations/${o.slug}`)}>
                      <Bilingual en={o.nameEn} cy={o.nameCy} />
                    </Link>
                    {o.synthetic ? <span className="tag synthetic"> {t("common.synthetic")}</span> : null}
                  </th>
                  <td>{t(`kinds.organisation.${o.kind}`)}</td>
                  <td>{o.homeGss ? authorityName.get(o.homeGss) : t("common.unknown")}</td>
                  <td>{o.themeIds.map((id) => themeName.get(id)).join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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
