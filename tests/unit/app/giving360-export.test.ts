/**
 * Publishing the directory's awards as 360Giving (JSON package and CSV), and the round trip: the
 * published file, imported with the site's own 360Giving importer into a database that holds only
 * the reference data, gives back the same awards.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { awardsAs360Giving, DEFAULT_GIVING360_PREFIX, giving360CsvTable, giving360Prefix, SKIP_REASONS, wholeYears } from "../../../app/downloads/giving360-export.server";
import type { Giving360Grant, Giving360Package } from "../../../app/downloads/giving360-export.server";
import { buildDownload } from "../../../app/downloads/export.server";
import { importGrantFile } from "../../../app/funding/grant-import.server";
import type { Db } from "../../../db/client";
import { setRecordStatus } from "../../../db/queries/records";
import * as s from "../../../db/schema";
import { WALES_AUTHORITIES } from "../../../geo/authorities";
import { loadSeed, type SeedInput } from "../../../seeds/load-seed";
import { buildSeedInput } from "../../../seeds/seed-input";
import { idsOf, makeContext, makeDb } from "../../factories";
import { readCsv } from "../../helpers";

const PREFIX = DEFAULT_GIVING360_PREFIX;
const TODAY = "2026-05-01";
const dir = mkdtempSync(join(tmpdir(), "cmw-360g-export-"));
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ALL_AUTHORITIES = WALES_AUTHORITIES.map((a) => a.gss_code).sort();
const [CARDIFF, NEWPORT] = ["W06000015", "W06000022"];

/** The real seed with test records added that cover every shape an award can take. */
function seedWithEveryShape(): SeedInput {
  const input = buildSeedInput();
  const doc = "990_giving360-export-test.txt";
  const cite = (quote: string) => ({ doc, quote });
  input.documents.push({ id: doc, title: "Test records for the 360Giving export", author: "Tests", date: "2026-01-01" });
  input.funders.push({ slug: "g360-trust", nameEn: "Test Giving Trust", kind: "trust", cite: cite("The trust funds it.") });
  input.organisations.push(
    { slug: "g360-charity", nameEn: "Cardiff Test Charity", kind: "charity", charityNumber: "1234567", companyNumber: "07654321", descriptionEn: "A test charity.", homeGss: CARDIFF, cite: cite("A charity in Cardiff.") },
    { slug: "g360-group", nameEn: "Test Community Group", kind: "community-group", descriptionEn: "A test group.", cite: cite("A group.") },
  );
  const project = (key: string, organisation: string, area: SeedInput["projects"][number]["area"], extra: Partial<SeedInput["projects"][number]> = {}) =>
    input.projects.push({ key, kind: "service", organisation, titleEn: `Test project ${key}`, descriptionEn: `What ${key} does.`, themes: ["hate-crime"], area, start: null, end: null, cite: cite(`Project ${key}.`), ...extra });
  project("g360-two-authorities", "g360-charity", { kind: "authorities", gss: [NEWPORT, CARDIFF] }, { themes: ["hate-crime", "youth-asb"] });
  project("g360-point", "g360-group", { kind: "point", lng: -3.18, lat: 51.48, radiusKm: 3 }, { descriptionEn: "" });
  project("g360-unnamed", "g360-group", { kind: "wales" }, { deliveryNotNamed: true });
  const award = (key: string, extra: Partial<SeedInput["awards"][number]>) =>
    input.awards.push({ key, funder: "g360-trust", programmeEn: `Programme ${key}`, amountPence: 1_000_000, start: "2026-04-01", end: null, cite: cite(`Award ${key}.`), ...extra });
  award("g360-day", { project: "g360-two-authorities", amountPence: 2_500_050, start: "2026-04-01", end: "2027-03-31" });
  award("g360-month", { funder: "welsh-government", project: "g360-point", amountApproximate: true, start: "2025-09", end: "2026-02" });
  award("g360-year", { funder: "national-lottery", organisation: "g360-charity", alsoTo: ["g360-group"], amountPence: 300_000, start: "2024", end: "2026" });
  award("g360-per-year-whole", { project: "g360-two-authorities", amountPence: 100_000, amountPeriod: "per-year", start: "2026-04-01", end: "2028-03-31" });
  award("g360-per-year-part", { project: "g360-two-authorities", amountPence: 100_000, amountPeriod: "per-year", start: "2026-04", end: "2026-12" });
  award("g360-unnamed", { project: "g360-unnamed" });
  award("g360-archived", { project: "g360-two-authorities" });
  award("g360-synthetic", { project: "g360-two-authorities" });
  return input;
}

/** A database with the reference data only: authorities, themes, boundaries, no records. */
function referenceDb(): Db {
  const db = makeDb();
  loadSeed(db, { ...buildSeedInput(), organisations: [], projects: [], awards: [], funders: [], practice: [] });
  return db;
}

function writeFile(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

let seedDb: Db;
let richDb: Db;
let rich: Giving360Package;
let richIds: Record<string, number>;
const grantOf = (key: string) => rich.grants.find((g) => g.id === `${PREFIX}-award-${richIds[key]}`)!;

beforeAll(() => {
  seedDb = makeDb();
  loadSeed(seedDb, buildSeedInput());
  richDb = makeDb();
  loadSeed(richDb, seedWithEveryShape());
  richIds = idsOf(richDb).awards;
  setRecordStatus(richDb, "award", richIds["g360-archived"], "archived");
  richDb.update(s.awards).set({ synthetic: true }).where(eq(s.awards.id, richIds["g360-synthetic"])).run();
  rich = awardsAs360Giving(richDb, { prefix: PREFIX, today: TODAY }).package;
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("giving360Prefix", () => {
  it("is 360G-cohesionmapwales unless GIVING360_PREFIX sets another", () => {
    vi.stubEnv("GIVING360_PREFIX", "");
    expect(giving360Prefix()).toBe("360G-cohesionmapwales");
    vi.stubEnv("GIVING360_PREFIX", "360G-example-org");
    expect(giving360Prefix()).toBe("360G-example-org");
  });

  it.each(["GB-CHC-1234567", "360G-", "360G-has space", "360g-lowercase", "360G-x/../y"])("falls back to the default for the invalid prefix %j", (value) => {
    expect(giving360Prefix(value)).toBe(DEFAULT_GIVING360_PREFIX);
  });

  it("refuses to build a package with an invalid prefix", () => {
    expect(() => awardsAs360Giving(seedDb, { prefix: "GB-CHC-1", today: TODAY })).toThrow("Invalid 360Giving prefix: GB-CHC-1");
  });
});

describe("wholeYears", () => {
  it("counts the whole years between a start and an end known to the day or month", () => {
    expect(wholeYears("2025-04", "month", "2028-03", "month")).toBe(3);
    expect(wholeYears("2026-04-15", "day", "2027-04-14", "day")).toBe(1);
    expect(wholeYears("2024-02-29", "day", "2025-02-27", "day")).toBe(1);
  });

  it("gives null for part years and for dates known only to the year", () => {
    expect(wholeYears("2026-04", "month", "2026-12", "month")).toBeNull();
    expect(wholeYears("2026-04-01", "day", "2027-04-01", "day")).toBeNull();
    expect(wholeYears("2022", "year", "2025", "year")).toBeNull();
  });
});

/** The standard's required fields, and this publisher's rules for identifiers, places and dates. */
/** The 360Giving 1.4 rules as a JSON Schema (see the file's $comment for what it encodes and why it is ours). */
const validatePackage = addFormats(new Ajv({ allErrors: true, strict: true, strictRequired: false, allowMatchingProperties: true })).compile(
  JSON.parse(readFileSync(new URL("../../fixtures/360giving/package-1.4.schema.json", import.meta.url), "utf8")),
);
function schemaErrors(pkg: unknown): string[] {
  return validatePackage(pkg) ? [] : (validatePackage.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`);
}

function expectValidGrants(pkg: Giving360Package, importedIds: Set<string> = new Set()) {
  expect(schemaErrors(pkg)).toEqual([]);
  for (const g of pkg.grants) {
    expect(g.id, g.id).toMatch(/\S/);
    expect(g.title.trim(), g.id).not.toBe("");
    expect(g.description.trim(), g.id).not.toBe("");
    expect(g.currency).toBe("GBP");
    expect(typeof g.amountAwarded).toBe("number");
    expect(g.amountAwarded).toBeGreaterThanOrEqual(0);
    expect(g.awardDate).toMatch(FULL_DATE);
    for (const org of [g.fundingOrganization[0], g.recipientOrganization[0]]) {
      expect(org.id, g.id).toMatch(/\S/);
      expect(org.name, g.id).toMatch(/\S/);
    }
    if (!importedIds.has(g.id)) expect(g.id.startsWith(`${PREFIX}-award-`)).toBe(true);
    for (const d of g.plannedDates) for (const day of [d.startDate, d.endDate].filter(Boolean)) expect(day).toMatch(FULL_DATE);
    for (const loc of g.beneficiaryLocation ?? []) {
      if (loc.geoCode === undefined) expect(loc).toEqual({ latitude: expect.any(Number), longitude: expect.any(Number) });
      else if (loc.geoCodeType === "CTRY") expect(loc).toEqual({ name: "Wales", geoCode: "W92000004", geoCodeType: "CTRY" });
      else expect(loc).toEqual({ name: expect.stringMatching(/\S/), geoCode: expect.stringMatching(/^W06\d{6}$/), geoCodeType: "UA" });
    }
  }
  expect(new Set(pkg.grants.map((g) => g.id)).size).toBe(pkg.grants.length);
}

describe("the 360Giving schema the exports are checked against", () => {
  it("refuses a package that breaks the standard's rules, naming the field", () => {
    const { package: pkg } = awardsAs360Giving(richDb, { prefix: PREFIX, today: TODAY });
    expect(schemaErrors(pkg)).toEqual([]);
    const broken = (change: (g: Record<string, unknown>) => void) => {
      const copy = structuredClone(pkg) as unknown as { grants: Record<string, unknown>[] };
      change(copy.grants[0]);
      return schemaErrors(copy).join("; ");
    };
    expect(broken((g) => delete g.amountAwarded)).toContain("must have required property 'amountAwarded'");
    expect(broken((g) => (g.amountAwarded = "£1,000"))).toContain("/grants/0/amountAwarded must be number");
    expect(broken((g) => (g.currency = "pounds"))).toContain("/grants/0/currency must match pattern");
    expect(broken((g) => (g.awardDate = "24/07/2014"))).toContain("/grants/0/awardDate");
    expect(broken((g) => (g.awardDate = "2026-02-30"))).toContain("/grants/0/awardDate");
    expect(broken((g) => delete g.recipientOrganization)).toContain("must match a schema in anyOf");
    expect(broken((g) => (g.fundingOrg = g.fundingOrganization))).toContain("must NOT have additional properties (fundingOrg)");
    expect(broken((g) => (g.beneficiaryLocation = [{ geoCode: "W06000023" }]))).toContain("must have property geoCodeType when property geoCode is present");
    expect(schemaErrors({ grants: [] })).toEqual(["/grants must NOT have fewer than 1 items"]);
  });
});

describe("awardsAs360Giving on the real seed", () => {
  it("is a 1.4 package from this publisher, dated the day it is made", () => {
    const { package: pkg } = awardsAs360Giving(seedDb, { prefix: PREFIX, today: TODAY });
    expect(pkg).toMatchObject({ version: "1.4", publisher: { name: "Cohesion Map Wales", prefix: PREFIX }, issued: TODAY, modified: TODAY });
    expect(pkg.title).toMatch(/Cohesion Map Wales/);
  });

  it("gives every grant the standard's required fields, a unique identifier, W06 or Wales codes and full dates", () => {
    const { package: pkg } = awardsAs360Giving(seedDb, { prefix: PREFIX, today: TODAY });
    expect(pkg.grants.length).toBeGreaterThan(0);
    expectValidGrants(pkg);
  });

  it("accounts for every published award: a grant, or left out with the reasons why", () => {
    const { package: pkg, skipped } = awardsAs360Giving(seedDb, { prefix: PREFIX, today: TODAY });
    const published = seedDb.select({ id: s.awards.id }).from(s.awards).where(eq(s.awards.status, "published")).all();
    expect(pkg.grants.length + skipped.length).toBe(published.length);
    for (const a of skipped) {
      expect(a.reasons.length, a.title).toBeGreaterThan(0);
      for (const r of a.reasons) expect(SKIP_REASONS[r]).toMatch(/\w/);
    }
    // The seed's awards mostly have no amount and no start date: they are counted, not published with made-up values.
    expect(skipped.filter((a) => a.reasons.includes("no-amount")).length).toBeGreaterThan(10);
    expect(pkg.description).toContain(`${skipped.length} listed award(s) are left out`);
  });

  it("publishes a yearly amount as the whole award over the years its dates span, saying so", () => {
    const { package: pkg, skipped } = awardsAs360Giving(seedDb, { prefix: PREFIX, today: TODAY });
    const grant = pkg.grants.find((g) => g.title === "Democratic Engagement Grant")!;
    expect(grant).toMatchObject({
      amountAwarded: 1_200_000,
      "cmw:amountPerYear": 400_000,
      awardDate: "2025-04-01",
      plannedDates: [{ startDate: "2025-04-01", endDate: "2028-03-31" }],
      "cmw:awardDatePrecision": "month",
      "cmw:startDatePrecision": "month",
      "cmw:endDatePrecision": "month",
      beneficiaryLocation: [{ name: "Wales", geoCode: "W92000004", geoCodeType: "CTRY" }],
      fundingOrganization: [{ id: `${PREFIX}-funder-welsh-government`, name: "Welsh Government" }],
    });
    // "Approximately £1.63m per annum" with no start date: no whole amount and no award date.
    expect(skipped.find((a) => a.title === "Community Cohesion Programme")?.reasons).toEqual(["per-year-amount", "no-start-date"]);
  });
});

describe("awardsAs360Giving on every shape of award", () => {
  it("gives every grant the standard's required fields", () => {
    expectValidGrants(rich);
  });

  it("leaves out archived and synthetic awards without listing them, and lists the others it cannot publish", () => {
    const { skipped } = awardsAs360Giving(richDb, { prefix: PREFIX, today: TODAY });
    const ids = new Set(rich.grants.map((g) => g.id));
    for (const key of ["g360-archived", "g360-synthetic"]) {
      expect(ids.has(`${PREFIX}-award-${richIds[key]}`)).toBe(false);
      expect(skipped.some((a) => a.awardId === richIds[key])).toBe(false);
    }
    const reasons = (key: string) => skipped.find((a) => a.awardId === richIds[key])?.reasons;
    expect(reasons("g360-per-year-part")).toEqual(["per-year-amount"]);
    expect(reasons("g360-unnamed")).toEqual(["recipient-not-named"]);
  });

  it("writes day dates as they are and the amount in pounds and pence", () => {
    expect(grantOf("g360-day")).toMatchObject({
      amountAwarded: 25_000.5,
      awardDate: "2026-04-01",
      plannedDates: [{ startDate: "2026-04-01", endDate: "2027-03-31" }],
      "cmw:awardDatePrecision": "day",
      "cmw:endDatePrecision": "day",
      title: "Test project g360-two-authorities",
      description: "What g360-two-authorities does.",
      grantProgramme: [{ title: "Programme g360-day" }],
      beneficiaryLocation: [
        { name: "Cardiff", geoCode: CARDIFF, geoCodeType: "UA" },
        { name: "Newport", geoCode: NEWPORT, geoCodeType: "UA" },
      ],
      classifications: [
        { vocabulary: "cmw:theme", code: "hate-crime", title: expect.stringMatching(/hate crime/i) },
        { vocabulary: "cmw:theme", code: "youth-asb", title: expect.any(String) },
      ],
    });
  });

  it("ends a month-precision end on the month's last day and gives a point its latitude and longitude", () => {
    const g = grantOf("g360-month");
    expect(g).toMatchObject({
      awardDate: "2025-09-01",
      plannedDates: [{ startDate: "2025-09-01", endDate: "2026-02-28" }],
      "cmw:startDatePrecision": "month",
      "cmw:endDatePrecision": "month",
      "cmw:amountApproximate": true,
      "cmw:pointRadiusKm": 3,
      description: "Description not stated",
    });
    expect(g.beneficiaryLocation).toEqual([{ latitude: 51.48, longitude: -3.18 }]);
  });

  it("ends a year-precision end on 31 December and describes an award to an organisation by its own facts", () => {
    const g = grantOf("g360-year");
    expect(g).toMatchObject({
      title: "Programme g360-year",
      description: "Description not stated",
      plannedDates: [{ startDate: "2024-01-01", endDate: "2026-12-31" }],
      ...{ awardDate: "2024-01-01", "cmw:startDatePrecision": "year", "cmw:endDatePrecision": "year" },
      recipientOrganization: [
        { id: `${PREFIX}-org-g360-charity`, name: "Cardiff Test Charity", charityNumber: "1234567", companyNumber: "07654321", location: [{ name: "Cardiff", geoCode: CARDIFF, geoCodeType: "UA" }] },
      ],
      "cmw:coRecipientOrganization": [{ id: `${PREFIX}-org-g360-group`, name: "Test Community Group" }],
    });
    expect(g.beneficiaryLocation).toBeUndefined();
  });

  it("multiplies a yearly amount by whole years only", () => {
    expect(grantOf("g360-per-year-whole")).toMatchObject({ amountAwarded: 2000, "cmw:amountPerYear": 1000 });
  });
});

describe("giving360CsvTable", () => {
  it("titles the columns as the standard does, numbering repeated locations and classifications", () => {
    const { columns, rows } = giving360CsvTable(rich);
    expect(columns.slice(0, 14)).toEqual([
      "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date",
      "Funding Org:Identifier", "Funding Org:Name", "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:Company Number",
    ]);
    const numbered = ["Beneficiary Location:0:Name", "Beneficiary Location:0:Geographic Code", "Beneficiary Location:0:Geographic Code Type", "Beneficiary Location:1:Geographic Code"];
    expect(columns).toEqual(expect.arrayContaining([...numbered, "Beneficiary Location:0:Latitude", "Grant Programme:Title", "Classifications:0:Title", "Classifications:1:Vocabulary", "cmw:endDatePrecision"]));
    expect(rows).toHaveLength(rich.grants.length);
    for (const row of rows) expect(Object.keys(row)).toEqual(columns);
    const day = rows.find((r) => r.Identifier === grantOf("g360-day").id)!;
    expect(day).toMatchObject({ "Amount Awarded": 25_000.5, "Beneficiary Location:1:Geographic Code": NEWPORT, "Planned Dates:End Date": "2027-03-31" });
  });

  it("still has the standard's columns when there are no grants", () => {
    const { columns, rows } = giving360CsvTable({ ...rich, grants: [] });
    expect(rows).toEqual([]);
    expect(columns).toContain("Amount Awarded");
    expect(columns).toContain("Grant Programme:Title");
  });
});

/** The imported award with its project's authorities, funder and recipient, by grant identifier. */
function importedAward(db: Db, id: string) {
  const award = db.select().from(s.awards).where(eq(s.awards.externalId, id)).get();
  if (!award) return undefined;
  const funder = db.select().from(s.funders).where(eq(s.funders.id, award.funderId)).get()!;
  const recipient = db.select().from(s.organisations).where(eq(s.organisations.id, award.organisationId!)).get()!;
  const areas = db.select({ gss: s.projectAreas.gssCode }).from(s.projectAreas).where(eq(s.projectAreas.projectId, award.projectId!)).all().map((r) => r.gss).sort();
  return { award, funder, recipient, areas };
}

/** The authorities an imported grant should serve, from its exported locations (null: placed by a point). */
function expectedAreas(g: Giving360Grant): string[] | null {
  const locations = g.beneficiaryLocation ?? [];
  if (locations.some((l) => l.geoCode === "W92000004")) return ALL_AUTHORITIES;
  const codes = locations.flatMap((l) => (l.geoCode ? [l.geoCode] : []));
  if (codes.length === 0 && locations.some((l) => l.latitude !== undefined)) return null;
  return codes.sort();
}

/** Checks the re-imported awards against the exported grants. */
function expectSameAwards(db: Db, pkg: Giving360Package) {
  for (const g of pkg.grants) {
    const got = importedAward(db, g.id);
    expect(got, g.id).toBeDefined();
    const { award, funder, recipient, areas } = got!;
    expect(award.amountPence, g.id).toBe(Math.round(g.amountAwarded * 100));
    // The importer reads the full dates the standard carries; the cmw: precisions are this publisher's
    // extension and are not read back, so a month or year end comes back as its last day, to the day.
    expect([award.startDate, award.startPrecision], g.id).toEqual([g.plannedDates[0].startDate, "day"]);
    expect([award.endDate, award.endPrecision], g.id).toEqual(g.plannedDates[0].endDate ? [g.plannedDates[0].endDate, "day"] : [null, "unknown"]);
    expect(award.programmeEn, g.id).toBe(g.grantProgramme?.[0].title ?? "");
    expect([funder.nameEn, funder.orgIdentifier], g.id).toEqual([g.fundingOrganization[0].name, g.fundingOrganization[0].id]);
    const r = g.recipientOrganization[0];
    expect([recipient.nameEn, recipient.orgIdentifier, recipient.charityNumber, recipient.companyNumber], g.id).toEqual([r.name, r.id, r.charityNumber ?? null, r.companyNumber ?? null]);
    const want = expectedAreas(g);
    // A Wales-wide grant comes back as all 22 authorities; a point as the authorities the importer's
    // default 5 km circle reaches (the radius is an extension it does not read).
    if (want === null) expect(areas, g.id).toContain(CARDIFF);
    else expect(areas, g.id).toEqual(want);
    if (!g.beneficiaryLocation) expect(recipient.homeGss, g.id).toBe(r.location?.[0].geoCode ?? null);
  }
}

/** Grants the importer can place in Wales: by a beneficiary location, or failing that the recipient's. */
const welshGrants = (pkg: Giving360Package) => pkg.grants.filter((g) => (g.beneficiaryLocation?.length ?? 0) > 0 || g.recipientOrganization[0].location?.length);

describe("the round trip through the 360Giving importer", () => {
  it("gives back the real seed's published awards from the JSON package", async () => {
    const { package: pkg } = awardsAs360Giving(seedDb, { prefix: PREFIX, today: TODAY });
    const db = referenceDb();
    const report = await importGrantFile(db, writeFile("seed.json", JSON.stringify(pkg)), { userId: null });
    expect(report).toMatchObject({ written: true, problemCount: 0, welsh: welshGrants(pkg).length, skipped: { notWelsh: pkg.grants.length - welshGrants(pkg).length } });
    expect(db.select().from(s.awards).all()).toHaveLength(welshGrants(pkg).length);
    expectSameAwards(db, { ...pkg, grants: welshGrants(pkg) });
  });

  it("gives back every shape of award from the JSON package, and a re-export keeps the identifiers", async () => {
    const db = referenceDb();
    const report = await importGrantFile(db, writeFile("rich.json", JSON.stringify(rich, null, 1)), { userId: null });
    expect(report).toMatchObject({ written: true, problemCount: 0, welsh: rich.grants.length, skipped: { notWelsh: 0 } });
    expect(report.read.package).toMatchObject({ publisher: "Cohesion Map Wales", issued: TODAY, modified: TODAY });
    expect(db.select().from(s.awards).all()).toHaveLength(rich.grants.length);
    expectSameAwards(db, rich);
    const again = awardsAs360Giving(db, { prefix: "360G-another-publisher", today: TODAY }).package;
    expect(again.grants.map((g) => g.id).sort()).toEqual(rich.grants.map((g) => g.id).sort());
    expectValidGrants(again, new Set(rich.grants.map((g) => g.id)));
    expect(again.grants.map((g) => [g.id, g.amountAwarded, g.fundingOrganization[0].id, g.recipientOrganization[0].id]).sort()).toEqual(
      rich.grants.map((g) => [g.id, g.amountAwarded, g.fundingOrganization[0].id, g.recipientOrganization[0].id]).sort(),
    );
  });

  it("gives back the same awards from the CSV download", async () => {
    vi.stubEnv("GIVING360_PREFIX", PREFIX);
    const response = buildDownload(makeContext(richDb, "/download/awards.360giving.csv"), "awards.360giving.csv");
    const path = writeFile("rich.csv", Buffer.from(await response.arrayBuffer()));
    const db = referenceDb();
    const report = await importGrantFile(db, path, { userId: null });
    expect(report).toMatchObject({ written: true, problemCount: 0, welsh: rich.grants.length, skipped: { notWelsh: 0 } });
    expect(report.read.unknownColumns.every((c) => c.startsWith("cmw:"))).toBe(true);
    expect(db.select().from(s.awards).all()).toHaveLength(rich.grants.length);
    expectSameAwards(db, rich);
  });
});

describe("the 360Giving downloads", () => {
  it("serves the JSON package as awards.360giving.json", async () => {
    const response = buildDownload(makeContext(richDb, "/download/awards.360giving.json"), "awards.360giving.json");
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="cohesion-map-wales-awards-360giving.json"');
    const body = (await response.json()) as Giving360Package;
    expect(body.version).toBe("1.4");
    expect(body.grants.map((g) => g.id).sort()).toEqual(rich.grants.map((g) => g.id).sort());
  });

  it("serves the CSV as awards.360giving.csv, one row per grant under the standard's titles", async () => {
    const response = buildDownload(makeContext(richDb, "/download/awards.360giving.csv"), "awards.360giving.csv");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="cohesion-map-wales-awards-360giving.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = readCsv(bytes.toString("utf8").slice(1));
    expect(header.slice(0, 3)).toEqual(["Identifier", "Title", "Description"]);
    expect(rows.filter((r) => r.length > 1)).toHaveLength(rich.grants.length);
    // A negative longitude is a number, not a spreadsheet formula to defuse.
    expect(rows.some((r) => r[header.indexOf("Beneficiary Location:0:Longitude")] === "-3.18")).toBe(true);
  });

  it.each(["awards.360giving.xlsx", "awards.360Giving.json", "funders.360giving.json", "awards.360giving"])("answers %j with a 404", (name) => {
    expect(() => buildDownload(makeContext(richDb, `/download/${name}`), name)).toThrow(expect.objectContaining({ status: 404 }));
  });
});
