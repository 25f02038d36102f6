import { Link } from "@remix-run/react";
import { HatchSwatch } from "~/components/map/hatch-pattern";
import type { ColourClass } from "~/components/map/choropleth";
import { useLang } from "~/components/use-lang";
import { formatNumber } from "~/i18n/format";
import type { MapPageData } from "~/routes/_index";

/** The map's key: the colour classes of the layer, the gap hatch, the settlement marker and notes. */
export function MapLegend({
  data: d,
  classes,
  themeLabel,
}: {
  data: Pick<MapPageData, "layer" | "weights" | "cellKm" | "theme" | "asOfParam" | "peopleBasis" | "boundaryInfo">;
  classes: ColourClass[];
  themeLabel: string;
}) {
  const { lang, t, href } = useLang();
  const legendLabel = (c: ColourClass) => {
    const unit = d.layer === "area" || d.layer === "people" ? "%" : "";
    if (d.layer === "projects" && c.max === 0) return `0 (${t("home.legendNone")})`;
    if (c.min === c.max) return `${formatNumber(lang, c.min, 2)}${unit}`;
    return `${formatNumber(lang, c.min, 2)}–${formatNumber(lang, c.max, 2)}${unit}`;
  };
  const w = d.weights;
  return (
    <aside className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">
        {t(`home.layers.${d.layer}`)} — {themeLabel}
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
        {t("home.boundaryCreditLabel")} <span lang="en">{d.boundaryInfo.name}. {d.boundaryInfo.attribution} ({d.boundaryInfo.licence}).</span>
        {d.boundaryInfo.generalised ? ` ${t("home.boundaryNote")}` : null}
      </p>
      <p>
        <Link to={href("/gaps", { theme: d.theme ?? undefined, asOf: d.asOfParam })}>{t("home.gapsLink")}</Link>
      </p>
    </aside>
  );
}
