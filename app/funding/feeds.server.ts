/**
 * "Funding ends" as an Atom feed and an iCalendar file, built from plain award rows.
 * The formats come from libraries (`feed` for Atom, `ics` for iCalendar); this module only decides what
 * each entry says. No clock: the caller passes the feed's "updated" instant, which is also every event's
 * DTSTAMP. Wording comes in through FeedText so routes can pass the Welsh catalogue; English is the default.
 */

import { Feed } from "feed";
import { createEvents, type EventAttributes } from "ics";
import { lastDayOf, precisionOf, type DatePrecision } from "../../geo/dates/partial-date";
import type { TFunction } from "i18next";
import { tFor, type Lang } from "../i18n";

export interface FeedAward {
  id: number;
  /** Shown as the entry/event title, e.g. the programme name. */
  title: string;
  funderName: string;
  recipientName: string | null;
  /** Partial ISO date ("2026-03-31", "2026-03", "2026") or null when unknown. */
  endDate: string | null;
  endPrecision: DatePrecision;
  /** Already in the reader's language, e.g. "Ending within 3 months". */
  statusLabel: string;
  /** Absolute URL of the award's page. */
  url: string;
  /** When this record last changed (ISO instant); defaults to the feed's `updated`. */
  updated?: string;
}

export interface FeedMeta {
  title: string;
  /** Absolute URL the feed is served from; also the Atom feed id. */
  selfUrl: string;
  /** Absolute URL of the page the feed belongs to. */
  siteUrl: string;
  /** ISO instant, e.g. "2026-01-15T09:00:00Z": the Atom feed's updated and each event's DTSTAMP. */
  updated: string;
  /** Atom feed author; default "Cohesion Map Wales". */
  authorName?: string;
}

/**
 * The language of entries and events: the catalogue's translate function (its `feed.*` messages)
 * and the BCP 47 locale for dates ("en-GB" gives "31 March 2026", "cy" gives "31 Mawrth 2026").
 */
export interface FeedText {
  t: TFunction;
  locale: string;
}

/**
 * The feed wording of a language.
 *
 * @example
 * feedTextFor("cy").t("feed.endUnknown") // "Dyddiad gorffen heb ei nodi"
 */
export function feedTextFor(lang: Lang): FeedText {
  return { t: tFor(lang), locale: lang === "cy" ? "cy" : "en-GB" };
}

export const FEED_TEXT_EN: FeedText = feedTextFor("en");

const TAG_AUTHORITY = "tag:cohesion-map.wales,2025:";
const UID_DOMAIN = "cohesion-map.wales";
const PRODUCT_ID = "-//Cohesion Map Wales//Funding ends//EN";
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The stable Atom entry id of an award (a tag URI, so it survives URL changes).
 *
 * @example
 * awardTagUri(12) // "tag:cohesion-map.wales,2025:award-12"
 */
export function awardTagUri(id: number): string {
  return `${TAG_AUTHORITY}award-${id}`;
}

/**
 * The stable iCalendar UID of an award's end event.
 *
 * @example
 * awardEventUid(12) // "award-12@cohesion-map.wales"
 */
export function awardEventUid(id: number): string {
  return `award-${id}@${UID_DOMAIN}`;
}

function parseInstant(value: string, what: string): Date {
  const date = new Date(value);
  if (!ISO_INSTANT.test(value) || Number.isNaN(date.getTime())) throw new Error(`Invalid ${what}: ${value}`);
  return date;
}

function assertAbsoluteUrl(value: string, what: string): void {
  let ok = false;
  try {
    ok = /^https?:$/.test(new URL(value).protocol);
  } catch {
    ok = false;
  }
  if (!ok) throw new Error(`Invalid ${what}: ${value}`);
}

function validateAward(a: FeedAward): void {
  if (!Number.isSafeInteger(a.id) || a.id < 1) throw new Error(`Invalid award id: ${a.id}`);
  assertAbsoluteUrl(a.url, `URL for award ${a.id}`);
  let precision: DatePrecision;
  try {
    precision = precisionOf(a.endDate);
  } catch {
    throw new Error(`Invalid end date for award ${a.id}: ${a.endDate}`);
  }
  if (precision !== a.endPrecision) {
    throw new Error(`End date ${a.endDate} of award ${a.id} does not have precision ${a.endPrecision}`);
  }
  if (typeof a.title !== "string" || a.title.trim() === "") throw new Error(`Missing title for award ${a.id}`);
  if (a.updated !== undefined) parseInstant(a.updated, `updated instant for award ${a.id}`);
}

function validateMeta(meta: FeedMeta): Date {
  assertAbsoluteUrl(meta.selfUrl, "feed selfUrl");
  assertAbsoluteUrl(meta.siteUrl, "feed siteUrl");
  return parseInstant(meta.updated, "feed updated instant");
}

function validateAll(awards: readonly FeedAward[], meta: FeedMeta): Date {
  const updated = validateMeta(meta);
  const seen = new Set<number>();
  for (const a of awards) {
    validateAward(a);
    if (seen.has(a.id)) throw new Error(`Duplicate award id: ${a.id}`);
    seen.add(a.id);
  }
  return updated;
}

function utcDate(isoDay: string): Date {
  const [y, m, d] = isoDay.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * The award's end in words, keeping its precision ("by the end of March 2026", "during 2026").
 *
 * @example
 * describeEnd("2026-03", "month")        // "Ends by the end of March 2026 (end of month; the exact day is not known)"
 * describeEnd("2026", "year")            // "Ends during 2026, exact date unknown"
 * describeEnd("2026-03-31", "day")     // "Ends on 31 March 2026"
 * describeEnd(null, "unknown")           // "End date not known"
 */
export function describeEnd(endDate: string | null, endPrecision: DatePrecision, text: FeedText = FEED_TEXT_EN): string {
  if (precisionOf(endDate) !== endPrecision) throw new Error(`End date ${endDate} does not have precision ${endPrecision}`);
  if (endDate === null) return text.t("feed.endUnknown");
  if (endPrecision === "year") return text.t("feed.endsYear", { year: endDate.slice(0, 4) });
  const date = utcDate(lastDayOf(endDate));
  if (endPrecision === "month") {
    const month = new Intl.DateTimeFormat(text.locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
    return text.t("feed.endsMonth", { month });
  }
  const day = new Intl.DateTimeFormat(text.locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  return text.t("feed.endsOn", { date: day });
}

function describeAward(a: FeedAward, text: FeedText): string[] {
  const lines = [describeEnd(a.endDate, a.endPrecision, text), text.t("feed.funder", { name: a.funderName })];
  if (a.recipientName) lines.push(text.t("feed.recipient", { name: a.recipientName }));
  lines.push(text.t("feed.status", { status: a.statusLabel }));
  return lines;
}

/** Plain text as HTML, for Atom's type="html" text constructs. */
function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * An Atom 1.0 feed with one entry per award, in the order given. Entry id: awardTagUri(id); summary:
 * the end in words, funder, recipient and status. Throws on a bad URL, instant, id or end date, naming it.
 *
 * @example
 * buildAwardsAtomFeed(
 *   [{ id: 12, title: "Community Cohesion Programme", funderName: "Welsh Government", recipientName: null,
 *      endDate: "2029-03", endPrecision: "month", statusLabel: "Active", url: "https://cohesion-map.wales/awards/12" }],
 *   { title: "Funding ending soon", selfUrl: "https://cohesion-map.wales/feeds/ending.atom",
 *     siteUrl: "https://cohesion-map.wales/funding", updated: "2026-01-15T09:00:00Z" },
 * ) // '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">…'
 */
export function buildAwardsAtomFeed(awards: readonly FeedAward[], meta: FeedMeta, text: FeedText = FEED_TEXT_EN): string {
  const updated = validateAll(awards, meta);
  const feed = new Feed({
    id: meta.selfUrl,
    title: meta.title,
    updated,
    link: meta.siteUrl,
    feedLinks: { atom: meta.selfUrl },
    author: { name: meta.authorName ?? "Cohesion Map Wales" },
    generator: false,
  });
  for (const a of awards) {
    feed.addItem({
      id: awardTagUri(a.id),
      title: escapeHtml(a.title),
      link: new URL(a.url).href,
      date: a.updated === undefined ? updated : new Date(a.updated),
      description: describeAward(a, text).map(escapeHtml).join("<br>"),
    });
  }
  return feed.atom1();
}

/** Folds one unfolded content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74; // continuation lines start with a space
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** Re-folds iCalendar text by octets: `ics` folds by characters, which overruns 75 octets for Welsh text. */
function refold(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** Newlines become "\n" for `ics` to escape; other control characters cannot appear in iCalendar text. */
function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ");
}

function dayArray(isoDay: string): [number, number, number] {
  const [y, m, d] = isoDay.split("-").map(Number);
  return [y, m, d];
}

function nextDay(isoDay: string): string {
  return new Date(utcDate(isoDay).getTime() + 86_400_000).toISOString().slice(0, 10);
}

/**
 * An iCalendar (RFC 5545) file with one all-day event per award end: on the day itself, on the month's
 * last day for a month end ("end of month" in the description), on 31 December for a year end ("during
 * YYYY, exact date unknown"); awards with an unknown end are left out. UID: awardEventUid(id); DTSTAMP:
 * meta.updated. Lines end in CRLF and are folded at 75 octets. Throws on bad input, naming it.
 *
 * @example
 * buildAwardsCalendar([...awards], { ...meta, updated: "2026-01-15T09:00:00Z" })
 * // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…BEGIN:VEVENT\r\nUID:award-12@cohesion-map.wales\r\n…"
 */
export function buildAwardsCalendar(awards: readonly FeedAward[], meta: FeedMeta, text: FeedText = FEED_TEXT_EN): string {
  const updated = validateAll(awards, meta);
  const events: EventAttributes[] = [];
  for (const a of awards) {
    if (a.endDate === null) continue;
    const day = lastDayOf(a.endDate);
    // `timestamp` (DTSTAMP) is accepted by ics but missing from its types; without it ics reads the clock.
    const event: EventAttributes & { timestamp: number } = {
      uid: awardEventUid(a.id),
      timestamp: updated.getTime(),
      start: dayArray(day),
      end: dayArray(nextDay(day)),
      title: cleanText(text.t("feed.eventTitle", { title: a.title })),
      description: cleanText([...describeAward(a, text), new URL(a.url).href].join("\n")),
      url: new URL(a.url).href,
      transp: "TRANSPARENT",
    };
    events.push(event);
  }
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: "PUBLISH", calName: cleanText(meta.title) });
  if (error || value === null) throw new Error(`Could not build the calendar: ${error?.message ?? "no output"}`);
  return refold(value);
}
