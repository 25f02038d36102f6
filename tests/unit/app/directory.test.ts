import { beforeAll, describe, expect, it } from "vitest";
import { listFunderSummaries, PAGE_SIZE, searchOrganisations } from "../../../app/directory/directory.server";
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

describe("searchOrganisations pages", () => {
  it("serves the last page and answers the page after it with a 400 saying how many there are", () => {
    const all = searchOrganisations(makeContext(db, "/organisations")).rows.length;
    const pages = Math.max(1, Math.ceil(all / PAGE_SIZE));
    expect(searchOrganisations(makeContext(db, `/organisations?page=${pages}`)).page).toBe(pages);
    const error = httpErrorOf(() => searchOrganisations(makeContext(db, `/organisations?page=${pages + 1}`)));
    expect(error.status).toBe(400);
    expect(error.message).toContain(`there are only ${pages} pages of results`);
  });

  it("counts a search that matches nothing as one empty page, not an error", () => {
    const result = searchOrganisations(makeContext(db, "/organisations?q=zzzz-no-such-organisation&page=1"));
    expect(result.rows).toEqual([]);
    expect(httpErrorOf(() => searchOrganisations(makeContext(db, "/organisations?q=zzzz-no-such-organisation&page=2"))).status).toBe(400);
  });
});

describe("listFunderSummaries", () => {
  it("gives each funder the amounts its sources state, whole and yearly apart, and how many awards have no known end", () => {
    const funders = listFunderSummaries(makeContext(db, "/funders"));
    const wg = funders.find((f) => f.slug === "welsh-government")!;
    // The seed states two yearly amounts for the Welsh Government (£400,000 and about £1.63m a year) and no whole one.
    expect(wg.figures).toMatchObject({ totalPence: 0, perYearPence: 40_000_000 + 163_000_000, approximate: true });
    for (const f of funders) {
      const { amountUnknown, endUnknown } = f.figures;
      expect(amountUnknown, f.slug).toBeLessThanOrEqual(f.awardCount);
      expect(endUnknown, f.slug).toBeLessThanOrEqual(f.awardCount);
    }
    // Most of the seed's awards have no end date: the page must be able to say so.
    const all = funders.reduce((n, f) => n + f.awardCount, 0);
    expect(funders.reduce((n, f) => n + f.figures.endUnknown, 0)).toBeGreaterThan(all / 2);
  });
});
