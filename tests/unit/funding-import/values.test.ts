import { describe, expect, it } from "vitest";
import { looksLikeCodeType } from "../../../app/funding/giving360/locations";
import { readColumnTitle, titleOfPath } from "../../../app/funding/giving360/titles";
import { normaliseGrant } from "../../../app/funding/giving360/normalise-grant";
import { endFromDuration, readAmountPence, readGrantDate, readName, readNumber } from "../../../app/funding/giving360/values";

describe("column titles", () => {
  it("matches titles case-insensitively, ignoring spaces around words and colons", () => {
    expect(readColumnTitle("  amount AWARDED ")).toEqual({ kind: "field", path: ["amountAwarded"] });
    expect(readColumnTitle("Recipient Org : City")).toEqual({ kind: "field", path: ["recipientOrganization", 0, "addressLocality"] });
  });

  it("reads numbered and un-numbered repeats, nested ones too", () => {
    expect(readColumnTitle("Beneficiary Location:Geographic Code")).toEqual({ kind: "field", path: ["beneficiaryLocation", 0, "geoCode"] });
    expect(readColumnTitle("Beneficiary Location:3:Latitude")).toEqual({ kind: "field", path: ["beneficiaryLocation", 3, "latitude"] });
    expect(readColumnTitle("Recipient Org:Location:1:Geographic Code Type")).toEqual({
      kind: "field",
      path: ["recipientOrganization", 0, "location", 1, "geoCodeType"],
    });
  });

  it("knows the standard's titles it does not use, and calls the rest unknown", () => {
    expect(readColumnTitle("Recipient Org:Street Address").kind).toBe("ignored");
    expect(readColumnTitle("Related Document:0:Web Address").kind).toBe("ignored");
    expect(readColumnTitle("From an open call?").kind).toBe("ignored");
    expect(readColumnTitle("Recipient Org:Favourite Colour").kind).toBe("unknown");
    expect(readColumnTitle("Internal Ref").kind).toBe("unknown");
  });

  it("titles a JSON path as the standard does", () => {
    expect(titleOfPath(["plannedDates", 0, "duration"])).toBe("Planned Dates:Duration (months)");
    expect(titleOfPath(["beneficiaryLocation", 2, "geoCode"])).toBe("Beneficiary Location:2:Geographic Code");
  });
});

describe("amounts", () => {
  it("reads plain numbers to exact pence, half a penny up", () => {
    expect(readAmountPence("1000")).toBe(100_000);
    expect(readAmountPence("25000.50")).toBe(2_500_050);
    expect(readAmountPence(0.285)).toBe(29); // 0.285 * 100 is 28.499999… in floating point
    expect(readAmountPence(".5")).toBe(50);
  });

  it("refuses currency symbols, thousands separators and words", () => {
    for (const bad of ["£1,000", "1,000", "1000 GBP", "ten pounds", "1e3"]) {
      expect(readAmountPence(bad), bad).toHaveProperty("bad");
    }
  });

  it("refuses amounts too large for whole pence", () => {
    expect(readAmountPence("900719925474099300")).toHaveProperty("bad");
  });
});

describe("dates", () => {
  it("reads ISO days, date-times, months and years with their precision", () => {
    expect(readGrantDate("2026-03-31")).toEqual({ date: { date: "2026-03-31", precision: "day" }, uk: false });
    expect(readGrantDate("2026-03-31T23:30:00+01:00")).toEqual({ date: { date: "2026-03-31", precision: "day" }, uk: false });
    expect(readGrantDate("2026-03")).toEqual({ date: { date: "2026-03", precision: "month" }, uk: false });
    expect(readGrantDate("2026")).toEqual({ date: { date: "2026", precision: "year" }, uk: false });
  });

  it("reads UK day/month/year and says so", () => {
    expect(readGrantDate("1/4/2026")).toEqual({ date: { date: "2026-04-01", precision: "day" }, uk: true });
    expect(readGrantDate("31/03/2026 00:00")).toEqual({ date: { date: "2026-03-31", precision: "day" }, uk: true });
  });

  it("refuses impossible and unreadable dates", () => {
    for (const bad of ["31/02/2026", "2026-02-30", "2026-13", "29/02/2025", "March 2026", "03/31/2026"]) {
      expect(readGrantDate(bad), bad).toHaveProperty("bad");
    }
    expect(readGrantDate("")).toBeNull();
  });

  it("works out an end from a duration: the day before, or the month's last day; the last month; the same year", () => {
    expect(endFromDuration({ date: "2026-04-01", precision: "day" }, 12)).toEqual({ date: "2027-03-31", precision: "day" });
    expect(endFromDuration({ date: "2026-01-31", precision: "day" }, 1)).toEqual({ date: "2026-02-28", precision: "day" });
    expect(endFromDuration({ date: "2026-03-01", precision: "day" }, 1)).toEqual({ date: "2026-03-31", precision: "day" });
    expect(endFromDuration({ date: "2026-04", precision: "month" }, 6)).toEqual({ date: "2026-09", precision: "month" });
    expect(endFromDuration({ date: "2026", precision: "year" }, 18)).toEqual({ date: "2027", precision: "year" });
    expect(endFromDuration({ date: "2026-04", precision: "month" }, 2.5)).toEqual({ date: "2026-06", precision: "month" });
    expect(endFromDuration({ date: "2026-04", precision: "month" }, 0)).toBeNull();
  });
});

describe("numbers and code types", () => {
  it("reads plain numbers and refuses others", () => {
    expect(readNumber("-3.94323")).toBe(-3.94323);
    expect(readNumber(" ")).toBeNull();
    expect(readNumber("12 months")).toHaveProperty("bad");
  });

  it("tells a code type word from a code", () => {
    expect(looksLikeCodeType("Unitary Authorities")).toBe(true);
    expect(looksLikeCodeType("LSOA")).toBe(true);
    expect(looksLikeCodeType("W06000023")).toBe(false);
  });
});

describe("names from a file", () => {
  it("lose bidi controls and other invisible characters, as the site's own forms refuse them", () => {
    expect(readName("Youth\u202E club")).toBe("Youth club");
    expect(readName("\u200B\u2066Trust\u2069 ")).toBe("Trust");
    expect(readName("\u202E")).toBeNull();
    expect(readName("Cymdeithas Gymraeg")).toBe("Cymdeithas Gymraeg");
  });

  it("are cleaned in a grant's title, programme, funder and recipient; a title with nothing visible is missing", () => {
    const raw = {
      id: "360G-x-1",
      title: "Youth\u202Ecub",
      description: "Mixed \u200Ftext stays as written",
      currency: "GBP",
      amountAwarded: 100,
      awardDate: "2026-01-01",
      grantProgramme: [{ title: "\u2067Main\u2069" }],
      fundingOrganization: [{ id: "GB-CHC-1", name: "Trust\u202E" }],
      recipientOrganization: [{ id: "GB-CHC-2", name: "\u200BClub" }],
    };
    const { grant } = normaliseGrant(raw, 2);
    expect(grant).toMatchObject({ title: "Youthcub", programme: { title: "Main" }, funder: { name: "Trust" }, recipient: { name: "Club" } });
    expect(grant?.description).toContain("\u200F");
    expect(normaliseGrant({ ...raw, title: "\u202E" }, 2).problems).toEqual([expect.objectContaining({ path: ["title"], key: "missingField" })]);
  });
});
