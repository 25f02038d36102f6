import { useNavigate } from "@remix-run/react";
import type { MapLayers } from "~/coverage/map-page.server";
import { useFetchedJson } from "~/components/map/use-fetched-json";
import { colourFor, type ColourClass } from "~/components/map/choropleth";
import { LazyAuthorityMap } from "~/components/map/lazy-authority-map";
import { useLang } from "~/components/use-lang";
import { pickText } from "~/i18n";
import { formatNumber } from "~/i18n/format";
import type { MapPageData } from "~/routes/_index";
import { layerValue, type MapLayer, type MapRow } from "./map-layers";

/** The choropleth of the authorities, shaded by the chosen layer, with gaps and out-of-reach places. */
export function MapView({ data: d, classes }: { data: Pick<MapPageData, "rows" | "layer" | "boundariesUrl" | "boundaryInfo" | "theme" | "asOf" | "confirmedOnly">; classes: ColourClass[] }) {
  const { lang, t, href } = useLang();
  const navigate = useNavigate();
  // The gap outlines and places out of reach come after the page: only the map draws them.
  const layers = useFetchedJson<MapLayers>(href("/api/map-layers", { theme: d.theme ?? undefined, asOf: d.asOf, confirmed: d.confirmedOnly ? "1" : undefined }));
  const format = (layer: MapLayer, r: MapRow): string => {
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
  const settlements = (layers?.places ?? []).map((s) => ({
      id: s.id,
      name: s.name,
      lng: s.lng,
      lat: s.lat,
      label: t("home.settlementTooltip", {
        name: s.name,
        population: s.population === null ? t("common.unknown") : formatNumber(lang, s.population),
        distance: s.distanceKm === null ? t("home.noProjectAnywhere") : t("home.distanceKm", { km: formatNumber(lang, s.distanceKm, 1) }),
      }),
  }));
  return (
    <div className="map-frame">
      <LazyAuthorityMap
        boundariesUrl={d.boundariesUrl}
        authorities={mapAuthorities}
        gaps={layers?.gaps}
        settlements={settlements}
        label={t("home.mapLabel")}
        openLabel={t("home.openProfile")}
        onOpen={(to) => navigate(to)}
        attribution={`${d.boundaryInfo.attribution} · © GeoNames`}
      />
    </div>
  );
}

