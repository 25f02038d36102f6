/**
 * The truth model on the real seed, as of 1 December 2026: what is current, what counts as
 * provision, and gaps that mean something.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { listGaps, coverageRows } from "../../../app/coverage/coverage.server";
import { dataBasis } from "../../../app/coverage/data-basis.server";
import { splitProvision, withCurrency } from "../../../app/directory/provision.server";
import type { Db } from "../../../db/client";
import { eq } from "drizzle-orm";
import { listAwards } from "../../../db/queries/awards";
import { listProjects } from "../../../db/queries/projects";
import { organisations } from "../../../db/schema";
import { loadSeed } from "../../../seeds/load-seed";
import { buildSeedInput } from "../../../seeds/seed-input";
import { D004 } from "../../../seeds/data/refs";
import { makeDb } from "../../factories";

const TODAY = "2026-12-01";
const CARDIFF = "W06000015";
const NEWPORT = "W06000022";
const POWYS = "W06000023";

let db: Db;
beforeAll(() => {
  db = makeDb();
  loadSeed(db, buildSeedInput());
});

describe("currency on the seed data", () => {
  it("says Communities First, a programme evidenced only in 2015, has no recent evidence", () => {
    const cf = withCurrency(listProjects(db), TODAY).find((p) => p.titleEn === "Communities First")!;
    expect(cf.lastEvidenced).toBe("2015");
    expect(cf.currency).toBe("no-recent-evidence");
  });

  it("counts nothing evidenced only in the 2015 report as current, unless it has a known end to come", () => {
    const from2015 = withCurrency(listProjects(db), TODAY).filter((p) => p.sourceDocument === D004 && p.lastEvidenced === "2015");
    expect(from2015.length).toBeGreaterThan(20);
    for (const p of from2015) {
      if (p.endDate === null) expect(p.currency, p.titleEn).toBe("no-recent-evidence");
      else expect(p.currency, p.titleEn).not.toBe("active-end-unknown");
    }
  });

  it("keeps 2025 records with no end date current until two years after their evidence", () => {
    const hub = (asOf: string) => withCurrency(listProjects(db), asOf).find((p) => p.titleEn === "Hong Kong drop-in centre, Cardiff")!.currency;
    expect(hub(TODAY)).toBe("active-end-unknown");
    expect(hub("2027-01-02")).toBe("no-recent-evidence");
  });
});

describe("provision is not policy", () => {
  it("files national plans as context, never as provision", () => {
    const split = splitProvision(listProjects(db), TODAY);
    const context = split.context.map((p) => p.titleEn);
    for (const plan of ["Nation of Sanctuary Plan", "Anti-racist Wales Action Plan"]) {
      expect(context).toContain(plan);
      expect([...split.provision, ...split.national].map((p) => p.titleEn)).not.toContain(plan);
    }
  });

  it("counts a project with no stated area in 'area not stated', not as all of Wales", () => {
    const split = splitProvision(listProjects(db), TODAY);
    expect(split.areaNotStated.map((p) => p.titleEn)).toContain("Serious Violence fund outreach project");
    expect(dataBasis(db, TODAY).areaNotStated).toBe(split.areaNotStated.length);
  });
});

describe("gaps on the seed data", () => {
  it("shows hate crime and asylum gaps where nothing current and local is recorded", () => {
    for (const theme of ["hate-crime", "asylum-refugee-migrant"]) {
      const gaps = listGaps(db, TODAY, theme);
      expect(gaps.length, theme).toBeGreaterThan(0);
      const local = splitProvision(listProjects(db, { theme }), TODAY).provision;
      const covered = new Set(local.flatMap((p) => p.areaGss));
      for (const g of gaps.filter((x) => x.kind === "no-provision")) expect(covered.has(g.gss), `${theme} ${g.gss}`).toBe(false);
    }
  });

  it("does not call Cardiff's or Newport's gaps rural, and does call some of Powys's", () => {
    const gaps = listGaps(db, TODAY, null);
    expect(gaps.filter((g) => g.gss === CARDIFF || g.gss === NEWPORT).length).toBeGreaterThan(0);
    expect(gaps.filter((g) => (g.gss === CARDIFF || g.gss === NEWPORT) && g.ruralGap)).toEqual([]);
    const rural = gaps.filter((g) => g.ruralGap).map((g) => g.gss);
    expect(rural.length).toBeLessThan(gaps.length);
  });

  it("opens more gaps as evidence ages", () => {
    expect(listGaps(db, "2028-12-01", null).length).toBeGreaterThan(listGaps(db, TODAY, null).length);
  });

  it("keeps people figures consistent with the Census for every authority and theme", () => {
    for (const theme of [null, "hate-crime", "lgbtq-inclusion", "community-spaces"]) {
      for (const r of coverageRows(db, TODAY, theme)) {
        expect(r.peopleOutOfReach).toBeGreaterThanOrEqual(0);
        expect(r.peopleOutOfReach).toBeLessThanOrEqual(r.population);
        expect(r.peopleInReach + r.peopleOutOfReach, `${r.gss} ${theme}`).toBe(r.population);
      }
    }
    expect(coverageRows(db, TODAY, null).find((r) => r.gss === CARDIFF)!.population).toBe(362_312);
  });

  it("scores a fully covered pair 0 and ranks need, not provision", () => {
    const rows = coverageRows(db, TODAY, "community-spaces");
    for (const r of rows) if (r.peopleOutOfReach === 0 && r.areaCoverage === 1) expect(r.gapScore.score).toBe(0);
    const powys = coverageRows(db, TODAY, null).find((r) => r.gss === POWYS)!;
    expect(powys.gapScore.basis).toBe("mean of themes");
  });
});

describe("last evidenced by the newest document that names a record", () => {
  it("dates the regional cohesion teams by the November 2025 response, and Dyfed-Powys Police by 2025", () => {
    const teams = listProjects(db).filter((p) => p.titleEn.endsWith("regional community cohesion team"));
    expect(teams).toHaveLength(8);
    for (const t of teams) expect(t.lastEvidenced, t.titleEn).toBe("2025-11");
    const police = db.select().from(organisations).where(eq(organisations.slug, "dyfed-powys-police")).get()!;
    expect(police.lastEvidenced).toBe("2025");
  });

  it("records Healing the Divide without a start the documents do not give, and its delivering body as not named", () => {
    const htd = listProjects(db).find((p) => p.titleEn === "Healing the Divide, Llanelli")!;
    expect(htd.startDate).toBeNull();
    expect(htd.deliveryNotNamed).toBe(true);
  });
});

describe("funding as the documents state it", () => {
  it("records the joint BAWSO and EYST grant as one award with two recipients", () => {
    const grants = listAwards(db).filter((a) => a.programmeEn === "Core-funded grant for youth and family support");
    expect(grants).toHaveLength(1);
    expect(grants[0].organisationSlug).toBe("bawso");
    expect(grants[0].coRecipients.map((o) => o.slug)).toEqual(["ethnic-minorities-and-youth-support-team-wales"]);
    const eyst = db.select().from(organisations).where(eq(organisations.slug, "ethnic-minorities-and-youth-support-team-wales")).get()!;
    expect(listAwards(db, { organisationId: eyst.id }).map((a) => a.id)).toEqual([grants[0].id]);
  });

  it("keeps the £1.63m approximate, and the PCCs' commitment out of the awards", () => {
    const ccp = listAwards(db).find((a) => a.amountPence === 163_000_000)!;
    expect(ccp.amountApproximate).toBe(true);
    expect(listAwards(db).filter((a) => a.funderSlug === "police-and-crime-commissioners-wales")).toEqual([]);
  });
});
