import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AuthorityBoundaries } from "../../../geo/geometry";
import { assertValidCircle, authoritiesReachedByCircle } from "../../../geo/reach";

const boundaries = JSON.parse(
  readFileSync(new URL("../../../geo/data/wales-boundaries.natural-earth.geojson", import.meta.url), "utf8"),
) as AuthorityBoundaries;

describe("authoritiesReachedByCircle", () => {
  it("finds only the authority around a small circle deep inside it", () => {
    expect(authoritiesReachedByCircle(-3.38, 52.3, 1, boundaries)).toEqual(["W06000023"]);
  });

  it("finds both Cardiff and the Vale of Glamorgan for a 5 km circle on Cardiff", () => {
    expect(authoritiesReachedByCircle(-3.18, 51.48, 5, boundaries)).toEqual(["W06000014", "W06000015"]);
  });

  it("grows with the radius", () => {
    const small = authoritiesReachedByCircle(-3.18, 51.48, 5, boundaries);
    const large = authoritiesReachedByCircle(-3.18, 51.48, 40, boundaries);
    expect(large.length).toBeGreaterThan(small.length);
    for (const gss of small) expect(large).toContain(gss);
  });
});

describe("assertValidCircle", () => {
  it.each([0, -1, 301, Number.NaN])("rejects a radius of %s km, naming it", (radius) => {
    expect(() => assertValidCircle(-3.18, 51.48, radius)).toThrow(`Radius out of range (0 < r ≤ 300 km): ${radius}`);
  });

  it("rejects a centre outside Wales' bounding box, naming it", () => {
    expect(() => assertValidCircle(-0.12, 51.5, 10)).toThrow("Coordinates outside Wales' bounding box: [-0.12, 51.5]");
  });

  it("accepts a radius of exactly 300 km", () => {
    expect(() => assertValidCircle(-3.18, 51.48, 300)).not.toThrow();
  });
});
