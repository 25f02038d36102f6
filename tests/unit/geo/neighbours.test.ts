import { readFileSync } from "node:fs";
import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import type { AuthorityBoundaries } from "../../../geo/geometry";
import { NEIGHBOUR_TOLERANCE_KM, computeAreaKm2, findNeighbours, measureBoundaryGapKm } from "../../../geo/neighbours";

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/geo/${name}`, import.meta.url), "utf8"));
const squares: AuthorityBoundaries = fixture("squares.geojson");
const geometryOf = (gss: string) => squares.features.find((f) => f.properties.gss_code === gss)!.geometry;

describe("findNeighbours", () => {
  it("matches the golden file: shared edges, a shared corner, an overlap, a crossing and a 0.2 km gap count; a 1.1 km gap does not", () => {
    expect(findNeighbours(squares)).toEqual(fixture("squares-neighbours.expected.json"));
  });

  it("uses a default tolerance of 0.5 km", () => {
    expect(NEIGHBOUR_TOLERANCE_KM).toBe(0.5);
    expect(findNeighbours(squares, { toleranceKm: 0.5 })).toEqual(findNeighbours(squares));
  });

  it("joins the 1.1 km gap with a 2 km tolerance and drops the 0.2 km gap with none", () => {
    expect(findNeighbours(squares, { toleranceKm: 2 }).E).toEqual(["A", "B"]);
    expect(findNeighbours(squares, { toleranceKm: 0 }).D).toEqual([]);
  });

  it("is symmetric", () => {
    const neighbours = findNeighbours(squares);
    for (const [gss, list] of Object.entries(neighbours)) {
      for (const other of list) expect(neighbours[other]).toContain(gss);
    }
  });

  it("throws naming a bad tolerance", () => {
    expect(() => findNeighbours(squares, { toleranceKm: -1 })).toThrow("non-negative number of km: -1");
  });

  it("throws naming a duplicated GSS code", () => {
    const doubled: AuthorityBoundaries = { ...squares, features: [...squares.features, squares.features[0]] };
    expect(() => findNeighbours(doubled)).toThrow("Duplicate boundary for local authority code: A");
  });
});

describe("measureBoundaryGapKm", () => {
  it("is 0 for shapes that share an edge, overlap, or cross without a vertex inside each other", () => {
    expect(measureBoundaryGapKm(geometryOf("A"), geometryOf("B"))).toBe(0);
    expect(measureBoundaryGapKm(geometryOf("B"), geometryOf("F"))).toBe(0);
    expect(measureBoundaryGapKm(geometryOf("G"), geometryOf("H"))).toBe(0);
  });

  it("measures a gap in km: 0.003° of longitude at 52°N ≈ 0.205 km, 0.01° of latitude ≈ 1.112 km", () => {
    expect(measureBoundaryGapKm(geometryOf("B"), geometryOf("D"))).toBeCloseTo(0.205, 3);
    expect(measureBoundaryGapKm(geometryOf("A"), geometryOf("E"))).toBeCloseTo(1.112, 3);
  });

  it("reports only 'farther than the limit' when given one", () => {
    expect(measureBoundaryGapKm(geometryOf("A"), geometryOf("D"), 1)).toBeGreaterThan(1);
  });
});

describe("computeAreaKm2", () => {
  it("computes the area of a 0.1° square at 52°N (≈ 76.04 km² on a sphere)", () => {
    expect(computeAreaKm2(geometryOf("A"))).toBe(76.04);
  });

  it("subtracts holes", () => {
    const withHole: Polygon = {
      type: "Polygon",
      coordinates: [
        [[-4.0, 52.0], [-3.9, 52.0], [-3.9, 52.1], [-4.0, 52.1], [-4.0, 52.0]],
        [[-3.98, 52.02], [-3.98, 52.08], [-3.92, 52.08], [-3.92, 52.02], [-3.98, 52.02]],
      ],
    };
    expect(computeAreaKm2(withHole)).toBeCloseTo(76.04 * (1 - 0.36), 0);
  });

  it("throws naming a geometry that has no area", () => {
    expect(() => computeAreaKm2({ type: "Point", coordinates: [0, 0] } as unknown as Polygon)).toThrow(
      "Cannot compute the area of a Point geometry",
    );
  });
});
