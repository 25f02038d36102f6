import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildDownload } from "../../../app/downloads/export.server";
import { fundingPageRows, getCliff, getFundingPage, listAwardsApi } from "../../../app/funding/funding.server";
import type { Db } from "../../../db/client";
import { evidenceCurrentUntil } from "../../../geo/dates/currency";
import { lastDayOf } from "../../../geo/dates/partial-date";
import { riskDayOf } from "../../../geo/funding/funding-status";
import { loadSeed } from "../../../seeds/load-seed";
import { buildSeedInput } from "../../../seeds/seed-input";
import { makeContext, makeDb } from "../../factories";
import { readCsv } from "../../helpers";

// "Today" in the seed data's world: the newest documents are from 2025; the progress report from 2015.
const TODAY = "2026-12-01";

let db: Db;
beforeAll(() => {
  db = makeDb();
  loadSeed(db, buildSeedInput());
});

afterEach(() => {
  vi.useRealTimers();
});

/** The query the page's download links carry: the page's own parameters plus the window it resolved. */
function downloadQuery(query: string, window: string): string {
  const params = new URLSearchParams(query);
  params.set("endingWithin", window);
  return params.toString();
}

async function csvIds(query: string): Promise<number[]> {
  const csv = await buildDownload(makeContext(db, `/download/funding.csv?${query}`), "funding.csv").text();
  const [header, ...rows] = readCsv(csv);
  expect(header[0]).toBe("id");
  return rows.map((r) => Number(r[0]));
}

async function jsonIds(query: string): Promise<number[]> {
  const rows = (await buildDownload(makeContext(db, `/download/funding.json?${query}`), "funding.json").json()) as { id: number }[];
  return rows.map((r) => r.id);
}

const PARAMETER_SETS = [
  `asOf=${TODAY}`,
  `asOf=${TODAY}&endingWithin=upcoming`,
  `asOf=${TODAY}&endingWithin=3`,
  `asOf=${TODAY}&endingWithin=12`,
  `asOf=${TODAY}&endingWithin=all`,
  `asOf=2025-01-01&endingWithin=12`,
  `asOf=2025-01-01&endingWithin=6`,
  `asOf=2027-12-01&endingWithin=6`,
  `asOf=${TODAY}&funder=welsh-government&sort=amount&dir=desc`,
  `asOf=${TODAY}&endingWithin=all&sort=status`,
  `asOf=${TODAY}&theme=hate-crime`,
  `asOf=${TODAY}&authority=W06000015&endingWithin=all`,
  `asOf=2024-06-01&region=cardiff-and-vale`,
];

describe("the funding page and its downloads", () => {
  it.each(PARAMETER_SETS)("hold exactly the same rows, in the same order, for %s", async (query) => {
    const page = getFundingPage(makeContext(db, `/funding?${query}`));
    const shown = fundingPageRows(page).map((r) => r.id);
    expect(shown).toEqual([...page.listed, ...page.endUnknown, ...page.noRecentEvidence].map((r) => r.id));
    // As the page links them (its window made explicit), and as the bare URL would give them.
    for (const q of [downloadQuery(query, String(page.params.window)), query]) {
      expect(await csvIds(q), q).toEqual(shown);
      expect(await jsonIds(q), q).toEqual(shown);
    }
  });

  it("gives each downloaded row its status and the date it was last evidenced", async () => {
    const rows = (await buildDownload(makeContext(db, `/download/funding.json?asOf=${TODAY}`), "funding.json").json()) as Record<string, unknown>[];
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["active", "end-unknown", "no-recent-evidence"]));
    expect(rows.every((r) => "last_evidenced" in r)).toBe(true);
  });
});

describe("the funding page by default", () => {
  it("opens on every award with a known end on or after today, soonest first, not on nothing", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(`${TODAY}T12:00:00Z`));
    const page = getFundingPage(makeContext(db, "/funding"));
    expect(page.params.window).toBe("upcoming");
    expect(page.params.asOf).toBe(TODAY);
    expect(page.listed.length).toBeGreaterThan(0);
    for (const r of page.listed) expect(r.endDate !== null && lastDayOf(r.endDate) >= TODAY, `award ${r.id}`).toBe(true);
    const ends = page.listed.map((r) => riskDayOf(r.endDate!));
    expect(ends).toEqual([...ends].sort());
    expect(page.listed.map((r) => r.programmeEn)).toEqual(["Democratic Engagement Grant", "Community Cohesion Programme"]);
  });

  it("lists every award with a known end still to come, and only those", () => {
    const page = getFundingPage(makeContext(db, `/funding?asOf=${TODAY}`));
    const all = getFundingPage(makeContext(db, `/funding?asOf=${TODAY}&endingWithin=all`));
    const upcoming = [...all.listed].filter((r) => r.endDate !== null && r.status !== "ended").map((r) => r.id);
    expect(page.listed.map((r) => r.id).sort()).toEqual(upcoming.sort());
  });

  it("splits the awards with no known end by how recent their evidence is", () => {
    const page = getFundingPage(makeContext(db, `/funding?asOf=${TODAY}`));
    expect(page.evidenceMonths).toBe(24);
    expect(page.endUnknown.length).toBeGreaterThan(0);
    expect(page.noRecentEvidence.length).toBeGreaterThan(0);
    for (const r of page.endUnknown) {
      expect(r.endDate).toBeNull();
      expect(TODAY <= evidenceCurrentUntil(r.lastEvidenced, 24)!, `award ${r.id}`).toBe(true);
      expect(r.status).toBe("end-unknown");
    }
    for (const r of page.noRecentEvidence) {
      expect(r.endDate).toBeNull();
      expect(r.lastEvidenced === null || TODAY > evidenceCurrentUntil(r.lastEvidenced, 24)!, `award ${r.id}`).toBe(true);
      expect(r.status).toBe("no-recent-evidence");
    }
    // The 2015 progress report is the only evidence for these: never active, never "end unknown".
    expect(page.noRecentEvidence.every((r) => r.lastEvidenced === "2015")).toBe(true);
    const ids = new Set([...page.listed, ...page.endUnknown].map((r) => r.id));
    expect(page.noRecentEvidence.some((r) => ids.has(r.id))).toBe(false);
  });

  it("answers an unknown window with a 400", () => {
    expect(() => getFundingPage(makeContext(db, "/funding?endingWithin=soon"))).toThrow(/endingWithin/);
  });
});

describe("the funding cliff", () => {
  const cliff = () => getCliff(makeContext(db, `/funding/cliff?asOf=${TODAY}`)).cliff;

  it("counts the seed data's yearly amounts in pounds, in the quarter each ends", () => {
    const c = cliff();
    const q = (label: string) => c.totals[c.quarters.findIndex((x) => x.label === label)];
    expect(q("2028 Q1")).toMatchObject({ awards: 1, perYearAwards: 1, perYearPence: 40_000_000, totalAwards: 0, unknownAmount: 0 });
    expect(q("2029 Q1")).toMatchObject({ awards: 1, perYearAwards: 1, perYearPence: 163_000_000 });
  });

  it("counts the unknown ends as the funding page does", () => {
    const c = cliff();
    const page = getFundingPage(makeContext(db, `/funding?asOf=${TODAY}`));
    expect(c.unknownEnd.awards).toBe(page.endUnknown.length);
    expect(c.noRecentEvidence.awards).toBe(page.noRecentEvidence.length);
    expect(c.noRecentEvidence.lastEvidenced).toBe("2015");
    // Their amounts are unknown, and counted as such.
    expect(c.unknownEnd.unknownAmount + c.unknownEnd.perYearAwards + c.unknownEnd.totalAwards).toBe(c.unknownEnd.awards);
  });

  it("downloads as CSV and JSON with one row per quarter and group, then the unknown ends", async () => {
    const ctx = makeContext(db, `/download/cliff.csv?asOf=${TODAY}`);
    const response = buildDownload(ctx, "cliff.csv");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="cohesion-map-wales-cliff-${TODAY}.csv"`);
    const [header, ...rows] = readCsv((await response.text()).replace(/^\uFEFF/, ""));
    const col = (name: string) => header.indexOf(name);
    expect(header).toContain("amount_per_year_gbp");
    expect(header).toContain("awards_amount_unknown");
    const c = cliff();
    const all = rows.filter((r) => r[col("group")] === "all");
    expect(all.map((r) => r[col("period")])).toEqual([...c.quarters.map((q) => q.label), "end-unknown", "no-recent-evidence"]);
    const q2028 = all.find((r) => r[col("period")] === "2028 Q1")!;
    expect(q2028[col("amount_per_year_gbp")]).toBe("400000");
    expect(q2028[col("amount_total_gbp")]).toBe(""); // no known whole amounts: empty, not 0
    expect(q2028[col("awards")]).toBe("1");
    const stale = all.find((r) => r[col("period")] === "no-recent-evidence")!;
    expect(stale[col("awards_amount_unknown")]).toBe(String(c.noRecentEvidence.unknownAmount));
    expect(stale[col("amount_per_year_gbp")]).toBe("");
    const wg = rows.find((r) => r[col("period")] === "2029 Q1" && r[col("group")] === "welsh-government")!;
    expect(wg[col("group_name_en")]).toBe("Welsh Government");
    expect(wg[col("group_name_cy")]).toBe("Llywodraeth Cymru");

    const json = (await buildDownload(makeContext(db, `/download/cliff.json?asOf=${TODAY}`), "cliff.json").json()) as Record<string, unknown>[];
    expect(json.length).toBe(rows.length);
    expect(json.find((r) => r.period === "2028 Q1" && r.group === "all")).toMatchObject({ amount_per_year_gbp: 400000, amount_total_gbp: null, awards: 1 });
  });

  it("groups its download by theme when the page does", async () => {
    const json = (await buildDownload(makeContext(db, `/download/cliff.json?asOf=${TODAY}&groupBy=theme`), "cliff.json").json()) as Record<string, unknown>[];
    expect(json.every((r) => r.group_by === "theme")).toBe(true);
    expect(json.some((r) => r.group !== "all")).toBe(true);
  });
});

describe("the awards API", () => {
  it("returns every award with its status by default, the new statuses included", () => {
    const body = listAwardsApi(makeContext(db, `/api/awards?asOf=${TODAY}`));
    const statuses = new Set(body.data.map((r) => r.status));
    expect(statuses.has("no-recent-evidence")).toBe(true);
    expect(statuses.has("end-unknown")).toBe(true);
    expect(statuses.has("active")).toBe(true);
    const count = db.$client.prepare("SELECT count(*) AS n FROM awards WHERE status = 'published'").get() as { n: number };
    expect(body.count).toBe(count.n);
    expect(body.counts.noRecentEvidence).toBe(body.data.filter((r) => r.status === "no-recent-evidence").length);
    // An award last evidenced in 2015 with no end is never active.
    for (const r of body.data) if (r.endDate === null && r.lastEvidenced === "2015") expect(r.status, `award ${r.id}`).not.toBe("end-unknown");
  });

  it("gives the same rows as the page's download for the same parameters", async () => {
    for (const query of [`asOf=${TODAY}&endingWithin=12`, `asOf=2025-01-01&endingWithin=6&funder=welsh-government`, `asOf=${TODAY}&endingWithin=upcoming`]) {
      expect(listAwardsApi(makeContext(db, `/api/awards?${query}`)).data.map((r) => r.id), query).toEqual(await jsonIds(query));
    }
  });
});
