import { beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../../app/i18n";
import { HttpError } from "../../../app/platform/http.server";
import { parseListParams, type FilterChoices } from "../../../app/platform/params.server";
import type { Db } from "../../../db/client";
import { makeContext, makeDb } from "../../factories";

const ALL = ["q", "theme", "authority", "funder", "kind", "page", "asOf"] as const;
const CHOICES: FilterChoices = {
  themeIds: new Set(["hate-crime", "youth-asb"]),
  gssCodes: new Set(["W06000001", "W06000023"]),
  funderSlugs: new Set(["welsh-government"]),
};

let db: Db;
beforeAll(() => {
  db = makeDb();
});

const parse = (search: string, lang: Lang = "en") => parseListParams(makeContext(db, `/organisations?${search}`, lang), [...ALL], CHOICES);

/** The HttpError `parse` throws for a search. */
function rejectionOf(search: string, lang: Lang = "en"): HttpError {
  try {
    parse(search, lang);
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error(`Expected ${search} to be rejected`);
}

describe("parseListParams", () => {
  it("answers an unknown theme with a 400 naming the parameter and the value", () => {
    const error = rejectionOf("theme=not-a-theme");
    expect(error.status).toBe(400);
    expect(error.message).toBe("The theme in the address is not valid: “not-a-theme” is not a known theme.");
  });

  it("says so in Welsh for a Welsh reader", () => {
    const error = rejectionOf("theme=not-a-theme", "cy");
    expect(error.status).toBe(400);
    expect(error.message).toBe("Nid yw'r theme yn y cyfeiriad yn ddilys: Nid yw “not-a-theme” yn theme hysbys.");
  });

  it.each([
    ["authority=W06000007", "authority", "W06000007"],
    ["authority=cardiff", "authority", "cardiff"],
    ["funder=no-such-funder", "funder", "no-such-funder"],
    ["funder=Welsh%20Government", "funder", "Welsh Government"],
    ["kind=company", "kind", "company"],
    ["theme=HATE-CRIME", "theme", "HATE-CRIME"],
  ])("answers %s with a 400 naming the parameter and the value", (search, param, value) => {
    const error = rejectionOf(search);
    expect(error.status).toBe(400);
    expect(error.message).toContain(`The ${param} in the address`);
    expect(error.message).toContain(`“${value}”`);
  });

  it.each(["page=-1", "page=0", "page=abc", "page=1.5", "page=1e3", "page=9999999"])("answers %s with a 400 about the page", (search) => {
    const error = rejectionOf(search);
    expect(error.status).toBe(400);
    expect(error.message).toBe("The page in the address is not valid: the page must be a whole number of 1 or more.");
  });

  it("answers a search of 201 characters with a 400, and accepts one of 200", () => {
    const error = rejectionOf(`q=${"a".repeat(201)}`);
    expect(error.status).toBe(400);
    expect(error.message).toBe("The q in the address is not valid: it is longer than 200 characters.");
    expect(parse(`q=${"a".repeat(200)}`).q).toHaveLength(200);
  });

  it.each(["2025-02-30", "tomorrow", "2025-13-01", "2025-6-1", "2025-06"])("answers the as-of date %s with a 400 naming it", (asOf) => {
    const error = rejectionOf(`asOf=${asOf}`);
    expect(error.status).toBe(400);
    expect(error.message).toBe(`The asOf in the address is not valid: “${asOf}” is not a date written as YYYY-MM-DD.`);
  });

  it("names a bad as-of date in Welsh for a Welsh reader", () => {
    expect(rejectionOf("asOf=tomorrow", "cy").message).toBe("Nid yw'r asOf yn y cyfeiriad yn ddilys: Nid yw “tomorrow” yn ddyddiad ar ffurf BBBB-MM-DD.");
  });

  it("passes valid values through, the page as a number", () => {
    expect(parse("q=sanctuary&theme=hate-crime&authority=W06000023&funder=welsh-government&kind=charity&page=3&asOf=2024-02-29")).toEqual({
      q: "sanctuary",
      theme: "hate-crime",
      authority: "W06000023",
      funder: "welsh-government",
      kind: "charity",
      page: 3,
      asOf: "2024-02-29",
    });
  });

  it("defaults to page 1 and leaves out absent or blank filters", () => {
    expect(parse("")).toEqual({ page: 1 });
    expect(parse("q=%20%20&theme=&page=")).toEqual({ page: 1 });
  });

  it("trims a search", () => {
    expect(parse("q=%20%20hate%20crime%20").q).toBe("hate crime");
  });

  it("ignores unknown parameters and the language", () => {
    expect(parse("colour=blue&utm_source=x&lang=cy&sort=name")).toEqual({ page: 1 });
  });

  it("ignores parameters the caller does not accept", () => {
    const ctx = makeContext(db, "/awards?theme=not-a-theme&page=abc");
    expect(parseListParams(ctx, ["q"], CHOICES)).toEqual({ page: 1 });
  });

  it("accepts any well-formed slug or GSS code when no choices are given", () => {
    const ctx = makeContext(db, "/x?theme=anything-at-all&authority=W06000099");
    expect(parseListParams(ctx, ["theme", "authority"])).toMatchObject({ theme: "anything-at-all", authority: "W06000099" });
    expect(() => parseListParams(makeContext(db, "/x?theme=Not%20A%20Slug"), ["theme"])).toThrow(HttpError);
  });
});
