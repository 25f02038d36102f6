/**
 * Official geography on the real seed: the ONS boundaries are the default, a boundary file can be
 * imported (checked first, all or nothing) and switched back, point projects follow the active
 * outlines, people are placed by small area, and real small-area populations can replace the
 * equal shares.
 */
import { readFileSync } from "node:fs";
import proj4 from "proj4";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { boundaryCollection, displayBoundaries } from "../../../app/coverage/boundaries.server";
import { importBoundaryFile, switchBoundarySet } from "../../../app/coverage/boundary-import.server";
import { coverageRows, peopleBasis } from "../../../app/coverage/coverage.server";
import type { Db } from "../../../db/client";
import { listAuthorities } from "../../../db/queries/authorities";
import { getActiveBoundaries, listBoundarySets } from "../../../db/queries/boundaries";
import { bumpDataVersion, getDataVersion } from "../../../db/queries/meta";
import { replaceSmallAreaPopulations } from "../../../db/queries/population";
import { insertProject, setProjectAreas, setProjectThemes } from "../../../db/queries/records";
import * as s from "../../../db/schema";
import { loadAuthorityReference } from "../../../geo/authorities";
import { BoundaryFileError } from "../../../geo/boundaries/boundary-file";
import { PopulationFileError, parseSmallAreaPopulations } from "../../../geo/population/small-area-populations";
import { authoritiesReachedByCircle } from "../../../geo/reach";
import { listSmallAreas } from "../../../geo/small-areas";
import { loadSeed } from "../../../seeds/load-seed";
import { buildSeedInput } from "../../../seeds/seed-input";
import { makeDb } from "../../factories";

const ONS_FILE = readFileSync(new URL("../../../../shared/geo/ons-lad-2013-wales.geojson", import.meta.url));
const BNG = "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs";
const AS_OF = "2026-12-01";
const reference = loadAuthorityReference();

/** The ONS file reprojected to British National Grid, with or without its `crs` member. */
function bngFile(withCrs: boolean): string {
  const source = JSON.parse(ONS_FILE.toString("utf8"));
  const toBng = proj4("WGS84", BNG);
  const mapRing = (ring: number[][]) => ring.map((p) => toBng.forward(p).map((v: number) => Math.round(v * 100) / 100));
  for (const f of source.features) {
    const g = f.geometry;
    g.coordinates = g.type === "Polygon" ? g.coordinates.map(mapRing) : g.coordinates.map((poly: number[][][]) => poly.map(mapRing));
  }
  source.crs = withCrs ? { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::27700" } } : undefined;
  return JSON.stringify(source);
}

const activeAreas = (db: Db) => new Map(getActiveBoundaries(db)!.features.map((f) => [f.gssCode, f.areaKm2]));
const setCount = (db: Db) => db.select().from(s.boundarySets).all().length;

let db: Db;
let pointProject: number;
beforeAll(() => {
  db = makeDb();
  loadSeed(db, buildSeedInput());
  const organisationId = db.select({ id: s.organisations.id }).from(s.organisations).limit(1).get()!.id;
  // A 6 km circle on the Wrexham–Flintshire border, where Natural Earth's outlines are far off.
  pointProject = insertProject(db, { organisationId, titleEn: "Border advice van", areaKind: "point", pointLng: -3.05, pointLat: 53.1, radiusKm: 6 });
  setProjectAreas(db, pointProject, [], true);
});

describe("the default boundary set", () => {
  it("is the ONS set, with Natural Earth kept as an inactive fallback", () => {
    const sets = listBoundarySets(db);
    expect(sets.find((x) => x.active)?.id).toBe("ons-lad-2013");
    expect(sets.map((x) => x.id).sort()).toEqual(["natural-earth-admin1", "ons-lad-2013"]);
    expect(sets.find((x) => x.id === "ons-lad-2013")?.attribution).toContain("Contains National Statistics data © Crown copyright and database right 2013");
  });

  it("gives every authority an area within 1% of its ONS land area", () => {
    const areas = activeAreas(db);
    expect(areas.size).toBe(22);
    for (const a of reference) expect(Math.abs(areas.get(a.gss_code)! / a.land_area_km2 - 1), a.name_en).toBeLessThan(0.01);
  });

  it("sends browsers a simplified copy a tenth of the full size, each area within 3%", () => {
    const full = JSON.stringify(boundaryCollection(db).collection).length;
    const display = JSON.stringify(displayBoundaries(db).collection).length;
    expect(display).toBeLessThan(120_000);
    expect(display * 5).toBeLessThan(full);
  });

  it("places each LSOA in the authority its ONS code names (interior points on the official outlines)", () => {
    const rows = coverageRows(db, AS_OF, null);
    const lsoas = listSmallAreas().filter((a) => a.type === "LSOA");
    expect(rows.reduce((sum, r) => sum + r.population, 0)).toBe(reference.reduce((sum, a) => sum + a.population_census_2021, 0));
    // Every authority's people add up to its Census population, in reach or not.
    for (const r of rows) {
      expect(r.peopleInReach + r.peopleOutOfReach).toBe(r.population);
      expect(r.population, r.gss).toBe(reference.find((a) => a.gss_code === r.gss)!.population_census_2021);
    }
    expect(lsoas.length).toBe(1909);
  });

  it("says the people basis is equal shares of the Census", () => {
    expect(peopleBasis(db)).toEqual({ kind: "equal-shares" });
  });
});

describe("importing a boundary file", () => {
  it("reads a British National Grid version of the ONS file to within 0.1% of the WGS84 areas, without changing anything on a dry run", () => {
    const before = activeAreas(db);
    const version = getDataVersion(db);
    const dry = importBoundaryFile(db, bngFile(false), { fileName: "lad-bng.geojson", userId: null, dryRun: true });
    expect(dry.setId).toBeNull();
    expect(dry.report.crs).toBe("EPSG:27700");
    expect(setCount(db)).toBe(2);
    expect(getDataVersion(db)).toBe(version);
    const done = importBoundaryFile(db, bngFile(true), { fileName: "lad-bng.geojson", name: "ONS 2013 in BNG", licence: "Open Government Licence v3.0", userId: null });
    expect(done.setId).toMatch(/^import-\d{14}-ons-2013-in-bng$/);
    expect(getDataVersion(db)).toBeGreaterThan(version);
    const after = activeAreas(db);
    for (const [gss, area] of before) expect(Math.abs(after.get(gss)! / area - 1), gss).toBeLessThan(0.001);
    const listed = listBoundarySets(db).find((x) => x.id === done.setId)!;
    expect(listed).toMatchObject({ active: true, source: "lad-bng.geojson", licence: "Open Government Licence v3.0", authorities: 22 });
  });

  it("re-derives the authorities of point projects from the active outlines, and switching back keeps every set", () => {
    const areasOf = () => db.select({ gss: s.projectAreas.gssCode }).from(s.projectAreas).where(eq(s.projectAreas.projectId, pointProject)).all().map((r) => r.gss).sort();
    const expected = () => authoritiesReachedByCircle(-3.05, 53.1, 6, boundaryCollection(db).collection).sort();
    const ne = switchBoundarySet(db, "natural-earth-admin1", null)!;
    expect(ne.recomputedProjects).toBeGreaterThanOrEqual(1);
    expect(areasOf()).toEqual(expected());
    const ons = switchBoundarySet(db, "ons-lad-2013", null)!;
    expect(ons.recomputedProjects).toBe(ne.recomputedProjects);
    expect(areasOf()).toEqual(expected());
    expect(areasOf()).toContain("W06000006");
    expect(setCount(db)).toBe(3);
    expect(switchBoundarySet(db, "no-such-set", null)).toBeUndefined();
  });

  it("keeps a person's choice when the seed runs again", () => {
    const admin = db.insert(s.users).values({ email: "admin@example.org", passwordHash: "x", role: "admin", createdAt: AS_OF }).returning().get().id;
    switchBoundarySet(db, "natural-earth-admin1", admin);
    loadSeed(db, buildSeedInput());
    expect(getActiveBoundaries(db)!.set.id).toBe("natural-earth-admin1");
    expect(listBoundarySets(db).find((x) => x.active)?.activatedByEmail).toBe("admin@example.org");
    switchBoundarySet(db, "ons-lad-2013", admin);
  });

  it.each([
    ["not JSON", "this is not a boundary file", "notJson"],
    ["21 authorities", (() => {
      const f = JSON.parse(ONS_FILE.toString("utf8"));
      f.features = f.features.filter((x: { properties: { LAD13CD: string } }) => x.properties.LAD13CD !== "W06000024");
      return JSON.stringify(f);
    })(), "missingCodes"],
  ])("refuses %s and changes nothing", (_what, file, key) => {
    const version = getDataVersion(db);
    const active = getActiveBoundaries(db)!.set.id;
    let error: unknown;
    try {
      importBoundaryFile(db, file, { fileName: "bad.geojson", userId: null });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BoundaryFileError);
    expect((error as BoundaryFileError).key).toBe(key);
    expect(setCount(db)).toBe(3);
    expect(getActiveBoundaries(db)!.set.id).toBe(active);
    expect(getDataVersion(db)).toBe(version);
  });
});

describe("people placed by small area on the official outlines", () => {
  it("brings every person of Cardiff in reach when a current service's circle covers all of it, and counts the rest of Wales apart", () => {
    const organisationId = db.select({ id: s.organisations.id }).from(s.organisations).limit(1).get()!.id;
    const id = insertProject(db, { organisationId, titleEn: "Cardiff-wide outreach", kind: "service", areaKind: "point", pointLng: -3.18, pointLat: 51.5, radiusKm: 25, lastEvidenced: "2026-10" });
    setProjectThemes(db, id, ["hate-crime"]);
    setProjectAreas(db, id, authoritiesReachedByCircle(-3.18, 51.5, 25, boundaryCollection(db).collection), true);
    bumpDataVersion(db);
    const cardiff = coverageRows(db, AS_OF, "hate-crime").find((r) => r.gss === "W06000015")!;
    expect(cardiff).toMatchObject({ population: 362_312, peopleInReach: 362_312, peopleOutOfReach: 0, areaCoverage: 1 });
    for (const r of coverageRows(db, AS_OF, "hate-crime")) expect(r.peopleInReach + r.peopleOutOfReach).toBe(r.population);
  });
});

describe("imported small-area populations", () => {
  const lsoas = listSmallAreas().filter((a) => a.type === "LSOA");
  const census = () => new Map(listAuthorities(db).map((a) => [a.gssCode, a.population2021!]));
  const csv = (rows: string[]) => ["LSOA code,Usual residents", ...rows].join("\n");

  it("names the line and column of a fault", () => {
    const rows = lsoas.map((a) => `${a.code},1500`);
    rows[4] = `${lsoas[4].code},"1,500"`;
    expect(() => parseSmallAreaPopulations(csv(rows), lsoas, census())).toThrow(/Line 6, column "Usual residents"/);
    expect(() => parseSmallAreaPopulations(csv(rows.slice(1)), lsoas, census())).toThrow(PopulationFileError);
    expect(() => parseSmallAreaPopulations(csv([...rows.slice(0, 4), "W01999999,10"]), lsoas, census())).toThrow(/Line 6.*W01999999/);
  });

  it("replaces the equal shares, and the page says so", () => {
    const { populations, report } = parseSmallAreaPopulations(csv(lsoas.map((a) => `${a.code},1500`)), lsoas, census());
    expect(report.rows).toBe(1909);
    db.transaction((tx) => replaceSmallAreaPopulations(tx, populations, "lsoa.csv", "2026-12-02T00:00:00Z"));
    expect(peopleBasis(db)).toMatchObject({ kind: "imported", source: "lsoa.csv" });
    const rows = coverageRows(db, AS_OF, null);
    const counts = new Map<string, number>();
    for (const a of lsoas) counts.set(a.gss, (counts.get(a.gss) ?? 0) + 1);
    for (const r of rows) {
      expect(r.population).toBe(counts.get(r.gss)! * 1500);
      expect(r.peopleInReach + r.peopleOutOfReach).toBe(r.population);
    }
    db.transaction((tx) => replaceSmallAreaPopulations(tx, [], "", "2026-12-02T00:00:00Z"));
    expect(peopleBasis(db)).toEqual({ kind: "equal-shares" });
  });
});
