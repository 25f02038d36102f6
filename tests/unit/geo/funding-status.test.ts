import { describe, expect, it } from "vitest";
import { addMonths as calendarAddMonths } from "../../../geo/dates/calendar";
import { DEFAULT_EVIDENCE_MONTHS } from "../../../geo/dates/currency";
import {
  addMonths,
  endingWithin,
  fundingStatusOn,
  isAtRisk,
  monthsUntilEnd,
  riskDayOf,
  STATUS_ORDER,
  type EndingWindow,
  type FundingDated,
  type FundingStatus,
} from "../../../geo/funding/funding-status";

const ends = (endDate: string | null, startDate: string | null = null, lastEvidenced: string | null = null): FundingDated => ({ startDate, endDate, lastEvidenced });

describe("addMonths", () => {
  it("is the calendar module's, re-exported", () => {
    expect(addMonths).toBe(calendarAddMonths);
  });
});

describe("fundingStatusOn: ends known to the day", () => {
  const award = ends("2026-03-31", "2023-04-01");

  it("marks funding on the day before its end as ending within 3 months", () => {
    expect(fundingStatusOn(award, "2026-03-30")).toBe("ending-3m");
  });

  it("marks funding on its end day as still ending within 3 months, not ended", () => {
    expect(fundingStatusOn(award, "2026-03-31")).toBe("ending-3m");
  });

  it("marks funding on the day after its end as ended", () => {
    expect(fundingStatusOn(award, "2026-04-01")).toBe("ended");
  });

  it("marks funding ending more than 12 months away as active", () => {
    expect(fundingStatusOn(award, "2025-03-30")).toBe("active");
  });
});

describe("fundingStatusOn: window boundaries", () => {
  // asOf 2025-01-15: +3 months = 2025-04-15, +6 = 2025-07-15, +12 = 2026-01-15.
  const asOf = "2025-01-15";

  it.each([
    ["2025-04-15", "ending-3m"],
    ["2025-04-16", "ending-6m"],
    ["2025-07-15", "ending-6m"],
    ["2025-07-16", "ending-12m"],
    ["2026-01-15", "ending-12m"],
    ["2026-01-16", "active"],
  ] as const)("puts an end on %s in %s (asOf 2025-01-15)", (end, status) => {
    expect(fundingStatusOn(ends(end), asOf)).toBe(status);
  });

  it("measures the window with a clamped day at the end of a month", () => {
    // 2024-11-30 + 3 months = 2025-02-28.
    expect(fundingStatusOn(ends("2025-02-28"), "2024-11-30")).toBe("ending-3m");
    expect(fundingStatusOn(ends("2025-03-01"), "2024-11-30")).toBe("ending-6m");
  });

  it("counts 29 February as inside a 3-month window that lands on it", () => {
    // 2023-11-29 + 3 months = 2024-02-29.
    expect(fundingStatusOn(ends("2024-02-29"), "2023-11-29")).toBe("ending-3m");
    expect(fundingStatusOn(ends("2024-03-01"), "2023-11-29")).toBe("ending-6m");
  });

  it("ends funding whose end is 29 February on 1 March", () => {
    expect(fundingStatusOn(ends("2024-02-29"), "2024-02-29")).toBe("ending-3m");
    expect(fundingStatusOn(ends("2024-02-29"), "2024-03-01")).toBe("ended");
  });
});

describe("fundingStatusOn: ends known to the month", () => {
  it("runs a month end to the last day of that month", () => {
    expect(fundingStatusOn(ends("2026-03"), "2026-03-31")).toBe("ending-3m");
    expect(fundingStatusOn(ends("2026-03"), "2026-04-01")).toBe("ended");
  });

  it("runs a February end to the 29th in a leap year and the 28th otherwise", () => {
    expect(fundingStatusOn(ends("2024-02"), "2024-02-29")).toBe("ending-3m");
    expect(fundingStatusOn(ends("2024-02"), "2024-03-01")).toBe("ended");
    expect(fundingStatusOn(ends("2025-02"), "2025-02-28")).toBe("ending-3m");
    expect(fundingStatusOn(ends("2025-02"), "2025-03-01")).toBe("ended");
  });

  it("measures the windows to the last day of the month", () => {
    // 2026-03 → 2026-03-31; asOf 2025-12-31 + 3 months = 2026-03-31.
    expect(fundingStatusOn(ends("2026-03"), "2025-12-31")).toBe("ending-3m");
    // asOf 2025-12-30 + 3 months = 2026-03-30, one day short.
    expect(fundingStatusOn(ends("2026-03"), "2025-12-30")).toBe("ending-6m");
  });
});

describe("fundingStatusOn: ends known only to the year", () => {
  const during2026 = ends("2026", "2022");

  it("keeps a year end at risk (ending within 3 months) on every day of that year", () => {
    for (const day of ["2026-01-01", "2026-06-15", "2026-09-30", "2026-12-31"]) {
      expect(fundingStatusOn(during2026, day)).toBe("ending-3m");
    }
  });

  it("ends a year end only after 31 December", () => {
    expect(fundingStatusOn(during2026, "2027-01-01")).toBe("ended");
  });

  it("measures the windows to 1 January, the first day it could end", () => {
    // 2025-10-01 + 3 months = 2026-01-01.
    expect(fundingStatusOn(during2026, "2025-10-01")).toBe("ending-3m");
    expect(fundingStatusOn(during2026, "2025-09-30")).toBe("ending-6m");
    // 2025-07-01 + 6 months = 2026-01-01.
    expect(fundingStatusOn(during2026, "2025-07-01")).toBe("ending-6m");
    expect(fundingStatusOn(during2026, "2025-06-30")).toBe("ending-12m");
    // 2025-01-01 + 12 months = 2026-01-01.
    expect(fundingStatusOn(during2026, "2025-01-01")).toBe("ending-12m");
    expect(fundingStatusOn(during2026, "2024-12-31")).toBe("active");
  });
});

describe("fundingStatusOn: starts, gaps and stops", () => {
  it("marks funding that starts after asOf as not started", () => {
    expect(fundingStatusOn(ends("2028-03", "2025-04"), "2025-03-31")).toBe("not-started");
    expect(fundingStatusOn(ends("2028-03", "2025-04"), "2025-04-01")).toBe("active");
  });

  it("starts a year-only start on 1 January", () => {
    expect(fundingStatusOn(ends(null, "2026", "2025-11"), "2025-12-31")).toBe("not-started");
    expect(fundingStatusOn(ends(null, "2026", "2025-11"), "2026-01-01")).toBe("end-unknown");
  });

  it("calls a started item with no end date and recent evidence a data gap (end unknown)", () => {
    expect(fundingStatusOn(ends(null, null, "2025-02-27"), "2026-01-01")).toBe("end-unknown");
    expect(fundingStatusOn(ends(null, "2020-05-01", "2025"), "2026-01-01")).toBe("end-unknown");
  });

  it("calls an item a source says has stopped ended, even with no end date", () => {
    expect(fundingStatusOn({ startDate: "2020", endDate: null, endedNoDate: true, lastEvidenced: "2025" }, "2026-01-01")).toBe("ended");
    expect(fundingStatusOn({ startDate: null, endDate: "2030", endedNoDate: true, lastEvidenced: "2025" }, "2026-01-01")).toBe("ended");
  });

  it("reports not started before anything else", () => {
    expect(fundingStatusOn({ startDate: "2027", endDate: null, endedNoDate: true, lastEvidenced: null }, "2026-01-01")).toBe("not-started");
  });

  it("agrees with monthsUntilEnd on which window applies", () => {
    const asOf = "2025-05-31";
    for (const end of ["2025-05-31", "2025-08-30", "2025-08-31", "2025-09-01", "2025-11-30", "2025-12-01", "2026-05-31", "2026-06-01", "2026", "2025-08", "2026-04"]) {
      const months = monthsUntilEnd(end, asOf)!;
      const expected = months <= 3 ? "ending-3m" : months <= 6 ? "ending-6m" : months <= 12 ? "ending-12m" : "active";
      expect(fundingStatusOn(ends(end), asOf), end).toBe(expected);
    }
  });
});

describe("fundingStatusOn: no end date, and how recent the evidence is", () => {
  it("uses the house evidence window of 24 months by default", () => {
    expect(DEFAULT_EVIDENCE_MONTHS).toBe(24);
  });

  it("keeps an award with no end current through the day 24 months after its evidence, and not a day longer", () => {
    // 2025-02-27 + 24 months = 2027-02-27.
    expect(fundingStatusOn(ends(null, null, "2025-02-27"), "2027-02-26")).toBe("end-unknown");
    expect(fundingStatusOn(ends(null, null, "2025-02-27"), "2027-02-27")).toBe("end-unknown");
    expect(fundingStatusOn(ends(null, null, "2025-02-27"), "2027-02-28")).toBe("no-recent-evidence");
  });

  it("counts evidence known only to the year from its first day, 1 January", () => {
    // "2025" counts from 2025-01-01, so it is current through 2027-01-01 (not 2027-12-31).
    expect(fundingStatusOn(ends(null, null, "2025"), "2027-01-01")).toBe("end-unknown");
    expect(fundingStatusOn(ends(null, null, "2025"), "2027-01-02")).toBe("no-recent-evidence");
  });

  it("counts evidence known only to the month from its first day", () => {
    // "2025-11" counts from 2025-11-01, so it is current through 2027-11-01.
    expect(fundingStatusOn(ends(null, null, "2025-11"), "2027-11-01")).toBe("end-unknown");
    expect(fundingStatusOn(ends(null, null, "2025-11"), "2027-11-02")).toBe("no-recent-evidence");
  });

  it("measures the window with a clamped day at the end of a month", () => {
    // 2024-02-29 + 24 months = 2026-02-28.
    expect(fundingStatusOn(ends(null, null, "2024-02-29"), "2026-02-28")).toBe("end-unknown");
    expect(fundingStatusOn(ends(null, null, "2024-02-29"), "2026-03-01")).toBe("no-recent-evidence");
  });

  it("never calls an award with no end and evidence from 2015 active, on the seed data's today", () => {
    expect(fundingStatusOn(ends(null, null, "2015"), "2026-12-01")).toBe("no-recent-evidence");
    expect(fundingStatusOn(ends(null, "2012", "2015-06-30"), "2026-12-01")).toBe("no-recent-evidence");
  });

  it("calls an award with no end and no evidence at all no-recent-evidence", () => {
    expect(fundingStatusOn(ends(null, null, null), "2026-01-01")).toBe("no-recent-evidence");
  });

  it("takes another evidence window when asked", () => {
    expect(fundingStatusOn(ends(null, null, "2025-02-27"), "2026-02-27", 12)).toBe("end-unknown");
    expect(fundingStatusOn(ends(null, null, "2025-02-27"), "2026-02-28", 12)).toBe("no-recent-evidence");
  });

  it("keeps the rules for known ends, however old the evidence", () => {
    expect(fundingStatusOn(ends("2029-03", null, "2015"), "2026-12-01")).toBe("active");
    expect(fundingStatusOn(ends("2027-02", null, "2015"), "2026-12-01")).toBe("ending-3m");
    expect(fundingStatusOn(ends("2024-12", null, "2015"), "2026-12-01")).toBe("ended");
  });
});

describe("fundingStatusOn: bad input", () => {
  it.each(["2026-02-30", "2026-1-1", "2026-01", ""])("throws on the as-of date %j, naming it", (bad) => {
    expect(() => fundingStatusOn(ends("2026"), bad)).toThrow(`Invalid as-of date: ${bad}`);
  });

  it("throws on a malformed end date, naming it", () => {
    expect(() => fundingStatusOn(ends("2026-13"), "2026-01-01")).toThrow("Invalid partial date: 2026-13");
  });

  it("throws on a malformed end date even before the start", () => {
    expect(() => fundingStatusOn(ends("March 2026", "2027"), "2026-01-01")).toThrow("Invalid partial date: March 2026");
  });

  it("throws on a malformed start date, naming it", () => {
    expect(() => fundingStatusOn(ends("2026", "2025/04"), "2026-01-01")).toThrow("Invalid partial date: 2025/04");
  });

  it("throws on a malformed evidence date, naming it, whatever the end", () => {
    expect(() => fundingStatusOn(ends(null, null, "27/02/2025"), "2026-01-01")).toThrow("Invalid partial date: 27/02/2025");
    expect(() => fundingStatusOn(ends("2029", null, "2025-13"), "2026-01-01")).toThrow("Invalid partial date: 2025-13");
  });

  it.each([0, -3, 1.5])("throws on the evidence window %j, naming it", (months) => {
    expect(() => fundingStatusOn(ends(null, null, "2025"), "2026-01-01", months)).toThrow(`Invalid evidence window: ${months} months`);
  });
});

describe("riskDayOf", () => {
  it("measures day and month ends to their last day and year ends to their first", () => {
    expect(riskDayOf("2026-03-15")).toBe("2026-03-15");
    expect(riskDayOf("2026-03")).toBe("2026-03-31");
    expect(riskDayOf("2026")).toBe("2026-01-01");
  });
});

describe("monthsUntilEnd", () => {
  it("counts the whole months needed to reach the end", () => {
    expect(monthsUntilEnd("2026-03", "2026-01-15")).toBe(3);
    expect(monthsUntilEnd("2026-03-15", "2026-01-15")).toBe(2);
    expect(monthsUntilEnd("2026-03-16", "2026-01-15")).toBe(3);
  });

  it("gives 0 on the end day and throughout a year-only end's year", () => {
    expect(monthsUntilEnd("2026-03-31", "2026-03-31")).toBe(0);
    expect(monthsUntilEnd("2026", "2026-07-01")).toBe(0);
    expect(monthsUntilEnd("2026", "2026-12-31")).toBe(0);
  });

  it("gives null once the end has passed", () => {
    expect(monthsUntilEnd("2026-03-31", "2026-04-01")).toBeNull();
    expect(monthsUntilEnd("2026", "2027-01-01")).toBeNull();
  });

  it("uses clamped month ends when counting", () => {
    // 2024-11-30 + 3 months = 2025-02-28 (reaches it); + 2 months = 2025-01-30 (does not).
    expect(monthsUntilEnd("2025-02-28", "2024-11-30")).toBe(3);
    expect(monthsUntilEnd("2024-02-29", "2023-11-29")).toBe(3);
  });

  it("throws on a bad as-of date, naming it", () => {
    expect(() => monthsUntilEnd("2026", "2026-02-29")).toThrow("Invalid as-of date: 2026-02-29");
  });
});

describe("isAtRisk", () => {
  it.each([
    ["ending-3m", 3, true],
    ["ending-3m", 6, true],
    ["ending-3m", 12, true],
    ["ending-6m", 3, false],
    ["ending-6m", 6, true],
    ["ending-6m", 12, true],
    ["ending-12m", 6, false],
    ["ending-12m", 12, true],
    ["active", 12, false],
    ["not-started", 12, false],
    ["ended", 12, false],
    ["end-unknown", 12, false],
    ["no-recent-evidence", 12, false],
  ] as [FundingStatus, EndingWindow, boolean][])("says %s is at risk within %i months: %s", (status, months, expected) => {
    expect(isAtRisk(status, months)).toBe(expected);
  });

  it("throws on a window other than 3, 6 or 12 months, naming it", () => {
    expect(() => isAtRisk("ending-3m", 4 as EndingWindow)).toThrow("Invalid ending window: 4");
  });

  it("throws on an unknown status, naming it", () => {
    expect(() => isAtRisk("ending-1m" as FundingStatus, 3)).toThrow("Unknown funding status: ending-1m");
  });
});

describe("STATUS_ORDER", () => {
  it("lists every status once, in lifecycle order", () => {
    expect(STATUS_ORDER).toEqual(["not-started", "active", "ending-12m", "ending-6m", "ending-3m", "ended", "end-unknown", "no-recent-evidence"]);
  });
});

describe("endingWithin", () => {
  const items = [
    { id: "a", ...ends("2026-02-28") },
    { id: "b", ...ends("2026-05") },
    { id: "c", ...ends("2026") },
    { id: "d", ...ends(null, null, "2025-11") },
    { id: "e", ...ends("2025-12-31") },
    { id: "f", ...ends("2026-03", "2026-01") },
    { id: "g", ...ends("2027-06") },
    { id: "h", ...ends(null, null, "2015") },
  ];
  const asOf = "2026-01-01";

  it("keeps items ending within the window, in their original order", () => {
    expect(endingWithin(items, asOf, 3).map((i) => i.id)).toEqual(["a", "c", "f"]);
    expect(endingWithin(items, asOf, 6).map((i) => i.id)).toEqual(["a", "b", "c", "f"]);
    expect(endingWithin(items, asOf, 12).map((i) => i.id)).toEqual(["a", "b", "c", "f"]);
  });

  it("leaves out ended, unknown-end (recently evidenced or not) and not-started items", () => {
    expect(endingWithin(items, "2025-12-31", 12).map((i) => i.id)).toEqual(["a", "b", "c", "e"]);
  });

  it("throws on a bad as-of date even with no items, naming it", () => {
    expect(() => endingWithin([], "2026-13-01", 3)).toThrow("Invalid as-of date: 2026-13-01");
  });
});
