/**
 * The "funding cliff": how much funding ends in each calendar quarter from "as of", by funder or theme.
 *
 * Rules:
 * - Quarters are calendar quarters (Q1 = January–March). The first is the quarter containing asOf; only
 *   ends on or after asOf count, so ends earlier in that quarter are left out as ended.
 * - An end known to the day or month is placed in the quarter containing its last day ("2026-03" → 2026 Q1).
 *   An end known only to the year ("during 2026") is placed in the quarter containing its last day (Q4) and
 *   counted in `approximateAwards`: it may really fall in any quarter of that year. Whether it has ended,
 *   or lies beyond the horizon, is judged by that last day too.
 * - Amounts are known amounts in pence, kept in two measures that are never added together: a "per-year"
 *   award counts its yearly figure in `perYearPence` (the funding lost each year once it ends); an award
 *   given as a total counts its whole amount in `totalPence`. An award with no amount still counts in
 *   `awards` and `projects` and is counted in `unknownAmount` — never as £0.
 * - `projects` counts distinct project ids; awards made to an organisation rather than a project add none.
 * - groupBy "theme" counts an award once in each distinct theme of its project, so theme rows overlap and
 *   do not add up to the totals; awards without themes go to the key "none". The totals (`totals`,
 *   `total`, `unknownEnd`, `noRecentEvidence`) always count each award once.
 * - Awards with no end date are in no quarter. Following the currency rule (geo/dates/currency.ts), one
 *   last evidenced within the evidence window (`evidenceMonths`, default DEFAULT_EVIDENCE_MONTHS) is
 *   reported in `unknownEnd`; one evidenced longer ago, or never, in `noRecentEvidence`. Ends after the last
 *   quarter are counted in `beyondHorizon`; ends before asOf in `ended`. The start date does not move an
 *   award: funding that ends in a quarter ends there whether or not it has started.
 */

import { isIsoDay } from "../dates/calendar";
import { DEFAULT_EVIDENCE_MONTHS, evidenceCurrentUntil, latestEvidence } from "../dates/currency";
import { firstDayOf, lastDayOf, precisionOf } from "../dates/partial-date";

export type CliffGroupBy = "funder" | "theme";

export interface CliffAward {
  id: number | string;
  amountPence: number | null;
  amountPeriod: "total" | "per-year";
  startDate: string | null;
  endDate: string | null;
  /** The funder's key (e.g. its slug); the group key when grouping by funder. */
  funder: string;
  /** Theme ids of the award's project (empty for none). */
  themes: readonly string[];
  projectId: number | null;
  /** Partial ISO date of the newest source naming the award, or null when none. */
  lastEvidenced: string | null;
}

export interface CliffOptions {
  /** How many quarters to show, counting the one containing asOf. Default 12 (three years). */
  quarters?: number;
  groupBy: CliffGroupBy;
  /** How many months evidence keeps an award with no end current. Default DEFAULT_EVIDENCE_MONTHS (24). */
  evidenceMonths?: number;
}

export interface CliffQuarter {
  /** "2026 Q4" */
  label: string;
  /** First day, "2026-10-01". */
  start: string;
  /** Last day, "2026-12-31". */
  end: string;
}

export interface CliffCell {
  awards: number;
  /** Distinct projects behind these awards. */
  projects: number;
  /** Sum of the yearly figures of the per-year awards here with a known amount, in pence. */
  perYearPence: number;
  /** Per-year awards here with a known amount. */
  perYearAwards: number;
  /** Sum of the whole amounts of the awards here given as a total, in pence. */
  totalPence: number;
  /** Awards here given as a total with a known amount. */
  totalAwards: number;
  /** Awards here with no amount recorded. */
  unknownAmount: number;
  /** Awards here whose end is known only to the year (placed in Q4). */
  approximateAwards: number;
}

/** A cell for awards with no end, overall and by group (same order rule as groups). */
export type CliffOpenCell = CliffCell & { byGroup: (CliffCell & { key: string })[] };

export interface CliffGroup {
  key: string;
  /** One cell per quarter, in the order of FundingCliff.quarters. */
  quarters: CliffCell[];
  /** The group over all quarters. */
  total: CliffCell;
}

export interface FundingCliff {
  asOf: string;
  groupBy: CliffGroupBy;
  quarters: CliffQuarter[];
  /**
   * Groups with at least one award ending within the quarters: largest yearly amount first, then
   * largest total amount, then most awards, then key.
   */
  groups: CliffGroup[];
  /** Each quarter over all awards (each award once, even when theme rows overlap). */
  totals: CliffCell[];
  /** All quarters over all awards. */
  total: CliffCell;
  evidenceMonths: number;
  /** Awards with no end date, last evidenced within the evidence window. */
  unknownEnd: CliffOpenCell;
  /** Awards with no end date and no evidence within the window; `lastEvidenced` is the newest evidence among them. */
  noRecentEvidence: CliffOpenCell & { lastEvidenced: string | null };
  /** Awards ending after the last quarter. */
  beyondHorizon: number;
  /** Awards that ended before asOf. */
  ended: number;
}

export const DEFAULT_CLIFF_QUARTERS = 12;

/** Collects awards into a cell; projects are counted by distinct id. */
class CellBuilder {
  awards = 0;
  perYearPence = 0;
  perYearAwards = 0;
  totalPence = 0;
  totalAwards = 0;
  unknownAmount = 0;
  approximateAwards = 0;
  private projectIds = new Set<number>();

  add(award: CliffAward, approximate: boolean): void {
    this.awards++;
    if (award.amountPence === null) this.unknownAmount++;
    else if (award.amountPeriod === "per-year") {
      this.perYearPence += award.amountPence;
      this.perYearAwards++;
    } else {
      this.totalPence += award.amountPence;
      this.totalAwards++;
    }
    if (approximate) this.approximateAwards++;
    if (award.projectId !== null) this.projectIds.add(award.projectId);
  }

  build(): CliffCell {
    return {
      awards: this.awards,
      projects: this.projectIds.size,
      perYearPence: this.perYearPence,
      perYearAwards: this.perYearAwards,
      totalPence: this.totalPence,
      totalAwards: this.totalAwards,
      unknownAmount: this.unknownAmount,
      approximateAwards: this.approximateAwards,
    };
  }
}

/** Awards with no end, overall and by group. */
class OpenBuilder {
  all = new CellBuilder();
  byGroup = new Map<string, CellBuilder>();

  add(award: CliffAward, keys: string[]): void {
    this.all.add(award, false);
    for (const key of keys) (this.byGroup.get(key) ?? this.byGroup.set(key, new CellBuilder()).get(key)!).add(award, false);
  }

  build(): CliffOpenCell {
    return {
      ...this.all.build(),
      byGroup: [...this.byGroup]
        .map(([key, c]) => ({ key, total: c.build() }))
        .sort(byAmountThenAwardsThenKey)
        .map(({ key, total }) => ({ key, ...total })),
    };
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * The calendar quarter containing a YYYY-MM-DD day.
 *
 * @example
 * quarterOf("2026-03-31") // { label: "2026 Q1", start: "2026-01-01", end: "2026-03-31" }
 * quarterOf("2026-04-01") // { label: "2026 Q2", start: "2026-04-01", end: "2026-06-30" }
 */
export function quarterOf(isoDay: string): CliffQuarter {
  if (!isIsoDay(isoDay)) throw new Error(`Invalid day: ${isoDay}`);
  const year = Number(isoDay.slice(0, 4));
  const q = Math.floor((Number(isoDay.slice(5, 7)) - 1) / 3) + 1;
  return quarterAt(year, q);
}

function quarterAt(year: number, q: number): CliffQuarter {
  const firstMonth = (q - 1) * 3 + 1;
  const lastMonth = `${year}-${pad(firstMonth + 2)}`;
  return { label: `${year} Q${q}`, start: `${year}-${pad(firstMonth)}-01`, end: lastDayOf(lastMonth) };
}

/**
 * `count` consecutive calendar quarters starting with the one containing `asOf`.
 *
 * @example
 * listQuarters("2026-03-31", 2).map((q) => q.label) // ["2026 Q1", "2026 Q2"]
 */
export function listQuarters(asOf: string, count: number): CliffQuarter[] {
  if (!isIsoDay(asOf)) throw new Error(`Invalid as-of date: ${asOf}`);
  if (!Number.isSafeInteger(count) || count < 1) throw new Error(`Invalid number of quarters: ${count}`);
  const first = quarterOf(asOf);
  const year = Number(asOf.slice(0, 4));
  const q0 = Number(first.label.slice(-1)) - 1;
  const out: CliffQuarter[] = [];
  for (let i = 0; i < count; i++) {
    const index = q0 + i;
    const y = year + Math.floor(index / 4);
    if (y > 9999) throw new Error(`Invalid number of quarters: ${count} (runs past year 9999)`);
    out.push(quarterAt(y, (index % 4) + 1));
  }
  return out;
}

function validateAward(award: CliffAward): void {
  const { id } = award;
  if (award.amountPence !== null && !(Number.isSafeInteger(award.amountPence) && award.amountPence >= 0)) {
    throw new Error(`Invalid amountPence for award ${id}: ${award.amountPence}`);
  }
  if (award.amountPeriod !== "total" && award.amountPeriod !== "per-year") {
    throw new Error(`Invalid amountPeriod for award ${id}: ${award.amountPeriod}`);
  }
  if (!Array.isArray(award.themes)) throw new Error(`Invalid themes for award ${id}: ${String(award.themes)}`);
  // precisionOf throws naming the bad date; say which award it belongs to.
  for (const [field, value] of [["startDate", award.startDate], ["endDate", award.endDate], ["lastEvidenced", award.lastEvidenced]] as const) {
    try {
      precisionOf(value);
    } catch {
      throw new Error(`Invalid ${field} for award ${id}: ${value}`);
    }
  }
  if (award.startDate != null && award.endDate != null && firstDayOf(award.startDate) > lastDayOf(award.endDate)) {
    throw new Error(`Award ${id} starts (${award.startDate}) after it ends (${award.endDate})`);
  }
}

function groupKeys(award: CliffAward, groupBy: CliffGroupBy): string[] {
  if (groupBy === "funder") return [award.funder];
  return award.themes.length === 0 ? ["none"] : [...new Set(award.themes)];
}

function byAmountThenAwardsThenKey(a: { key: string; total: CliffCell }, b: { key: string; total: CliffCell }): number {
  return (
    b.total.perYearPence - a.total.perYearPence ||
    b.total.totalPence - a.total.totalPence ||
    b.total.awards - a.total.awards ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * How much funding ends in each quarter from `asOf`, grouped by funder or theme (see the module notes for
 * the rules). Throws on a malformed asOf, option, date or amount, or a repeated award id.
 *
 * @example
 * const cliff = computeFundingCliff(
 *   [{ id: 1, amountPence: 40000000, amountPeriod: "per-year", startDate: "2025-04", endDate: "2028-03",
 *      funder: "welsh-government", themes: ["democracy"], projectId: 7, lastEvidenced: "2025-11" }],
 *   "2026-01-15",
 *   { groupBy: "funder" },
 * );
 * cliff.quarters[0].label                    // "2026 Q1"
 * cliff.groups[0].quarters[8].perYearPence   // 40000000 (2028 Q1): £400,000 a year ends then
 */
export function computeFundingCliff(awards: readonly CliffAward[], asOf: string, options: CliffOptions): FundingCliff {
  if (!isIsoDay(asOf)) throw new Error(`Invalid as-of date: ${asOf}`);
  const { groupBy } = options;
  if (groupBy !== "funder" && groupBy !== "theme") throw new Error(`Invalid groupBy: ${String(groupBy)}`);
  const evidenceMonths = options.evidenceMonths ?? DEFAULT_EVIDENCE_MONTHS;
  if (!Number.isInteger(evidenceMonths) || evidenceMonths < 1) throw new Error(`Invalid evidence window: ${evidenceMonths} months`);
  const quarters = listQuarters(asOf, options.quarters ?? DEFAULT_CLIFF_QUARTERS);
  const horizonEnd = quarters[quarters.length - 1].end;

  const seen = new Set<number | string>();
  const totals = quarters.map(() => new CellBuilder());
  const total = new CellBuilder();
  const groups = new Map<string, { quarters: CellBuilder[]; total: CellBuilder }>();
  const unknown = new OpenBuilder();
  const stale = new OpenBuilder();
  const staleEvidence: (string | null)[] = [];
  let beyondHorizon = 0;
  let ended = 0;

  for (const award of awards) {
    if (seen.has(award.id)) throw new Error(`Duplicate award id: ${award.id}`);
    seen.add(award.id);
    validateAward(award);
    const keys = groupKeys(award, groupBy);

    if (award.endDate == null) {
      const until = evidenceCurrentUntil(award.lastEvidenced, evidenceMonths);
      if (until !== null && asOf <= until) unknown.add(award, keys);
      else {
        stale.add(award, keys);
        staleEvidence.push(award.lastEvidenced);
      }
      continue;
    }
    const lastDay = lastDayOf(award.endDate);
    if (lastDay < asOf) {
      ended++;
      continue;
    }
    if (lastDay > horizonEnd) {
      beyondHorizon++;
      continue;
    }
    const approximate = precisionOf(award.endDate) === "year";
    const index = quarters.findIndex((q) => lastDay <= q.end);
    totals[index].add(award, approximate);
    total.add(award, approximate);
    for (const key of keys) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { quarters: quarters.map(() => new CellBuilder()), total: new CellBuilder() }));
      group.quarters[index].add(award, approximate);
      group.total.add(award, approximate);
    }
  }

  return {
    asOf,
    groupBy,
    quarters,
    groups: [...groups]
      .map(([key, g]) => ({ key, quarters: g.quarters.map((c) => c.build()), total: g.total.build() }))
      .sort(byAmountThenAwardsThenKey),
    totals: totals.map((c) => c.build()),
    total: total.build(),
    evidenceMonths,
    unknownEnd: unknown.build(),
    noRecentEvidence: { ...stale.build(), lastEvidenced: latestEvidence(staleEvidence) },
    beyondHorizon,
    ended,
  };
}
