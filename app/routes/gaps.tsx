import type { LoaderFunctionArgs } from "@remix-run/node";
import { TableWrap } from "~/components/table-wrap";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { DownloadLinks } from "~/components/download-links";
import { ErrorPage } from "~/components/error-page";
import { DataBasis } from "~/components/coverage/data-basis";
import { AsOfField, ConfirmedOnlyField, FilterSelect, optionsOf } from "~/components/filter-select";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { getGapsPage } from "~/coverage/gaps-page.server";
import { formatNumber, formatPartialDate } from "~/i18n/format";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getGapsPage(contextOf(request)));

export default function Gaps() {
  const d = useLoaderData<typeof loader>();
  const { lang, t, href } = useLang();
  const themeName = (id: string | null) => {
    const th = d.themes.find((x) => x.id === id);
    return th ? (lang === "cy" ? th.nameCy : th.nameEn) : t("home.allThemes");
  };
  return (
    <div>
      <h1>{t("gaps.title")}</h1>
      <p className="lede">{t("gaps.intro")}</p>
      <Form method="get" className="map-controls" aria-label={t("gaps.filter")}>
        {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
        <FilterSelect name="theme" label={t("home.theme")} value={d.theme} options={optionsOf.themes(lang, d.themes)} emptyLabel={t("home.allThemes")} />
        <AsOfField value={d.asOf} />
        <ConfirmedOnlyField checked={d.confirmedOnly} />
        <button type="submit">{t("gaps.filter")}</button>
      </Form>
      <p role="status">{t("gaps.count", { count: d.gaps.length })}</p>
      {d.theme ? (
        <p className="practice-link">
          <Link to={href("/practice", { theme: d.theme })}>{t("practice.link")}</Link>
        </p>
      ) : null}
      {d.gaps.length === 0 ? (
        <p>{t("gaps.none")}</p>
      ) : (
        <TableWrap label={t("gaps.caption", { date: formatPartialDate(lang, t, d.asOf) })}>
          <table className="gaps-table">
            <caption>{t("gaps.caption", { date: formatPartialDate(lang, t, d.asOf) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("gaps.columns.authority")}</th>
                <th scope="col">{t("gaps.columns.theme")}</th>
                <th scope="col">{t("gaps.columns.kind")}</th>
                <th scope="col" className="num">{t("gaps.columns.projects")}</th>
                <th scope="col" className="num">{t("gaps.columns.people")}</th>
                <th scope="col" className="num">{t("gaps.columns.outOfReach")}</th>
                <th scope="col" className="num">{t("gaps.columns.rural")}</th>
                <th scope="col">{t("gaps.columns.largest")}</th>
                <th scope="col" className="num">{t("gaps.columns.score")}</th>
              </tr>
            </thead>
            <tbody>
              {d.gaps.map((g) => (
                <tr key={`${g.gss}-${g.theme}`} data-gss={g.gss} data-theme={g.theme ?? ""}>
                  <th scope="row">
                    <Link to={href(`/authorities/${g.gss}`, { asOf: d.asOfParam })}>{lang === "cy" ? g.nameCy : g.nameEn}</Link>
                    {g.ruralGap ? <span className="tag rural-gap"> {t("home.ruralGap")}</span> : null}
                  </th>
                  <td>{themeName(g.theme)}</td>
                  <td>{t(`gaps.kind.${g.kind}`)}</td>
                  <td className="num">{formatNumber(lang, g.activeProjects)}</td>
                  <td className="num">{g.peopleCoverage === null ? t("common.unknown") : `${formatNumber(lang, g.peopleCoverage * 100, 1)}%`}</td>
                  <td className="num">{formatNumber(lang, g.populationOutOfReach)}</td>
                  <td className="num">{g.ruralShare === null ? "—" : `${formatNumber(lang, g.ruralShare * 100, 0)}%`}</td>
                  <td>
                    {g.largestOutOfReach
                      ? `${g.largestOutOfReach.name} (${g.largestOutOfReach.population === null ? t("common.unknown") : formatNumber(lang, g.largestOutOfReach.population)})`
                      : "—"}
                  </td>
                  <td className="num">{formatNumber(lang, g.gapScore, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <DataBasis basis={d.basis} />
      <DownloadLinks dataset="gaps" formats={["csv", "json", "geojson"]} label={t("gaps.downloads")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
