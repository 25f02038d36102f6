import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useNavigate } from "@remix-run/react";
import { lazy, Suspense } from "react";
import { Bilingual } from "~/components/bilingual";
import { classesFor, colourFor } from "~/components/choropleth";
import { ClientOnly } from "~/components/client-only";
import { DownloadLinks } from "~/components/download-links";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { getMapPage } from "~/map-page.server";
import { formatNumber, formatPartialDate } from "~/format";
import { page } from "~/http.server";
import { pickText } from "~/i18n";
import { useRootData } from "~/root";
import { contextOf } from "~/context.server";

const AuthorityMap = lazy(() => import("~/components/authority-map.client"));

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getMapPage(contextOf(request)));

type Column = { id: "name" | "region" | "population" | "projects" | "local" | "per10k" | "organisations"; numeric: boolean };
const COLUMNS: Column[] = [
  { id: "name", numeric: false },
  { id: "region", numeric: false },
  { id: "population", numeric: true },
  { id: "projects", numeric: true },
  { id: "local", numeric: true },
  { id: "per10k", numeric: true },
  { id: "organisations", numeric: true },
];

export default function MapPage() {
  const data = useLoaderData<typeof loader>();
  const root = useRootData();
  const { lang, t, href } = useLang();
  const navigate = useNavigate();
  const classes = classesFor(data.summaries.map((s) => s.activeProjects));
  const mapAuthorities = data.summaries.map((s) => ({
    gssCode: s.gssCode,
    name: pickText(lang, s.nameEn, s.nameCy).text,
    details: [
      t("home.tooltipProjects", { count: s.activeProjects }),
      ...(s.projectsPer10k === null ? [] : [t("home.tooltipPer10k", { value: formatNumber(lang, s.projectsPer10k, 2) })]),
    ],
    colour: colourFor(s.activeProjects, classes),
    href: href(`/authorities/${s.gssCode}`),
  }));
  const sortHref = (column: Column) => {
    const dir = data.sort === column.id ? (data.dir === "asc" ? "desc" : "asc") : column.numeric ? "desc" : "asc";
    return href("/", { sort: column.id, dir, asOf: data.asOfParam });
  };
  return (
    <div className="map-page">
      <h1>{t("home.title")}</h1>
      <p className="lede">{t("home.intro")}</p>
      <div className="map-and-legend">
        <div className="map-frame">
          <ClientOnly fallback={<p className="map-placeholder">{t("home.mapLoading")}</p>}>
            {() => (
              <Suspense fallback={<p className="map-placeholder">{t("home.mapLoading")}</p>}>
                <AuthorityMap
                  boundaries={data.boundaries}
                  authorities={mapAuthorities}
                  label={t("home.mapLabel")}
                  openLabel={t("home.openProfile")}
                  onOpen={(to) => navigate(to)}
                  tileUrl={root?.tileUrl ?? null}
                  tileAttribution={root?.tileAttribution ?? null}
                  attribution={data.boundaryInfo.attribution}
                />
              </Suspense>
            )}
          </ClientOnly>
        </div>
        <aside className="legend" aria-labelledby="legend-title">
          <h2 id="legend-title">{t("home.legendTitle")}</h2>
          <ul>
            {classes.map((c) => (
              <li key={c.min}>
                <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
                {c.max === 0 ? `0 (${t("home.legendNone")})` : c.min === c.max ? String(c.min) : `${c.min}–${c.max}`}
              </li>
            ))}
          </ul>
          <p className="note">{t("home.boundaryNote")}</p>
        </aside>
      </div>

      <p>{t("home.walesWideNote", { count: data.walesWideProjects })}</p>
      <div className="table-wrap">
        <table className="authority-table">
          <caption>
            {t("home.tableCaption", { date: formatPartialDate(lang, t, data.asOf) })}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const sorted = data.sort === c.id;
                return (
                  <th key={c.id} scope="col" aria-sort={sorted ? (data.dir === "asc" ? "ascending" : "descending") : undefined} className={c.numeric ? "num" : undefined}>
                    <Link to={sortHref(c)} preventScrollReset aria-label={t("home.sortBy", { column: t(`home.columns.${c.id}`) })}>
                      {t(`home.columns.${c.id}`)}
                      {sorted ? <span aria-hidden="true">{data.dir === "asc" ? " ▲" : " ▼"}</span> : null}
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {data.summaries.map((s) => (
              <tr key={s.gssCode} data-gss={s.gssCode}>
                <th scope="row">
                  <Link to={href(`/authorities/${s.gssCode}`)}>{lang === "cy" ? s.nameCy : s.nameEn}</Link>
                  {s.ruralWlga ? <span className="tag"> {t("home.columns.rural")}</span> : null}
                </th>
                <td>{s.regionNameEn ? <Bilingual en={s.regionNameEn} cy={s.regionNameCy} /> : t("common.unknown")}</td>
                <td className="num">{s.population2021 === null ? t("common.unknown") : formatNumber(lang, s.population2021)}</td>
                <td className="num" data-col="projects">{formatNumber(lang, s.activeProjects)}</td>
                <td className="num">{formatNumber(lang, s.localProjects)}</td>
                <td className="num">{s.projectsPer10k === null ? t("common.unknown") : formatNumber(lang, s.projectsPer10k, 2)}</td>
                <td className="num">{formatNumber(lang, s.organisationsBased)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DownloadLinks dataset="authorities" formats={["csv", "json", "geojson"]} label={t("home.downloads")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
