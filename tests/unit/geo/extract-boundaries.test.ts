import { readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import {
  extractWelshBoundaries,
  stringifyOneFeaturePerLine,
  type BoundaryReference,
} from "../../../geo/extract-boundaries";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/geo/${name}`, import.meta.url), "utf8");
const admin1 = (): FeatureCollection => JSON.parse(fixture("admin1-mini.geojson"));
const reference: BoundaryReference[] = JSON.parse(fixture("authorities-mini.json"));

describe("extractWelshBoundaries", () => {
  it("matches the golden file: Welsh features only, in reference order, four properties, 5-decimal coordinates", () => {
    const result = extractWelshBoundaries(admin1(), reference);
    expect(stringifyOneFeaturePerLine(result)).toBe(fixture("admin1-mini.expected.geojson"));
  });

  it("does not change its input", () => {
    const input = admin1();
    const before = JSON.stringify(input);
    extractWelshBoundaries(input, reference);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("throws naming a reference authority that admin-1 lacks", () => {
    const input = admin1();
    input.features = input.features.filter((f) => f.properties?.iso_3166_2 !== "GB-BBB");
    expect(() => extractWelshBoundaries(input, reference)).toThrow(
      "Missing Welsh authorities in admin-1: GB-BBB (W06000902 Bee)",
    );
  });

  it("throws naming an ISO code that appears twice among the Welsh features", () => {
    const input = admin1();
    const aaa = input.features.find((f) => f.properties?.iso_3166_2 === "GB-AAA")!;
    input.features.push(structuredClone(aaa));
    expect(() => extractWelshBoundaries(input, reference)).toThrow("Duplicate ISO 3166-2 code in admin-1: GB-AAA (Ay)");
  });

  it("throws naming a Welsh feature that matches no authority", () => {
    const input = admin1();
    input.features[1].properties!.iso_3166_2 = "GB-ZZZ";
    expect(() => extractWelshBoundaries(input, reference)).toThrow(
      "Welsh admin-1 feature matches no authority: GB-ZZZ (Bee Island)",
    );
  });

  it("throws naming a Welsh feature whose geometry is not a polygon", () => {
    const input = admin1();
    input.features[3].geometry = { type: "Point", coordinates: [-4, 52] };
    expect(() => extractWelshBoundaries(input, reference)).toThrow("Welsh admin-1 feature GB-AAA has a Point geometry");
  });

  it("throws naming a duplicated ISO code in the reference", () => {
    const doubled = [...reference, { ...reference[0], gss_code: "W06000999" }];
    expect(() => extractWelshBoundaries(admin1(), doubled)).toThrow("Duplicate ISO 3166-2 code in reference: GB-AAA");
  });

  it("throws when given something other than a FeatureCollection", () => {
    const notACollection = { type: "Feature" } as unknown as FeatureCollection;
    expect(() => extractWelshBoundaries(notACollection, reference)).toThrow(
      "Expected a GeoJSON FeatureCollection, got: Feature",
    );
  });
});

describe("stringifyOneFeaturePerLine", () => {
  it("writes an empty collection as valid JSON", () => {
    const text = stringifyOneFeaturePerLine({ type: "FeatureCollection", features: [] });
    expect(JSON.parse(text)).toEqual({ type: "FeatureCollection", features: [] });
  });
});
