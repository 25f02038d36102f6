/**
 * The first step of reading a boundary file: size, JSON, and GeoJSON or TopoJSON into plain features.
 */
import type { Feature, GeoJsonProperties, Geometry } from "geojson";
import { feature as topologyFeature } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import { BoundaryFileError, formatBytes } from "./errors";

/** 100 MB: the ONS full-resolution boundaries of all UK authorities are well under this. */
export const MAX_BOUNDARY_FILE_BYTES = 100 * 1024 * 1024;

export type RawFeature = Feature<Geometry | null, GeoJsonProperties>;

/** The features of a GeoJSON file, or of one object of a TopoJSON file. */
export interface RawCollection {
  /** The TopoJSON object name; null for GeoJSON. */
  name: string | null;
  features: RawFeature[];
}

export interface ParsedBoundaryFile {
  format: "geojson" | "topojson";
  /** One collection for GeoJSON; one per object for TopoJSON. */
  collections: RawCollection[];
  /** The file's `crs` member, unread, or undefined. */
  crs: unknown;
}

/**
 * Checks the size (before parsing), parses the JSON and returns its features: a GeoJSON
 * FeatureCollection as one collection, a TopoJSON Topology as one collection per object (converted
 * with topojson-client). Throws BoundaryFileError "tooLarge", "notJson" or "notGeoJson".
 *
 * @example
 * const parsed = parseBoundaryFile(readFileSync("lad.json"));
 * parsed.format                          // "geojson"
 * parsed.collections[0].features.length  // 22
 */
export function parseBoundaryFile(input: string | Buffer, maxBytes = MAX_BOUNDARY_FILE_BYTES): ParsedBoundaryFile {
  const bytes = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (bytes > maxBytes) {
    throw new BoundaryFileError(
      "tooLarge",
      { bytes, maxBytes },
      `The file is ${formatBytes(bytes)}; the largest boundary file accepted is ${formatBytes(maxBytes)}`,
    );
  }
  const data = parseJson(typeof input === "string" ? input : input.toString("utf8"));
  const record = isObject(data) ? data : null;
  if (record?.type === "FeatureCollection" && Array.isArray(record.features)) {
    return { format: "geojson", collections: [{ name: null, features: checkFeatures(record.features) }], crs: record.crs };
  }
  if (record?.type === "Topology" && isObject(record.objects) && Array.isArray(record.arcs)) {
    return { format: "topojson", collections: readTopology(record as unknown as Topology), crs: record.crs };
  }
  const found = describeJsonValue(data);
  throw new BoundaryFileError(
    "notGeoJson",
    { found },
    `The file is JSON but not a GeoJSON FeatureCollection or a TopoJSON Topology: ${found}`,
  );
}

function parseJson(text: string): unknown {
  try {
    // A byte-order mark is legal at the start of a UTF-8 file but not in JSON.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BoundaryFileError("notJson", { detail }, `The file is not valid JSON (${detail})`);
  }
}

function checkFeatures(features: unknown[]): RawFeature[] {
  features.forEach((f, index) => {
    if (!isObject(f) || f.type !== "Feature") {
      const found = describeJsonValue(f);
      throw new BoundaryFileError(
        "notGeoJson",
        { found, index },
        `Item ${index} of the FeatureCollection is not a GeoJSON Feature: ${found}`,
      );
    }
  });
  return features as RawFeature[];
}

function readTopology(topology: Topology): RawCollection[] {
  return Object.entries(topology.objects).map(([name, object]) => {
    try {
      const converted = topologyFeature(topology, object as GeometryObject);
      const features = converted.type === "FeatureCollection" ? converted.features : [converted];
      return { name, features: features as RawFeature[] };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new BoundaryFileError(
        "notGeoJson",
        { found: `TopoJSON object "${name}"`, detail },
        `The TopoJSON object "${name}" could not be read (${detail})`,
      );
    }
  });
}

function describeJsonValue(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (!isObject(value)) return `a ${typeof value}`;
  return typeof value.type === "string" ? `an object of type "${value.type}"` : 'an object without a "type"';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
