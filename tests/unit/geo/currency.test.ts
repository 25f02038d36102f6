import { describe, expect, it } from "vitest";
import { countsAsCurrent, currencyOn, evidenceCurrentUntil, latestEvidence, type Evidenced } from "../../../geo/dates/currency";

const openEnded = (lastEvidenced: string | null): Evidenced => ({ startDate: null, endDate: null, lastEvidenced });

describe("currencyOn", () => {
  it("keeps an open-ended record current through the day N months after its evidence, and not the day after", () => {
    expect(currencyOn(openEnded("2025-02-27"), "2027-02-27", 24)).toBe("active-end-unknown");
    expect(currencyOn(openEnded("2025-02-27"), "2027-02-28", 24)).toBe("no-recent-evidence");
  });

  it("counts a year-precision evidence date from the first day of that year", () => {
    expect(currencyOn(openEnded("2025"), "2027-01-01", 24)).toBe("active-end-unknown");
    expect(currencyOn(openEnded("2025"), "2027-01-02", 24)).toBe("no-recent-evidence");
  });

  it("counts a month-precision evidence date from the first of that month, clamping to month ends", () => {
    expect(evidenceCurrentUntil("2024-12", 2)).toBe("2025-02-01");
    expect(evidenceCurrentUntil("2023-12-31", 2)).toBe("2024-02-29");
  });

  it("says an item evidenced only in 2015 has no recent evidence in December 2026", () => {
    expect(currencyOn(openEnded("2015"), "2026-12-01")).toBe("no-recent-evidence");
  });

  it("treats an item never evidenced as having no recent evidence", () => {
    expect(currencyOn(openEnded(null), "2026-12-01")).toBe("no-recent-evidence");
  });

  it("keeps an end on D active on D and ended the day after, whatever the evidence's age", () => {
    const item = { startDate: null, endDate: "2026-12-01", lastEvidenced: "2015" };
    expect(currencyOn(item, "2026-12-01")).toBe("active");
    expect(currencyOn(item, "2026-12-02")).toBe("ended");
  });

  it("runs an end known to the month to its last day", () => {
    const item = { startDate: "2022", endDate: "2029-03", lastEvidenced: "2025-11" };
    expect(currencyOn(item, "2029-03-31")).toBe("active");
    expect(currencyOn(item, "2029-04-01")).toBe("ended");
  });

  it("has not started before the first possible day of a known start", () => {
    expect(currencyOn({ startDate: "2027-04", endDate: null, lastEvidenced: "2026-11" }, "2027-03-31")).toBe("not-started");
    expect(currencyOn({ startDate: "2027-04", endDate: null, lastEvidenced: "2026-11" }, "2027-04-01")).toBe("active-end-unknown");
  });

  it("ends a record whose source says it stopped, with no date", () => {
    expect(currencyOn({ ...openEnded("2025"), endedNoDate: true }, "2025-06-01")).toBe("ended");
  });

  it("refuses a malformed date or window", () => {
    expect(() => currencyOn(openEnded("2025"), "2026-13-01")).toThrow("Invalid as-of date: 2026-13-01");
    expect(() => evidenceCurrentUntil("2025", 0)).toThrow("Invalid evidence window: 0 months");
  });
});

describe("countsAsCurrent", () => {
  it("counts confirmed ends always and open ends with recent evidence unless asked not to", () => {
    expect(countsAsCurrent("active")).toBe(true);
    expect(countsAsCurrent("active-end-unknown")).toBe(true);
    expect(countsAsCurrent("active-end-unknown", { confirmedOnly: true })).toBe(false);
    expect(countsAsCurrent("no-recent-evidence")).toBe(false);
    expect(countsAsCurrent("ended")).toBe(false);
    expect(countsAsCurrent("not-started")).toBe(false);
  });
});

describe("latestEvidence", () => {
  it("picks the latest by first possible day and ignores nulls", () => {
    expect(latestEvidence(["2015", "2025-02-27", null, "2025"])).toBe("2025-02-27");
    expect(latestEvidence([null, undefined])).toBeNull();
  });
});
