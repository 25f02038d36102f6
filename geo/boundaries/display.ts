/**
 * A light copy of the 22 outlines for the browser. Simplifying on a shared topology (topojson) removes
 * the same vertices from both sides of a border, so neighbours still meet without gaps or overlaps.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify, sphericalTriangleArea, type Triangle } from "topojson-simplify";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";
import type { GssCode } from "../authorities";
import { roundPolygonRings } from "./rings";
import type { BoundaryFeatureIn } from "./types";

/**
 * 0.1 km²: a vertex goes when the triangle it makes with its neighbours is smaller. On the ONS 2013
 * file this keeps 4 103 of 33 955 vertices (74 KB of JSON) and 35 of 158 parts (islands under about
 * 0.2 km² go), every authority within 0.5% of its full area (Torfaen 0.44%).
 */
export const DISPLAY_TOLERANCE_KM2 = 0.1;
/** 4 decimals of a degree ≈ 11 m north–south, 7 m east–west in Wales: finer than the simplification. */
export const DISPLAY_DECIMALS = 4;

export interface DisplayOptions {
  /** In km² (see DISPLAY_TOLERANCE_KM2); 0 keeps every vertex. */
  tolerance?: number;
}

/** Mean Earth radius in km (as turf uses), to turn steradians into km². */
const EARTH_RADIUS_KM = 6371.0088;

const triangleAreaKm2 = (triangle: Triangle) => sphericalTriangleArea(triangle) * EARTH_RADIUS_KM * EARTH_RADIUS_KM;

/**
 * Simplified copies of the outlines, keyed by GSS code, with topology kept (Visvalingam on spherical
 * triangle areas over the shared arcs) and coordinates rounded to 4 decimals. Rings that rounding or
 * simplifying collapses (small islands, small holes) are left out; an authority is never left out —
 * if all its rings collapse it keeps its full outline, rounded.
 *
 * @example
 * const display = simplifyForDisplay(prepared.features);
 * display["W06000015"].type // "MultiPolygon" (Cardiff), with far fewer vertices than the full outline
 */
export function simplifyForDisplay(
  features: readonly BoundaryFeatureIn[],
  options: DisplayOptions = {},
): Record<GssCode, Polygon | MultiPolygon> {
  const tolerance = options.tolerance ?? DISPLAY_TOLERANCE_KM2;
  if (!(tolerance >= 0)) throw new Error(`Display tolerance must be a non-negative number of km²: ${tolerance}`);
  const input: FeatureCollection<Polygon | MultiPolygon> = {
    type: "FeatureCollection",
    features: features.map((f): Feature<Polygon | MultiPolygon> => ({
      type: "Feature",
      id: f.gss,
      properties: {},
      geometry: f.geometry,
    })),
  };
  // The features carry no properties, so the topology's objects fit topojson-simplify's `Objects<{}>`.
  const shared = topology({ authorities: input }) as Topology<Objects<{}>>;
  const simplified = tolerance > 0 ? simplify(presimplify(shared, triangleAreaKm2), tolerance) : shared;
  const output = feature(simplified, simplified.objects.authorities as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon | null
  >;

  const display: Record<GssCode, Polygon | MultiPolygon> = {};
  output.features.forEach((f, index) => {
    const full = features[index].geometry;
    const rounded = f.geometry ? roundPolygonRings(f.geometry, DISPLAY_DECIMALS).geometry : null;
    display[features[index].gss] = rounded ?? roundPolygonRings(full, DISPLAY_DECIMALS).geometry ?? full;
  });
  return display;
}
