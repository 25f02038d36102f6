/**
 * The shapes a boundary file becomes once read, checked and prepared (see prepare-boundary-file.ts).
 * Positions are [lng, lat] in WGS84 throughout.
 */
import type { MultiPolygon, Polygon } from "geojson";
import type { GssCode } from "../authorities";

/** One authority's outline as read from the file: WGS84 [lng, lat], coordinates rounded to 6 decimals. */
export interface BoundaryFeatureIn {
  gss: GssCode;
  /** The English name the file gives, or null when it has no name property. */
  name: string | null;
  geometry: Polygon | MultiPolygon;
}

/** How far one authority's measured area is from its ONS land area. */
export interface AreaDifference {
  gss: GssCode;
  nameEn: string;
  /** Measured on the full geometry (spherical, km², 0.01 km²). */
  areaKm2: number;
  /** The reference land area (ONS, whole km²). */
  referenceKm2: number;
  /** (areaKm2 − referenceKm2) / referenceKm2 × 100, rounded to 0.01. */
  differencePct: number;
}

export interface BoundaryFileReport {
  format: "geojson" | "topojson";
  crs: "WGS84" | "EPSG:27700";
  /** "crs member" when the file declared its coordinate system, "coordinates" when it was told from their values. */
  crsSource: "crs member" | "coordinates";
  /** The property holding the GSS codes, or "id" when the feature id holds them. */
  codeProperty: string;
  nameProperty: string | null;
  welshNameProperty: string | null;
  /** Every feature in the file (in the TopoJSON object used), Welsh or not. */
  featuresRead: number;
  /** Features whose code is not a W06 code (e.g. English and Scottish authorities of a UK-wide file), skipped. */
  featuresOutsideWales: number;
  /** Positions in the prepared full geometries. */
  vertices: number;
  /** Positions in the simplified display copy. */
  displayVertices: number;
  /** One per reference authority, largest |differencePct| first. */
  areaDifferences: AreaDifference[];
  /** English sentences for a moderator: things to look at that did not stop the import. */
  warnings: string[];
}

export interface PreparedBoundarySet {
  /** One per reference authority, in reference (GSS) order. */
  features: BoundaryFeatureIn[];
  /** A simplified copy for the browser, keyed by GSS code. */
  display: Record<GssCode, Polygon | MultiPolygon>;
  /** km² measured on the full geometry, keyed by GSS code. */
  areasKm2: Record<GssCode, number>;
  report: BoundaryFileReport;
}
