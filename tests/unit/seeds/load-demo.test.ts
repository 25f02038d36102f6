import { eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as s from "../../../db/schema";
import { hasSyntheticRecords } from "../../../db/queries/meta";
import { listProjects } from "../../../db/queries/projects";
import { lastDayOf, precisionOf } from "../../../geo/dates/partial-date";
import { assertDemoDatabase, loadDemo } from "../../../seeds/load-demo";
import { DEMO_TODAY } from "../../../seeds/synthetic";
import { makeDb } from "../../factories";

type Db = ReturnType<typeof makeDb>;
const syntheticProjects = (db: Db) => db.select().from(s.projects).where(eq(s.projects.synthetic, true)).all();
const syntheticAwards = (db: Db) => db.select().from(s.awards).where(eq(s.awards.synthetic, true)).all();

describe("the synthetic demonstration data", () => {
  const db = makeDb();
  const counts = loadDemo(db, { count: 120, seed: 3 });

  it("adds the asked-for number of projects with their organisations, funders and awards beside the real seed", () => {
    expect(counts.projects).toBe(120);
    expect(counts.funders).toBe(6);
    expect(counts.organisations).toBeGreaterThan(10);
    expect(counts.awards).toBeGreaterThan(80);
    expect(syntheticProjects(db)).toHaveLength(120);
    expect(syntheticAwards(db)).toHaveLength(counts.awards);
    expect(listProjects(db).filter((p) => !p.synthetic).length).toBeGreaterThan(40);
    expect(hasSyntheticRecords(db)).toBe(true);
  });

  it("flags every row it adds as synthetic, and no row of the real seed", () => {
    // Rows without a citation are the generated ones; every seeded row cites its document.
    expect(db.select().from(s.organisations).where(isNull(s.organisations.sourceId)).all().every((o) => o.synthetic)).toBe(true);
    expect(db.select().from(s.projects).where(isNull(s.projects.sourceId)).all().every((p) => p.synthetic)).toBe(true);
    expect(db.select().from(s.funders).where(isNull(s.funders.sourceId)).all().every((f) => f.synthetic)).toBe(true);
    expect(db.select().from(s.awards).where(isNull(s.awards.sourceId)).all().every((a) => a.synthetic)).toBe(true);
    expect(db.select().from(s.organisations).where(eq(s.organisations.synthetic, true)).all()).toHaveLength(counts.organisations);
    expect(db.select().from(s.projects).all().filter((p) => p.sourceId !== null && p.synthetic)).toEqual([]);
  });

  it("stores kinds, last evidence and the authorities each circle reaches", () => {
    const projects = syntheticProjects(db);
    expect(projects.filter((p) => p.kind === "service").length).toBeGreaterThan(90);
    expect(projects.every((p) => p.lastEvidenced !== null)).toBe(true);
    const served = listProjects(db).filter((p) => p.synthetic && p.areaKind === "point");
    expect(served.length).toBeGreaterThan(90);
    for (const p of served) {
      expect(p.areaGss.length).toBeGreaterThan(0);
      expect(p.radiusKm).toBeGreaterThan(0);
    }
    for (const p of projects.filter((x) => x.areaKind === "wales")) expect(p.kind).not.toBe("service");
  });

  it("stores awards with amounts and dates of their precision, each funding a synthetic project", () => {
    const projectIds = new Set(syntheticProjects(db).map((p) => p.id));
    for (const a of syntheticAwards(db)) {
      expect(projectIds.has(a.projectId!)).toBe(true);
      expect(a.amountPence).toBeGreaterThanOrEqual(5_000_00);
      expect(a.amountPence).toBeLessThanOrEqual(400_000_00);
      expect(a.endPrecision).toBe(precisionOf(a.endDate));
      expect(a.startPrecision).toBe(precisionOf(a.startDate));
      if (a.endDate) expect(lastDayOf(a.endDate) >= DEMO_TODAY).toBe(true);
    }
  });

  it("is reproducible for a seed and refuses to load the same seed twice", () => {
    const a = makeDb();
    const b = makeDb();
    loadDemo(a, { count: 25, seed: 9 });
    loadDemo(b, { count: 25, seed: 9 });
    const shape = (x: Db) => ({
      projects: syntheticProjects(x).map((p) => [p.titleEn, p.kind, p.areaKind, p.pointLng, p.radiusKm, p.endDate, p.lastEvidenced]),
      awards: syntheticAwards(x).map((w) => [w.programmeEn, w.amountPence, w.amountPeriod, w.startDate, w.endDate]),
      organisations: x.select().from(s.organisations).where(eq(s.organisations.synthetic, true)).all().map((o) => [o.slug, o.nameEn, o.homeGss]),
    });
    expect(shape(a)).toEqual(shape(b));
    expect(() => loadDemo(a, { count: 5, seed: 9 })).toThrow("Synthetic data for seed 9 is already in this database");
  });
});

describe("assertDemoDatabase", () => {
  it("refuses the default database, however its path is written", () => {
    expect(() => assertDemoDatabase("data/cohesion.db")).toThrow("Refusing to put synthetic data into the default database (data/cohesion.db)");
    expect(() => assertDemoDatabase("./data/../data/cohesion.db")).toThrow("Refusing to put synthetic data");
  });

  it("accepts any other database", () => {
    expect(() => assertDemoDatabase("data/demo.db")).not.toThrow();
  });
});
