import { beforeAll, describe, expect, it } from "vitest";
import { PAGE_SIZE, searchOrganisations } from "../../../app/directory/directory.server";
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
