import { describe, expect, it } from "vitest";
import { isIsoDay as calendarIsIsoDay } from "../../../geo/dates/calendar";
import { firstDayOf, isIsoDay, lastDayOf, londonDate, precisionOf, runStateOn } from "../../../geo/dates/partial-date";

describe("precisionOf", () => {
  it("reads the precision from the length of a partial date", () => {
    expect(precisionOf("2024-12-31")).toBe("day");
    expect(precisionOf("2024-12")).toBe("month");
    expect(precisionOf("2025")).toBe("year");
  });

  it("calls a missing date unknown", () => {
    expect(precisionOf(null)).toBe("unknown");
    expect(precisionOf(undefined)).toBe("unknown");
  });

  it.each(["2024-13", "2024-00", "2024-1", "24-01-01", "2024-02-30", "2023-02-29", "2024-04-31", "2024-12-00", "", "soon", "2024/12/31", " 2024"])(
    "throws on %j, naming it",
    (bad) => {
      expect(() => precisionOf(bad)).toThrow(`Invalid partial date: ${bad}`);
    },
  );
});

describe("isIsoDay", () => {
  it("is the calendar module's, re-exported", () => {
    expect(isIsoDay).toBe(calendarIsIsoDay);
  });
});

describe("firstDayOf and lastDayOf", () => {
  it("keep a day as it is", () => {
    expect(firstDayOf("2025-03-15")).toBe("2025-03-15");
    expect(lastDayOf("2025-03-15")).toBe("2025-03-15");
  });

  it("span a month from its first to its last day", () => {
    expect(firstDayOf("2025-04")).toBe("2025-04-01");
    expect(lastDayOf("2025-04")).toBe("2025-04-30");
    expect(lastDayOf("2024-12")).toBe("2024-12-31");
  });

  it("end February on the 29th in a leap year and the 28th otherwise", () => {
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2025-02")).toBe("2025-02-28");
    expect(lastDayOf("2000-02")).toBe("2000-02-29");
    expect(lastDayOf("2100-02")).toBe("2100-02-28");
  });

  it("span a year from 1 January to 31 December", () => {
    expect(firstDayOf("2025")).toBe("2025-01-01");
    expect(lastDayOf("2025")).toBe("2025-12-31");
  });

  it("throw on a malformed date, naming it", () => {
    expect(() => firstDayOf("2025-13")).toThrow("Invalid partial date: 2025-13");
    expect(() => lastDayOf("March 2025")).toThrow("Invalid partial date: March 2025");
  });
});

describe("runStateOn", () => {
  const daySpan = { startDate: "2025-04-01", endDate: "2026-03-31" };

  it("is not started the day before the start, and active on the start day", () => {
    expect(runStateOn(daySpan, "2025-03-31")).toBe("not-started");
    expect(runStateOn(daySpan, "2025-04-01")).toBe("active");
  });

  it("is active on the last day and ended the day after", () => {
    expect(runStateOn(daySpan, "2026-03-31")).toBe("active");
    expect(runStateOn(daySpan, "2026-04-01")).toBe("ended");
  });

  it("runs a year-precision span from 1 January of its start year to 31 December of its end year", () => {
    const years = { startDate: "2022", endDate: "2025" };
    expect(runStateOn(years, "2021-12-31")).toBe("not-started");
    expect(runStateOn(years, "2022-01-01")).toBe("active");
    expect(runStateOn(years, "2025-12-31")).toBe("active");
    expect(runStateOn(years, "2026-01-01")).toBe("ended");
  });

  it("runs a month-precision span from the first day of its start month to the last day of its end month", () => {
    const months = { startDate: "2024-02", endDate: "2024-02" };
    expect(runStateOn(months, "2024-01-31")).toBe("not-started");
    expect(runStateOn(months, "2024-02-01")).toBe("active");
    expect(runStateOn(months, "2024-02-29")).toBe("active");
    expect(runStateOn(months, "2024-03-01")).toBe("ended");
  });

  it("counts an unknown start as started and an unknown end as still running", () => {
    expect(runStateOn({ startDate: null, endDate: null }, "1900-01-01")).toBe("active");
    expect(runStateOn({ startDate: null, endDate: "2024-12" }, "2024-12-31")).toBe("active");
    expect(runStateOn({ startDate: "2030", endDate: null }, "2029-12-31")).toBe("not-started");
    expect(runStateOn({ startDate: "2020", endDate: null }, "2099-12-31")).toBe("active");
  });

  it("counts work that stopped with no end date as ended once it has started", () => {
    expect(runStateOn({ startDate: null, endDate: null, endedNoDate: true }, "2025-01-01")).toBe("ended");
    expect(runStateOn({ startDate: "2030", endDate: null, endedNoDate: true }, "2025-01-01")).toBe("not-started");
  });

  it.each(["2025-02-30", "2025-02", "tomorrow", ""])("throws on the as-of date %j, naming it", (asOf) => {
    expect(() => runStateOn(daySpan, asOf)).toThrow(`Invalid as-of date: ${asOf}`);
  });

  it("throws on a malformed start or end, naming it", () => {
    expect(() => runStateOn({ startDate: "2025-00", endDate: null }, "2025-06-01")).toThrow("Invalid partial date: 2025-00");
    expect(() => runStateOn({ startDate: null, endDate: "next year" }, "2025-06-01")).toThrow("Invalid partial date: next year");
  });
});

describe("londonDate", () => {
  it("gives the civil date in London in winter (GMT)", () => {
    expect(londonDate(new Date("2025-01-15T23:30:00Z"))).toBe("2025-01-15");
    expect(londonDate(new Date("2025-01-15T00:00:00Z"))).toBe("2025-01-15");
  });

  it("moves to the next day at 23:00 UTC once British Summer Time has begun", () => {
    // Clocks went forward at 01:00 UTC on 30 March 2025.
    expect(londonDate(new Date("2025-03-30T22:59:59Z"))).toBe("2025-03-30");
    expect(londonDate(new Date("2025-03-30T23:30:00Z"))).toBe("2025-03-31");
  });

  it("keeps the date across the end of British Summer Time", () => {
    // Clocks went back at 01:00 UTC on 26 October 2025: 00:30 UTC is 01:30 BST.
    expect(londonDate(new Date("2025-10-25T23:30:00Z"))).toBe("2025-10-26");
    expect(londonDate(new Date("2025-10-26T00:30:00Z"))).toBe("2025-10-26");
    expect(londonDate(new Date("2025-10-26T23:30:00Z"))).toBe("2025-10-26");
  });

  it("writes the date as YYYY-MM-DD", () => {
    expect(londonDate(new Date("2025-07-04T12:00:00Z"))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(isIsoDay(londonDate(new Date("2024-02-29T12:00:00Z")))).toBe(true);
  });

  it("throws on an invalid instant", () => {
    expect(() => londonDate(new Date("not a date"))).toThrow(RangeError);
  });
});
