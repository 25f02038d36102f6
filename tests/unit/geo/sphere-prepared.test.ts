import { readFileSync } from "node:fs";
import type { MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { listRings } from "../../../geo/geometry";
import { measureDistanceToPreparedRingsKm, measureDistanceToRingsKm, prepareRings } from "../../../geo/sphere";
import { mulberry32 } from "../../random";

const ons = JSON.parse(readFileSync(new URL("../../../geo/data/wales-boundaries.ons-lad-2013.geojson", import.meta.url), "utf8")) as {
  features: { properties: { gss_code: string }; geometry: Polygon | MultiPolygon }[];
};

describe("measureDistanceToPreparedRingsKm", () => {
  it("gives exactly the distance of the plain edge-by-edge search, for 300 seeded points against every ONS outline", () => {
    const rng = mulberry32(42);
    const prepared = ons.features.map((f) => ({ rings: listRings(f.geometry), prepared: prepareRings(listRings(f.geometry)) }));
    for (let i = 0; i < 300; i++) {
      const p = [-5.4 + rng() * 2.9, 51.3 + rng() * 2.2];
      const f = prepared[Math.floor(rng() * prepared.length)];
      expect(measureDistanceToPreparedRingsKm(p, f.prepared)).toBeCloseTo(measureDistanceToRingsKm(p, f.rings), 9);
    }
  });

  it("measures a square's edge as the plain search does, and refuses an outline without edges", () => {
    const square = [[[-3.1, 51.5], [-3, 51.5], [-3, 51.6], [-3.1, 51.6], [-3.1, 51.5]]];
    expect(measureDistanceToPreparedRingsKm([-3.2, 51.55], prepareRings(square))).toBeCloseTo(measureDistanceToRingsKm([-3.2, 51.55], square), 12);
    expect(() => prepareRings([[[0, 0]]])).toThrow(/without edges/);
  });
});
