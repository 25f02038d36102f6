/**
 * Checks on the files that geo/extract-boundaries.ts and geo/extract-settlements.ts wrote into
 * geo/data/ and that the app reads at runtime.
 */
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_NEAREST_DISTANCE_KM, assignSettlementsToAuthorities } from "../../../geo/assign-settlements";
import { WALES_AUTHORITIES, getAuthorityByGss, isWelshGssCode } from "../../../geo/authorities";
import type { WelshBoundaries } from "../../../geo/extract-boundaries";
import type { Settlement } from "../../../geo/extract-settlements";
import { WALES_BBOX, boundsOf, isPositionInBounds, listRings, padBounds } from "../../../geo/geometry";
import { computeAreaKm2, findNeighbours } from "../../../geo/neighbours";
import { onsCollections } from "../../../geo/extract-ons-boundaries";

const dataUrl = (name: string) => new URL(`../../../geo/data/${name}`, import.meta.url);
const BOUNDARIES_FILE = dataUrl("wales-boundaries.natural-earth.geojson");
const SETTLEMENTS_FILE = dataUrl("wales-settlements.geonames.json");
const boundaries: WelshBoundaries = JSON.parse(readFileSync(BOUNDARIES_FILE, "utf8"));
type StoredSettlement = Settlement & { gss_code: string; assignedBy: "contains" | "nearest"; distanceKm: number };
const settlements: StoredSettlement[] = JSON.parse(readFileSync(SETTLEMENTS_FILE, "utf8"));

const EXPECTED_GSS = [
  "W06000001", "W06000002", "W06000003", "W06000004", "W06000005", "W06000006", "W06000008",
  "W06000009", "W06000010", "W06000011", "W06000012", "W06000013", "W06000014", "W06000015",
  "W06000016", "W06000018", "W06000019", "W06000020", "W06000021", "W06000022", "W06000023",
  "W06000024",
];

describe("wales-boundaries.natural-earth.geojson", () => {
  it("holds the 22 authorities in GSS order", () => {
    expect(boundaries.features.map((f) => f.properties.gss_code)).toEqual(EXPECTED_GSS);
  });

  it("carries only gss_code, iso_3166_2, name_en and name_cy, matching the reference", () => {
    for (const f of boundaries.features) {
      const a = getAuthorityByGss(f.properties.gss_code);
      expect(f.properties).toEqual({ gss_code: a.gss_code, iso_3166_2: a.iso_3166_2, name_en: a.name_en, name_cy: a.name_cy });
    }
  });

  it("stays small (well under 1 MB)", () => {
    expect(statSync(BOUNDARIES_FILE).size).toBeLessThan(200_000);
  });

  it("has Polygon or MultiPolygon geometries with closed rings of 5-decimal [lng, lat] positions inside WALES_BBOX", () => {
    for (const f of boundaries.features) {
      expect(["Polygon", "MultiPolygon"]).toContain(f.geometry.type);
      for (const ring of listRings(f.geometry)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring.at(-1)).toEqual(ring[0]);
        for (const p of ring) {
          expect(p).toHaveLength(2);
          expect(isPositionInBounds(p, WALES_BBOX)).toBe(true);
          expect(Math.round(p[0] * 1e5) / 1e5).toBe(p[0]);
          expect(Math.round(p[1] * 1e5) / 1e5).toBe(p[1]);
        }
      }
    }
  });

  it("gives each authority an area within 35% of its ONS land area", () => {
    for (const f of boundaries.features) {
      const reference = getAuthorityByGss(f.properties.gss_code).land_area_km2;
      const ratio = computeAreaKm2(f.geometry) / reference;
      expect(ratio, f.properties.name_en).toBeGreaterThan(0.65);
      expect(ratio, f.properties.name_en).toBeLessThan(1.35);
    }
  });

  it("is the box that WALES_BBOX was computed from (bounds padded by 0.05°, rounded outward to 0.1°)", () => {
    expect(padBounds(boundsOf(boundaries), 0.05, 0.1)).toEqual([...WALES_BBOX]);
  });
});

describe("neighbours on the committed boundaries", () => {
  const neighbours = findNeighbours(boundaries);

  it("gives Powys its eleven neighbours", () => {
    expect(neighbours.W06000023).toEqual([
      "W06000002", // Gwynedd
      "W06000004", // Denbighshire
      "W06000006", // Wrexham
      "W06000008", // Ceredigion
      "W06000010", // Carmarthenshire
      "W06000012", // Neath Port Talbot
      "W06000016", // Rhondda Cynon Taf
      "W06000018", // Caerphilly
      "W06000019", // Blaenau Gwent
      "W06000021", // Monmouthshire
      "W06000024", // Merthyr Tydfil
    ]);
  });

  it("joins the Isle of Anglesey to Gwynedd only, across the Menai Strait", () => {
    expect(neighbours.W06000001).toEqual(["W06000002"]);
  });

  it("gives Cardiff the Vale, Rhondda Cynon Taf, Caerphilly and Newport", () => {
    expect(neighbours.W06000015).toEqual(["W06000014", "W06000016", "W06000018", "W06000022"]);
  });

  it("finds 45 bordering pairs and leaves no authority alone", () => {
    const pairs = Object.values(neighbours).reduce((sum, list) => sum + list.length, 0) / 2;
    expect(pairs).toBe(45);
    for (const gss of EXPECTED_GSS) expect(neighbours[gss].length).toBeGreaterThan(0);
  });
});

describe("wales-boundaries.ons-lad-2013 (the default set) and its display copy", () => {
  const full: WelshBoundaries = JSON.parse(readFileSync(dataUrl("wales-boundaries.ons-lad-2013.geojson"), "utf8"));
  const display: WelshBoundaries = JSON.parse(readFileSync(dataUrl("wales-boundaries.ons-lad-2013.display.geojson"), "utf8"));

  it("is what geo/extract-ons-boundaries.ts derives from the shared ONS file today", () => {
    const derived = onsCollections(readFileSync(new URL("../../../../shared/geo/ons-lad-2013-wales.geojson", import.meta.url)));
    expect(full).toEqual(JSON.parse(JSON.stringify(derived.full)));
    expect(display).toEqual(JSON.parse(JSON.stringify(derived.display)));
  });

  it("holds the 22 authorities in GSS order with the reference's names", () => {
    for (const c of [full, display]) {
      expect(c.features.map((f) => f.properties.gss_code)).toEqual(EXPECTED_GSS);
      for (const f of c.features) expect(f.properties.name_cy).toBe(getAuthorityByGss(f.properties.gss_code).name_cy);
    }
  });

  it("gives each authority an area within 1% of its ONS land area, and the display copy within 3% of that", () => {
    for (const [i, f] of full.features.entries()) {
      const area = computeAreaKm2(f.geometry);
      expect(Math.abs(area / getAuthorityByGss(f.properties.gss_code).land_area_km2 - 1), f.properties.name_en).toBeLessThan(0.01);
      expect(Math.abs(computeAreaKm2(display.features[i].geometry) / area - 1), f.properties.name_en).toBeLessThan(0.03);
    }
  });

  it("keeps the browser copy small: under 100 KB against 740 KB", () => {
    expect(statSync(dataUrl("wales-boundaries.ons-lad-2013.display.geojson")).size).toBeLessThan(100_000);
    expect(statSync(dataUrl("wales-boundaries.ons-lad-2013.geojson")).size).toBeGreaterThan(500_000);
  });

  it("gives the same neighbours on the display copy as Natural Earth's 45 pairs, Powys with eleven", () => {
    const neighbours = findNeighbours(display);
    expect(neighbours.W06000023).toHaveLength(11);
    expect(neighbours.W06000001).toEqual(["W06000002"]);
    expect(Object.values(neighbours).reduce((sum, list) => sum + list.length, 0) / 2).toBe(45);
  });
});

describe("wales-settlements.geonames.json", () => {
  const byName = (name: string) => settlements.filter((s) => s.name === name);

  it("holds the 370 Welsh GeoNames places with unique ids", () => {
    expect(settlements).toHaveLength(370);
    expect(new Set(settlements.map((s) => s.id)).size).toBe(370);
  });

  it("assigns every settlement to one of the 22 authorities, inside WALES_BBOX", () => {
    for (const s of settlements) {
      expect(isWelshGssCode(s.gss_code), s.name).toBe(true);
      expect(isPositionInBounds([s.lng, s.lat], WALES_BBOX), s.name).toBe(true);
    }
    expect(new Set(settlements.map((s) => s.gss_code)).size).toBe(22);
  });

  it("puts Cardiff, Swansea, Newport and Wrexham in their own authorities", () => {
    const largest = (name: string) => byName(name).sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
    expect(largest("Cardiff")).toMatchObject({ gss_code: "W06000015", assignedBy: "contains" });
    expect(largest("Swansea")).toMatchObject({ gss_code: "W06000011", assignedBy: "contains" });
    expect(largest("Newport")).toMatchObject({ gss_code: "W06000022", assignedBy: "contains" });
    expect(largest("Wrexham")).toMatchObject({ gss_code: "W06000006", assignedBy: "contains" });
  });

  it("puts Rhyl, just outside the generalised coast, in Denbighshire", () => {
    const [rhyl] = byName("Rhyl");
    expect(rhyl.gss_code).toBe("W06000004");
    expect(["contains", "nearest"]).toContain(rhyl.assignedBy);
  });

  it("puts Menai Bridge on Anglesey and Pwllheli in Gwynedd", () => {
    expect(byName("Menai Bridge")[0].gss_code).toBe("W06000001");
    expect(byName("Pwllheli")[0].gss_code).toBe("W06000002");
  });

  it("records a distance only for places assigned to the nearest authority", () => {
    for (const s of settlements) {
      if (s.assignedBy === "contains") expect(s.distanceKm).toBe(0);
      else {
        expect(s.distanceKm).toBeGreaterThan(0);
        expect(s.distanceKm).toBeLessThan(MAX_NEAREST_DISTANCE_KM);
      }
    }
  });

  it("is sorted by population (largest first, unknown last), then name", () => {
    const key = (s: Settlement) => s.population ?? -1;
    for (let i = 1; i < settlements.length; i++) {
      const [a, b] = [settlements[i - 1], settlements[i]];
      expect(key(a) > key(b) || (key(a) === key(b) && a.name <= b.name), `${a.name} before ${b.name}`).toBe(true);
    }
  });

  it("matches a fresh assignment against the committed boundaries", () => {
    const places = settlements.map(({ gss_code: _g, assignedBy: _a, distanceKm: _d, ...place }) => place);
    expect(assignSettlementsToAuthorities(places, boundaries)).toEqual(settlements);
  });

  it("covers every authority in the reference", () => {
    expect(WALES_AUTHORITIES.map((a) => a.gss_code)).toEqual(EXPECTED_GSS);
  });
});
