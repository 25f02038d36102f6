/**
 * Derives the default boundary set from the ONS Local Authority Districts (December 2013,
 * generalised clipped) in ../shared/geo/ons-lad-2013-wales.geojson (Open Government Licence v3.0),
 * through the same reader, checks and simplification as `npm run import:boundaries`:
 *   geo/data/wales-boundaries.ons-lad-2013.geojson          full detail (what every figure is measured on)
 *   geo/data/wales-boundaries.ons-lad-2013.display.geojson  simplified for browsers, topology kept
 * Properties: gss_code, name_en, name_cy (names from the reference file: the ONS file's Welsh names
 * lost their diacritics in conversion).
 *
 * Run when the source or the simplification changes:
 *   npx tsx geo/extract-ons-boundaries.ts
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { loadAuthorityReference } from "./authorities";
import { prepareBoundaryFile } from "./boundaries/boundary-file";
import { stringifyOneFeaturePerLine, type WelshBoundaryProperties } from "./extract-boundaries";

export const ONS_SOURCE = fileURLToPath(new URL("../../shared/geo/ons-lad-2013-wales.geojson", import.meta.url));
export const ONS_FULL = fileURLToPath(new URL("./data/wales-boundaries.ons-lad-2013.geojson", import.meta.url));
export const ONS_DISPLAY = fileURLToPath(new URL("./data/wales-boundaries.ons-lad-2013.display.geojson", import.meta.url));

type Collection = FeatureCollection<Polygon | MultiPolygon, WelshBoundaryProperties>;

/**
 * The full and display collections of a boundary file, with the reference's names.
 *
 * @example
 * const { full, display } = onsCollections(readFileSync(ONS_SOURCE));
 * full.features.length // 22
 */
export function onsCollections(file: Buffer | string): { full: Collection; display: Collection; report: ReturnType<typeof prepareBoundaryFile>["report"] } {
  const reference = loadAuthorityReference();
  const prepared = prepareBoundaryFile(file, reference);
  const props = (gss: string): WelshBoundaryProperties => {
    const a = reference.find((r) => r.gss_code === gss)!;
    return { gss_code: a.gss_code, iso_3166_2: a.iso_3166_2, name_en: a.name_en, name_cy: a.name_cy };
  };
  const collection = (geometry: (gss: string) => Polygon | MultiPolygon): Collection => ({
    type: "FeatureCollection",
    features: prepared.features.map((f) => ({ type: "Feature", properties: props(f.gss), geometry: geometry(f.gss) })),
  });
  return {
    full: collection((gss) => prepared.features.find((f) => f.gss === gss)!.geometry),
    display: collection((gss) => prepared.display[gss]),
    report: prepared.report,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { full, display, report } = onsCollections(readFileSync(ONS_SOURCE));
  writeFileSync(ONS_FULL, stringifyOneFeaturePerLine(full));
  writeFileSync(ONS_DISPLAY, stringifyOneFeaturePerLine(display));
  console.log(`Wrote ${ONS_FULL}: ${report.vertices} vertices, ${statSync(ONS_FULL).size} bytes`);
  console.log(`Wrote ${ONS_DISPLAY}: ${report.displayVertices} vertices, ${statSync(ONS_DISPLAY).size} bytes`);
  const worst = report.areaDifferences[0];
  console.log(`Largest area difference from the ONS land area: ${worst.nameEn} ${worst.differencePct.toFixed(2)}%`);
}
