/**
 * Partial ISO dates ("2025", "2024-12", "2024-12-31") and whether something runs on a date.
 * An end date keeps its precision instead of a made-up day: "2024-12" ends on 31 December 2024,
 * "2025" ends at the end of 2025 (and is "during 2025" for display), null is unknown.
 */
import { daysInMonth, isIsoDay } from "./calendar";

/** Re-exported for the modules that import it from here; the calendar module owns it. */
export { isIsoDay };

export type DatePrecision = "day" | "month" | "year" | "unknown";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The precision of a partial date, or "unknown" for null. Throws on a malformed or impossible date.
 *
 * @example
 * precisionOf("2024-12") // "month"
 * precisionOf(null)      // "unknown"
 */
export function precisionOf(date: string | null | undefined): DatePrecision {
  if (date == null) return "unknown";
  const m = PARTIAL_DATE.exec(date);
  if (!m) throw new Error(`Invalid partial date: ${date}`);
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) throw new Error(`Invalid partial date: ${date}`);
  if (d !== undefined) {
    if (Number(d) < 1 || Number(d) > daysInMonth(Number(y), Number(mo))) throw new Error(`Invalid partial date: ${date}`);
    return "day";
  }
  return mo !== undefined ? "month" : "year";
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * The first day a partial date can mean.
 *
 * @example
 * firstDayOf("2025-04") // "2025-04-01"
 */
export function firstDayOf(date: string): string {
  const p = precisionOf(date);
  if (p === "day") return date;
  if (p === "month") return `${date}-01`;
  return `${date}-01-01`;
}

/**
 * The last day a partial date can mean.
 *
 * @example
 * lastDayOf("2024-02") // "2024-02-29"
 * lastDayOf("2025")    // "2025-12-31"
 */
export function lastDayOf(date: string): string {
  const p = precisionOf(date);
  if (p === "day") return date;
  if (p === "month") {
    const [y, m] = date.split("-").map(Number);
    return `${date}-${pad(daysInMonth(y, m))}`;
  }
  return `${date}-12-31`;
}

export interface Dated {
  startDate: string | null;
  endDate: string | null;
  /** A source says the work stopped, though it gives no date. */
  endedNoDate?: boolean;
}

export type RunState = "not-started" | "active" | "ended";

/**
 * Whether something with a (partial) start and end runs on `asOf` (YYYY-MM-DD).
 * An unknown start counts as started; an unknown end counts as still running (shown as
 * "end unknown" elsewhere); an end known only to the month or year runs to its last day.
 *
 * @example
 * runStateOn({ startDate: "2022", endDate: "2025" }, "2025-12-31") // "active"
 * runStateOn({ startDate: "2022", endDate: "2025" }, "2026-01-01") // "ended"
 */
export function runStateOn(item: Dated, asOf: string): RunState {
  if (!isIsoDay(asOf)) throw new Error(`Invalid as-of date: ${asOf}`);
  if (item.startDate && firstDayOf(item.startDate) > asOf) return "not-started";
  if (item.endedNoDate) return "ended";
  if (item.endDate && lastDayOf(item.endDate) < asOf) return "ended";
  return "active";
}

/**
 * Today's civil date in Wales (Europe/London) as YYYY-MM-DD.
 * Takes the instant as an argument so callers decide the clock.
 *
 * @example
 * londonDate(new Date("2025-03-30T23:30:00Z")) // "2025-03-31" (BST)
 */
export function londonDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}
