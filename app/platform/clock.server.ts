/**
 * The one clock: the only place the app reads the current time. Use-cases take the time as an
 * argument (`now`), so tests pass a fixed one; routes and page use-cases ask here.
 */
import { londonDate } from "../../geo/dates/partial-date";

/** The time of an action: a Date or an ISO 8601 string (stored as ISO; "today" is its date in Wales). */
export type Instant = Date | string;

/** Today's civil date in Wales. */
export function today(): string {
  return londonDate(new Date());
}

/** The current instant in milliseconds since the epoch (for sessions and rate limits). */
export function nowMs(): number {
  return Date.now();
}

/** The current instant as an ISO 8601 string (for audit rows and submissions). */
export function nowIso(): string {
  return new Date(nowMs()).toISOString();
}

function dateOf(instant: Instant): Date {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid time: ${String(instant)}`);
  return date;
}

/**
 * An instant as an ISO 8601 string; throws on an invalid time.
 *
 * @example
 * isoOf("2026-03-30T23:30:00Z") // "2026-03-30T23:30:00.000Z"
 */
export function isoOf(instant: Instant): string {
  return dateOf(instant).toISOString();
}

/**
 * The civil date in Wales of an instant.
 *
 * @example
 * dayOf("2026-03-30T23:30:00.000Z") // "2026-03-31"
 */
export function dayOf(instant: Instant): string {
  return londonDate(dateOf(instant));
}
