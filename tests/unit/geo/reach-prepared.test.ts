import { readFileSync } from "node:fs";
import { pointToPolygonDistance } from "@turf/turf";
import { describe, expect, it } from "vitest";
import type { AuthorityBoundaries } from "../../../geo/geometry";
import { authoritiesReachedByCircle } from "../../../geo/reach";
import { mulberry32 } from "../../random";

const ons = JSON.parse(readFileSync(new URL("../../../geo/data/wales-boundaries.ons-lad-2013.geojson", import.meta.url), "utf8")) as AuthorityBoundaries;

/** The plain way: Turf's distance from the centre to every outline (negative inside). */
function reference(lng: number, lat: number, radiusKm: number) {
  return ons.features.map((f) => ({ gss: f.properties.gss_code, km: pointToPolygonDistance([lng, lat], f.geometry, { units: "kilometers" }) }));
}

describe("authoritiesReachedByCircle on prepared outlines", () => {
  it("reaches the same authorities as Turf's distance to every ONS outline, for 30 seeded circles (ties within 1 m aside)", () => {
    const rng = mulberry32(7);
    let compared = 0;
    for (let i = 0; i < 30; i++) {
      const lng = -5.2 + rng() * 2.4;
      const lat = 51.4 + rng() * 2;
      const radiusKm = 0.5 + rng() * 25;
      const fast = new Set(authoritiesReachedByCircle(lng, lat, radiusKm, ons));
      for (const { gss, km } of reference(lng, lat, radiusKm)) {
        if (Math.abs(km - radiusKm) < 0.001) continue;
        expect(fast.has(gss), `${gss} from [${lng}, ${lat}] r ${radiusKm}`).toBe(km <= radiusKm);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(600);
  }, 60_000);
});
