/**
 * The coordinate system of a boundary file — WGS84 degrees or British National Grid metres — read
 * from its `crs` member or told from the coordinates, and reprojection from the Grid to WGS84.
 */
import type { MultiPolygon, Polygon, Position } from "geojson";
import proj4 from "proj4";
import { BoundaryFileError, describeFeature, formatPosition } from "./errors";

export type BoundaryCrs = "WGS84" | "EPSG:27700";

/** EPSG:27700 (OSGB36 / British National Grid) with the usual 7-parameter shift to WGS84 (about 5 m). */
export const BNG_PROJ4 =
  "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy " +
  "+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs";

/** The extent of the British National Grid in metres: [minX, minY, maxX, maxY]. */
const GRID_EXTENT = [0, 0, 700_000, 1_300_000] as const;

const gridToWgs84 = proj4(BNG_PROJ4, "WGS84");

interface LocatedGeometry {
  gss: string;
  name: string | null;
  geometry: Polygon | MultiPolygon;
}

/**
 * The coordinate system a GeoJSON `crs` member names, or null when there is none. EPSG:4326 is read
 * as [lng, lat] although the EPSG definition orders it lat/lng: GeoJSON files (ogr2ogr's included)
 * label lng/lat data with it. Throws BoundaryFileError "unknownCrs" for any other system.
 *
 * @example
 * readCrsMember({ type: "name", properties: { name: "urn:ogc:def:crs:EPSG::27700" } }) // "EPSG:27700"
 * readCrsMember({ type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } }) // "WGS84"
 * readCrsMember({ type: "name", properties: { name: "http://www.opengis.net/def/crs/EPSG/0/27700" } }) // "EPSG:27700"
 * readCrsMember(undefined)                                                              // null
 */
export function readCrsMember(crs: unknown): BoundaryCrs | null {
  if (crs === undefined || crs === null) return null;
  const name = (crs as { properties?: { name?: unknown } }).properties?.name;
  const label = typeof name === "string" ? name : JSON.stringify(crs);
  const epsg = typeof name === "string" ? /EPSG(?:[:/][\d.]*)?[:/](\d+)$/i.exec(name)?.[1] : undefined;
  if (epsg === "27700") return "EPSG:27700";
  if (epsg === "4326" || (typeof name === "string" && /CRS:?84$/i.test(name))) return "WGS84";
  throw new BoundaryFileError(
    "unknownCrs",
    { crs: label },
    `The file declares the coordinate system ${label}, which is not supported: ` +
      "use WGS84 (CRS84 or EPSG:4326) or British National Grid (EPSG:27700)",
  );
}

/**
 * Tells the coordinate system from the coordinates: all within ±180/±90 → WGS84; all within the
 * British National Grid extent (0–700 000 m east, 0–1 300 000 m north) with some beyond 1 000 → EPSG:27700.
 * Throws BoundaryFileError "unknownCrs" naming a feature and a position that is neither.
 *
 * @example
 * detectCrsFromCoordinates([{ gss: "W06000015", name: "Cardiff", geometry: cardiffInMetres }]) // "EPSG:27700"
 */
export function detectCrsFromCoordinates(features: readonly LocatedGeometry[]): BoundaryCrs {
  let notDegrees: { feature: LocatedGeometry; position: Position } | null = null;
  let allOnGrid = true;
  let largest = 0;
  for (const feature of features) {
    forEachRingPosition(feature.geometry, (p) => {
      if (notDegrees === null && !(Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90)) notDegrees = { feature, position: p };
      const onGrid = p[0] >= GRID_EXTENT[0] && p[1] >= GRID_EXTENT[1] && p[0] <= GRID_EXTENT[2] && p[1] <= GRID_EXTENT[3];
      if (!onGrid) allOnGrid = false;
      largest = Math.max(largest, Math.abs(p[0]), Math.abs(p[1]));
    });
  }
  if (notDegrees === null) return "WGS84";
  const { feature, position } = notDegrees as { feature: LocatedGeometry; position: Position };
  if (allOnGrid && largest > 1000) return "EPSG:27700";
  throw new BoundaryFileError(
    "unknownCrs",
    { gss: feature.gss, name: feature.name ?? "", position: formatPosition(position) },
    "The coordinates are neither longitude/latitude in degrees nor British National Grid metres: " +
      `${describeFeature(feature.gss, feature.name)} has the position ${formatPosition(position)}`,
  );
}

/**
 * A British National Grid position (metres) as WGS84 [lng, lat].
 *
 * @example
 * gridToLngLat([318_000, 176_000]) // ≈ [-3.1821, 51.4770] (Cardiff)
 */
export function gridToLngLat(position: Readonly<Position>): Position {
  return gridToWgs84.forward([position[0], position[1]]);
}

function forEachRingPosition(geometry: Polygon | MultiPolygon, visit: (p: Position) => void): void {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) for (const p of ring) visit(p);
}

/**
 * [minLng, minLat, maxLng, maxLat] that every Welsh position must fall in once in WGS84: Wales with
 * room to spare (the ONS 2013 outlines reach -5.67 at the Smalls and 53.44 north of Anglesey).
 */
export const NEAR_WALES_BOUNDS = [-6.5, 50.5, -2.0, 54.0] as const;

/**
 * Checks that every position of every feature (WGS84) lies near Wales, which catches a wrong `crs`
 * member and swapped longitude and latitude. Throws BoundaryFileError "unknownCrs" naming the first
 * feature and position outside.
 *
 * @example
 * checkInWales([{ gss: "W06000015", name: "Cardiff", geometry: swapped }], "WGS84")
 * // throws 'Feature "W06000015" (Cardiff) has the position 51.48, -3.18, outside Wales: …'
 */
export function checkInWales(features: readonly LocatedGeometry[], crs: BoundaryCrs): void {
  const [minLng, minLat, maxLng, maxLat] = NEAR_WALES_BOUNDS;
  for (const feature of features) {
    let outside: Position | null = null;
    forEachRingPosition(feature.geometry, (p) => {
      if (outside === null && !(p[0] >= minLng && p[0] <= maxLng && p[1] >= minLat && p[1] <= maxLat)) outside = p;
    });
    if (outside === null) continue;
    const position = formatPosition(outside);
    throw new BoundaryFileError(
      "unknownCrs",
      { gss: feature.gss, name: feature.name ?? "", position, crs },
      `${describeFeature(feature.gss, feature.name)} has the position ${position} (as longitude, latitude), outside Wales: the ` +
        `coordinates do not fit the coordinate system ${crs === "WGS84" ? "WGS84" : "British National Grid (EPSG:27700)"} ` +
        "(are longitude and latitude swapped?)",
    );
  }
}
