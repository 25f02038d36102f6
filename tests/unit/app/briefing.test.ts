/**
 * The national briefing takes every figure from the data through the use-cases other pages show:
 * a theme with no current local service names its authorities, the regions and rural authorities
 * come from the authority table, the cliff matches the cliff page, and the route answers in both
 * languages (400 for a bad date). The coverage engine needs the 22 real outlines, so these tests
 * run on the real seed and check the briefing against the records themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listGaps } from "../../../app/coverage/coverage.server";
import { dataBasis } from "../../../app/coverage/data-basis.server";
import { getBriefing } from "../../../app/directory/briefing.server";
import { splitProvision } from "../../../app/directory/provision.server";
import { getCliff } from "../../../app/funding/funding.server";
import type { Db } from "../../../db/client";
import { listAuthorities } from "../../../db/queries/authorities";
import { listAwards } from "../../../db/queries/awards";
import { bumpDataVersion } from "../../../db/queries/meta";
import { listProjects } from "../../../db/queries/projects";
import { listThemes } from "../../../db/queries/themes";
import { loadSeed } from "../../../seeds/load-seed";
import { buildSeedInput } from "../../../seeds/seed-input";
import { makeContext, makeDb } from "../../factories";
import { httpErrorOf } from "../../helpers";
import { call, closeWorld, getRequest, openWorld, outcome, type World } from "../routes/harness";
import { renderRoute } from "../routes/render";

const AS_OF = "2026-01-15";
const POWYS = "W06000023";

const briefing = (db: Db, lang: "en" | "cy" = "en", asOf = AS_OF) => getBriefing(makeContext(db, `/briefing?asOf=${asOf}`, lang));

/** The themes no current local service (in named authorities or around a point) is on, from the records. */
function themesWithoutLocalService(db: Db): string[] {
  const onSomeService = new Set(splitProvision(listProjects(db), AS_OF).provision.flatMap((p) => p.themeIds));
  return listThemes(db)
    .map((t) => t.id)
    .filter((id) => !onSomeService.has(id));
}

describe("the briefing's figures on the seed", () => {
  let db: Db;
  let b: ReturnType<typeof getBriefing>;
  beforeAll(() => {
    db = makeDb();
    loadSeed(db, buildSeedInput());
    b = briefing(db);
  });

  it("names all 22 authorities for a theme no current local service is on, and lists those themes first", () => {
    const empty = themesWithoutLocalService(db);
    expect(empty.length).toBeGreaterThan(0);
    for (const id of empty) {
      const theme = b.themes.find((t) => t.id === id)!;
      expect(theme.withProvision, id).toBe(0);
      expect(theme.none.map((a) => a.gss).sort(), id).toEqual(listAuthorities(db).map((a) => a.gssCode).sort());
    }
    expect(b.themes.slice(0, empty.length).map((t) => t.id).sort()).toEqual([...empty].sort());
    expect(b.themes.slice(empty.length).every((t) => t.withProvision > 0)).toBe(true);
  });

  it("names on each theme exactly the authorities the gaps page lists as having no active provision", () => {
    for (const theme of b.themes) {
      const gaps = listGaps(db, AS_OF, theme.id).filter((g) => g.kind === "no-provision");
      expect(theme.none.map((a) => a.gss).sort(), theme.id).toEqual(gaps.map((g) => g.gss).sort());
      expect(theme.withProvision + theme.none.length, theme.id).toBe(22);
    }
    expect(b.headline.noProvisionPairs).toBe(b.themes.reduce((n, t) => n + t.none.length, 0));
  });

  it("never names an authority that a current local service on the theme names", () => {
    for (const p of splitProvision(listProjects(db), AS_OF).provision.filter((x) => x.areaKind === "authorities")) {
      for (const themeId of p.themeIds) {
        const none = b.themes.find((t) => t.id === themeId)!.none.map((a) => a.gss);
        for (const gss of p.areaGss) expect(none, `${p.titleEn} in ${gss}`).not.toContain(gss);
      }
    }
  });

  it("names authorities in the reader's language, sorted in it", () => {
    const welsh = briefing(db, "cy").themes.find((t) => t.withProvision === 0)!.none.map((a) => a.nameCy);
    expect(welsh).toContain("Sir Benfro");
    expect(welsh).toEqual([...welsh].sort(new Intl.Collator("cy").compare));
  });

  it("puts each authority in the one cohesion region the authority table gives it, and adds up the pairs", () => {
    const regionOf = new Map(listAuthorities(db).map((a) => [a.gssCode, a.regionId]));
    const placed = b.regions.flatMap((r) => r.authorities.map((a) => [a.gss, r.id] as const));
    expect(placed).toHaveLength(22);
    for (const [gss, region] of placed) expect(region, gss).toBe(regionOf.get(gss));
    for (const r of b.regions) expect(r.pairs).toBe(r.authorities.length * b.headline.themes);
    expect(b.regions.reduce((n, r) => n + r.noProvisionPairs, 0)).toBe(b.headline.noProvisionPairs);
    expect(b.regions.every((r) => themesWithoutLocalService(db).every((id) => r.themesAbsent.includes(id)))).toBe(true);
  });

  it("lists the WLGA's predominantly rural authorities with the themes that have no current local service there", () => {
    const rural = listAuthorities(db).filter((a) => a.ruralWlga);
    expect(rural).toHaveLength(9);
    expect(b.rural.authorities.map((a) => a.gss).sort()).toEqual(rural.map((a) => a.gssCode).sort());
    for (const a of b.rural.authorities) {
      const expected = b.themes.filter((t) => t.none.some((x) => x.gss === a.gss)).map((t) => t.id);
      expect([...a.themesNone].sort(), a.gss).toEqual(expected.sort());
    }
  });

  it("gives the funding cliff page's figures for the next eight quarters", () => {
    const { cliff } = getCliff(makeContext(db, `/funding/cliff?asOf=${AS_OF}`));
    expect(b.cliff.quarters.map((q) => q.label)).toEqual(cliff.quarters.slice(0, 8).map((q) => q.label));
    for (const key of ["awards", "perYearPence", "totalPence", "unknownAmount"] as const) {
      expect(b.cliff.quarters.map((q) => q[key]), key).toEqual(cliff.totals.slice(0, 8).map((c) => c[key]));
      expect(b.cliff.total[key], key).toBe(cliff.totals.slice(0, 8).reduce((n, c) => n + c[key], 0));
    }
    expect(b.cliff.laterAwards).toBe(cliff.totals.slice(8).reduce((n, c) => n + c.awards, 0) + cliff.beyondHorizon);
    expect(b.cliff.unknownEnd.awards).toBe(cliff.unknownEnd.awards);
    expect(b.cliff.noRecentEvidence.awards).toBe(cliff.noRecentEvidence.awards);
  });

  it("counts the data's limits from the records: no stated amount, 360Giving amounts, and the data basis", () => {
    const awards = listAwards(db);
    expect(b.limits.awards).toBe(awards.length);
    expect(b.limits.awardsAmountNotStated).toBe(awards.filter((a) => a.amountPence === null).length);
    expect(b.limits.awardsAmountNotStated).toBeGreaterThan(0);
    expect(b.limits.awardsImported).toBe(awards.filter((a) => a.importId !== null).length);
    expect(b.limits.awardsEndNotStated).toBe(b.cliff.unknownEnd.awards + b.cliff.noRecentEvidence.awards);
    expect(b.limits.basis).toEqual(dataBasis(db, AS_OF));
  });

  it("stops naming an authority once a current local service on the theme works there", () => {
    const theme = themesWithoutLocalService(db)[0];
    const input = buildSeedInput();
    input.projects.push({
      key: "briefing-test-service",
      kind: "service",
      organisation: input.organisations[0].slug,
      titleEn: "A test service in Powys",
      descriptionEn: "A service added by the briefing test.",
      themes: [theme as (typeof input.projects)[number]["themes"][number]],
      area: { kind: "authorities", gss: [POWYS] },
      start: "2025-01",
      end: "2027-12",
      cite: input.projects[0].cite,
    });
    const changed = makeDb();
    loadSeed(changed, input);
    // Coverage is cached by data version and date: a new version keeps this database's figures apart.
    bumpDataVersion(changed);
    const after = briefing(changed).themes.find((t) => t.id === theme)!;
    expect(after.withProvision).toBe(1);
    expect(after.none.map((a) => a.gss)).not.toContain(POWYS);
    expect(after.none).toHaveLength(21);
  });

  it("refuses an asOf that is not a real day with a 400 naming the parameter", () => {
    const error = httpErrorOf(() => getBriefing(makeContext(db, "/briefing?asOf=2026-02-30")));
    expect(error.status).toBe(400);
    expect(error.message).toContain("asOf");
  });
});

describe("the /briefing route on the real seed", () => {
  let world: World;
  let route: typeof import("../../../app/routes/briefing");
  beforeAll(async () => {
    world = await openWorld();
    route = await import("../../../app/routes/briefing");
  }, 120_000);
  afterAll(() => closeWorld(world));

  it.each([
    ["en", "/briefing?asOf=2026-01-15", "National briefing: social cohesion provision in Wales", "Provision by theme"],
    ["cy", "/briefing?asOf=2026-01-15&lang=cy", "Briff cenedlaethol: darpariaeth cydlyniant cymdeithasol yng Nghymru", "Darpariaeth yn ôl thema"],
  ])("answers 200 in %s with the briefing, every authority without provision linked to its profile", async (_lang, path, title, section) => {
    const answer = await outcome(() => call(route.loader, getRequest(path)));
    expect(answer.status).toBe(200);
    const html = await renderRoute(route, getRequest(path));
    expect(html).toContain(title);
    expect(html).toContain(section);
    // LGBTQ+ inclusion has no current local service on the seed: all 22 authorities, linked to its gaps.
    expect(html).toMatch(/href="\/gaps\?theme=lgbtq-inclusion&amp;asOf=2026-01-15[^"]*"/);
    const profiles = new Set([...html.matchAll(/href="\/authorities\/(W06\d{6})/g)].map((m) => m[1]));
    expect(profiles.size).toBe(22);
    expect(html).toContain('href="/funding/cliff?asOf=2026-01-15');
  }, 120_000);

  it.each(["yesterday", "2026-13-01", "0999-12-31"])("answers 400 for asOf=%s", async (asOf) => {
    const answer = await outcome(() => call(route.loader, getRequest(`/briefing?asOf=${asOf}`)));
    expect(answer.status).toBe(400);
  });
});
