import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assignSettlementsToAuthorities } from "../../../geo/assign-settlements";
import type { AuthorityBoundaries } from "../../../geo/geometry";

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/geo/${name}`, import.meta.url), "utf8"));
const squares: AuthorityBoundaries = fixture("squares.geojson");
const settlements: { id: number; name: string; lng: number; lat: number }[] = fixture("settlements-mini.json");

describe("assignSettlementsToAuthorities", () => {
  it("matches the golden file: containing square first, else the nearest, with the distance to it", () => {
    expect(assignSettlementsToAuthorities(settlements, squares)).toEqual(fixture("settlements-mini.expected.json"));
  });

  it("gives a point on a shared edge, or in an overlap, to the first containing feature", () => {
    const [, onEdge, inOverlap] = assignSettlementsToAuthorities(settlements, squares);
    expect(onEdge).toMatchObject({ gss_code: "A", assignedBy: "contains" });
    expect(inOverlap).toMatchObject({ gss_code: "B", assignedBy: "contains" });
  });

  it("measures the distance to the nearest boundary in km (0.0015° of longitude east of D at 52°N ≈ 0.103 km)", () => {
    const [result] = assignSettlementsToAuthorities([{ lng: -3.7485, lat: 52.025 }], squares);
    expect(result.assignedBy).toBe("nearest");
    expect(result.distanceKm).toBeCloseTo(0.1026, 3);
  });

  it("keeps the settlement's own fields and does not change the input", () => {
    const input = [{ id: 7, name: "Keep me", population: 1200, lng: -3.95, lat: 52.05 }];
    const [result] = assignSettlementsToAuthorities(input, squares);
    expect(result).toEqual({ ...input[0], gss_code: "A", assignedBy: "contains", distanceKm: 0 });
    expect(input[0]).not.toHaveProperty("gss_code");
  });

  it("throws naming a settlement farther than maxDistanceKm from every authority", () => {
    const far = [{ id: 9, name: "Lundy", lng: -4.67, lat: 51.18 }];
    expect(() => assignSettlementsToAuthorities(far, squares)).toThrow(/^Settlement Lundy \(9\) at \[-4\.67, 51\.18\] is \d+\.\d km from the nearest authority \(C\), more than the 5 km allowed$/);
    expect(assignSettlementsToAuthorities(far, squares, { maxDistanceKm: 200 })[0]).toMatchObject({ gss_code: "C", assignedBy: "nearest" });
  });

  it("throws naming a settlement with coordinates that are not numbers", () => {
    const bad = [{ name: "Nowhere", lng: Number.NaN, lat: 52 }];
    expect(() => assignSettlementsToAuthorities(bad, squares)).toThrow("Invalid coordinates for settlement Nowhere: [NaN, 52]");
  });

  it("throws for an empty boundary collection", () => {
    expect(() => assignSettlementsToAuthorities(settlements, { type: "FeatureCollection", features: [] })).toThrow(
      "the boundary collection is empty",
    );
  });
});
