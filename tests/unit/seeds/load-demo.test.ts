import { describe, expect, it } from "vitest";
import { hasSyntheticRecords } from "../../../db/queries/meta";
import { listProjects } from "../../../db/queries/projects";
import { loadDemo } from "../../../seeds/load-demo";
import { makeDb } from "../../factories";

describe("the synthetic demonstration data", () => {
  it("adds the asked-for number of projects, all flagged synthetic, beside the real seed", () => {
    const db = makeDb();
    expect(loadDemo(db, { count: 40, seed: 3 })).toBe(40);
    const synthetic = listProjects(db).filter((p) => p.synthetic);
    expect(synthetic).toHaveLength(40);
    expect(listProjects(db).filter((p) => !p.synthetic).length).toBeGreaterThan(40);
    expect(hasSyntheticRecords(db)).toBe(true);
  });

  it("gives point-and-radius projects the authorities their circles reach", () => {
    const db = makeDb();
    loadDemo(db, { count: 40, seed: 3 });
    const points = listProjects(db).filter((p) => p.synthetic && p.areaKind === "point");
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(p.areaGss.length).toBeGreaterThan(0);
  });

  it("is reproducible for a seed and refuses to load the same seed twice", () => {
    const a = makeDb();
    const b = makeDb();
    loadDemo(a, { count: 25, seed: 9 });
    loadDemo(b, { count: 25, seed: 9 });
    const shape = (db: ReturnType<typeof makeDb>) => listProjects(db).filter((p) => p.synthetic).map((p) => [p.titleEn, p.areaKind, p.pointLng, p.radiusKm, p.endDate, p.themeIds]);
    expect(shape(a)).toEqual(shape(b));
    expect(() => loadDemo(a, { count: 5, seed: 9 })).toThrow("Synthetic data for seed 9 is already in this database");
  });
});
