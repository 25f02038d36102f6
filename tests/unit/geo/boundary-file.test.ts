import { readFileSync } from "node:fs";
import { area, booleanIntersects, coordEach, intersect, featureCollection, feature as toFeature } from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import proj4 from "proj4";
import { topology } from "topojson-server";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAuthorityReference } from "../../../geo/authorities";
import {
  BoundaryFileError,
  MAX_BOUNDARY_FILE_BYTES,
  prepareBoundaryFile,
  simplifyForDisplay,
  type BoundaryErrorKey,
  type PreparedBoundarySet,
} from "../../../geo/boundaries/boundary-file";
import { findSelfIntersection } from "../../../geo/boundaries/self-intersection";
import { listRings } from "../../../geo/geometry";

const ONS_TEXT = readFileSync(new URL("../../../../shared/geo/ons-lad-2013-wales.geojson", import.meta.url), "utf8");
const onsFile = (): FeatureCollection => JSON.parse(ONS_TEXT);
const reference = loadAuthorityReference();
/** The standard EPSG:27700 definition, written out here so the test does not lean on the module's copy. */
const toGrid = proj4(
  "WGS84",
  "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy " +
    "+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs",
);
const GRID_CRS = { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::27700" } };
const SLOW = { timeout: 30_000 };

/** Cardiff and the Vale of Glamorgan only, read against a two-authority reference: cheap files for the many small cases. */
const PAIR = ["W06000014", "W06000015"];
const pairReference = reference.filter((r) => PAIR.includes(r.gss_code));
function pairFile(): FeatureCollection {
  const file = onsFile();
  file.features = file.features.filter((f) => PAIR.includes(f.properties!.LAD13CD));
  return file;
}

function mapPositions<T extends FeatureCollection>(file: T, project: (p: Position) => Position): T {
  const copy = structuredClone(file);
  coordEach(copy, (p) => {
    const [x, y] = project(p!);
    p![0] = x;
    p![1] = y;
  });
  return copy;
}

function renameProperties(file: FeatureCollection, names: Record<string, string>): FeatureCollection {
  for (const f of file.features) {
    f.properties = Object.fromEntries(Object.entries(f.properties!).flatMap(([k, v]) => (names[k] ? [[names[k], v]] : [])));
  }
  return file;
}

function refusalOf(call: () => unknown): BoundaryFileError {
  try {
    call();
  } catch (error) {
    if (error instanceof BoundaryFileError) return error;
    throw error;
  }
  throw new Error("Expected a BoundaryFileError");
}

function expectRefused(call: () => unknown, key: BoundaryErrorKey, ...messageParts: string[]): BoundaryFileError {
  const error = refusalOf(call);
  expect(error.key, error.message).toBe(key);
  for (const part of messageParts) expect(error.message).toContain(part);
  return error;
}

const square = (lng: number, lat: number, size: number): Polygon => ({
  type: "Polygon",
  coordinates: [[[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]]],
});

const polygonsOf = (g: Polygon | MultiPolygon) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);

let ons: PreparedBoundarySet;
beforeAll(() => {
  ons = prepareBoundaryFile(Buffer.from(ONS_TEXT));
}, 30_000);

describe("prepareBoundaryFile on the ONS 2013 file", () => {
  it("reads the 22 authorities in GSS order, with their code and name properties and WGS84 from the crs member", () => {
    expect(ons.features.map((f) => f.gss)).toEqual(reference.map((r) => r.gss_code));
    expect(ons.features[0].name).toBe("Isle of Anglesey");
    expect(ons.report).toMatchObject({
      format: "geojson",
      crs: "WGS84",
      crsSource: "crs member",
      codeProperty: "LAD13CD",
      nameProperty: "LAD13NM",
      welshNameProperty: "LAD13NMW",
      featuresRead: 22,
      featuresOutsideWales: 0,
      warnings: [],
    });
    expect(ons.report.vertices).toBeGreaterThan(33_000);
  });

  it("rounds the full coordinates to 6 decimals", () => {
    const positions = ons.features.flatMap((f) => listRings(f.geometry).flat());
    const unrounded = positions.filter((p) => p.some((v) => Math.round(v * 1e6) / 1e6 !== v));
    expect(positions.length).toBe(ons.report.vertices);
    expect(unrounded).toEqual([]);
  });

  it("measures every authority within 1% of its ONS land area and lists the differences largest first", () => {
    const differences = ons.report.areaDifferences;
    expect(differences).toHaveLength(22);
    for (const d of differences) {
      expect(Math.abs(d.differencePct), d.nameEn).toBeLessThan(1);
      expect(ons.areasKm2[d.gss]).toBe(d.areaKm2);
    }
    const sizes = differences.map((d) => Math.abs(d.differencePct));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(differences[0]).toMatchObject({ gss: "W06000005", nameEn: "Flintshire", referenceKm2: 440 });
  });

  it("makes a display copy of 60–120 KB of JSON, every authority within 3% of its full area", () => {
    const bytes = JSON.stringify(ons.display).length;
    expect(bytes).toBeGreaterThan(60_000);
    expect(bytes).toBeLessThan(120_000);
    expect(Object.keys(ons.display)).toEqual(reference.map((r) => r.gss_code));
    expect(ons.report.displayVertices).toBeLessThan(ons.report.vertices / 4);
    for (const f of ons.features) {
      expect(Math.abs(area(ons.display[f.gss]) / area(f.geometry) - 1), f.gss).toBeLessThan(0.03);
    }
  });

  it("writes display rings of at least 4 distinct positions at 4 decimals, leaving out islands that collapse", () => {
    for (const geometry of Object.values(ons.display)) {
      for (const ring of listRings(geometry)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(new Set(ring.map(String)).size).toBeGreaterThanOrEqual(3);
        for (const p of ring) expect(Math.round(p[0] * 1e4) / 1e4).toBe(p[0]);
      }
    }
    const pembrokeshire = "W06000009";
    expect(polygonsOf(ons.display[pembrokeshire]).length).toBeLessThan(polygonsOf(ons.features[7].geometry).length);
    expect(ons.features[7].gss).toBe(pembrokeshire);
  });

  it("keeps neighbours' display outlines meeting without overlaps (Cardiff with the Vale, Newport and Rhondda Cynon Taf)", () => {
    for (const other of ["W06000014", "W06000022", "W06000016"]) {
      const a = ons.display["W06000015"];
      const b = ons.display[other];
      expect(booleanIntersects(a, b), other).toBe(true);
      const overlap = intersect(featureCollection([toFeature(a), toFeature(b)]));
      expect(overlap ? area(overlap) / 1e6 : 0, other).toBeLessThan(0.01);
    }
  });
});

describe("simplifyForDisplay", () => {
  it("does not change the features it is given", () => {
    const features = ons.features.slice(12, 16);
    const before = JSON.stringify(features);
    simplifyForDisplay(features);
    expect(JSON.stringify(features)).toBe(before);
  });

  it("never leaves an authority out, even when all its rings would collapse", () => {
    const display = simplifyForDisplay(
      [
        { gss: "W06000015", name: null, geometry: square(-3.2, 51.5, 0.1) },
        { gss: "W06000014", name: null, geometry: square(-3.5, 51.4, 0.00003) },
      ],
      { tolerance: 1000 },
    );
    expect(Object.keys(display)).toEqual(["W06000015", "W06000014"]);
    expect(listRings(display.W06000014)[0].length).toBeGreaterThanOrEqual(4);
    expect(area(display.W06000015) / 1e6).toBeGreaterThan(50);
  });

  it("refuses a negative tolerance", () => {
    expect(() => simplifyForDisplay(ons.features, { tolerance: -1 })).toThrow("non-negative number of km²: -1");
  });
});

describe("prepareBoundaryFile with other coordinate systems", () => {
  const expectSameAreas = (prepared: PreparedBoundarySet, tolerance: number) => {
    for (const f of ons.features) {
      expect(Math.abs(prepared.areasKm2[f.gss] / ons.areasKm2[f.gss] - 1), f.gss).toBeLessThan(tolerance);
    }
  };

  it("reads a British National Grid copy declared by its crs member, areas within 0.1% of the WGS84 file's", SLOW, () => {
    const grid = { ...mapPositions(onsFile(), (p) => toGrid.forward([p[0], p[1]])), crs: GRID_CRS };
    const prepared = prepareBoundaryFile(JSON.stringify(grid));
    expect(prepared.report).toMatchObject({ crs: "EPSG:27700", crsSource: "crs member" });
    expectSameAreas(prepared, 0.001);
  });

  it("tells British National Grid from the coordinates when there is no crs member", SLOW, () => {
    const { crs: _crs, ...grid } = mapPositions(onsFile(), (p) => toGrid.forward([p[0], p[1]])) as FeatureCollection & { crs?: unknown };
    const prepared = prepareBoundaryFile(JSON.stringify(grid));
    expect(prepared.report).toMatchObject({ crs: "EPSG:27700", crsSource: "coordinates" });
    expectSameAreas(prepared, 0.001);
  });

  it("tells WGS84 from the coordinates, and reads an EPSG:4326 crs member as longitude, latitude", () => {
    const { crs: _crs, ...bare } = pairFile() as FeatureCollection & { crs?: unknown };
    expect(prepareBoundaryFile(JSON.stringify(bare), pairReference).report).toMatchObject({ crs: "WGS84", crsSource: "coordinates" });
    const declared = { ...bare, crs: { type: "name", properties: { name: "EPSG:4326" } } };
    expect(prepareBoundaryFile(JSON.stringify(declared), pairReference).report).toMatchObject({ crs: "WGS84", crsSource: "crs member" });
  });

  it("refuses a declared coordinate system other than WGS84 or the Grid", () => {
    const file = { ...pairFile(), crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::3857" } } };
    expectRefused(() => prepareBoundaryFile(JSON.stringify(file), pairReference), "unknownCrs", "urn:ogc:def:crs:EPSG::3857");
  });

  it("refuses coordinates that are neither degrees nor Grid metres, naming a feature and position", () => {
    const { crs: _crs, ...file } = mapPositions(pairFile(), (p) => [p[0] * 1e7, p[1] * 1e7]) as FeatureCollection & { crs?: unknown };
    const error = expectRefused(
      () => prepareBoundaryFile(JSON.stringify(file), pairReference),
      "unknownCrs",
      "neither",
      'Feature "W06000014" (Vale of Glamorgan) has the position -31954090.1833, 513960844.6245',
    );
    expect(error.params.gss).toBe("W06000014");
  });

  it("refuses longitude and latitude swapped, naming the feature outside Wales", () => {
    const file = mapPositions(pairFile(), (p) => [p[1], p[0]]);
    expectRefused(
      () => prepareBoundaryFile(JSON.stringify(file), pairReference),
      "unknownCrs",
      'Feature "W06000014" (Vale of Glamorgan) has the position 51.3961, -3.1954',
      "outside Wales",
    );
  });
});

describe("prepareBoundaryFile with other formats and property names", () => {
  it("reads a TopoJSON copy, picking the object that holds the W06 codes", SLOW, () => {
    const places: FeatureCollection = featureCollection([toFeature({ type: "Point", coordinates: [-3.18, 51.48] }, { name: "Cardiff" })]);
    const topo = topology({ places, authorities: onsFile() }, 1e6);
    const prepared = prepareBoundaryFile(JSON.stringify(topo));
    expect(prepared.report).toMatchObject({
      format: "topojson",
      crs: "WGS84",
      crsSource: "coordinates",
      codeProperty: "LAD13CD",
      featuresRead: 22,
    });
    expect(prepared.features.map((f) => f.gss)).toEqual(ons.features.map((f) => f.gss));
    for (const f of ons.features) expect(Math.abs(prepared.areasKm2[f.gss] / ons.areasKm2[f.gss] - 1), f.gss).toBeLessThan(0.001);
  });

  it.each([
    [{ LAD13CD: "LAD23CD", LAD13NM: "LAD23NM", LAD13NMW: "LAD23NMW" }, "LAD23CD", "LAD23NM", "LAD23NMW"],
    [{ LAD13CD: "CTYUA20CD", LAD13NM: "CTYUA20NM", LAD13NMW: "CTYUA20NMW" }, "CTYUA20CD", "CTYUA20NM", "CTYUA20NMW"],
    [{ LAD13CD: "lad19cd", LAD13NM: "lad19nm" }, "lad19cd", "lad19nm", null],
    [{ LAD13CD: "code", LAD13NM: "name" }, "code", "name", null],
    [{ LAD13CD: "gss_code", LAD13NM: "name_en", LAD13NMW: "name_cy" }, "gss_code", "name_en", "name_cy"],
    [{ LAD13CDO: "objectid", LAD13CD: "CODE", LAD13NM: "NAME" }, "CODE", "NAME", null],
  ])("reads codes and names under %j", (names, codeProperty, nameProperty, welshNameProperty) => {
    const prepared = prepareBoundaryFile(JSON.stringify(renameProperties(pairFile(), names)), pairReference);
    expect(prepared.report).toMatchObject({ codeProperty, nameProperty, welshNameProperty });
    expect(prepared.features.map((f) => [f.gss, f.name])).toEqual([["W06000014", "Vale of Glamorgan"], ["W06000015", "Cardiff"]]);
  });

  it("reads codes held in the feature id, warning that there are no names", () => {
    const file = pairFile();
    for (const f of file.features) {
      f.id = f.properties!.LAD13CD;
      f.properties = { OBJECTID: 1 };
    }
    const prepared = prepareBoundaryFile(JSON.stringify(file), pairReference);
    expect(prepared.report).toMatchObject({ codeProperty: "id", nameProperty: null });
    expect(prepared.features.map((f) => f.name)).toEqual([null, null]);
    expect(prepared.report.warnings).toEqual(['No name property was found; codes were read from "id"']);
  });

  it("keeps the 22 Welsh features of a UK-wide file and counts the rest", SLOW, () => {
    const file = onsFile();
    const outside = (code: string, lng: number, lat: number): Feature => toFeature(square(lng, lat, 0.1), { LAD13CD: code, LAD13NM: code });
    file.features.unshift(outside("E06000001", -1.3, 54.6), outside("E09000001", -0.1, 51.5));
    file.features.push(outside("S12000033", -2.2, 57.1));
    const prepared = prepareBoundaryFile(JSON.stringify(file));
    expect(prepared.features).toHaveLength(22);
    expect(prepared.report).toMatchObject({ featuresRead: 25, featuresOutsideWales: 3 });
  });
});

describe("prepareBoundaryFile refusals", () => {
  it("refuses a file over the size limit before parsing it", () => {
    expect(MAX_BOUNDARY_FILE_BYTES).toBe(100 * 1024 * 1024);
    const huge = "{ not json ".repeat(200);
    const error = expectRefused(() => prepareBoundaryFile(huge, reference, { maxBytes: 1000 }), "tooLarge", "2.1 KB", "1000 bytes");
    expect(error.params).toEqual({ bytes: 2200, maxBytes: 1000 });
    expectRefused(() => prepareBoundaryFile(Buffer.from(ONS_TEXT), reference, { maxBytes: 1024 * 1024 }), "tooLarge", "1.4 MB", "1 MB");
  });

  it("refuses a file that is not JSON", () => {
    expectRefused(() => prepareBoundaryFile("LAD13CD,LAD13NM\nW06000001,Isle of Anglesey"), "notJson", "not valid JSON");
  });

  it.each([
    ['{"type":"Feature","properties":{},"geometry":null}', 'an object of type "Feature"'],
    ["[1, 2]", "an array"],
    ['{"type":"FeatureCollection","features":[{"type":"Polygon","coordinates":[]}]}', "Item 0 of the FeatureCollection"],
  ])("refuses JSON that is not GeoJSON: %s", (text, part) => {
    expectRefused(() => prepareBoundaryFile(text), "notGeoJson", part);
  });

  it("refuses a file without W06 codes, listing the properties it has", () => {
    const file = renameProperties(pairFile(), { LAD13NM: "LAD13NM" });
    expectRefused(() => prepareBoundaryFile(JSON.stringify(file), pairReference), "noCodeProperty", "properties found: LAD13NM");
  });

  it("refuses a file with 21 authorities, naming the one missing", () => {
    const file = onsFile();
    file.features = file.features.filter((f) => f.properties!.LAD13CD !== "W06000024");
    const error = refusalOf(() => prepareBoundaryFile(JSON.stringify(file)));
    expect([error.key, error.message]).toEqual(["missingCodes", "The file has 21 Welsh authorities; missing: W06000024 (Merthyr Tydfil)"]);
    expect(error.params).toMatchObject({ count: 21, expected: 22, codes: "W06000024" });
  });

  it("refuses a code that appears twice", () => {
    const file = onsFile();
    file.features.push(structuredClone(file.features.find((f) => f.properties!.LAD13CD === "W06000015")!));
    const error = expectRefused(() => prepareBoundaryFile(JSON.stringify(file)), "duplicateCode", "W06000015 (Cardiff) is on 2 features");
    expect(error.params).toMatchObject({ gss: "W06000015", count: 2 });
  });

  it("refuses a W06 code that is not one of the authorities", () => {
    const file = onsFile();
    file.features[3].properties!.LAD13CD = "W06000099";
    expectRefused(() => prepareBoundaryFile(JSON.stringify(file)), "unexpectedCode", '"W06000099" (Denbighshire)', "not one of the 22");
  });

  it("refuses a bow-tie ring, naming the authority and where it crosses", SLOW, () => {
    const file = onsFile();
    const powys = file.features.find((f) => f.properties!.LAD13CD === "W06000023")!;
    powys.geometry = { type: "Polygon", coordinates: [[[-3.5, 52.3], [-3.3, 52.5], [-3.3, 52.3], [-3.5, 52.5], [-3.5, 52.3]]] };
    const error = refusalOf(() => prepareBoundaryFile(JSON.stringify(file)));
    expect(error.key).toBe("selfIntersection");
    expect(error.message).toBe('Feature "W06000023" (Powys) has a self-intersecting ring near -3.4, 52.4');
    expect(error.params).toEqual({ gss: "W06000023", name: "Powys", lng: -3.4, lat: 52.4 });
  });

  it.each<[string, Geometry | null, string]>([
    ["a point", { type: "Point", coordinates: [-3.18, 51.48] }, "has a Point geometry"],
    ["no geometry", null, "has no geometry"],
    ["an open ring", { type: "Polygon", coordinates: [[[-3.2, 51.5], [-3.1, 51.5], [-3.1, 51.6], [-3.2, 51.6]]] }, "not closed"],
    ["a 3-position ring", { type: "Polygon", coordinates: [[[-3.2, 51.5], [-3.1, 51.5], [-3.2, 51.5]]] }, "a ring with 3 positions"],
    [
      "a text coordinate",
      { type: "Polygon", coordinates: [[[-3.2, 51.5], [-3.1, "51.5"], [-3.1, 51.6], [-3.2, 51.5]]] } as unknown as Polygon,
      "invalid position",
    ],
  ])("refuses %s, naming the feature", (_label, geometry, part) => {
    const file = pairFile();
    file.features[1].geometry = geometry as Geometry;
    expectRefused(() => prepareBoundaryFile(JSON.stringify(file), pairReference), "badGeometry", 'Feature "W06000015" (Cardiff)', part);
  });

  it("refuses areas more than 25% off the land areas, and warns of those more than 2% off", () => {
    const withCardiff = (land_area_km2: number) => pairReference.map((r) => (r.gss_code === "W06000015" ? { ...r, land_area_km2 } : r));
    const error = expectRefused(
      () => prepareBoundaryFile(JSON.stringify(pairFile()), withCardiff(300)),
      "areaMismatch",
      "wrong file or the wrong coordinate system",
      'Feature "W06000015" (Cardiff) measures 140 km², 53.33% less than its ONS land area of 300 km²',
    );
    expect(error.params).toMatchObject({ gss: "W06000015", count: 1, differencePct: -53.33 });
    const warned = prepareBoundaryFile(JSON.stringify(pairFile()), withCardiff(145));
    expect(warned.report.warnings).toEqual([
      'Feature "W06000015" (Cardiff) measures 140 km², 3.45% less than its ONS land area of 145 km²; ' +
        "check that this is the boundary you mean",
    ]);
  });
});

describe("findSelfIntersection", () => {
  it("does not count parts that touch at a corner, or a hole whose vertex touches its outer ring", () => {
    const touchingParts: MultiPolygon = { type: "MultiPolygon", coordinates: [square(0, 0, 1).coordinates, square(1, 1, 1).coordinates] };
    const holeTouching: Polygon = {
      type: "Polygon",
      coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[0, 2], [2, 1], [2, 3], [0, 2]]],
    };
    expect(findSelfIntersection(touchingParts)).toBeNull();
    expect(findSelfIntersection(holeTouching)).toBeNull();
  });

  it("finds rings of one polygon that cross each other", () => {
    const crossingHole: Polygon = { type: "Polygon", coordinates: [square(0, 0, 4).coordinates[0], square(3, 1, 2).coordinates[0]] };
    expect(findSelfIntersection(crossingHole)?.[0]).toBe(4);
  });
});
