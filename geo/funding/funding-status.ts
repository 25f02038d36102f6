/**
 * Where funding stands on a civil date: not started, running, ending soon ("funding cliff"), ended,
 * or with an end nobody has recorded.
 *
 * Rules (all dates are civil days in Europe/London; the caller passes "as of", e.g. from londonDate):
 * - An unknown start counts as started; a start known to the month or year starts on its first day.
 * - An end known to the day or month ends on its last day: "2026-03" ends on 2026-03-31. The end day
 *   itself is still running (ending-3m); the day after is "ended".
 * - An end known only to the year ("during 2026") may come on any day of that year. It is not "ended"
 *   until after 31 December, but the ending windows measure to 1 January, the first day it could end,
 *   so it is at risk the whole year (at least ending-3m) and enters each window earlier than a day end would.
 * - "ending-Nm": the end (as measured above) is no later than asOf + N calendar months (see addMonths).
 *   The smallest window that matches wins, so a status names one window; isAtRisk widens it.
 * - No end and no record of stopping (once started) follows the currency rule of geo/dates/currency.ts:
 *   "end-unknown" (a data gap) while the award was last evidenced within the evidence window (N months,
 *   DEFAULT_EVIDENCE_MONTHS by default; a partial evidence date counts from its FIRST day, and it stays
 *   current through the day N months after), "no-recent-evidence" after that or with no evidence at
 *   all — never "active". endedNoDate is "ended".
 */

import { addMonths, isIsoDay } from "../dates/calendar";
import { DEFAULT_EVIDENCE_MONTHS, evidenceCurrentUntil } from "../dates/currency";
import { firstDayOf, lastDayOf, precisionOf, type Dated } from "../dates/partial-date";

/** Re-exported for the modules that import it from here; the calendar module owns it. */
export { addMonths };

export type FundingStatus =
  | "not-started"
  | "active"
  | "ending-3m"
  | "ending-6m"
  | "ending-12m"
  | "ended"
  | "end-unknown"
  | "no-recent-evidence";

/** Something funded, with (partial) dates and the date of the newest evidence that it exists. */
export interface FundingDated extends Dated {
  /** Partial ISO date of the newest source naming it ("2025", "2025-02-27"), or null when none. */
  lastEvidenced: string | null;
}

/** The ending windows, in months, smallest first. */
export type EndingWindow = 3 | 6 | 12;

export const ENDING_WINDOWS: readonly EndingWindow[] = [3, 6, 12];

/**
 * Every status in lifecycle order (for legends and sorting): before, during, the ending windows
 * counting down, after, and last the data gaps: an unknown end recently evidenced, then one without
 * recent evidence.
 *
 * @example
 * [...statuses].sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b))
 */
export const STATUS_ORDER: readonly FundingStatus[] = [
  "not-started",
  "active",
  "ending-12m",
  "ending-6m",
  "ending-3m",
  "ended",
  "end-unknown",
  "no-recent-evidence",
];

const WINDOW_STATUS: Record<EndingWindow, FundingStatus> = { 3: "ending-3m", 6: "ending-6m", 12: "ending-12m" };

function assertAsOf(asOf: string): void {
  if (!isIsoDay(asOf)) throw new Error(`Invalid as-of date: ${asOf}`);
}

/**
 * The day the ending windows measure to: the last day of a day or month end, but the FIRST day of a
 * year-only end (it could end on any day of that year). Throws on a malformed date.
 *
 * @example
 * riskDayOf("2026-03")    // "2026-03-31"
 * riskDayOf("2026")       // "2026-01-01"
 * riskDayOf("2026-03-15") // "2026-03-15"
 */
export function riskDayOf(endDate: string): string {
  return precisionOf(endDate) === "year" ? firstDayOf(endDate) : lastDayOf(endDate);
}

/**
 * The funding status of something with a (partial) start and end on the civil day `asOf`; with no
 * end, its evidence must be no older than `evidenceMonths` (default DEFAULT_EVIDENCE_MONTHS, 24) for
 * "end-unknown", else it is "no-recent-evidence". Throws on a malformed `asOf`, start, end or
 * evidence date, or a window that is not a whole number of months ≥ 1.
 *
 * @example
 * fundingStatusOn({ startDate: "2023-04", endDate: "2026-03", lastEvidenced: null }, "2026-01-15") // "ending-3m"
 * fundingStatusOn({ startDate: null, endDate: "2026", lastEvidenced: null }, "2026-11-30")         // "ending-3m" (during 2026)
 * fundingStatusOn({ startDate: null, endDate: "2026-03-31", lastEvidenced: null }, "2026-04-01")   // "ended"
 * fundingStatusOn({ startDate: "2020", endDate: null, lastEvidenced: "2025-11" }, "2026-12-01")    // "end-unknown"
 * fundingStatusOn({ startDate: null, endDate: null, lastEvidenced: "2015" }, "2026-12-01")         // "no-recent-evidence"
 */
export function fundingStatusOn(item: FundingDated, asOf: string, evidenceMonths: number = DEFAULT_EVIDENCE_MONTHS): FundingStatus {
  assertAsOf(asOf);
  if (!Number.isInteger(evidenceMonths) || evidenceMonths < 1) throw new Error(`Invalid evidence window: ${evidenceMonths} months`);
  // Validate every date up front, so a bad record fails whatever the date and status.
  precisionOf(item.endDate);
  const evidencedUntil = evidenceCurrentUntil(item.lastEvidenced, evidenceMonths);
  if (item.startDate != null && firstDayOf(item.startDate) > asOf) return "not-started";
  if (item.endedNoDate) return "ended";
  if (item.endDate == null) return evidencedUntil !== null && asOf <= evidencedUntil ? "end-unknown" : "no-recent-evidence";
  if (lastDayOf(item.endDate) < asOf) return "ended";
  const riskDay = riskDayOf(item.endDate);
  for (const months of ENDING_WINDOWS) {
    if (riskDay <= addMonths(asOf, months)) return WINDOW_STATUS[months];
  }
  return "active";
}

/**
 * Whether a status falls within an ending window of `windowMonths` (3, 6 or 12): "ending-3m" is at risk
 * in every window, "ending-12m" only in the 12-month one. Ended, unknown-end (with or without recent
 * evidence), running and not-started funding is never "at risk" here; show unknown ends separately as
 * a data gap.
 *
 * @example
 * isAtRisk("ending-3m", 6)   // true
 * isAtRisk("ending-12m", 6)  // false
 * isAtRisk("end-unknown", 12) // false
 */
export function isAtRisk(status: FundingStatus, windowMonths: EndingWindow): boolean {
  if (!ENDING_WINDOWS.includes(windowMonths)) throw new Error(`Invalid ending window: ${windowMonths} (expected 3, 6 or 12)`);
  if (!STATUS_ORDER.includes(status)) throw new Error(`Unknown funding status: ${status}`);
  const statusMonths = ENDING_WINDOWS.find((m) => WINDOW_STATUS[m] === status);
  return statusMonths !== undefined && statusMonths <= windowMonths;
}

/**
 * The items (in their original order) whose funding ends within `months` (3, 6 or 12) of `asOf`,
 * by fundingStatusOn and isAtRisk.
 *
 * @example
 * endingWithin(awards, "2026-01-15", 6).map((a) => a.id)
 */
export function endingWithin<T extends FundingDated>(items: readonly T[], asOf: string, months: EndingWindow): T[] {
  assertAsOf(asOf);
  return items.filter((item) => isAtRisk(fundingStatusOn(item, asOf), months));
}

/**
 * The smallest whole number of months N ≥ 0 with the end's risk day (see riskDayOf) no later than
 * asOf + N months, or null once the end's last day has passed. So a status is "ending-3m" exactly when
 * this is 0–3 (for something that has started). A year-only end gives 0 throughout its year.
 *
 * @example
 * monthsUntilEnd("2026-03", "2026-01-15") // 3 (2026-03-31 is after 2026-03-15, not after 2026-04-15)
 * monthsUntilEnd("2026-03-31", "2026-03-31") // 0
 * monthsUntilEnd("2026-03-31", "2026-04-01") // null
 */
export function monthsUntilEnd(endDate: string, asOf: string): number | null {
  assertAsOf(asOf);
  if (lastDayOf(endDate) < asOf) return null;
  const riskDay = riskDayOf(endDate);
  if (riskDay <= asOf) return 0;
  const [ay, am] = asOf.split("-").map(Number);
  const [ry, rm] = riskDay.split("-").map(Number);
  // The month difference is the answer or one short of it (when the risk day's day-of-month is later).
  let n = Math.max(0, (ry - ay) * 12 + (rm - am));
  while (addMonths(asOf, n) < riskDay) n++;
  while (n > 0 && addMonths(asOf, n - 1) >= riskDay) n--;
  return n;
}
