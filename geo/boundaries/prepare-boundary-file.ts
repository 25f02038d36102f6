/**
 * Reads any boundary file of the 22 Welsh authorities — GeoJSON or TopoJSON, WGS84 or British
 * National Grid, any year's property names, Wales only or UK-wide — checks it, and prepares the full
 * outlines, their areas and a simplified display copy. Pure: no database, no files.
 */
import { loadAuthorityReference, type AuthorityReference } from "../authorities";
import { countVertices } from "../geometry";
import { compareAreas } from "./areas";
import { matchReferenceCodes, type MatchedFeature } from "./codes";
import { checkInWales, detectCrsFromCoordinates, gridToLngLat, readCrsMember, type BoundaryCrs } from "./crs";
import { simplifyForDisplay } from "./display";
import { BoundaryFileError, describeFeature, formatPosition, roundForMessage } from "./errors";
import { readAuthorityFeatures } from "./properties";
import { MAX_BOUNDARY_FILE_BYTES, parseBoundaryFile } from "./read-file";
import { checkPolygonGeometry, roundPolygonRings } from "./rings";
import { findSelfIntersection } from "./self-intersection";
import type { BoundaryFeatureIn, PreparedBoundarySet } from "./types";

export interface PrepareBoundaryOptions {
  /** Files larger than this many bytes are refused before parsing; default MAX_BOUNDARY_FILE_BYTES (100 MB). */
  maxBytes?: number;
  /** Simplification of the display copy in km²; default DISPLAY_TOLERANCE_KM2 (0.1). */
  displayTolerance?: number;
}

/** 6 decimals of a degree ≈ 0.1 m: no loss from any published boundary file. */
const FULL_DECIMALS = 6;

type CheckedFeature = MatchedFeature & Pick<BoundaryFeatureIn, "geometry">;

/**
 * Reads, checks and prepares a boundary file. Throws BoundaryFileError (key, params, English message
 * naming the feature or codes at fault) when the file is too large, not JSON, not GeoJSON/TopoJSON,
 * has no W06 code property, an unknown coordinate system, missing / duplicate / unexpected codes,
 * a malformed or self-intersecting geometry, or areas more than 25% off the ONS land areas.
 *
 * @example
 * const prepared = prepareBoundaryFile(readFileSync("ons-lad-2013-wales.geojson"));
 * prepared.features.length        // 22, in GSS order
 * prepared.report.codeProperty    // "LAD13CD"
 * prepared.report.crs             // "WGS84" (crsSource "crs member")
 * prepared.areasKm2["W06000015"]  // ≈ 140 (Cardiff)
 */
export function prepareBoundaryFile(
  input: string | Buffer,
  reference: readonly AuthorityReference[] = loadAuthorityReference(),
  options: PrepareBoundaryOptions = {},
): PreparedBoundarySet {
  const parsed = parseBoundaryFile(input, options.maxBytes ?? MAX_BOUNDARY_FILE_BYTES);
  const found = readAuthorityFeatures(parsed);
  const checked: CheckedFeature[] = matchReferenceCodes(found.welsh, reference).map((f) => ({
    ...f,
    geometry: checkPolygonGeometry(f.gss, f.nameEn, f.geometry),
  }));
  const declared = readCrsMember(parsed.crs);
  const crs = declared ?? detectCrsFromCoordinates(checked.map(labelled));
  const { projected, warnings } = toWgs84(checked, crs);
  checkInWales(projected.map(labelled), crs);
  projected.forEach(checkSelfIntersection);

  const features = projected.map((f): BoundaryFeatureIn => ({ gss: f.gss, name: f.name, geometry: f.geometry }));
  const areas = compareAreas(features, reference);
  const display = simplifyForDisplay(features, { tolerance: options.displayTolerance });
  if (!found.nameProperty) warnings.push(`No name property was found; codes were read from "${found.codeProperty}"`);
  return {
    features,
    display,
    areasKm2: areas.areasKm2,
    report: {
      format: parsed.format,
      crs,
      crsSource: declared ? "crs member" : "coordinates",
      codeProperty: found.codeProperty,
      nameProperty: found.nameProperty,
      welshNameProperty: found.welshNameProperty,
      featuresRead: found.featuresRead,
      featuresOutsideWales: found.featuresOutsideWales,
      vertices: features.reduce((sum, f) => sum + countVertices(f.geometry), 0),
      displayVertices: Object.values(display).reduce((sum, g) => sum + countVertices(g), 0),
      areaDifferences: areas.differences,
      warnings: [...warnings, ...areas.warnings],
    },
  };
}

/** The feature as messages name it: its code and reference English name. */
function labelled(f: CheckedFeature) {
  return { gss: f.gss, name: f.nameEn, geometry: f.geometry };
}

/** Reprojects (from the Grid) and rounds to 6 decimals; rings that collapse are left out with a warning. */
function toWgs84(checked: readonly CheckedFeature[], crs: BoundaryCrs): { projected: CheckedFeature[]; warnings: string[] } {
  const warnings: string[] = [];
  const projected = checked.map((f): CheckedFeature => {
    const rounded = roundPolygonRings(f.geometry, FULL_DECIMALS, crs === "EPSG:27700" ? gridToLngLat : undefined);
    if (rounded.geometry === null) {
      throw new BoundaryFileError(
        "badGeometry",
        { gss: f.gss, name: f.nameEn, problem: "noArea" },
        `${describeFeature(f.gss, f.nameEn)} has no area: all its rings collapse to lines or points`,
      );
    }
    if (rounded.droppedRings > 0) {
      warnings.push(`${describeFeature(f.gss, f.nameEn)}: ${rounded.droppedRings} ring(s) with no area (under 0.1 m across) were left out`);
    }
    return { ...f, geometry: rounded.geometry };
  });
  return { projected, warnings };
}

function checkSelfIntersection(f: CheckedFeature): void {
  const crossing = findSelfIntersection(f.geometry);
  if (crossing === null) return;
  throw new BoundaryFileError(
    "selfIntersection",
    { gss: f.gss, name: f.nameEn, lng: roundForMessage(crossing[0]), lat: roundForMessage(crossing[1]) },
    `${describeFeature(f.gss, f.nameEn)} has a self-intersecting ring near ${formatPosition(crossing)}`,
  );
}
