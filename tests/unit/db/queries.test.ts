import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { listAwards } from "../../../db/queries/awards";
import { bumpDataVersion, dataVersionReader, getDataVersion } from "../../../db/queries/meta";
import { listOrganisations } from "../../../db/queries/organisations";
import { getProject, listProjects } from "../../../db/queries/projects";
import * as s from "../../../db/schema";
import { loadSeed } from "../../../seeds/load-seed";
import { GSS, makeDb, makeWorld, projectInput, worldInput, type World } from "../../factories";

const keysOf = (world: World, rows: { id: number }[]) => {
  const byId = new Map(Object.entries(world.ids.projects).map(([key, id]) => [id, key]));
  return rows.map((r) => byId.get(r.id)).sort();
};
const slugsOf = (rows: { slug: string }[]) => rows.map((r) => r.slug).sort();

// One world for the read-only tests; tests that change data make their own.
let world: World;
let db: Db;
beforeAll(() => {
  world = makeWorld(makeDb(), (input) => {
    input.projects.push(
      projectInput("leap-day-project", { titleEn: "Leap day project", area: { kind: "authorities", gss: [GSS.east] }, start: "2024-02-01", end: "2024-02" }),
      projectInput("future-project", { titleEn: "Future project", start: "2027-01", end: "2028-03-31" }),
      projectInput("percent-project", { titleEn: "Open 100% of the time", themes: ["youth-asb"] }),
      projectInput("underscore-project", { titleEn: "Code club_cymru", themes: ["youth-asb"] }),
    );
  });
  db = world.db;
});

const activeOn = (asOf: string) => keysOf(world, listProjects(db, { activeOn: asOf }));

describe("listProjects", () => {
  it("lists every published project with its themes and the authorities it serves", () => {
    const rows = listProjects(db);
    expect(rows).toHaveLength(8);
    const club = rows.find((r) => r.id === world.ids.projects["middle-youth-club"])!;
    expect(club).toMatchObject({ themeIds: ["youth-asb"], areaGss: [GSS.middle], areaKind: "authorities", organisationSlug: "alpha-trust" });
    const helpline = rows.find((r) => r.id === world.ids.projects["all-wales-helpline"])!;
    expect(helpline).toMatchObject({ areaKind: "wales", areaGss: [], sourceDocument: "900_test-seed.txt" });
  });

  it("filters by theme", () => {
    expect(keysOf(world, listProjects(db, { theme: "hate-crime" }))).toEqual(["all-wales-helpline", "future-project", "leap-day-project", "west-hate-crime-forum"]);
    expect(keysOf(world, listProjects(db, { theme: "no-such-theme" }))).toEqual([]);
  });

  it("serves every authority with a Wales-wide project and only its own with an authorities project", () => {
    const walesWide = ["all-wales-helpline", "future-project", "percent-project", "stopped-schools-programme", "underscore-project"];
    expect(keysOf(world, listProjects(db, { gss: GSS.west }))).toEqual([...walesWide, "west-hate-crime-forum"].sort());
    expect(keysOf(world, listProjects(db, { gss: GSS.middle }))).toEqual([...walesWide, "middle-youth-club"].sort());
    expect(keysOf(world, listProjects(db, { gss: GSS.east }))).toEqual([...walesWide, "leap-day-project"].sort());
  });

  it("combines filters with AND", () => {
    expect(keysOf(world, listProjects(db, { theme: "hate-crime", gss: GSS.west, activeOn: "2025-06-01" }))).toEqual([
      "all-wales-helpline",
      "west-hate-crime-forum",
    ]);
  });

  it("filters by organisation and by funder", () => {
    expect(keysOf(world, listProjects(db, { organisationId: world.ids.organisations["alpha-trust"] }))).toEqual(["middle-youth-club", "west-hate-crime-forum"]);
    expect(keysOf(world, listProjects(db, { funderId: world.ids.funders["test-lottery"] }))).toEqual(["all-wales-helpline"]);
  });

  it("counts a project with an unknown start as started", () => {
    expect(activeOn("1990-01-01")).toContain("all-wales-helpline");
  });

  it("does not count a project as started before the first day of its start month", () => {
    expect(activeOn("2026-12-31")).not.toContain("future-project");
    expect(activeOn("2027-01-01")).toContain("future-project");
    expect(activeOn("2023-03-31")).not.toContain("middle-youth-club");
    expect(activeOn("2023-04-01")).toContain("middle-youth-club");
  });

  it("keeps a project ending in month 2024-12 active on 31 December 2024 and ended on 1 January 2025", () => {
    expect(activeOn("2024-12-31")).toContain("middle-youth-club");
    expect(activeOn("2025-01-01")).not.toContain("middle-youth-club");
  });

  it("keeps a project ending in year 2025 active on 31 December 2025 and ended on 1 January 2026", () => {
    expect(activeOn("2022-01-01")).toContain("west-hate-crime-forum");
    expect(activeOn("2025-12-31")).toContain("west-hate-crime-forum");
    expect(activeOn("2026-01-01")).not.toContain("west-hate-crime-forum");
  });

  it("keeps a project ending on a day active on that day and ended the day after", () => {
    expect(activeOn("2028-03-31")).toContain("future-project");
    expect(activeOn("2028-04-01")).not.toContain("future-project");
  });

  it("keeps a project ending in February 2024 active on 29 February 2024 and ended on 1 March 2024", () => {
    expect(activeOn("2024-02-29")).toContain("leap-day-project");
    expect(activeOn("2024-03-01")).not.toContain("leap-day-project");
  });

  it("never counts a project that stopped without an end date as active", () => {
    for (const day of ["1990-01-01", "2025-02-27", "2030-01-01"]) expect(activeOn(day)).not.toContain("stopped-schools-programme");
    expect(keysOf(world, listProjects(db))).toContain("stopped-schools-programme");
  });

  it("searches titles case-insensitively", () => {
    expect(keysOf(world, listProjects(db, { q: "HELPLINE" }))).toEqual(["all-wales-helpline"]);
    expect(keysOf(world, listProjects(db, { q: "middleSHIRE youth" }))).toEqual(["middle-youth-club"]);
  });

  it("searches Welsh titles too", () => {
    expect(keysOf(world, listProjects(db, { q: "clwb ieuenctid" }))).toEqual(["middle-youth-club"]);
  });

  it("treats % in a search as a literal character, not a wildcard", () => {
    expect(keysOf(world, listProjects(db, { q: "%" }))).toEqual(["percent-project"]);
    expect(keysOf(world, listProjects(db, { q: "100%" }))).toEqual(["percent-project"]);
  });

  it("treats _ in a search as a literal character, not a wildcard", () => {
    expect(keysOf(world, listProjects(db, { q: "_" }))).toEqual(["underscore-project"]);
    expect(keysOf(world, listProjects(db, { q: "b_c" }))).toEqual(["underscore-project"]);
    expect(keysOf(world, listProjects(db, { q: "e_c" }))).toEqual([]);
  });

  it("treats a backslash in a search as a literal character", () => {
    expect(keysOf(world, listProjects(db, { q: "\\" }))).toEqual([]);
  });
});

describe("listOrganisations", () => {
  it("lists published organisations by English name with their citation", () => {
    const rows = listOrganisations(db);
    expect(rows.map((r) => r.slug)).toEqual(["alpha-trust", "beta-network"]);
    expect(rows[0]).toMatchObject({ homeGss: GSS.west, sourceDocument: "900_test-seed.txt", lastConfirmed: "2025-02-27" });
  });

  it("searches names and descriptions case-insensitively, in English and Welsh", () => {
    expect(slugsOf(listOrganisations(db, { q: "ALPHA" }))).toEqual(["alpha-trust"]);
    expect(slugsOf(listOrganisations(db, { q: "advice services" }))).toEqual(["beta-network"]);
    expect(slugsOf(listOrganisations(db, { q: "ymddiriedolaeth" }))).toEqual(["alpha-trust"]);
    expect(slugsOf(listOrganisations(db, { q: "%" }))).toEqual([]);
  });

  it("filters by theme through published projects", () => {
    expect(slugsOf(listOrganisations(db, { theme: "hate-crime" }))).toEqual(["alpha-trust", "beta-network"]);
    expect(slugsOf(listOrganisations(db, { theme: "youth-asb" }))).toEqual(["alpha-trust", "beta-network"]);
  });

  it("filters by authority: based there, or with a project serving it", () => {
    // alpha-trust is based in the west; beta-network's Wales-wide projects serve everywhere.
    expect(slugsOf(listOrganisations(db, { gss: GSS.west }))).toEqual(["alpha-trust", "beta-network"]);
    // alpha-trust's youth club serves the middle authority although it is based in the west.
    expect(slugsOf(listOrganisations(db, { gss: GSS.middle }))).toEqual(["alpha-trust", "beta-network"]);
    expect(slugsOf(listOrganisations(db, { gss: GSS.east }))).toEqual(["beta-network"]);
  });

  it("filters by funder, through awards to the organisation's projects or to the organisation itself", () => {
    // beta-network only through its helpline project; alpha-trust only through a direct award.
    expect(slugsOf(listOrganisations(db, { funderId: world.ids.funders["test-lottery"] }))).toEqual(["alpha-trust", "beta-network"]);
    expect(slugsOf(listOrganisations(db, { funderId: world.ids.funders["welsh-government"] }))).toEqual(["alpha-trust"]);
  });

  it("filters by kind", () => {
    expect(slugsOf(listOrganisations(db, { kind: "charity" }))).toEqual(["alpha-trust"]);
    expect(slugsOf(listOrganisations(db, { kind: "network" }))).toEqual(["beta-network"]);
    expect(slugsOf(listOrganisations(db, { kind: "public-body" }))).toEqual([]);
  });
});

describe("listAwards", () => {
  it("orders awards by end date with unknown ends last", () => {
    const rows = listAwards(db);
    expect(rows.map((r) => [r.programmeEn, r.endDate, r.endPrecision])).toEqual([
      ["Programme wg-youth-club", "2024-12", "month"],
      ["Programme wg-forum", "2025", "year"],
      ["Programme lottery-helpline", "2026-03-31", "day"],
      ["Programme lottery-alpha-core", null, "unknown"],
    ]);
  });

  it("names the recipient organisation of awards to projects and to organisations", () => {
    const rows = listAwards(db);
    expect(rows.find((r) => r.programmeEn === "Programme lottery-helpline")).toMatchObject({
      organisationSlug: "beta-network",
      projectTitleEn: "All Wales hate crime helpline",
      funderSlug: "test-lottery",
    });
    expect(rows.find((r) => r.programmeEn === "Programme lottery-alpha-core")).toMatchObject({
      organisationSlug: "alpha-trust",
      projectId: null,
      amountPence: 250_000,
      amountPeriod: "per-year",
    });
  });

  it("filters by funder, project, organisation, theme and authority", () => {
    const programmes = (rows: { programmeEn: string }[]) => rows.map((r) => r.programmeEn.replace("Programme ", ""));
    expect(programmes(listAwards(db, { funderId: world.ids.funders["test-lottery"] }))).toEqual(["lottery-helpline", "lottery-alpha-core"]);
    expect(programmes(listAwards(db, { projectId: world.ids.projects["west-hate-crime-forum"] }))).toEqual(["wg-forum"]);
    expect(programmes(listAwards(db, { organisationId: world.ids.organisations["alpha-trust"] }))).toEqual(["wg-youth-club", "wg-forum", "lottery-alpha-core"]);
    expect(programmes(listAwards(db, { theme: "youth-asb" }))).toEqual(["wg-youth-club"]);
    expect(programmes(listAwards(db, { gss: GSS.middle }))).toEqual(["wg-youth-club", "lottery-helpline"]);
    expect(programmes(listAwards(db, { gss: GSS.east }))).toEqual(["lottery-helpline"]);
  });
});

describe("archived records", () => {
  it("are left out of projects, organisations and awards", () => {
    const { db, ids } = makeWorld(makeDb());
    // A seed reload archives what the seed no longer holds.
    const input = worldInput();
    input.projects = input.projects.filter((p) => p.key !== "west-hate-crime-forum");
    input.awards = input.awards.filter((a) => a.key !== "wg-forum" && a.key !== "lottery-alpha-core");
    loadSeed(db, input);

    expect(getProject(db, ids.projects["west-hate-crime-forum"])).toBeUndefined();
    expect(listProjects(db).map((p) => p.id)).not.toContain(ids.projects["west-hate-crime-forum"]);
    expect(listAwards(db).map((a) => a.id)).not.toContain(ids.awards["wg-forum"]);
    // alpha-trust's only lottery money was the archived direct award.
    expect(slugsOf(listOrganisations(db, { funderId: ids.funders["test-lottery"] }))).toEqual(["beta-network"]);
    // alpha-trust no longer has a published hate-crime project.
    expect(slugsOf(listOrganisations(db, { theme: "hate-crime" }))).toEqual(["beta-network"]);

    db.update(s.organisations).set({ status: "archived" }).where(eq(s.organisations.id, ids.organisations["beta-network"])).run();
    expect(slugsOf(listOrganisations(db))).toEqual(["alpha-trust"]);
    // A published project of an archived organisation is hidden with it.
    expect(listProjects(db).map((p) => p.id)).toEqual([ids.projects["middle-youth-club"]]);
  });
});

describe("data version", () => {
  it("is 0 in an empty database and counts up by one with each bump", () => {
    const empty = makeDb();
    expect(getDataVersion(empty)).toBe(0);
    expect(bumpDataVersion(empty)).toBe(1);
    expect(bumpDataVersion(empty)).toBe(2);
    expect(getDataVersion(empty)).toBe(2);
  });

  it("reads the same through the render cache's prepared reader, following each bump", () => {
    const db = makeDb();
    const version = dataVersionReader(db);
    expect(version()).toBe("0");
    bumpDataVersion(db);
    expect(version()).toBe("1");
    expect(version()).toBe(String(getDataVersion(db)));
  });

  it("is bumped by every seed load", () => {
    const { db } = makeWorld(makeDb());
    expect(getDataVersion(db)).toBe(1);
    loadSeed(db, worldInput());
    expect(getDataVersion(db)).toBe(2);
  });

  it("counts past 9 numerically, not as text", () => {
    const fresh = makeDb();
    for (let i = 0; i < 10; i++) bumpDataVersion(fresh);
    expect(bumpDataVersion(fresh)).toBe(11);
  });
});

