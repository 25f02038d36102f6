/**
 * Reading single 360Giving values: text, amounts, dates, numbers. Each reader returns the value or
 * null for "not given", and a `{ bad: … }` object when the value is there but unreadable.
 */
import { addDays, addMonths, isIsoDay } from "../../../geo/dates/calendar";
import { firstDayOf, lastDayOf, precisionOf } from "../../../geo/dates/partial-date";
import type { GrantDate, Precision } from "./types";

/** A value that is present but cannot be read; `detail` says why, quoting it. */
export interface Bad {
  bad: string;
}

/**
 * True for a value a reader could not read.
 *
 * @example
 * isBad(readNumber("twelve")) // true
 */
export const isBad = (v: unknown): v is Bad => typeof v === "object" && v !== null && "bad" in v;

/** A plain decimal: digits, an optional point and digits, an optional minus. No "£", no ",". */
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Text from a JSON or cell value: trimmed, null when empty or not text.
 *
 * @example
 * readText("  Youth club ") // "Youth club"
 * readText("")              // null
 * readText(1234)            // "1234"
 */
export function readText(value: unknown): string | null {
  if (typeof value === "string") {
    const t = value.trim();
    return t === "" ? null : t;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return String(value);
  return null;
}

/**
 * A name or title from a file: text as `readText` gives it, with invisible format characters (bidi
 * controls such as the right-to-left override, zero-width spaces, soft hyphens: Unicode category Cf)
 * removed, as the site's own forms refuse them in names. Null when nothing visible is left.
 *
 * @example
 * readName("Youth\u202E club") // "Youth club"
 */
export function readName(value: unknown): string | null {
  const text = readText(value);
  if (text === null) return null;
  const visible = text.replace(/\p{Cf}/gu, "").trim();
  return visible === "" ? null : visible;
}

/**
 * A value quoted for a message, cut short when long.
 *
 * @example
 * quote("£1,000") // '"£1,000"'
 */
export function quote(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/**
 * An amount in integer pence, read exactly from its decimal digits (half a penny rounds up).
 * Numbers with thousands separators or currency symbols are refused.
 *
 * @example
 * readAmountPence("1000.5")  // 100050
 * readAmountPence(0.285)     // 29
 * readAmountPence("£1,000")  // { bad: '"£1,000" is not a number' }
 */
export function readAmountPence(value: unknown): number | null | Bad {
  if (value == null || (typeof value === "string" && value.trim() === "")) return null;
  const notNumber = { bad: `${quote(value)} is not a number (write digits only, without "£" or ",")` };
  if (typeof value === "number" && !Number.isFinite(value)) return notNumber;
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : null;
  if (text === null) return notNumber;
  let pence: number;
  if (PLAIN_NUMBER.test(text)) {
    const negative = text.startsWith("-");
    const [whole, fraction = ""] = text.replace("-", "").split(".");
    const digits = `${fraction}000`;
    const roundUp = Number(digits[2]) >= 5 ? 1 : 0;
    pence = Number(whole || "0") * 100 + Number(digits.slice(0, 2)) + roundUp;
    if (negative) pence = -pence;
  } else if (typeof value === "number") {
    pence = Math.round(value * 100); // exponent form, e.g. 1e21
  } else {
    return notNumber;
  }
  if (!Number.isSafeInteger(pence)) return { bad: `${quote(value)} is too large an amount` };
  return pence === 0 ? 0 : pence; // no -0
}

/**
 * A plain decimal number (latitude, longitude, duration), or null when not given.
 *
 * @example
 * readNumber("51.48")  // 51.48
 * readNumber("twelve") // { bad: '"twelve" is not a number' }
 */
export function readNumber(value: unknown): number | null | Bad {
  if (value == null || (typeof value === "string" && value.trim() === "")) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : { bad: `${quote(value)} is not a number` };
  if (typeof value === "string" && PLAIN_NUMBER.test(value.trim())) return Number(value.trim());
  return { bad: `${quote(value)} is not a number` };
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;

/** A date that was read, and whether it was written the UK way (DD/MM/YYYY). */
export interface DateReading {
  date: GrantDate;
  uk: boolean;
}

/**
 * A date in any of the forms publishers use: ISO day, ISO date-time (its date is taken as written),
 * "YYYY-MM", "YYYY", or UK "DD/MM/YYYY". Impossible dates (31/02/2026, 2026-02-30) are bad.
 *
 * @example
 * readGrantDate("2026-03-31T17:00:00Z") // { date: { date: "2026-03-31", precision: "day" }, uk: false }
 * readGrantDate("31/03/2026")           // { date: { date: "2026-03-31", precision: "day" }, uk: true }
 * readGrantDate("2026-03")              // { date: { date: "2026-03", precision: "month" }, uk: false }
 * readGrantDate("31/02/2026")           // { bad: '"31/02/2026" is not a real date' }
 */
export function readGrantDate(value: unknown): DateReading | null | Bad {
  const text = readText(value);
  if (text === null) return null;
  const uk = UK_DATE.exec(text);
  if (uk) {
    const day = `${uk[3]}-${uk[2].padStart(2, "0")}-${uk[1].padStart(2, "0")}`;
    return isIsoDay(day) ? { date: { date: day, precision: "day" }, uk: true } : { bad: `${quote(text)} is not a real date` };
  }
  const dateTime = ISO_DATE_TIME.exec(text);
  const partial = dateTime ? dateTime[1] : text;
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(partial)) {
    return { bad: `${quote(text)} is not a date (write YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY)` };
  }
  try {
    const precision = precisionOf(partial) as Precision;
    return { date: { date: partial, precision }, uk: false };
  } catch {
    return { bad: `${quote(text)} is not a real date` };
  }
}

/**
 * The end of something that starts on `start` and lasts `months` months, at the start's precision:
 * the day before the same day `months` later (or that month's last day when it has no such day).
 * Fractions of a month count as a whole month.
 *
 * @example
 * endFromDuration({ date: "2026-04-01", precision: "day" }, 12)  // { date: "2027-03-31", precision: "day" }
 * endFromDuration({ date: "2026-04", precision: "month" }, 6)    // { date: "2026-09", precision: "month" }
 * endFromDuration({ date: "2026", precision: "year" }, 12)       // { date: "2026", precision: "year" }
 */
export function endFromDuration(start: GrantDate, months: number): GrantDate | null {
  const whole = Math.ceil(months);
  if (!(whole > 0) || whole > 1200) return null;
  const first = start.precision === "day" ? start.date : firstDayOf(start.date);
  const same = addMonths(first, whole);
  // When the start's day does not exist `months` later (31 January + 1 month), the month's last day ends it.
  const last = same.slice(8) < first.slice(8) ? same : addDays(same, -1);
  const length = { day: 10, month: 7, year: 4 }[start.precision];
  return { date: last.slice(0, length), precision: start.precision };
}

/**
 * True when an end ends before its start begins, at their precisions ("2026-03" does not end
 * before "2026-03-15").
 *
 * @example
 * endsBeforeStart({ date: "2026-01-31", precision: "day" }, { date: "2026-02", precision: "month" }) // true
 */
export function endsBeforeStart(end: GrantDate, start: GrantDate): boolean {
  return lastDayOf(end.date) < firstDayOf(start.date);
}

/**
 * True when a string's UTF-8 length is over `maxBytes`, without encoding short strings.
 *
 * @example
 * isOverBytes("é".repeat(600_000), 1_000_000) // true (1.2 MB)
 */
export function isOverBytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true; // every UTF-16 unit is at least one UTF-8 byte
  if (text.length * 3 <= maxBytes) return false; // and at most three
  return Buffer.byteLength(text, "utf8") > maxBytes;
}
