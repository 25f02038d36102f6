import { beforeAll, describe, expect, it } from "vitest";
import { getPracticePage } from "../../../app/directory/practice.server";
import type { Db } from "../../../db/client";
import { loadSeed } from "../../../seeds/load-seed";
import { buildSeedInput } from "../../../seeds/seed-input";
import { makeContext, makeDb } from "../../factories";
import { httpErrorOf } from "../../helpers";

let db: Db;
beforeAll(() => {
  db = makeDb();
  loadSeed(db, buildSeedInput());
});

describe("the practice page", () => {
  it("lists Welsh practice first, then practice from elsewhere, each with its citation", () => {
    const { notes } = getPracticePage(makeContext(db, "/practice"));
    expect(notes.length).toBeGreaterThan(10);
    const firstElsewhere = notes.findIndex((n) => !n.inWales);
    expect(firstElsewhere).toBeGreaterThan(0);
    expect(notes.slice(firstElsewhere).every((n) => !n.inWales)).toBe(true);
    for (const n of notes) expect(n.sourceDocument, n.key).toMatch(/\.txt$/);
    // English examples are practice notes, never Welsh provision in the directory.
    expect(notes.find((n) => n.titleEn.includes("Walsall"))?.inWales).toBe(false);
  });

  it("filters by theme and answers an unknown theme with a 400", () => {
    const all = getPracticePage(makeContext(db, "/practice")).notes;
    const hate = getPracticePage(makeContext(db, "/practice?theme=hate-crime")).notes;
    expect(hate.length).toBeGreaterThan(0);
    expect(hate.length).toBeLessThan(all.length);
    expect(hate.every((n) => n.themeIds.includes("hate-crime"))).toBe(true);
    expect(httpErrorOf(() => getPracticePage(makeContext(db, "/practice?theme=astrology"))).status).toBe(400);
  });
});
