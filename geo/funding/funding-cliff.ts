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
 * - Amounts are sums of the known amounts; an award with no amount still counts in `awards` and
 *   `projects` and is counted in `unknownAmount`. A "per-year" award contributes its yearly figure (the
 *   funding lost per year once it ends) and sets `perYearIncluded`, so a total mixes yearly and one-off sums.
 * - `projects` counts distinct project ids; awards made to an organisation rather than a project add none.
 * - groupBy "theme" counts an award once in each distinct theme of its project, so theme rows overlap and
 *   do not add up to the totals; awards without themes go to the key "none". The totals (`totals`,
 *   `total`, `unknownEnd`) always count each award once.
 * - Awards with no end date are reported in `unknownEnd`, not in any quarter. Ends after the last quarter
 *   are counted in `beyondHorizon`; ends before asOf in `ended`. The start date does not move an award:
 *   funding that ends in a quarter ends there whether or not it has started.
 */

import { isIsoDay } from "../dates/calendar";
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
}

export interface CliffOptions {
  /** How many quarters to show, counting the one containing asOf. Default 12 (three years). */
  quarters?: number;
  groupBy: CliffGroupBy;
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
  /** Sum of known amounts, in pence (per-year awards add their yearly figure). */
  amountPence: number;
  awards: number;
  /** Distinct projects behind these awards. */
  projects: number;
  /** Awards here with no amount recorded. */
  unknownAmount: number;
  /** Awards here whose end is known only to the year (placed in Q4). */
  approximateAwards: number;
  /** True when some amount here is a yearly figure. */
  perYearIncluded: boolean;
}

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
  /** Groups with at least one award ending within the quarters: largest amount first, then most awards, then key. */
  groups: CliffGroup[];
  /** Each quarter over all awards (each award once, even when theme rows overlap). */
  totals: CliffCell[];
  /** All quarters over all awards. */
  total: CliffCell;
  /** Awards with no end date, overall and by group (same order rule as groups). */
  unknownEnd: CliffCell & { byGroup: (CliffCell & { key: string })[] };
  /** Awards ending after the last quarter. */
  beyondHorizon: number;
  /** Awards that ended before asOf. */
  ended: number;
}

export const DEFAULT_CLIFF_QUARTERS = 12;

/** Collects awards into a cell; projects are counted by distinct id. */
class CellBuilder {
  amountPence = 0;
  awards = 0;
  unknownAmount = 0;
  approximateAwards = 0;
  perYearIncluded = false;
  private projectIds = new Set<number>();

  add(award: CliffAward, approximate: boolean): void {
    this.awards++;
    if (award.amountPence === null) this.unknownAmount++;
    else {
      this.amountPence += award.amountPence;
      if (award.amountPeriod === "per-year") this.perYearIncluded = true;
    }
    if (approximate) this.approximateAwards++;
    if (award.projectId !== null) this.projectIds.add(award.projectId);
  }

  build(): CliffCell {
    return {
      amountPence: this.amountPence,
      awards: this.awards,
      projects: this.projectIds.size,
      unknownAmount: this.unknownAmount,
      approximateAwards: this.approximateAwards,
      perYearIncluded: this.perYearIncluded,
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
  for (const [field, value] of [["startDate", award.startDate], ["endDate", award.endDate]] as const) {
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
  return b.total.amountPence - a.total.amountPence || b.total.awards - a.total.awards || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * How much funding ends in each quarter from `asOf`, grouped by funder or theme (see the module notes for
 * the rules). Throws on a malformed asOf, option, date or amount, or a repeated award id.
 *
 * @example
 * const cliff = computeFundingCliff(
 *   [{ id: 1, amountPence: 40000000, amountPeriod: "per-year", startDate: "2025-04", endDate: "2028-03",
 *      funder: "welsh-government", themes: ["democracy"], projectId: 7 }],
 *   "2026-01-15",
 *   { groupBy: "funder" },
 * );
 * cliff.quarters[0].label                   // "2026 Q1"
 * cliff.groups[0].quarters[8].amountPence   // 40000000 (2028 Q1), with perYearIncluded: true
 */
export function computeFundingCliff(awards: readonly CliffAward[], asOf: string, options: CliffOptions): FundingCliff {
  if (!isIsoDay(asOf)) throw new Error(`Invalid as-of date: ${asOf}`);
  const { groupBy } = options;
  if (groupBy !== "funder" && groupBy !== "theme") throw new Error(`Invalid groupBy: ${String(groupBy)}`);
  const quarters = listQuarters(asOf, options.quarters ?? DEFAULT_CLIFF_QUARTERS);
  const horizonEnd = quarters[quarters.length - 1].end;

  const seen = new Set<number | string>();
  const totals = quarters.map(() => new CellBuilder());
  const total = new CellBuilder();
  const groups = new Map<string, { quarters: CellBuilder[]; total: CellBuilder }>();
  const unknown = new CellBuilder();
  const unknownByGroup = new Map<string, CellBuilder>();
  let beyondHorizon = 0;
  let ended = 0;

  for (const award of awards) {
    if (seen.has(award.id)) throw new Error(`Duplicate award id: ${award.id}`);
    seen.add(award.id);
    validateAward(award);
    const keys = groupKeys(award, groupBy);

    if (award.endDate == null) {
      unknown.add(award, false);
      for (const key of keys) (unknownByGroup.get(key) ?? unknownByGroup.set(key, new CellBuilder()).get(key)!).add(award, false);
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

  const unknownCell = unknown.build();
  return {
    asOf,
    groupBy,
    quarters,
    groups: [...groups]
      .map(([key, g]) => ({ key, quarters: g.quarters.map((c) => c.build()), total: g.total.build() }))
      .sort(byAmountThenAwardsThenKey),
    totals: totals.map((c) => c.build()),
    total: total.build(),
    unknownEnd: {
      ...unknownCell,
      byGroup: [...unknownByGroup]
        .map(([key, c]) => ({ key, total: c.build() }))
        .sort(byAmountThenAwardsThenKey)
        .map(({ key, total: cell }) => ({ key, ...cell })),
    },
    beyondHorizon,
    ended,
  };
}
