import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataBasis } from "~/components/coverage/data-basis";
import { DownloadLinks } from "~/components/download-links";
import { ErrorPage } from "~/components/error-page";
import { HatchPattern } from "~/components/map/hatch-pattern";
import { AuthorityTable } from "~/components/map-page/authority-table";
import { MapControls } from "~/components/map-page/map-controls";
import { layerClasses, layerValue } from "~/components/map-page/map-layers";
import { MapLegend } from "~/components/map-page/map-legend";
import { MapView } from "~/components/map-page/map-view";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { formatPartialDate } from "~/i18n/format";
import { page } from "~/platform/http.server";
import { getMapPage } from "~/coverage/map-page.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getMapPage(contextOf(request)));

export type MapPageData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function MapPage() {
  const d = useLoaderData<typeof loader>();
  const { lang, t } = useLang();
  const values = d.rows.map((r) => layerValue(d.layer, r)).filter((v): v is number => v !== null);
  const classes = layerClasses(d.layer, values);
  const unknown = d.rows.length - values.length;
  const theme = d.themes.find((x) => x.id === d.theme);
  const themeLabel = theme ? (lang === "cy" ? theme.nameCy : theme.nameEn) : t("home.allThemes");
  const params = { theme: d.theme ?? undefined, layer: d.layer === "projects" ? undefined : d.layer, asOf: d.asOfParam, confirmed: d.confirmedOnly ? "1" : undefined };
  return (
    <div className="map-page">
      <HatchPattern />
      <h1>{t("home.title")}</h1>
      {/* Controls, map and legend side by side on a laptop, so the whole of Wales is in view at 1280×800;
          one after another (controls first) on a phone. How to read the map comes after it. */}
      <div className="map-layout">
        <MapControls data={d} />
        <div className="map-main">
          {d.asOf > d.today ? <p className="future-note">{t("home.ifNothingRenewed", { date: formatPartialDate(lang, t, d.asOf) })}</p> : null}
          <MapView data={d} classes={classes} />
        </div>
        <MapLegend data={d} classes={classes} unknown={unknown} themeLabel={themeLabel} />
      </div>
      <p className="lede">{t("home.intro")}</p>

      <AuthorityTable data={d} params={params} themeLabel={themeLabel} />
      <DownloadLinks dataset="authorities" formats={["csv", "json", "geojson"]} label={t("home.downloads")} />
      <DataBasis basis={d.basis} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
