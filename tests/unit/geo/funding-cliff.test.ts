import { describe, expect, it } from "vitest";
import { computeFundingCliff, listQuarters, quarterOf, type CliffAward, type CliffCell, type CliffGroupBy } from "../../../geo/funding/funding-cliff";

const WG = "welsh-government";
const HO = "home-office";
const LOTTERY = "national-lottery";

function award(id: number, over: Partial<CliffAward>): CliffAward {
  return { id, amountPence: null, amountPeriod: "total", startDate: null, endDate: null, funder: WG, themes: [], projectId: null, lastEvidenced: "2025-11", ...over };
}

function cell(over: Partial<CliffCell> = {}): CliffCell {
  return { awards: 0, projects: 0, perYearPence: 0, perYearAwards: 0, totalPence: 0, totalAwards: 0, unknownAmount: 0, approximateAwards: 0, ...over };
}

const ZERO = cell();

/**
 * Hand-counted fixture, as of Thursday 15 January 2026 (first quarter 2026 Q1, last 2028 Q4); every award
 * last evidenced 2025-11 unless it says otherwise:
 *   1  WG      £1,000     2026-03-31  project 10  cohesion + hate-crime   → 2026 Q1
 *   2  WG      £400,000/yr 2028-03    project 11  democracy               → 2028 Q1 (per-year)
 *   3  HO      unknown    2026-04-01  project 10  hate-crime              → 2026 Q2
 *   4  Lottery £5,000     during 2027 organisation, no theme              → 2027 Q4 (approximate)
 *   5  WG      £2,500     no end      project 12  cohesion                → unknown end
 *   6  HO      £3,000     2025-12     ended
 *   7  WG      £7,000     2026-01-10  ended (earlier in the first quarter)
 *   8  Lottery £9,000     2029-01     beyond the horizon
 *   9  WG      £2,000     2026-01-15  project 10  cohesion                → 2026 Q1 (ends on asOf)
 *  10  HO      £500       2026-03     project 13  hate-crime (twice)      → 2026 Q1
 *  11  HO      unknown    no end      organisation, evidenced 2015        → no recent evidence
 */
const AWARDS: CliffAward[] = [
  award(1, { amountPence: 100_000, endDate: "2026-03-31", projectId: 10, themes: ["cohesion", "hate-crime"], startDate: "2023-04-01" }),
  award(2, { amountPence: 40_000_000, amountPeriod: "per-year", startDate: "2025-04", endDate: "2028-03", projectId: 11, themes: ["democracy"] }),
  award(3, { funder: HO, endDate: "2026-04-01", projectId: 10, themes: ["hate-crime"] }),
  award(4, { funder: LOTTERY, amountPence: 500_000, startDate: "2024", endDate: "2027" }),
  award(5, { amountPence: 250_000, projectId: 12, themes: ["cohesion"] }),
  award(6, { funder: HO, amountPence: 300_000, endDate: "2025-12", projectId: 13 }),
  award(7, { amountPence: 700_000, endDate: "2026-01-10", projectId: 10 }),
  award(8, { funder: LOTTERY, amountPence: 900_000, endDate: "2029-01", projectId: 14 }),
  award(9, { amountPence: 200_000, endDate: "2026-01-15", projectId: 10, themes: ["cohesion"] }),
  award(10, { funder: HO, amountPence: 50_000, endDate: "2026-03", projectId: 13, themes: ["hate-crime", "hate-crime"] }),
  award(11, { funder: HO, lastEvidenced: "2015" }),
];
const AS_OF = "2026-01-15";

function quartersWith(entries: Record<number, CliffCell>, count = 12): CliffCell[] {
  return Array.from({ length: count }, (_, i) => entries[i] ?? ZERO);
}

describe("quarterOf and listQuarters", () => {
  it("splits the year into calendar quarters with January–March as Q1", () => {
    expect(quarterOf("2026-01-01")).toEqual({ label: "2026 Q1", start: "2026-01-01", end: "2026-03-31" });
    expect(quarterOf("2026-03-31")).toEqual({ label: "2026 Q1", start: "2026-01-01", end: "2026-03-31" });
    expect(quarterOf("2026-04-01")).toEqual({ label: "2026 Q2", start: "2026-04-01", end: "2026-06-30" });
    expect(quarterOf("2026-09-30").label).toBe("2026 Q3");
    expect(quarterOf("2026-12-31")).toEqual({ label: "2026 Q4", start: "2026-10-01", end: "2026-12-31" });
  });

  it("lists consecutive quarters from the one containing asOf, across a year boundary", () => {
    expect(listQuarters("2026-11-15", 3)).toEqual([
      { label: "2026 Q4", start: "2026-10-01", end: "2026-12-31" },
      { label: "2027 Q1", start: "2027-01-01", end: "2027-03-31" },
      { label: "2027 Q2", start: "2027-04-01", end: "2027-06-30" },
    ]);
  });

  it("throws on a bad count of quarters, naming it", () => {
    expect(() => listQuarters("2026-01-01", 0)).toThrow("Invalid number of quarters: 0");
    expect(() => listQuarters("2026-01-01", 2.5)).toThrow("Invalid number of quarters: 2.5");
  });
});

describe("computeFundingCliff by funder", () => {
  const cliff = computeFundingCliff(AWARDS, AS_OF, { groupBy: "funder" });

  it("shows twelve quarters (three years) from the quarter containing asOf by default", () => {
    expect(cliff.asOf).toBe(AS_OF);
    expect(cliff.groupBy).toBe("funder");
    expect(cliff.quarters).toHaveLength(12);
    expect(cliff.quarters[0]).toEqual({ label: "2026 Q1", start: "2026-01-01", end: "2026-03-31" });
    expect(cliff.quarters[11]).toEqual({ label: "2028 Q4", start: "2028-10-01", end: "2028-12-31" });
  });

  it("totals each quarter over all awards", () => {
    expect(cliff.totals).toEqual(
      quartersWith({
        0: cell({ totalPence: 350_000, totalAwards: 3, awards: 3, projects: 2 }),
        1: cell({ awards: 1, projects: 1, unknownAmount: 1 }),
        7: cell({ totalPence: 500_000, totalAwards: 1, awards: 1, approximateAwards: 1 }),
        8: cell({ perYearPence: 40_000_000, perYearAwards: 1, awards: 1, projects: 1 }),
      }),
    );
    expect(cliff.total).toEqual(
      cell({ perYearPence: 40_000_000, perYearAwards: 1, totalPence: 850_000, totalAwards: 4, awards: 6, projects: 3, unknownAmount: 1, approximateAwards: 1 }),
    );
  });

  it("keeps yearly figures and whole amounts apart, and counts an unknown amount as unknown, never as £0", () => {
    for (const c of [...cliff.totals, cliff.total, ...cliff.groups.flatMap((g) => [...g.quarters, g.total])]) {
      expect(c.perYearAwards + c.totalAwards + c.unknownAmount).toBe(c.awards);
    }
    expect(cliff.totals[1]).toMatchObject({ awards: 1, unknownAmount: 1, perYearAwards: 0, totalAwards: 0 });
    expect(cliff.totals[8]).toMatchObject({ perYearPence: 40_000_000, totalPence: 0 });
  });

  it("groups by funder, largest yearly amount first, then largest total amount", () => {
    expect(cliff.groups.map((g) => g.key)).toEqual([WG, LOTTERY, HO]);
    const [wg, lottery, ho] = cliff.groups;
    expect(wg.quarters).toEqual(
      quartersWith({
        0: cell({ totalPence: 300_000, totalAwards: 2, awards: 2, projects: 1 }),
        8: cell({ perYearPence: 40_000_000, perYearAwards: 1, awards: 1, projects: 1 }),
      }),
    );
    expect(wg.total).toEqual(cell({ perYearPence: 40_000_000, perYearAwards: 1, totalPence: 300_000, totalAwards: 2, awards: 3, projects: 2 }));
    expect(lottery.total).toEqual(cell({ totalPence: 500_000, totalAwards: 1, awards: 1, approximateAwards: 1 }));
    expect(ho.quarters[0]).toEqual(cell({ totalPence: 50_000, totalAwards: 1, awards: 1, projects: 1 }));
    expect(ho.quarters[1]).toEqual(cell({ awards: 1, projects: 1, unknownAmount: 1 }));
    expect(ho.total).toEqual(cell({ totalPence: 50_000, totalAwards: 1, awards: 2, projects: 2, unknownAmount: 1 }));
  });

  it("places an end known only to the year in Q4 of that year and flags it approximate", () => {
    expect(cliff.quarters[7].label).toBe("2027 Q4");
    expect(cliff.totals[7].approximateAwards).toBe(1);
  });

  it("reports awards with no end date and recent evidence separately, by group", () => {
    expect(cliff.evidenceMonths).toBe(24);
    expect(cliff.unknownEnd).toEqual({
      ...cell({ totalPence: 250_000, totalAwards: 1, awards: 1, projects: 1 }),
      byGroup: [{ key: WG, ...cell({ totalPence: 250_000, totalAwards: 1, awards: 1, projects: 1 }) }],
    });
  });

  it("reports awards with no end date and no recent evidence apart from those, with the newest evidence", () => {
    expect(cliff.noRecentEvidence).toEqual({
      ...cell({ awards: 1, unknownAmount: 1 }),
      byGroup: [{ key: HO, ...cell({ awards: 1, unknownAmount: 1 }) }],
      lastEvidenced: "2015",
    });
  });

  it("counts ended awards and awards ending beyond the horizon without placing them", () => {
    expect(cliff.ended).toBe(2);
    expect(cliff.beyondHorizon).toBe(1);
    expect(cliff.total.awards + cliff.unknownEnd.awards + cliff.noRecentEvidence.awards + cliff.ended + cliff.beyondHorizon).toBe(AWARDS.length);
  });
});

describe("computeFundingCliff by theme", () => {
  const cliff = computeFundingCliff(AWARDS, AS_OF, { groupBy: "theme" });

  it("counts an award once in each distinct theme of its project, so theme rows overlap", () => {
    expect(cliff.groups.map((g) => [g.key, g.total.perYearPence, g.total.totalPence, g.total.awards])).toEqual([
      ["democracy", 40_000_000, 0, 1],
      ["none", 0, 500_000, 1],
      ["cohesion", 0, 300_000, 2],
      ["hate-crime", 0, 150_000, 3],
    ]);
    const hateCrime = cliff.groups.find((g) => g.key === "hate-crime")!;
    expect(hateCrime.quarters[0]).toEqual(cell({ totalPence: 150_000, totalAwards: 2, awards: 2, projects: 2 }));
    expect(hateCrime.total).toEqual(cell({ totalPence: 150_000, totalAwards: 2, awards: 3, projects: 2, unknownAmount: 1 }));
  });

  it("still counts each award once in the totals", () => {
    const themeRowsQ1 = cliff.groups.reduce((sum, g) => sum + g.quarters[0].totalPence, 0);
    expect(themeRowsQ1).toBe(450_000);
    expect(cliff.totals[0].totalPence).toBe(350_000);
    expect(cliff.total).toEqual(computeFundingCliff(AWARDS, AS_OF, { groupBy: "funder" }).total);
  });

  it("puts awards whose project has no themes under the key none", () => {
    expect(cliff.groups.find((g) => g.key === "none")!.quarters[7]).toEqual(cell({ totalPence: 500_000, totalAwards: 1, awards: 1, approximateAwards: 1 }));
  });

  it("reports unknown ends by theme, recently evidenced or not", () => {
    expect(cliff.unknownEnd.byGroup.map((g) => g.key)).toEqual(["cohesion"]);
    expect(cliff.noRecentEvidence.byGroup.map((g) => g.key)).toEqual(["none"]);
  });
});

describe("computeFundingCliff quarter boundaries", () => {
  const boundary: CliffAward[] = [
    award(1, { amountPence: 1, endDate: "2026-03-30" }),
    award(2, { amountPence: 10, endDate: "2026-03-31" }),
    award(3, { amountPence: 100, endDate: "2026-04-01" }),
    award(4, { amountPence: 1_000, endDate: "2026-12-31" }),
    award(5, { amountPence: 10_000, endDate: "2027-01-01" }),
    award(6, { amountPence: 100_000, endDate: "2026" }),
    award(7, { amountPence: 1_000_000, endDate: "2026-06" }),
  ];

  it("on the last day of a quarter, starts with that quarter and keeps ends on that day", () => {
    const cliff = computeFundingCliff(boundary, "2026-03-31", { groupBy: "funder", quarters: 4 });
    expect(cliff.quarters.map((q) => q.label)).toEqual(["2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"]);
    expect(cliff.totals.map((c) => c.totalPence)).toEqual([10, 1_000_100, 0, 101_000]);
    expect(cliff.totals[3].approximateAwards).toBe(1);
    expect(cliff.ended).toBe(1);
    expect(cliff.beyondHorizon).toBe(1);
  });

  it("puts 31 March in Q1 and 1 April in Q2", () => {
    const cliff = computeFundingCliff(boundary, "2026-01-01", { groupBy: "funder", quarters: 2 });
    expect(cliff.totals.map((c) => c.totalPence)).toEqual([11, 1_000_100]);
    expect(cliff.beyondHorizon).toBe(3);
  });

  it("on the first day of a quarter, starts with that quarter", () => {
    const cliff = computeFundingCliff(boundary, "2026-04-01", { groupBy: "funder", quarters: 1 });
    expect(cliff.quarters.map((q) => q.label)).toEqual(["2026 Q2"]);
    expect(cliff.totals[0].totalPence).toBe(1_000_100);
    expect(cliff.ended).toBe(2);
  });

  it("counts a year-only end as beyond the horizon when its last day is", () => {
    const cliff = computeFundingCliff([award(1, { endDate: "2026" })], "2026-01-01", { groupBy: "funder", quarters: 3 });
    expect(cliff.total.awards).toBe(0);
    expect(cliff.beyondHorizon).toBe(1);
  });

  it("keeps a year-only end for the current year in its Q4 until the year is over", () => {
    const cliff = computeFundingCliff([award(1, { endDate: "2026" })], "2026-12-31", { groupBy: "funder", quarters: 1 });
    expect(cliff.totals[0]).toEqual(cell({ awards: 1, unknownAmount: 1, approximateAwards: 1 }));
    expect(computeFundingCliff([award(1, { endDate: "2026" })], "2027-01-01", { groupBy: "funder" }).ended).toBe(1);
  });
});

describe("computeFundingCliff: awards with no end, and how recent their evidence is", () => {
  const open = (id: number, lastEvidenced: string | null) => award(id, { lastEvidenced });
  const split = (awards: CliffAward[], asOf: string, evidenceMonths?: number) => {
    const cliff = computeFundingCliff(awards, asOf, { groupBy: "funder", evidenceMonths });
    return [cliff.unknownEnd.awards, cliff.noRecentEvidence.awards];
  };

  it("keeps an award current through the day 24 months after its evidence, and not a day longer", () => {
    expect(split([open(1, "2025-02-27")], "2027-02-27")).toEqual([1, 0]);
    expect(split([open(1, "2025-02-27")], "2027-02-28")).toEqual([0, 1]);
  });

  it("counts evidence known only to the year from 1 January", () => {
    expect(split([open(1, "2025")], "2027-01-01")).toEqual([1, 0]);
    expect(split([open(1, "2025")], "2027-01-02")).toEqual([0, 1]);
  });

  it("puts an award never evidenced with those without recent evidence", () => {
    expect(split([open(1, null)], "2026-01-01")).toEqual([0, 1]);
  });

  it("takes another evidence window when asked", () => {
    expect(split([open(1, "2025-02-27")], "2026-02-28", 12)).toEqual([0, 1]);
  });

  it("reports the newest evidence among the awards without recent evidence", () => {
    const cliff = computeFundingCliff([open(1, "2015"), open(2, "2016-06-30"), open(3, null), open(4, "2025-11")], "2026-12-01", { groupBy: "funder" });
    expect(cliff.noRecentEvidence.lastEvidenced).toBe("2016-06-30");
    expect(cliff.noRecentEvidence.awards).toBe(3);
    expect(cliff.unknownEnd.awards).toBe(1);
  });

  it("ignores the evidence of an award with a known end", () => {
    const cliff = computeFundingCliff([award(1, { endDate: "2027-03", lastEvidenced: "2015" })], "2026-12-01", { groupBy: "funder" });
    expect(cliff.totals[1].awards).toBe(1);
  });
});

describe("computeFundingCliff with no awards", () => {
  it("returns empty groups and zero totals", () => {
    const cliff = computeFundingCliff([], "2026-05-05", { groupBy: "theme", quarters: 2 });
    expect(cliff.groups).toEqual([]);
    expect(cliff.totals).toEqual([ZERO, ZERO]);
    expect(cliff.unknownEnd).toEqual({ ...ZERO, byGroup: [] });
    expect(cliff.noRecentEvidence).toEqual({ ...ZERO, byGroup: [], lastEvidenced: null });
    expect(cliff.beyondHorizon).toBe(0);
    expect(cliff.ended).toBe(0);
  });
});

describe("computeFundingCliff bad input", () => {
  const opts = { groupBy: "funder" as const };

  it("throws on a bad as-of date, naming it", () => {
    expect(() => computeFundingCliff([], "2026-02-29", opts)).toThrow("Invalid as-of date: 2026-02-29");
  });

  it("throws on a bad evidence window, naming it", () => {
    expect(() => computeFundingCliff([], AS_OF, { groupBy: "funder", evidenceMonths: 0 })).toThrow("Invalid evidence window: 0 months");
  });

  it("throws on a bad number of quarters or grouping, naming it", () => {
    expect(() => computeFundingCliff([], AS_OF, { groupBy: "funder", quarters: 0 })).toThrow("Invalid number of quarters: 0");
    expect(() => computeFundingCliff([], AS_OF, { groupBy: "region" as CliffGroupBy })).toThrow("Invalid groupBy: region");
  });

  it("throws on a negative or fractional amount, naming the award and value", () => {
    expect(() => computeFundingCliff([award(3, { amountPence: -1 })], AS_OF, opts)).toThrow("Invalid amountPence for award 3: -1");
    expect(() => computeFundingCliff([award(3, { amountPence: 1.5 })], AS_OF, opts)).toThrow("Invalid amountPence for award 3: 1.5");
  });

  it("throws on an unknown amount period, naming it", () => {
    expect(() => computeFundingCliff([award(3, { amountPeriod: "monthly" as "total" })], AS_OF, opts)).toThrow(
      "Invalid amountPeriod for award 3: monthly",
    );
  });

  it("throws on a malformed date, naming the award and value", () => {
    expect(() => computeFundingCliff([award(3, { endDate: "2026-13" })], AS_OF, opts)).toThrow("Invalid endDate for award 3: 2026-13");
    expect(() => computeFundingCliff([award(3, { lastEvidenced: "27/02/2025" })], AS_OF, opts)).toThrow("Invalid lastEvidenced for award 3: 27/02/2025");
    expect(() => computeFundingCliff([award(4, { startDate: "April 2025" })], AS_OF, opts)).toThrow("Invalid startDate for award 4: April 2025");
  });

  it("throws on an award that starts after it ends", () => {
    expect(() => computeFundingCliff([award(5, { startDate: "2027", endDate: "2026-12" })], AS_OF, opts)).toThrow(
      "Award 5 starts (2027) after it ends (2026-12)",
    );
  });

  it("accepts a start and end known to the same year", () => {
    expect(() => computeFundingCliff([award(5, { startDate: "2026-05-01", endDate: "2026" })], AS_OF, opts)).not.toThrow();
  });

  it("throws on a repeated award id, naming it", () => {
    expect(() => computeFundingCliff([award(7, {}), award(7, {})], AS_OF, opts)).toThrow("Duplicate award id: 7");
  });
});
