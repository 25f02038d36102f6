import { Link } from "@remix-run/react";
import { boundaryCredit } from "~/components/map/boundary-credit";
import { HatchSwatch } from "~/components/map/hatch-pattern";
import { UNKNOWN_COLOUR, type ColourClass } from "~/components/map/choropleth";
import { useLang } from "~/components/use-lang";
import type { MapPageData } from "~/routes/_index";
import { formatLayerValue } from "./map-layers";

/**
 * The map's key: the colour classes of the layer, each with the range of the values in it (the
 * smallest and largest that occur, so nothing is claimed between classes) and how many authorities it
 * holds; "not known" when a figure is missing; the gap hatch, the place dots, and notes.
 */
export function MapLegend({
  data: d,
  classes,
  unknown,
  themeLabel,
}: {
  data: Pick<MapPageData, "layer" | "weights" | "cellKm" | "theme" | "asOfParam" | "peopleBasis" | "boundaryInfo" | "placesShown">;
  classes: ColourClass[];
  /** How many authorities have no figure for the layer. */
  unknown: number;
  themeLabel: string;
}) {
  const { lang, t, href } = useLang();
  const range = (c: ColourClass) => {
    if (d.layer === "projects" && c.max === 0) return `0 (${t("home.legendNone")})`;
    if (c.min === c.max) return formatLayerValue(lang, d.layer, c.min);
    return `${formatLayerValue(lang, d.layer, c.min)} – ${formatLayerValue(lang, d.layer, c.max)}`;
  };
  const w = d.weights;
  const credit = boundaryCredit(t, d.boundaryInfo);
  return (
    <aside className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">
        {t(`home.layers.${d.layer}`)} — {themeLabel}
      </h2>
      <ul data-layer={d.layer}>
        {classes.map((c) => (
          <li key={`${c.min}-${c.max}`} data-min={c.min} data-max={c.max} data-colour={c.colour}>
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            <span>
              {range(c)} <span className="class-count">({t("mapView.classCount", { count: c.count })})</span>
            </span>
          </li>
        ))}
        {unknown > 0 ? (
          <li data-unknown="">
            <span className="swatch" style={{ background: UNKNOWN_COLOUR }} aria-hidden="true" />
            <span>
              {t("mapView.notKnown")} <span className="class-count">({t("mapView.classCount", { count: unknown })})</span>
            </span>
          </li>
        ) : null}
        <li>
          <HatchSwatch />
          {t("home.legendGaps")}
        </li>
        <li>
          <span className="marker" aria-hidden="true" />
          {t("mapView.places", { count: d.placesShown })}
        </li>
      </ul>
      {d.layer === "score" ? (
        <p className="note">
          {t("home.scoreExplain", { people: w.peopleOutOfReach, area: w.areaOutOfReach, rural: w.ruralPeopleOutOfReach, base: 1 - w.historicDispersal, dispersal: w.historicDispersal })}
        </p>
      ) : null}
      <p className="note">
        {t("home.gridNote", { cell: d.cellKm })}{" "}
        {d.peopleBasis.kind === "imported"
          ? t("home.peopleImported", { source: d.peopleBasis.source, date: d.peopleBasis.importedAt.slice(0, 10) })
          : t("home.peopleEqualShares")}{" "}
        {t("home.placesNote")}
      </p>
      <p className="note">
        {t("home.boundaryCreditLabel")} {credit.name.lang ? <span lang={credit.name.lang}>{credit.name.text}</span> : credit.name.text}.
        {d.boundaryInfo.generalised ? ` ${t("home.boundaryNote")}` : null}
      </p>
      <p>
        <Link to={href("/gaps", { theme: d.theme ?? undefined, asOf: d.asOfParam })}>{t("home.gapsLink")}</Link>
      </p>
    </aside>
  );
}
