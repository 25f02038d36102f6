/**
 * The calendar: whole days written YYYY-MM-DD and month arithmetic on them, in the proleptic
 * Gregorian calendar, with no time zone and no clock (callers pass the day in). Partial dates
 * ("2025", "2025-03") are in partial-date.ts, built on these.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The number of days in a month (1–12) of a year, leap years included.
 *
 * @example
 * daysInMonth(2024, 2) // 29
 * daysInMonth(2100, 2) // 28
 * daysInMonth(2025, 4) // 30
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True for a real calendar day written YYYY-MM-DD.
 *
 * @example
 * isIsoDay("2024-02-29") // true
 * isIsoDay("2023-02-29") // false
 * isIsoDay("2024-2-29")  // false
 */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The years a date given to the site may fall in (inclusive): every `asOf` and date in a page,
 * API, download, feed or form. Wide enough for any real funding record, narrow enough that month
 * and day arithmetic on it never leaves the years 0000–9999.
 */
export const YEAR_RANGE = [1900, 2100] as const;

/**
 * True for a real calendar day written YYYY-MM-DD whose year is within YEAR_RANGE: the one date
 * rule for input.
 *
 * @example
 * isDayInRange("2026-03-31") // true
 * isDayInRange("0999-01-01") // false
 * isDayInRange("2023-02-29") // false
 */
export function isDayInRange(value: string): boolean {
  if (!isIsoDay(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= YEAR_RANGE[0] && year <= YEAR_RANGE[1];
}

/**
 * The day `n` calendar months after (or before, for negative `n`) a YYYY-MM-DD day. A day that does not
 * exist in the target month is clamped to that month's last day. Throws on a malformed day, a
 * fractional `n` or a result outside the years 0000–9999.
 *
 * @example
 * addMonths("2025-01-31", 1)  // "2025-02-28"
 * addMonths("2024-01-31", 1)  // "2024-02-29"
 * addMonths("2025-03-31", -1) // "2025-02-28"
 * addMonths("2025-11-15", 3)  // "2026-02-15"
 */
export function addMonths(isoDay: string, n: number): string {
  const [y, m, d] = readIsoDay(isoDay);
  if (!Number.isSafeInteger(n)) throw new Error(`Invalid number of months: ${n}`);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 0 || year > 9999) throw new Error(`Date out of range: ${isoDay} + ${n} months`);
  return formatIsoDay(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * The day `n` days after (or before, for negative `n`) a YYYY-MM-DD day. Throws on a malformed day, a
 * fractional `n` or a result outside the years 0000–9999.
 *
 * @example
 * addDays("2024-02-28", 1)  // "2024-02-29"
 * addDays("2025-03-01", -1) // "2025-02-28"
 * addDays("2025-12-31", 1)  // "2026-01-01"
 */
export function addDays(isoDay: string, n: number): string {
  const [y, m, d] = readIsoDay(isoDay);
  if (!Number.isSafeInteger(n)) throw new Error(`Invalid number of days: ${n}`);
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 literally.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d + n);
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new Error(`Date out of range: ${isoDay} + ${n} days`);
  return formatIsoDay(year, date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The first day of a YYYY-MM-DD day's month. Throws on a malformed day.
 *
 * @example
 * firstOfMonth("2026-03-31") // "2026-03-01"
 * firstOfMonth(addMonths("2026-03-16", -11)) // "2025-04-01"
 */
export function firstOfMonth(isoDay: string): string {
  const [year, month] = readIsoDay(isoDay);
  return formatIsoDay(year, month, 1);
}

/** [year, month, day] of a YYYY-MM-DD day; throws on anything else. */
function readIsoDay(isoDay: string): [number, number, number] {
  if (!isIsoDay(isoDay)) throw new Error(`Invalid day: ${isoDay}`);
  const [year, month, day] = isoDay.split("-").map(Number);
  return [year, month, day];
}

function formatIsoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
