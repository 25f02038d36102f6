/**
 * Importing 360Giving files into the real seed's database: Welsh grants become organisations,
 * projects and awards citing the file; re-importing changes nothing; a newer file updates through
 * the audit trail; a record people edited is a conflict; problems write nothing.
 */
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { importGrantFile, type GrantReadProgress } from "../../../app/funding/grant-import.server";
import { writeSyntheticGrantFiles } from "../../../seeds/synthetic-grants";
import { getProject } from "../../../db/queries/projects";
import { getOrganisationBySlug } from "../../../db/queries/organisations";
import type { Db } from "../../../db/client";
import * as s from "../../../db/schema";
import { loadSeed } from "../../../seeds/load-seed";
import { buildSeedInput } from "../../../seeds/seed-input";
import { makeDb } from "../../factories";

const dir = mkdtempSync(join(tmpdir(), "cmw-grants-"));
const HEADER = [
  "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
  "Planned Dates:Start Date", "Planned Dates:End Date", "Funding Org:Identifier", "Funding Org:Name",
  "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Charity Number",
  "Beneficiary Location:0:Name", "Beneficiary Location:0:Geographic Code", "Beneficiary Location:0:Geographic Code Type",
  "Grant Programme:Title", "Last Modified",
];
type Row = Record<(typeof HEADER)[number], string>;
const base: Row = {
  Identifier: "360G-TEST-001", Title: "Hate crime reporting in Powys", Description: "Third-party reporting centres for hate crime, with volunteers",
  Currency: "GBP", "Amount Awarded": "25000", "Award Date": "2026-03-01", "Planned Dates:Start Date": "2026-04-01", "Planned Dates:End Date": "2028-03-31",
  "Funding Org:Identifier": "GB-CHC-1234567", "Funding Org:Name": "Test Community Foundation", "Recipient Org:Identifier": "GB-CHC-7654321",
  "Recipient Org:Name": "Powys Equality Forum", "Recipient Org:Charity Number": "7654321", "Beneficiary Location:0:Name": "Powys",
  "Beneficiary Location:0:Geographic Code": "W06000023", "Beneficiary Location:0:Geographic Code Type": "UA", "Grant Programme:Title": "Safer Communities", "Last Modified": "2026-09-01",
};
const rows: Row[] = [
  base,
  { ...base, Identifier: "360G-TEST-002", Title: "Youth club in Caerdydd", "Beneficiary Location:0:Name": "Caerdydd", "Beneficiary Location:0:Geographic Code": "", "Beneficiary Location:0:Geographic Code Type": "", "Recipient Org:Identifier": "GB-CHC-1111111", "Recipient Org:Name": "Cardiff Youth Trust", "Recipient Org:Charity Number": "1111111" },
  { ...base, Identifier: "360G-TEST-003", Title: "Interfaith dialogue", "Beneficiary Location:0:Geographic Code": "Unitary Authorities", "Beneficiary Location:0:Geographic Code Type": "W06000011", "Beneficiary Location:0:Name": "Swansea" },
  { ...base, Identifier: "360G-TEST-004", Title: "Bristol project", "Beneficiary Location:0:Name": "Bristol", "Beneficiary Location:0:Geographic Code": "E06000023", "Beneficiary Location:0:Geographic Code Type": "UA" },
];
const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
function csvFile(name: string, data: Row[]): string {
  const path = join(dir, name);
  writeFileSync(path, "\uFEFF" + [HEADER, ...data.map((r) => HEADER.map((h) => r[h]))].map((r) => r.map(csvCell).join(",")).join("\r\n"));
  return path;
}
const count = (db: Db, table: typeof s.awards | typeof s.projects | typeof s.organisations | typeof s.funders) => db.select({ n: sql<number>`count(*)` }).from(table).get()!.n;
const counts = (db: Db) => ({ awards: count(db, s.awards), projects: count(db, s.projects), organisations: count(db, s.organisations), funders: count(db, s.funders) });

let db: Db;
beforeAll(() => {
  db = makeDb();
  loadSeed(db, buildSeedInput());
});

describe("importing a 360Giving CSV", () => {
  it("reports on a dry run and changes nothing", async () => {
    const before = counts(db);
    const report = await importGrantFile(db, csvFile("grants.csv", rows), { userId: null, dryRun: true });
    expect(report).toMatchObject({ welsh: 3, skipped: { notWelsh: 1, invalid: 0 }, written: false, counts: { awardsNew: 3, fundersNew: 1, organisationsNew: 2 } });
    expect(report.read.swappedLocations).toBe(1);
    expect(counts(db)).toEqual(before);
  });

  it("writes the Welsh grants as projects and awards that cite the file, placed where the file says", async () => {
    const before = counts(db);
    const report = await importGrantFile(db, csvFile("grants.csv", rows), { userId: null });
    expect(report.written).toBe(true);
    expect(counts(db)).toEqual({ ...before, awards: before.awards + 3, projects: before.projects + 3, organisations: before.organisations + 2, funders: before.funders + 1 });
    const award = db.select().from(s.awards).where(eq(s.awards.externalId, "360G-TEST-001")).get()!;
    expect(award).toMatchObject({ amountPence: 2_500_000, endDate: "2028-03-31", endPrecision: "day", programmeEn: "Safer Communities", lastEvidenced: "2026-09-01", importId: report.importId });
    const areas = (id: string) => {
      const project = db.select().from(s.projects).where(eq(s.projects.externalId, id)).get()!;
      return db.select({ gss: s.projectAreas.gssCode }).from(s.projectAreas).where(eq(s.projectAreas.projectId, project.id)).all().map((r) => r.gss);
    };
    expect(areas("360G-TEST-001")).toEqual(["W06000023"]);
    expect(areas("360G-TEST-002")).toEqual(["W06000015"]);
    expect(areas("360G-TEST-003")).toEqual(["W06000011"]);
    const source = db.select().from(s.sources).where(eq(s.sources.id, award.sourceId!)).get()!;
    expect(source.quote).toBe("360G-TEST-001: Hate crime reporting in Powys");
    expect(db.select().from(s.documents).where(eq(s.documents.id, source.documentId)).get()).toMatchObject({ kind: "dataset" });
  });

  it("changes nothing when the same file comes again", async () => {
    const before = counts(db);
    const report = await importGrantFile(db, csvFile("grants.csv", rows), { userId: null });
    expect(report.counts).toMatchObject({ awardsNew: 0, awardsUpdated: 0, awardsUnchanged: 3, organisationsNew: 0, fundersNew: 0 });
    expect(counts(db)).toEqual(before);
  });

  it("updates a changed grant through the audit trail, and leaves one people edited alone as a conflict", async () => {
    const project = db.select().from(s.projects).where(eq(s.projects.externalId, "360G-TEST-002")).get()!;
    db.insert(s.auditLog).values({ at: "2026-11-01T00:00:00Z", userId: null, entity: "project", entityId: project.id, action: "update", changes: { titleEn: { before: "x", after: "y" } }, submissionId: null }).run();
    const newer = rows.map((r) => (r.Identifier === "360G-TEST-001" || r.Identifier === "360G-TEST-002" ? { ...r, "Amount Awarded": "30000" } : r));
    const report = await importGrantFile(db, csvFile("grants-newer.csv", newer), { userId: null });
    expect(report.counts).toMatchObject({ awardsUpdated: 1, awardsUnchanged: 1 });
    expect(report.conflicts).toEqual([expect.objectContaining({ identifier: "360G-TEST-002", reason: expect.stringContaining("edited on the site") })]);
    expect(db.select().from(s.awards).where(eq(s.awards.externalId, "360G-TEST-001")).get()!.amountPence).toBe(3_000_000);
    expect(db.select().from(s.awards).where(eq(s.awards.externalId, "360G-TEST-002")).get()!.amountPence).toBe(2_500_000);
    const audit = db.select().from(s.auditLog).where(eq(s.auditLog.action, "import")).all();
    expect(audit.some((a) => (a.changes as Record<string, { after: unknown }>).amountPence?.after === 3_000_000)).toBe(true);
  });

  it("writes nothing when a row has a problem, unless told to skip it", async () => {
    const bad = [...rows.slice(0, 1), { ...base, Identifier: "360G-TEST-009", "Amount Awarded": "£1,000" }];
    const before = counts(db);
    const refused = await importGrantFile(db, csvFile("bad.csv", bad), { userId: null });
    expect(refused.written).toBe(false);
    expect(refused.problems[0]).toMatchObject({ row: 3, column: "Amount Awarded" });
    expect(counts(db)).toEqual(before);
    const skipped = await importGrantFile(db, csvFile("bad.csv", bad), { userId: null, skipInvalid: true });
    expect(skipped).toMatchObject({ written: true, skipped: { invalid: 1 } });
  });

  it("never merges organisations with different registered identifiers, and lists every merge with its evidence", async () => {
    const sameNameOtherCharity = { ...base, Identifier: "360G-TEST-010", "Recipient Org:Identifier": "GB-CHC-9999999", "Recipient Org:Charity Number": "9999999" };
    const sameCharityOtherSpelling = { ...base, Identifier: "360G-TEST-011", "Recipient Org:Identifier": "", "Recipient Org:Name": "The Powys Equality Forum Ltd" };
    const report = await importGrantFile(db, csvFile("dedupe.csv", [sameNameOtherCharity, sameCharityOtherSpelling]), { userId: null });
    expect(report.counts.organisationsNew).toBe(1);
    expect(report.merges).toEqual([expect.objectContaining({ name: "The Powys Equality Forum Ltd", into: "Powys Equality Forum" })]);
  });

  it("bases a grant placed only by the recipient's address at its authority, as area not stated (the head-office effect)", async () => {
    const fixture = new URL("../../fixtures/360giving/grants.csv", import.meta.url).pathname;
    await importGrantFile(db, fixture, { userId: null });
    const project = db.select().from(s.projects).where(eq(s.projects.externalId, "360G-examplewt-0005")).get()!;
    expect(project.areaKind).toBe("unstated");
    const listed = getProject(db, project.id)!;
    expect(listed).toMatchObject({ importId: project.importId, organisationHomeGss: "W06000008", areaGss: [] });
    const organisation = db.select().from(s.organisations).where(eq(s.organisations.id, project.organisationId)).get()!;
    // The organisation page says its base comes only from its address in a grant file.
    expect(getOrganisationBySlug(db, organisation.slug)).toMatchObject({ importId: project.importId, homeGss: "W06000008" });
  });
});

describe("progress while a large file is read", () => {
  it.each(["json", "csv"] as const)("reports grants read and bytes of the %s file, rising to the file's size", async (format) => {
    const files = await writeSyntheticGrantFiles(mkdtempSync(join(tmpdir(), "cmw-progress-")), { grants: 5_000, seed: 7 });
    const path = format === "json" ? files.jsonPath : files.csvPath;
    const seen: GrantReadProgress[] = [];
    const db = makeDb();
    loadSeed(db, buildSeedInput());
    await importGrantFile(db, path, { userId: null, dryRun: true, onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.grantsRead)).toEqual([1000, 2000, 3000, 4000, 5000]);
    expect(new Set(seen.map((p) => p.totalBytes))).toEqual(new Set([statSync(path).size]));
    const bytes = seen.map((p) => p.bytesRead);
    expect(bytes[0]).toBeGreaterThan(0);
    expect([...bytes].sort((a, b) => a - b)).toEqual(bytes);
    expect(bytes.at(-1)).toBeLessThanOrEqual(statSync(path).size);
  });
});
