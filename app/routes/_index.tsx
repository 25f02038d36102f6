import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigate } from "@remix-run/react";
import { lazy, Suspense, useRef } from "react";
import { Bilingual } from "~/components/bilingual";
import { BLUES, colourFor, countClasses, fixedClasses, ORANGES, rangeClasses, type ColourClass } from "~/components/map/choropleth";
import { ClientOnly } from "~/components/client-only";
import { DownloadLinks } from "~/components/download-links";
import { ErrorPage } from "~/components/error-page";
import { FilterSelect, optionsOf } from "~/components/filter-select";
import { HatchPattern, HatchSwatch } from "~/components/map/hatch-pattern";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { formatNumber, formatPartialDate } from "~/i18n/format";
import { page } from "~/platform/http.server";
import { pickText } from "~/i18n";
import { getMapPage, type MapSort } from "~/coverage/map-page.server";
import { useRootData } from "~/root";

const AuthorityMap = lazy(() => import("~/components/map/authority-map.client"));

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getMapPage(contextOf(request)));

type Data = ReturnType<typeof useLoaderData<typeof loader>>;
type Row = Data["rows"][number];
type Layer = Data["layer"];

const LAYERS: Layer[] = ["projects", "per10k", "area", "people", "score"];
const COLUMNS: { id: MapSort; numeric: boolean }[] = [
  { id: "name", numeric: false },
  { id: "region", numeric: false },
  { id: "population", numeric: true },
  { id: "projects", numeric: true },
  { id: "per10k", numeric: true },
  { id: "area", numeric: true },
  { id: "people", numeric: true },
  { id: "score", numeric: true },
];

/** The value a layer shades by (shares as percentages). */
function layerValue(layer: Layer, r: Row): number | null {
  switch (layer) {
    case "projects":
      return r.activeProjects;
    case "per10k":
      return r.projectsPer10k;
    case "area":
      return r.areaCoverage * 100;
    case "people":
      return r.peopleCoverage === null ? null : r.peopleCoverage * 100;
    case "score":
      return r.gapScore.score;
  }
}

function layerClasses(layer: Layer, values: number[]): ColourClass[] {
  if (layer === "projects") return countClasses(values);
  if (layer === "per10k") return rangeClasses(values);
  return fixedClasses(layer === "score" ? ORANGES : BLUES);
}

const percent = (share: number | null, unknown: string) => (share === null ? unknown : `${formatNumber("en", share * 100, 1)}%`);

/**
 * The map's date: a list of months (works without JavaScript, submitted with the form) and, once the
 * page is interactive, a slider that moves through the same months and redraws the map at once.
 */
function MonthControl({ steps, asOf, today, params }: { steps: string[]; asOf: string; today: string; params: Record<string, string | undefined> }) {
  const { lang, t, href } = useLang();
  const navigate = useNavigate();
  const options = steps.includes(asOf) ? steps : [...steps, asOf].sort();
  const index = Math.max(0, steps.indexOf(asOf));
  const label = (date: string) => (date === today ? `${t("home.today")} (${formatPartialDate(lang, t, date)})` : formatPartialDate(lang, t, date));
  const timer = useRef<ReturnType<typeof setTimeout>>();
  return (
    <div className="field month-control">
      <label htmlFor="asOf">{t("home.asOfMonth")}</label>
      <select id="asOf" name="asOf" defaultValue={asOf} key={asOf}>
        {options.map((date) => (
          <option key={date} value={date}>
            {label(date)}
          </option>
        ))}
      </select>
      <ClientOnly>
        {() => (
          <input
            type="range"
            min={0}
            max={steps.length - 1}
            step={1}
            defaultValue={index}
            key={asOf}
            aria-label={t("home.monthSlider")}
            aria-valuetext={label(steps[index])}
            onChange={(event) => {
              const next = steps[Number(event.currentTarget.value)];
              event.currentTarget.setAttribute("aria-valuetext", label(next));
              clearTimeout(timer.current);
              timer.current = setTimeout(() => navigate(href("/", { ...params, asOf: next === today ? undefined : next }), { preventScrollReset: true, replace: true }), 250);
            }}
          />
        )}
      </ClientOnly>
    </div>
  );
}

export default function MapPage() {
  const d = useLoaderData<typeof loader>();
  const root = useRootData();
  const { lang, t, href } = useLang();
  const navigate = useNavigate();
  const values = d.rows.map((r) => layerValue(d.layer, r)).filter((v): v is number => v !== null);
  const classes = layerClasses(d.layer, values);
  const themeName = (id: string | null) => {
    const th = d.themes.find((x) => x.id === id);
    return th ? (lang === "cy" ? th.nameCy : th.nameEn) : t("home.allThemes");
  };
  const format = (layer: Layer, r: Row): string => {
    const v = layerValue(layer, r);
    if (v === null) return t("common.unknown");
    if (layer === "area" || layer === "people") return `${formatNumber(lang, v, 1)}%`;
    return formatNumber(lang, v, layer === "projects" ? 0 : layer === "score" ? 1 : 2);
  };
  const mapAuthorities = d.rows.map((r) => {
    const v = layerValue(d.layer, r);
    return {
      gssCode: r.gss,
      name: pickText(lang, r.nameEn, r.nameCy).text,
      details: [
        t("home.tooltipProjects", { count: r.activeProjects }),
        `${t(`home.layers.${d.layer}`)}: ${format(d.layer, r)}`,
        ...(r.ruralGap ? [t("home.ruralGap")] : []),
      ],
      colour: v === null ? "#cccccc" : colourFor(v, classes),
      href: href(`/authorities/${r.gss}`),
    };
  });
  const settlements = d.rows.flatMap((r) =>
    r.outOfReach.map((s) => ({
      id: s.id,
      name: s.name,
      lng: s.lng,
      lat: s.lat,
      label: t("home.settlementTooltip", {
        name: s.name,
        population: s.population === null ? t("common.unknown") : formatNumber(lang, s.population),
        distance: s.distanceKm === null ? t("home.noProjectAnywhere") : t("home.distanceKm", { km: formatNumber(lang, s.distanceKm, 1) }),
      }),
    })),
  );
  const params = { theme: d.theme ?? undefined, layer: d.layer === "projects" ? undefined : d.layer, asOf: d.asOfParam };
  const sortHref = (c: (typeof COLUMNS)[number]) => {
    const dir = d.sort === c.id ? (d.dir === "asc" ? "desc" : "asc") : c.numeric ? "desc" : "asc";
    return href("/", { ...params, sort: c.id, dir });
  };
  const legendLabel = (c: ColourClass) => {
    const unit = d.layer === "area" || d.layer === "people" ? "%" : "";
    if (d.layer === "projects" && c.max === 0) return `0 (${t("home.legendNone")})`;
    if (c.min === c.max) return `${formatNumber(lang, c.min, 2)}${unit}`;
    return `${formatNumber(lang, c.min, 2)}–${formatNumber(lang, c.max, 2)}${unit}`;
  };
  const w = d.weights;
  return (
    <div className="map-page">
      <HatchPattern />
      <h1>{t("home.title")}</h1>
      <p className="lede">{t("home.intro")}</p>
      <Form method="get" className="map-controls" aria-label={t("home.controls")} preventScrollReset>
        {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
        <fieldset>
          <legend>{t("home.layer")}</legend>
          <div className="radios">
            {LAYERS.map((l) => (
              <label key={l}>
                <input type="radio" name="layer" value={l} defaultChecked={d.layer === l} />
                {t(`home.layers.${l}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <FilterSelect name="theme" label={t("home.theme")} value={d.theme} options={optionsOf.themes(lang, d.themes)} emptyLabel={t("home.allThemes")} />
        <MonthControl steps={d.monthSteps} asOf={d.asOf} today={d.today} params={params} />
        <button type="submit">{t("home.show")}</button>
      </Form>

      {d.asOf > d.today ? <p className="future-note">{t("home.ifNothingRenewed", { date: formatPartialDate(lang, t, d.asOf) })}</p> : null}
      <div className="map-and-legend">
        <div className="map-frame">
          <ClientOnly fallback={<p className="map-placeholder">{t("home.mapLoading")}</p>}>
            {() => (
              <Suspense fallback={<p className="map-placeholder">{t("home.mapLoading")}</p>}>
                <AuthorityMap
                  boundaries={d.boundaries}
                  authorities={mapAuthorities}
                  gaps={d.gaps}
                  settlements={settlements}
                  label={t("home.mapLabel")}
                  openLabel={t("home.openProfile")}
                  onOpen={(to) => navigate(to)}
                  tileUrl={root?.tileUrl ?? null}
                  tileAttribution={root?.tileAttribution ?? null}
                  attribution={`${d.boundaryInfo.attribution} · © GeoNames`}
                />
              </Suspense>
            )}
          </ClientOnly>
        </div>
        <aside className="legend" aria-labelledby="legend-title">
          <h2 id="legend-title">
            {t(`home.layers.${d.layer}`)} — {themeName(d.theme)}
          </h2>
          <ul data-layer={d.layer}>
            {classes.map((c) => (
              <li key={`${c.min}-${c.max}`}>
                <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
                {legendLabel(c)}
              </li>
            ))}
            <li>
              <HatchSwatch />
              {t("home.legendGaps")}
            </li>
            <li>
              <span className="marker" aria-hidden="true" />
              {t("home.legendSettlements")}
            </li>
          </ul>
          {d.layer === "score" ? (
            <p className="note">
              {t("home.scoreExplain", { people: w.peopleOutOfReach, area: w.areaOutOfReach, rural: w.rural, population: w.population, dispersal: w.historicDispersal })}
            </p>
          ) : null}
          <p className="note">{t("home.gridNote", { cell: d.cellKm })}</p>
          <p className="note">{t("home.boundaryNote")}</p>
          <p>
            <Link to={href("/gaps", { theme: d.theme ?? undefined, asOf: d.asOfParam })}>{t("home.gapsLink")}</Link>
          </p>
        </aside>
      </div>

      <div className="table-wrap">
        <table className="authority-table" data-theme={d.theme ?? "all"} data-layer={d.layer}>
          <caption>{t("home.tableCaptionTheme", { theme: themeName(d.theme), date: formatPartialDate(lang, t, d.asOf) })}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const sorted = d.sort === c.id;
                return (
                  <th key={c.id} scope="col" aria-sort={sorted ? (d.dir === "asc" ? "ascending" : "descending") : undefined} className={c.numeric ? "num" : undefined}>
                    <Link to={sortHref(c)} preventScrollReset aria-label={t("home.sortBy", { column: t(`home.columns.${c.id}`) })}>
                      {t(`home.columns.${c.id}`)}
                      {sorted ? <span aria-hidden="true">{d.dir === "asc" ? " ▲" : " ▼"}</span> : null}
                    </Link>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {d.rows.map((r) => (
              <tr key={r.gss} data-gss={r.gss}>
                <th scope="row">
                  <Link to={href(`/authorities/${r.gss}`)}>{lang === "cy" ? r.nameCy : r.nameEn}</Link>
                  {r.ruralWlga ? <span className="tag"> {t("home.columns.rural")}</span> : null}
                  {r.ruralGap ? <span className="tag rural-gap"> {t("home.ruralGap")}</span> : null}
                </th>
                <td>{r.regionNameEn ? <Bilingual en={r.regionNameEn} cy={r.regionNameCy} /> : t("common.unknown")}</td>
                <td className="num">{r.population2021 === null ? t("common.unknown") : formatNumber(lang, r.population2021)}</td>
                <td className="num" data-col="projects">
                  {formatNumber(lang, r.activeProjects)}
                </td>
                <td className="num" data-col="per10k">
                  {r.projectsPer10k === null ? t("common.unknown") : formatNumber(lang, r.projectsPer10k, 2)}
                </td>
                <td className="num" data-col="area">
                  {percent(r.areaCoverage, t("common.unknown"))}
                </td>
                <td className="num" data-col="people">
                  {percent(r.peopleCoverage, t("common.unknown"))}
                </td>
                <td className="num" data-col="score">
                  {formatNumber(lang, r.gapScore.score, 1)}
                </td>
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
