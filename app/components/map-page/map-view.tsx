import { useNavigate } from "@remix-run/react";
import type { MapLayers } from "~/coverage/map-page.server";
import { useFetchedJson } from "~/components/map/use-fetched-json";
import { colourFor, UNKNOWN_COLOUR, type ColourClass } from "~/components/map/choropleth";
import { LazyAuthorityMap } from "~/components/map/lazy-authority-map";
import { MapCredit } from "~/components/map/map-credit";
import { useLang } from "~/components/use-lang";
import { pickText } from "~/i18n";
import { formatNumber } from "~/i18n/format";
import type { MapPageData } from "~/routes/_index";
import { formatLayerValue, layerValue } from "./map-layers";

/** The choropleth of the authorities, shaded by the chosen layer, with gaps and out-of-reach places, and its credits below. */
export function MapView({ data: d, classes }: { data: Pick<MapPageData, "rows" | "layer" | "boundariesUrl" | "theme" | "asOf" | "confirmedOnly">; classes: ColourClass[] }) {
  const { lang, t, href } = useLang();
  const navigate = useNavigate();
  // The gap outlines and places out of reach come after the page: only the map draws them.
  const layers = useFetchedJson<MapLayers>(href("/api/map-layers", { theme: d.theme ?? undefined, asOf: d.asOf, confirmed: d.confirmedOnly ? "1" : undefined }));
  const mapAuthorities = d.rows.map((r) => {
    const v = layerValue(d.layer, r);
    return {
      gssCode: r.gss,
      name: pickText(lang, r.nameEn, r.nameCy).text,
      details: [
        t("home.tooltipProjects", { count: r.activeProjects }),
        `${t(`home.layers.${d.layer}`)}: ${v === null ? t("common.unknown") : formatLayerValue(lang, d.layer, v)}`,
        ...(r.ruralGap ? [t("home.ruralGap")] : []),
      ],
      colour: v === null ? UNKNOWN_COLOUR : colourFor(v, classes),
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
    <div className="map-view">
      <div className="map-frame">
        <LazyAuthorityMap
          boundariesUrl={d.boundariesUrl}
          authorities={mapAuthorities}
          gaps={layers?.gaps}
          settlements={settlements}
          label={t("home.mapLabel")}
          openLabel={t("mapView.openProfile")}
          closeLabel={t("mapView.closePopup")}
          onOpen={(to) => navigate(to)}
        />
      </div>
      <p className="map-tap-hint">{t("mapView.tapHint")}</p>
      <MapCredit />
    </div>
  );
}
