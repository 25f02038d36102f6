/**
 * Whether a record is current on a date, given what its sources say and how old that evidence is.
 *
 * Rules (civil dates in Wales; the caller passes "as of"):
 * - not-started: a start is known and its first possible day is after D.
 * - ended: a known end whose last day is before D, or a source that says the work stopped.
 * - active: a known end on or after D (it runs until the last day of its end: "2027-03" runs to 31 March).
 * - active-end-unknown: no end, and the record was last evidenced within N months before D.
 * - no-recent-evidence: no end, and nothing has evidenced it for more than N months (or ever).
 *
 * "Last evidenced" is the latest of the date of the newest source that names the record, a person's
 * "still correct", and the date of an import that carried it. A partial evidence date counts from its
 * FIRST possible day ("2025" from 1 January 2025): evidence is only as recent as it certainly is, so a
 * record is never kept current on a guess. It is current through the day N months after that day.
 */
import { addMonths, isIsoDay } from "./calendar";
import { firstDayOf, lastDayOf } from "./partial-date";

export type Currency = "not-started" | "active" | "active-end-unknown" | "no-recent-evidence" | "ended";

/** Every currency in the order lists show them: current first, then the doubtful, then the past. */
export const CURRENCY_ORDER: readonly Currency[] = ["active", "active-end-unknown", "not-started", "no-recent-evidence", "ended"];

/** The default age after which evidence without an end date no longer counts as current, in months. */
export const DEFAULT_EVIDENCE_MONTHS = 24;

export interface Evidenced {
  /** Partial ISO dates ("2025", "2025-03", "2025-03-31") or null when not stated. */
  startDate: string | null;
  endDate: string | null;
  /** A source says the work stopped, though it gives no date. */
  endedNoDate?: boolean;
  /** Partial ISO date of the most recent evidence that the record exists, or null when none. */
  lastEvidenced: string | null;
}

/**
 * The last day on which evidence dated `lastEvidenced` still keeps an open-ended record current.
 * Null when there is no evidence.
 *
 * @example
 * evidenceCurrentUntil("2025", 24)          // "2027-01-01"
 * evidenceCurrentUntil("2015-06-30", 24)    // "2017-06-30"
 */
export function evidenceCurrentUntil(lastEvidenced: string | null, months: number): string | null {
  if (lastEvidenced === null) return null;
  if (!Number.isInteger(months) || months < 1) throw new Error(`Invalid evidence window: ${months} months`);
  return addMonths(firstDayOf(lastEvidenced), months);
}

/**
 * A record's currency on `asOf` (see the module comment). Throws on a malformed date.
 *
 * @example
 * currencyOn({ startDate: null, endDate: null, lastEvidenced: "2015" }, "2026-12-01")       // "no-recent-evidence"
 * currencyOn({ startDate: null, endDate: null, lastEvidenced: "2025-11" }, "2026-12-01")    // "active-end-unknown"
 * currencyOn({ startDate: "2022", endDate: "2029-03", lastEvidenced: "2015" }, "2026-12-01") // "active"
 */
export function currencyOn(item: Evidenced, asOf: string, months: number = DEFAULT_EVIDENCE_MONTHS): Currency {
  if (!isIsoDay(asOf)) throw new Error(`Invalid as-of date: ${asOf}`);
  if (item.startDate !== null && firstDayOf(item.startDate) > asOf) return "not-started";
  if (item.endedNoDate) return "ended";
  if (item.endDate !== null) return lastDayOf(item.endDate) < asOf ? "ended" : "active";
  const until = evidenceCurrentUntil(item.lastEvidenced, months);
  return until !== null && asOf <= until ? "active-end-unknown" : "no-recent-evidence";
}

/**
 * Whether a currency counts toward coverage: active records always; open-ended ones with recent
 * evidence unless only confirmed ends are asked for.
 *
 * @example
 * countsAsCurrent("active-end-unknown", { confirmedOnly: true }) // false
 */
export function countsAsCurrent(currency: Currency, options: { confirmedOnly?: boolean } = {}): boolean {
  return currency === "active" || (currency === "active-end-unknown" && !options.confirmedOnly);
}

/**
 * The latest of several partial evidence dates, compared by their first possible day (nulls ignored).
 *
 * @example
 * latestEvidence(["2015", "2025-02-27", null, "2025"]) // "2025-02-27"
 */
export function latestEvidence(dates: readonly (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const d of dates) {
    if (d == null) continue;
    if (best === null || firstDayOf(d) > firstDayOf(best)) best = d;
  }
  return best;
}
