import { asc, eq, isNotNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { getDataVersion } from "../../../db/queries/meta";
import { listProjects } from "../../../db/queries/projects";
import * as s from "../../../db/schema";
import { loadSeed, type SeedInput } from "../../../seeds/load-seed";
import { buildSeedInput } from "../../../seeds/seed-input";
import { countRows, idsOf, makeDb, makeWorld, projectInput, statusOf, worldInput } from "../../factories";

// Building the real input reads and measures the boundary file: do it once, copy it per test.
let REAL: SeedInput;
const realInput = (): SeedInput => structuredClone(REAL);
let db: Db;
beforeAll(() => {
  REAL = buildSeedInput();
  db = makeDb();
  loadSeed(db, realInput());
});

const idsByKey = (d: Db) => ({
  projects: d.select({ key: s.projects.seedKey, id: s.projects.id }).from(s.projects).orderBy(asc(s.projects.seedKey)).all(),
  awards: d.select({ key: s.awards.seedKey, id: s.awards.id }).from(s.awards).orderBy(asc(s.awards.seedKey)).all(),
});
const award = (key: string) => db.select().from(s.awards).where(eq(s.awards.seedKey, key)).get();
const project = (key: string) => db.select().from(s.projects).where(eq(s.projects.seedKey, key)).get();

describe("the real seed", () => {
  it("loads 22 authorities, 22 boundaries, 13 themes and 8 regions", () => {
    const counts = countRows(db);
    expect(counts).toMatchObject({ localAuthorities: 22, boundaries: 44, themes: 13, regions: 8, boundarySets: 2 });
  });

  it("loads every seed record it was given", () => {
    const counts = countRows(db);
    expect(counts.organisations).toBe(REAL.organisations.length);
    expect(counts.projects).toBe(REAL.projects.length);
    expect(counts.funders).toBe(REAL.funders.length);
    expect(counts.awards).toBe(REAL.awards.length);
  });

  it("puts every authority in one of the eight regions", () => {
    const missing = db.select({ gss: s.localAuthorities.gssCode }).from(s.localAuthorities).where(sql`${s.localAuthorities.regionId} IS NULL`).all();
    expect(missing).toEqual([]);
  });

  it("cites a seed document for every organisation, project, funder and award", () => {
    for (const table of [s.organisations, s.projects, s.funders, s.awards]) {
      const uncited = db
        .select({ id: table.id })
        .from(table)
        .leftJoin(s.sources, eq(s.sources.id, table.sourceId))
        .leftJoin(s.documents, eq(s.documents.id, s.sources.documentId))
        .where(sql`${s.documents.kind} IS NOT 'seed'`)
        .all();
      expect(uncited).toEqual([]);
    }
  });

  it("records the Community Cohesion Programme award as ending in March 2029, to the month", () => {
    expect(award("welsh-government-community-cohesion-programme")).toMatchObject({
      endDate: "2029-03",
      endPrecision: "month",
      startDate: null,
      startPrecision: "unknown",
      amountPence: 163_000_000,
      amountPeriod: "per-year",
    });
  });

  it("records the shared prosperity and levelling up funding as ending in December 2024", () => {
    expect(award("uk-government-shared-prosperity-levelling-up")).toMatchObject({ endDate: "2024-12", endPrecision: "month" });
  });

  it("records the North East Wales Multi Cultural Hub's award as ending during 2025, with a note on how that was derived", () => {
    const hub = award("welsh-government-arwap-north-east-wales-multi-cultural-hub")!;
    expect(hub).toMatchObject({ startDate: "2022", startPrecision: "year", endDate: "2025", endPrecision: "year" });
    expect(hub.dateNote).toMatch(/3 years from 2022/);
    expect(hub.projectId).toBe(project("north-east-wales-multi-cultural-hub")!.id);
  });

  it("records the All Wales School Liaison Programme as stopped with no end date, and never active", () => {
    const liaison = project("all-wales-school-liaison-programme")!;
    expect(liaison).toMatchObject({ endedNoDate: true, endDate: null, endPrecision: "unknown", areaKind: "wales" });
    expect(listProjects(db, { activeOn: "2025-01-01" }).map((p) => p.id)).not.toContain(liaison.id);
  });

  it("loads twice to the same rows and ids", () => {
    const twice = makeDb();
    loadSeed(twice, realInput());
    const before = { counts: countRows(twice), ids: idsByKey(twice) };
    loadSeed(twice, realInput());
    expect(countRows(twice)).toEqual(before.counts);
    expect(idsByKey(twice)).toEqual(before.ids);
    expect(twice.select().from(s.projects).where(eq(s.projects.status, "archived")).all()).toEqual([]);
  });
});

describe("loadSeed", () => {
  it("returns the row counts it leaves behind", () => {
    const fresh = makeDb();
    const counts = loadSeed(fresh, worldInput());
    const rows = countRows(fresh);
    expect(counts).toEqual({
      authorities: rows.localAuthorities,
      organisations: rows.organisations,
      projects: rows.projects,
      funders: rows.funders,
      awards: rows.awards,
      sources: rows.sources,
    });
    expect(counts).toMatchObject({ authorities: 3, organisations: 2, projects: 4, funders: 2, awards: 4 });
  });

  it("stores each end date with its precision", () => {
    const { db: w } = makeWorld();
    const ends = w.select({ key: s.awards.seedKey, end: s.awards.endDate, precision: s.awards.endPrecision }).from(s.awards).orderBy(asc(s.awards.seedKey)).all();
    expect(ends).toEqual([
      { key: "lottery-alpha-core", end: null, precision: "unknown" },
      { key: "lottery-helpline", end: "2026-03-31", precision: "day" },
      { key: "wg-forum", end: "2025", precision: "year" },
      { key: "wg-youth-club", end: "2024-12", precision: "month" },
    ]);
  });

  const breakers: [string, (input: SeedInput) => void, RegExp][] = [
    ["a project of a missing organisation", (i) => i.projects.push(projectInput("orphan", { organisation: "no-such-organisation" })), /Unknown organisation no-such-organisation in project orphan/],
    ["a project on a missing theme", (i) => i.projects.push(projectInput("odd-theme", { themes: ["modern-slavery"] })), /Unknown theme modern-slavery in project odd-theme/],
    ["a project in a missing authority", (i) => i.projects.push(projectInput("nowhere", { area: { kind: "authorities", gss: ["W06000007"] } })), /Unknown local authority code: W06000007/],
    ["an award from a missing funder", (i) => (i.awards[0].funder = "no-such-funder"), /Unknown funder no-such-funder in award wg-youth-club/],
    ["an award to a missing project", (i) => (i.awards[0].project = "no-such-project"), /Unknown project no-such-project in award wg-youth-club/],
    ["a record citing a missing document", (i) => (i.organisations[0].cite = { doc: "999_missing.txt", quote: "x" }), /Unknown source document 999_missing.txt cited by organisation alpha-trust/],
    ["a malformed date", (i) => (i.projects[0].end = "2025-13"), /Invalid partial date: 2025-13/],
  ];

  it.each(breakers)("throws on %s, naming it, and changes nothing", (_what, breakIt, message) => {
    const { db: w } = makeWorld();
    const before = countRows(w);
    const version = getDataVersion(w);
    const statuses = w.select({ key: s.projects.seedKey, status: s.projects.status }).from(s.projects).all();
    const input = worldInput();
    input.organisations[1].nameEn = "Beta Network (renamed)";
    breakIt(input);
    expect(() => loadSeed(w, input)).toThrow(message);
    expect(countRows(w)).toEqual(before);
    expect(getDataVersion(w)).toBe(version);
    expect(w.select({ key: s.projects.seedKey, status: s.projects.status }).from(s.projects).all()).toEqual(statuses);
    // The rename earlier in the same load was rolled back too.
    expect(w.select({ name: s.organisations.nameEn }).from(s.organisations).where(eq(s.organisations.slug, "beta-network")).get()?.name).toBe("Beta Network");
  });

  it("throws on a project of a missing organisation in the real seed, changing nothing", () => {
    const real = makeDb();
    loadSeed(real, realInput());
    const before = countRows(real);
    const input = realInput();
    input.projects.push({ ...input.projects[0], key: "orphan-project", organisation: "no-such-organisation" });
    expect(() => loadSeed(real, input)).toThrow("Unknown organisation no-such-organisation in project orphan-project");
    expect(countRows(real)).toEqual(before);
  });

  it("archives a seed project and its award removed from the input instead of deleting them, and republishes them when they return", () => {
    const { db: w, ids } = makeWorld();
    const before = countRows(w);
    const input = worldInput();
    input.projects = input.projects.filter((p) => p.key !== "middle-youth-club");
    input.awards = input.awards.filter((a) => a.key !== "wg-youth-club");
    loadSeed(w, input);

    expect(countRows(w)).toMatchObject({ projects: before.projects, awards: before.awards, projectThemes: before.projectThemes, projectAreas: before.projectAreas });
    expect(statusOf(w, "projects", "middle-youth-club")).toBe("archived");
    expect(statusOf(w, "awards", "wg-youth-club")).toBe("archived");
    expect(statusOf(w, "projects", "all-wales-helpline")).toBe("published");

    loadSeed(w, worldInput());
    expect(statusOf(w, "projects", "middle-youth-club")).toBe("published");
    expect(statusOf(w, "awards", "wg-youth-club")).toBe("published");
    expect(idsOf(w).projects["middle-youth-club"]).toBe(ids.projects["middle-youth-club"]);
  });

  it("never touches projects made on the site (no seed key)", () => {
    const { db: w, ids } = makeWorld();
    const made = w
      .insert(s.projects)
      .values({ organisationId: ids.organisations["alpha-trust"], titleEn: "Made on the site", areaKind: "wales" })
      .returning({ id: s.projects.id })
      .get();
    loadSeed(w, worldInput());
    const rows = w.select({ id: s.projects.id, status: s.projects.status }).from(s.projects).where(eq(s.projects.id, made.id)).all();
    expect(rows).toEqual([{ id: made.id, status: "published" }]);
    expect(w.select({ n: sql<number>`count(*)` }).from(s.projects).where(isNotNull(s.projects.seedKey)).get()!.n).toBe(4);
  });

  it("replaces a project's themes and authorities when the seed changes them", () => {
    const { db: w, ids } = makeWorld();
    const input = worldInput();
    const club = input.projects.find((p) => p.key === "middle-youth-club")!;
    club.themes = ["hate-crime", "youth-asb"];
    club.area = { kind: "authorities", gss: ["W06000001", "W06000003"] };
    loadSeed(w, input);
    const id = ids.projects["middle-youth-club"];
    expect(w.select({ t: s.projectThemes.themeId }).from(s.projectThemes).where(eq(s.projectThemes.projectId, id)).orderBy(asc(s.projectThemes.themeId)).all().map((r) => r.t)).toEqual(["hate-crime", "youth-asb"]);
    expect(w.select({ g: s.projectAreas.gssCode }).from(s.projectAreas).where(eq(s.projectAreas.projectId, id)).orderBy(asc(s.projectAreas.gssCode)).all().map((r) => r.g)).toEqual(["W06000001", "W06000003"]);
  });
});

describe("re-seeding after people edited a seeded record on the site", () => {
  it("keeps the moderated edit instead of overwriting it", async () => {
    const { makeDb } = await import("../../factories");
    const { loadSeed } = await import("../../../seeds/load-seed");
    const { buildSeedInput } = await import("../../../seeds/seed-input");
    const { insertAudit } = await import("../../../db/queries/audit");
    const { organisations } = await import("../../../db/schema");
    const { eq } = await import("drizzle-orm");
    const db = makeDb();
    loadSeed(db, buildSeedInput());
    const org = db.select().from(organisations).where(eq(organisations.slug, "city-of-sanctuary")).get()!;
    db.update(organisations).set({ descriptionEn: "Edited by the group." }).where(eq(organisations.id, org.id)).run();
    insertAudit(db, { at: "2026-01-01T00:00:00Z", userId: null, entity: "organisation", entityId: org.id, action: "update", changes: { descriptionEn: { before: org.descriptionEn, after: "Edited by the group." } }, submissionId: null });
    loadSeed(db, buildSeedInput());
    expect(db.select().from(organisations).where(eq(organisations.id, org.id)).get()!.descriptionEn).toBe("Edited by the group.");
    const other = db.select().from(organisations).where(eq(organisations.slug, "wales-strategic-migration-partnership")).get()!;
    expect(other.descriptionEn).not.toBe("Edited by the group.");
  });
});
