import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysInMonth, firstOfMonth, isIsoDay } from "../../../geo/dates/calendar";

describe("daysInMonth", () => {
  it("gives 30 or 31 days to every month but February", () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it("gives February 29 days in leap years: every fourth year, but not centuries unless divisible by 400", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});

describe("isIsoDay", () => {
  it("accepts real calendar days", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2025-12-31")).toBe(true);
    expect(isIsoDay("2025-01-01")).toBe(true);
  });

  it("rejects impossible days", () => {
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-13-01")).toBe(false);
    expect(isIsoDay("2025-02-30")).toBe(false);
    expect(isIsoDay("2025-04-31")).toBe(false);
    expect(isIsoDay("2025-01-00")).toBe(false);
  });

  it("rejects partial dates and other shapes", () => {
    for (const value of ["2024-02", "2024", "2024-2-1", "2024-02-29T00:00", "tomorrow", "", "20240229"]) expect(isIsoDay(value)).toBe(false);
  });

  it("treats 1900 as a common year and 2000 as a leap year", () => {
    expect(isIsoDay("1900-02-29")).toBe(false);
    expect(isIsoDay("2000-02-29")).toBe(true);
  });
});

describe("addMonths", () => {
  it("adds calendar months keeping the day of the month", () => {
    expect(addMonths("2025-01-15", 3)).toBe("2025-04-15");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
    expect(addMonths("2025-01-15", 12)).toBe("2026-01-15");
    expect(addMonths("2025-01-15", 0)).toBe("2025-01-15");
  });

  it("clamps to the last day of a shorter month", () => {
    expect(addMonths("2024-11-30", 3)).toBe("2025-02-28");
    expect(addMonths("2025-08-31", 1)).toBe("2025-09-30");
    expect(addMonths("2025-03-31", -1)).toBe("2025-02-28");
  });

  it("lands on 29 February in a leap year", () => {
    expect(addMonths("2023-11-29", 3)).toBe("2024-02-29");
    expect(addMonths("2023-11-30", 3)).toBe("2024-02-29");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", 48)).toBe("2028-02-29");
  });

  it("subtracts months across a year boundary", () => {
    expect(addMonths("2025-02-10", -3)).toBe("2024-11-10");
  });

  it.each(["2025-02-30", "2025-1-01", "2025-01", "soon"])("throws on the day %j, naming it", (bad) => {
    expect(() => addMonths(bad, 1)).toThrow(`Invalid day: ${bad}`);
  });

  it("throws on a fractional number of months, naming it", () => {
    expect(() => addMonths("2025-01-01", 1.5)).toThrow("Invalid number of months: 1.5");
  });

  it("clamps 31 January plus one month to 28 February, or 29 in a leap year", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2100-01-31", 1)).toBe("2100-02-28");
    expect(addMonths("2000-01-31", 1)).toBe("2000-02-29");
  });

  it("goes back months with a negative count, clamping and crossing years", () => {
    expect(addMonths("2025-05-31", -3)).toBe("2025-02-28");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2025-01-31", -2)).toBe("2024-11-30");
    expect(addMonths("2026-03-16", -11)).toBe("2025-04-16");
    expect(addMonths("2025-06-15", -30)).toBe("2022-12-15");
  });

  it("rolls over into following years", () => {
    expect(addMonths("2025-12-31", 1)).toBe("2026-01-31");
    expect(addMonths("2025-11-30", 14)).toBe("2027-01-30");
    expect(addMonths("2025-08-31", 42)).toBe("2029-02-28");
  });

  it("throws when the result leaves the years 0000–9999, naming the date", () => {
    expect(() => addMonths("9999-12-01", 1)).toThrow("Date out of range: 9999-12-01 + 1 months");
    expect(() => addMonths("0000-01-01", -1)).toThrow("Date out of range: 0000-01-01 + -1 months");
  });
});

describe("addDays", () => {
  it("adds and subtracts days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2025-01-15", 0)).toBe("2025-01-15");
    expect(addDays("2025-01-01", 365)).toBe("2026-01-01");
  });

  it("takes years before 100 literally", () => {
    expect(addDays("0004-02-28", 1)).toBe("0004-02-29");
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
  });

  it("throws on a bad day, a fractional count or a result past 9999, naming the value", () => {
    expect(() => addDays("2025-02-30", 1)).toThrow("Invalid day: 2025-02-30");
    expect(() => addDays("2025-01-01", 0.5)).toThrow("Invalid number of days: 0.5");
    expect(() => addDays("9999-12-31", 1)).toThrow("Date out of range: 9999-12-31 + 1 days");
  });
});

describe("firstOfMonth", () => {
  it("gives the first day of the day's month", () => {
    expect(firstOfMonth("2026-03-31")).toBe("2026-03-01");
    expect(firstOfMonth("2024-02-29")).toBe("2024-02-01");
    expect(firstOfMonth("2025-01-01")).toBe("2025-01-01");
  });

  it("composes with addMonths to step back whole months", () => {
    expect(firstOfMonth(addMonths("2026-03-16", -11))).toBe("2025-04-01");
    expect(firstOfMonth(addMonths("2025-01-31", -1))).toBe("2024-12-01");
  });

  it.each(["2025-02", "2025-13-01", "soon"])("throws on the day %j, naming it", (bad) => {
    expect(() => firstOfMonth(bad)).toThrow(`Invalid day: ${bad}`);
  });
});
