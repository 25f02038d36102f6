import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, migrateDb, type Db } from "../../../db/client";
import * as s from "../../../db/schema";
import { makeDb, makeWorld, type World } from "../../factories";

describe("migrations", () => {
  it("apply to an empty in-memory database and create every table", () => {
    const db = makeDb();
    const tables = db.$client
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual([
      "audit_log",
      "authority_field_sources",
      "award_co_recipients",
      "awards",
      "boundaries",
      "boundary_sets",
      "documents",
      "funders",
      "imports",
      "listing_drafts",
      "local_authorities",
      "memberships",
      "meta",
      "organisations",
      "practice_notes",
      "project_areas",
      "project_themes",
      "projects",
      "rate_limits",
      "regions",
      "sessions",
      "sign_in_failures",
      "small_area_populations",
      "sources",
      "submissions",
      "themes",
      "users",
    ]);
  });

  it("can be applied twice without error (already-applied migrations are skipped)", () => {
    const db = makeDb();
    expect(() => migrateDb(db)).not.toThrow();
  });
});

describe("createDb", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cohesion-db-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("opens a file database in WAL mode", () => {
    const db = createDb(join(dir, "wal.db"));
    try {
      expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.$client.close();
    }
  });

  it("enforces foreign keys on a file database as well as in memory", () => {
    const file = createDb(join(dir, "fk.db"));
    try {
      expect(file.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    } finally {
      file.$client.close();
    }
    expect(makeDb().$client.pragma("foreign_keys", { simple: true })).toBe(1);
  });
});

describe("constraints", () => {
  let world: World;
  let db: Db;
  beforeAll(() => {
    world = makeWorld();
    db = world.db;
  });

  const project = (overrides: Partial<typeof s.projects.$inferInsert> = {}): typeof s.projects.$inferInsert => ({
    organisationId: world.ids.organisations["alpha-trust"],
    titleEn: "A project made in a test",
    areaKind: "wales",
    ...overrides,
  });
  const award = (overrides: Partial<typeof s.awards.$inferInsert> = {}): typeof s.awards.$inferInsert => ({
    funderId: world.ids.funders["welsh-government"],
    programmeEn: "A programme made in a test",
    organisationId: world.ids.organisations["alpha-trust"],
    ...overrides,
  });

  it("accepts a valid project and a valid award", () => {
    const { id } = db.insert(s.projects).values(project()).returning({ id: s.projects.id }).get();
    expect(() => db.insert(s.awards).values(award({ projectId: id, organisationId: null, amountPence: 0 })).run()).not.toThrow();
  });

  it("rejects a project whose organisation does not exist", () => {
    expect(() => db.insert(s.projects).values(project({ organisationId: 999_999 })).run()).toThrow(/FOREIGN KEY constraint failed/);
  });

  it("rejects a project area in an authority that does not exist", () => {
    const projectId = world.ids.projects["middle-youth-club"];
    expect(() => db.insert(s.projectAreas).values({ projectId, gssCode: "W06000007" }).run()).toThrow(/FOREIGN KEY constraint failed/);
  });

  it("rejects an award that funds neither a project nor an organisation", () => {
    expect(() => db.insert(s.awards).values(award({ organisationId: null, projectId: null })).run()).toThrow(/awards_has_recipient/);
  });

  it("rejects a negative award amount", () => {
    expect(() => db.insert(s.awards).values(award({ amountPence: -1 })).run()).toThrow(/awards_amount_positive/);
  });

  it("rejects a point project without a radius", () => {
    expect(() => db.insert(s.projects).values(project({ areaKind: "point", pointLng: -3.5, pointLat: 52.3, radiusKm: null })).run()).toThrow(
      /projects_point_complete/,
    );
  });

  it("rejects a point project with a zero radius or a missing coordinate", () => {
    expect(() => db.insert(s.projects).values(project({ areaKind: "point", pointLng: -3.5, pointLat: 52.3, radiusKm: 0 })).run()).toThrow(
      /projects_point_complete/,
    );
    expect(() => db.insert(s.projects).values(project({ areaKind: "point", pointLng: null, pointLat: 52.3, radiusKm: 5 })).run()).toThrow(
      /projects_point_complete/,
    );
  });

  it("accepts a complete point project", () => {
    expect(() => db.insert(s.projects).values(project({ areaKind: "point", pointLng: -3.5, pointLat: 52.3, radiusKm: 5 })).run()).not.toThrow();
  });

  it("rejects a second organisation with the same slug", () => {
    expect(() => db.insert(s.organisations).values({ slug: "alpha-trust", nameEn: "Another Alpha", kind: "charity" }).run()).toThrow(/UNIQUE constraint failed/);
  });
});
