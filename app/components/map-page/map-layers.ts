import { ORANGES, valueClasses, type ColourClass } from "~/components/map/choropleth";
import type { Lang } from "~/i18n";
import { formatNumber } from "~/i18n/format";
import type { MapPageData } from "~/routes/_index";

export type MapRow = MapPageData["rows"][number];
export type MapLayer = MapPageData["layer"];
/** The query parameters a map link keeps (theme, layer, date). */
export type MapParams = Record<string, string | undefined>;

export const LAYERS: MapLayer[] = ["projects", "per10k", "area", "people", "score"];

/** The value a layer shades by (shares as percentages). */
export function layerValue(layer: MapLayer, r: MapRow): number | null {
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

/**
 * The layer's colour classes, from the spread of its values: natural breaks (see choropleth.ts), with
 * "none" apart for counts of projects and oranges for the gap score, where more is worse.
 */
export function layerClasses(layer: MapLayer, values: number[]): ColourClass[] {
  return valueClasses(values, { zeroClass: layer === "projects", palette: layer === "score" ? ORANGES : undefined });
}

/** A layer's value as the table and the legend write it: shares as percentages with one decimal. */
export function formatLayerValue(lang: Lang, layer: MapLayer, value: number): string {
  if (layer === "area" || layer === "people") return `${formatNumber(lang, value, 1)}%`;
  return formatNumber(lang, value, layer === "projects" ? 0 : layer === "score" ? 1 : 2);
}
