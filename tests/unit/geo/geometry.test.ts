import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import {
  WALES_BBOX,
  boundsOf,
  countVertices,
  indexAuthorityBoundaries,
  isPositionInBounds,
  padBounds,
  roundPolygonCoordinates,
  roundTo,
} from "../../../geo/geometry";

// A null geometry is allowed by RFC 7946 though not by @types/geojson.
const points = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [-3.18, 51.48] } },
    { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [-4.08, 52.41] } },
    { type: "Feature", properties: {}, geometry: null },
  ],
} as unknown as FeatureCollection;

describe("boundsOf", () => {
  it("returns [minLng, minLat, maxLng, maxLat] over every feature", () => {
    expect(boundsOf(points)).toEqual([-4.08, 51.48, -3.18, 52.41]);
  });

  it("includes holes and every polygon of a MultiPolygon", () => {
    const fc: FeatureCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: {},
          geometry: {
            type: "MultiPolygon",
            coordinates: [
              [[[0, 0], [1, 0], [1, 1], [0, 0]]],
              [[[5, 5], [6, 5], [6, 7], [5, 5]]],
            ],
          },
        },
      ],
    };
    expect(boundsOf(fc)).toEqual([0, 0, 6, 7]);
  });

  it("throws for a collection without coordinates", () => {
    expect(() => boundsOf({ type: "FeatureCollection", features: [] })).toThrow("without coordinates (0 features)");
  });
});

describe("padBounds", () => {
  it("pads and rounds outward to the step", () => {
    expect(padBounds([-5.31094, 51.38422, -2.64704, 53.42695], 0.05, 0.1)).toEqual([-5.4, 51.3, -2.5, 53.5]);
  });

  it("does not move a bound that already sits on a step because of floating-point error", () => {
    expect(padBounds([0.3, 0.3, 0.7, 0.7], 0, 0.1)).toEqual([0.3, 0.3, 0.7, 0.7]);
  });

  it("throws naming a bad step", () => {
    expect(() => padBounds([0, 0, 1, 1], 0, 0)).toThrow("Rounding step must be positive: 0");
  });
});

describe("isPositionInBounds", () => {
  it("accepts Cardiff and rejects swapped lat/lng", () => {
    expect(isPositionInBounds([-3.18, 51.48], WALES_BBOX)).toBe(true);
    expect(isPositionInBounds([51.48, -3.18], WALES_BBOX)).toBe(false);
  });

  it("is only a box: Bristol, across the Severn, is inside it but Swindon is not", () => {
    expect(isPositionInBounds([-2.59, 51.45], WALES_BBOX)).toBe(true);
    expect(isPositionInBounds([-1.78, 51.56], WALES_BBOX)).toBe(false);
  });
});

describe("roundTo and roundPolygonCoordinates", () => {
  it("rounds to 5 decimals without producing -0", () => {
    expect(roundTo(-3.179089123, 5)).toBe(-3.17909);
    expect(Object.is(roundTo(-0.000001, 5), 0)).toBe(true);
  });

  it("rounds every position of a MultiPolygon and leaves the input alone", () => {
    const input = {
      type: "MultiPolygon" as const,
      coordinates: [[[[0.123456, 0], [1, 0.000004], [1, 1], [0.123456, 0]]]],
    };
    const rounded = roundPolygonCoordinates(input, 5);
    expect(rounded.coordinates).toEqual([[[[0.12346, 0], [1, 0], [1, 1], [0.12346, 0]]]]);
    expect(input.coordinates[0][0][0][0]).toBe(0.123456);
  });
});

describe("countVertices", () => {
  it("counts every position, closing positions included", () => {
    expect(countVertices(points)).toBe(2);
    expect(countVertices({ type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] })).toBe(4);
  });
});

describe("indexAuthorityBoundaries", () => {
  const square = { type: "Polygon" as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };

  it("throws naming a duplicated GSS code", () => {
    const fc = {
      type: "FeatureCollection" as const,
      features: [
        { type: "Feature" as const, properties: { gss_code: "W06000015" }, geometry: square },
        { type: "Feature" as const, properties: { gss_code: "W06000015" }, geometry: square },
      ],
    };
    expect(() => indexAuthorityBoundaries(fc)).toThrow("Duplicate boundary for local authority code: W06000015");
  });

  it("throws naming a feature whose geometry is not a polygon", () => {
    const fc = {
      type: "FeatureCollection",
      features: [{ type: "Feature", properties: { gss_code: "W06000015" }, geometry: { type: "Point", coordinates: [0, 0] } }],
    } as unknown as Parameters<typeof indexAuthorityBoundaries>[0];
    expect(() => indexAuthorityBoundaries(fc)).toThrow("Boundary W06000015 has a Point geometry");
  });
});
