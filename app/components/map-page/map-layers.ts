import { BLUES, countClasses, fixedClasses, ORANGES, rangeClasses, type ColourClass } from "~/components/map/choropleth";
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

export function layerClasses(layer: MapLayer, values: number[]): ColourClass[] {
  if (layer === "projects") return countClasses(values);
  if (layer === "per10k") return rangeClasses(values);
  return fixedClasses(layer === "score" ? ORANGES : BLUES);
}
