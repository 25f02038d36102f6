import { beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../../app/i18n";
import { HttpError } from "../../../app/platform/http.server";
import { datePartsRedirect, parseListParams, type FilterChoices } from "../../../app/platform/params.server";
import { httpErrorOf } from "../../helpers";
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

  it("says so in Welsh for a Welsh reader, naming the parameter in Welsh", () => {
    const error = rejectionOf("theme=not-a-theme", "cy");
    expect(error.status).toBe(400);
    expect(error.message).toBe("Nid yw'r thema (theme) yn y cyfeiriad yn ddilys: Nid yw “not-a-theme” yn thema hysbys.");
  });

  it.each([
    ["authority=W06000007", "local authority (authority)", "W06000007"],
    ["authority=cardiff", "local authority (authority)", "cardiff"],
    ["funder=no-such-funder", "funder", "no-such-funder"],
    ["funder=Welsh%20Government", "funder", "Welsh Government"],
    ["kind=company", "kind of organisation (kind)", "company"],
    ["theme=HATE-CRIME", "theme", "HATE-CRIME"],
  ])("answers %s with a 400 naming the parameter (as “%s”) and the value", (search, name, value) => {
    const error = rejectionOf(search);
    expect(error.status).toBe(400);
    expect(error.message).toContain(`The ${name} in the address`);
    expect(error.message).toContain(`“${value}”`);
  });

  it.each([
    ["authority=cardiff", "Nid yw'r awdurdod lleol (authority) yn y cyfeiriad yn ddilys: Nid yw “cardiff” yn awdurdod lleol hysbys."],
    ["funder=nobody", "Nid yw'r cyllidwr (funder) yn y cyfeiriad yn ddilys: Nid yw “nobody” yn gyllidwr hysbys."],
    ["kind=company", "Nid yw'r math o sefydliad (kind) yn y cyfeiriad yn ddilys: Nid yw “company” yn fath o sefydliad hysbys."],
    ["page=0", "Nid yw'r rhif tudalen (page) yn y cyfeiriad yn ddilys: rhaid i'r dudalen fod yn rhif cyfan o 1 neu fwy."],
  ])("answers %s in Welsh with the parameter's Welsh name, mutated where Welsh mutates it", (search, message) => {
    expect(rejectionOf(search, "cy").message).toBe(message);
  });

  it.each(["page=-1", "page=0", "page=abc", "page=1.5", "page=1e3", "page=9999999"])("answers %s with a 400 about the page", (search) => {
    const error = rejectionOf(search);
    expect(error.status).toBe(400);
    expect(error.message).toBe("The page number (page) in the address is not valid: the page must be a whole number of 1 or more.");
  });

  it("answers a search of 201 characters with a 400, and accepts one of 200", () => {
    const error = rejectionOf(`q=${"a".repeat(201)}`);
    expect(error.status).toBe(400);
    expect(error.message).toBe("The search (q) in the address is not valid: it is longer than 200 characters.");
    expect(parse(`q=${"a".repeat(200)}`).q).toHaveLength(200);
  });

  it.each(["tomorrow", "2025-13-01", "2025-6-1", "2025-06"])("answers the as-of date %s with a 400 naming it", (asOf) => {
    const error = rejectionOf(`asOf=${asOf}`);
    expect(error.status).toBe(400);
    expect(error.message).toBe(`The date (asOf) in the address is not valid: “${asOf}” is not a date written as YYYY-MM-DD.`);
  });

  it("names a bad as-of date in Welsh for a Welsh reader", () => {
    expect(rejectionOf("asOf=tomorrow", "cy").message).toBe("Nid yw'r dyddiad (asOf) yn y cyfeiriad yn ddilys: Nid yw “tomorrow” yn ddyddiad ar ffurf BBBB-MM-DD.");
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

describe("dates typed as day, month and year", () => {
  const redirectOf = (search: string, lang: Lang = "en") => datePartsRedirect(makeContext(db, `/gaps?${search}`, lang));

  it("become the one asOf parameter, keeping the rest of the address", () => {
    const r = redirectOf("theme=hate-crime&asOfDay=31&asOfMonth=3&asOfYear=2026")!;
    expect(r.status).toBe(302);
    expect(r.headers.get("Location")).toBe("/gaps?theme=hate-crime&asOf=2026-03-31");
    expect(redirectOf("asOf=2025-01-01&asOfDay=&asOfMonth=&asOfYear=")!.headers.get("Location")).toBe("/gaps");
    expect(redirectOf("theme=hate-crime")).toBeNull();
  });

  it("say a day that does not exist does not exist, in the page's language", () => {
    expect(httpErrorOf(() => redirectOf("asOfDay=30&asOfMonth=2&asOfYear=2027")).message).toBe(
      "The date (asOf) in the address is not valid: “2027-02-30” is not a real date: that month has 28 days.",
    );
    expect(httpErrorOf(() => redirectOf("asOfDay=30&asOfMonth=2&asOfYear=2027", "cy")).message).toContain("mae gan y mis hwnnw 28 diwrnod");
    expect(rejectionOf("asOf=2025-02-30").message).toBe("The date (asOf) in the address is not valid: “2025-02-30” is not a real date: that month has 28 days.");
    expect(rejectionOf("asOf=2027-13-01").message).toContain("is not a date written as YYYY-MM-DD");
  });

  it("ask for three numbers when a box is empty or not a number, and keep the year range", () => {
    for (const search of ["asOfDay=1&asOfMonth=&asOfYear=2026", "asOfDay=first&asOfMonth=3&asOfYear=2026", "asOfDay=1&asOfMonth=3&asOfYear=26"]) {
      const error = httpErrorOf(() => redirectOf(search));
      expect(error.status, search).toBe(400);
      expect(error.message, search).toContain("Give the day, month and year as numbers");
    }
    expect(httpErrorOf(() => redirectOf("asOfDay=1&asOfMonth=1&asOfYear=1899")).message).toContain("outside the years 1900 to 2100");
  });
});
