import { readFileSync } from "node:fs";
import { httpErrorOf } from "../../helpers";
import { withCurrency } from "../../../app/directory/provision.server";
import { beforeAll, describe, expect, it } from "vitest";
import { authoritiesGeoJson, getAuthorityProfile, listAuthoritySummaries, parseSummaryParams, sortSummaries, summariseAuthorities, type AuthoritySummary } from "../../../app/directory/authorities.server";
import { HttpError } from "../../../app/platform/http.server";
import type { Db } from "../../../db/client";
import { listProjects } from "../../../db/queries/projects";
import { loadSeed } from "../../../seeds/load-seed";
import { buildSeedInput } from "../../../seeds/seed-input";
import { GSS, makeContext, makeDb, makeWorld } from "../../factories";

const REFERENCE: { gss_code: string; population_census_2021: number }[] = JSON.parse(
  readFileSync(new URL("../../../../shared/reference/wales-authorities.json", import.meta.url), "utf8"),
);
const POPULATION = new Map(REFERENCE.map((a) => [a.gss_code, a.population_census_2021]));
const AS_OF = "2026-01-01";

let db: Db;
let summaries: AuthoritySummary[];
let walesWideProjects: number;
beforeAll(() => {
  db = makeDb();
  loadSeed(db, buildSeedInput());
  ({ summaries, walesWideProjects } = summariseAuthorities(db, AS_OF));
});

describe("summariseAuthorities on the real seed", () => {
  it("returns one row for each of the 22 authorities, in GSS order", () => {
    expect(summaries).toHaveLength(22);
    expect(summaries.map((s) => s.gssCode)).toEqual(REFERENCE.map((a) => a.gss_code));
  });

  it("counts the current Wales-wide services on the date, not plans, programmes or stale records", () => {
    const current = withCurrency(listProjects(db), AS_OF).filter((p) => p.currency === "active" || p.currency === "active-end-unknown");
    expect(walesWideProjects).toBe(current.filter((p) => p.areaKind === "wales" && p.kind === "service").length);
    expect(walesWideProjects).toBeGreaterThan(0);
    expect(walesWideProjects).toBeLessThan(listProjects(db, { activeOn: AS_OF }).filter((p) => p.areaKind === "wales").length);
  });

  it("counts every authority's active projects as its local ones plus the Wales-wide ones", () => {
    for (const s of summaries) expect(s.activeProjects, s.gssCode).toBe(s.localProjects + walesWideProjects);
  });

  it("counts as local the current services aimed at the authority", () => {
    const current = withCurrency(listProjects(db), AS_OF).filter((p) => (p.currency === "active" || p.currency === "active-end-unknown") && p.kind === "service");
    for (const s of summaries) expect(s.localProjects, s.gssCode).toBe(current.filter((p) => p.areaGss.includes(s.gssCode)).length);
  });

  it("computes projects per 10,000 residents from the 2021 census population, to two decimals", () => {
    for (const s of summaries) {
      const population = POPULATION.get(s.gssCode)!;
      expect(s.population2021, s.gssCode).toBe(population);
      expect(s.projectsPer10k, s.gssCode).toBeCloseTo((s.activeProjects / population) * 10_000, 2);
      expect(String(s.projectsPer10k), s.gssCode).toMatch(/^\d+(\.\d{1,2})?$/);
    }
  });
});

describe("summariseAuthorities on a small world", () => {
  it("counts local, Wales-wide and based organisations exactly", () => {
    const { db: w } = makeWorld();
    const { summaries: rows, walesWideProjects: walesWide } = summariseAuthorities(w, "2024-06-01");
    // Active then: the Wales-wide helpline, the middle youth club and the west forum (the schools programme has stopped).
    expect(walesWide).toBe(1);
    expect(rows.map((r) => [r.gssCode, r.localProjects, r.activeProjects, r.projectsPer10k, r.organisationsBased])).toEqual([
      [GSS.west, 1, 2, 2, 1],
      [GSS.middle, 1, 2, 0.5, 0],
      [GSS.east, 0, 1, 0.5, 0],
    ]);
  });
});

describe("sortSummaries", () => {
  it("puts Cardiff first by population, largest first", () => {
    const sorted = sortSummaries(summaries, "population", "desc", "en");
    expect(sorted[0].nameEn).toBe("Cardiff");
    expect(sorted.at(-1)!.nameEn).toBe("Merthyr Tydfil");
  });

  it("puts Merthyr Tydfil first by population, smallest first", () => {
    expect(sortSummaries(summaries, "population", "asc", "en")[0].nameEn).toBe("Merthyr Tydfil");
  });

  it("sorts names in the reader's language", () => {
    expect(sortSummaries(summaries, "name", "asc", "en")[0].nameEn).toBe("Blaenau Gwent");
    expect(sortSummaries(summaries, "name", "asc", "cy")[0].nameCy).toBe("Abertawe");
  });

  it("breaks ties by name", () => {
    const sorted = sortSummaries(summaries, "projects", "desc", "en");
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1], sorted[i]];
      expect(a.activeProjects).toBeGreaterThanOrEqual(b.activeProjects);
      if (a.activeProjects === b.activeProjects) expect(a.nameEn.localeCompare(b.nameEn, "en-GB")).toBeLessThan(0);
    }
  });

  it("does not change the list it is given", () => {
    const before = summaries.map((s) => s.gssCode);
    sortSummaries(summaries, "population", "desc", "en");
    expect(summaries.map((s) => s.gssCode)).toEqual(before);
  });
});

describe("getAuthorityProfile", () => {
  it("gives Powys its census population and its neighbours, Ceredigion among them", () => {
    const profile = getAuthorityProfile(makeContext(db, "/authorities/W06000023"), "W06000023", AS_OF);
    expect(profile.authority).toMatchObject({ gssCode: "W06000023", nameEn: "Powys", population2021: 133174, regionNameEn: "Mid-West" });
    const neighbours = profile.neighbours.map((n) => n.gssCode);
    expect(neighbours).toContain("W06000008");
    expect(neighbours).toEqual(expect.arrayContaining(["W06000002", "W06000004", "W06000006", "W06000010", "W06000021"]));
    // Torfaen comes within 2.3 km of Powys but does not border it.
    expect(neighbours).not.toContain("W06000020");
    expect(profile.neighbours.find((n) => n.gssCode === "W06000008")).toEqual({ gssCode: "W06000008", nameEn: "Ceredigion", nameCy: "Ceredigion" });
  });

  it("lists Powys's region peers and the projects serving it", () => {
    const profile = getAuthorityProfile(makeContext(db, "/authorities/W06000023"), "W06000023", AS_OF);
    expect(profile.regionPeers.map((p) => p.gssCode).sort()).toEqual(["W06000008", "W06000009", "W06000010"]);
    const powys = summaries.find((s) => s.gssCode === "W06000023")!;
    expect(profile.projectCount).toBe(powys.activeProjects);
    expect(profile.walesWideCount).toBe(walesWideProjects);
    expect(profile.projectsByTheme).toHaveLength(13);
    for (const award of profile.awards) expect(award.projectId).not.toBeNull();
  });

  it.each(["W06000007", "W06000017", "W06000099", "powys", "w06000023"])("answers the code %s with a 404 naming it", (code) => {
    const error = httpErrorOf(() => getAuthorityProfile(makeContext(db, `/authorities/${code}`), code, AS_OF));
    expect(error.status).toBe(404);
    expect(error.message).toBe(`There is no local authority with the code ${code}.`);
  });

  it("answers an unknown code in Welsh for a Welsh reader", () => {
    const error = httpErrorOf(() => getAuthorityProfile(makeContext(db, "/authorities/W06000007", "cy"), "W06000007", AS_OF));
    expect(error.message).toBe("Nid oes awdurdod lleol gyda'r cod W06000007.");
  });
});

describe("authoritiesGeoJson", () => {
  it("joins every boundary to its figures", () => {
    const collection = authoritiesGeoJson(db, AS_OF, null);
    expect(collection.features).toHaveLength(22);
    for (const f of collection.features) expect(f.properties.gssCode).toBe(f.id);
    expect(collection.boundaries.id).toBe("ons-lad-2013");
  });
});

describe("parseSummaryParams", () => {
  it("reads asOf, sort and dir, defaulting names to ascending and figures to descending", () => {
    expect(parseSummaryParams(makeContext(db, "/?asOf=2025-06-30&sort=population"))).toEqual({ asOf: "2025-06-30", sort: "population", dir: "desc" });
    expect(parseSummaryParams(makeContext(db, "/?asOf=2025-06-30"))).toEqual({ asOf: "2025-06-30", sort: "name", dir: "asc" });
  });

  it.each(["sort=colour", "dir=up", "asOf=2025-02-30"])("answers %s with a 400", (search) => {
    expect(httpErrorOf(() => parseSummaryParams(makeContext(db, `/?${search}`))).status).toBe(400);
  });
});

describe("listAuthoritySummaries (the /api/authorities answer)", () => {
  it("sorts by the column and direction the URL asks for", () => {
    const byPopulation = listAuthoritySummaries(makeContext(db, "/api/authorities?asOf=2025-06-30&sort=population"));
    expect(byPopulation.data[0].nameEn).toBe("Cardiff");
    expect(byPopulation).toMatchObject({ sort: "population", dir: "desc", count: 22 });
    const ascending = listAuthoritySummaries(makeContext(db, "/api/authorities?asOf=2025-06-30&sort=population&dir=asc"));
    expect(ascending.data[0].nameEn).toBe("Merthyr Tydfil");
    const welsh = listAuthoritySummaries(makeContext(db, "/api/authorities?asOf=2025-06-30", "cy"));
    expect(welsh.data[0].nameCy).toBe("Abertawe");
  });

  it("answers an unknown sort with a 400", () => {
    expect(httpErrorOf(() => listAuthoritySummaries(makeContext(db, "/api/authorities?sort=colour"))).status).toBe(400);
  });
});
