/** Keeping listings current: organisations are confirmed as still correct at least once a year. */
import { WRITE_LOCK, type Queryable } from "../../db/client";
import { insertAudit } from "../../db/queries/audit";
import { bumpDataVersion } from "../../db/queries/meta";
import { getOrganisationRecord, listConfirmationCandidates, markListingEvidenced, updateOrganisation } from "../../db/queries/records";
import { addMonths, firstOfMonth } from "../../geo/dates/calendar";
import { isIsoDay, lastDayOf } from "../../geo/dates/partial-date";
import { dayOf, isoOf, type Instant } from "../platform/clock.server";
import { HttpError } from "../platform/http.server";

/**
 * Records that a published organisation's listing is still correct: lastConfirmed becomes the
 * date of `now` in Wales, audited (action "confirm"), and the data version is bumped.
 * Throws HttpError 404 for an unknown organisation and 400 for an archived one.
 *
 * @example
 * confirmStillCorrect(db, { organisationId: 3, userId: 7, now: "2026-01-16T10:00:00.000Z" }) // "2026-01-16"
 */
export function confirmStillCorrect(db: Queryable, input: { organisationId: number; userId: number; now: Instant }): string {
  return db.transaction((tx) => {
    const organisation = getOrganisationRecord(tx, input.organisationId);
    if (!organisation) throw HttpError.translated(404, "errors.listing.unknownRecord", { entity: { $t: "entity.organisation" }, id: input.organisationId });
    if (organisation.status !== "published") throw HttpError.translated(400, "errors.listing.alreadyArchived", { entity: { $t: "entity.organisation" }, id: organisation.id });
    const today = dayOf(input.now);
    updateOrganisation(tx, organisation.id, { lastConfirmed: today });
    markListingEvidenced(tx, organisation.id, today);
    insertAudit(tx, {
      at: isoOf(input.now),
      userId: input.userId,
      entity: "organisation",
      entityId: organisation.id,
      action: "confirm",
      changes: { lastConfirmed: { before: organisation.lastConfirmed, after: today } },
      submissionId: null,
    });
    bumpDataVersion(tx);
    return today;
  }, WRITE_LOCK);
}

/** Months without confirmation after which a record needs review. */
export const STALE_AFTER_MONTHS = 12;

/**
 * Whether a record last confirmed on `lastConfirmed` needs review on `asOfDay`: never confirmed,
 * or confirmed more than 12 months before (a partial date counts from its last day, so "2025-02"
 * is stale from 2026-03-01). Throws on a malformed date.
 *
 * @example
 * isStale("2025-03-15", "2026-03-15") // false
 * isStale("2025-03-15", "2026-03-16") // true
 * isStale(null, "2026-03-16")         // true
 */
export function isStale(lastConfirmed: string | null, asOfDay: string): boolean {
  if (!isIsoDay(asOfDay)) throw new Error(`Invalid as-of date: ${asOfDay}`);
  if (lastConfirmed === null) return true;
  return addMonths(lastDayOf(lastConfirmed), STALE_AFTER_MONTHS) < asOfDay;
}

/**
 * Whole months from `lastConfirmed` (its last day, for a partial date) to `asOfDay`, at least 0;
 * null when never confirmed.
 *
 * @example
 * monthsSinceConfirmed("2025-01-31", "2025-02-28") // 1
 */
export function monthsSinceConfirmed(lastConfirmed: string | null, asOfDay: string): number | null {
  if (!isIsoDay(asOfDay)) throw new Error(`Invalid as-of date: ${asOfDay}`);
  if (lastConfirmed === null) return null;
  const from = lastDayOf(lastConfirmed);
  if (from >= asOfDay) return 0;
  let months = (Number(asOfDay.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(asOfDay.slice(5, 7)) - Number(from.slice(5, 7));
  if (addMonths(from, months) > asOfDay) months -= 1;
  return months;
}

/**
 * Published organisations that need review on `asOfDay` (see isStale), never-confirmed first and
 * then oldest first, with the whole months since each was confirmed; optionally only those a
 * member edits (to show editors when they sign in).
 *
 * @example
 * listStale(db, "2026-03-16").map((o) => [o.slug, o.monthsSinceConfirmed]) // [["beta-network", null], ["alpha-trust", 13]]
 */
export function listStale(db: Queryable, asOfDay: string, options: { memberId?: number } = {}) {
  if (!isIsoDay(asOfDay)) throw new Error(`Invalid as-of date: ${asOfDay}`);
  // Anything stale was confirmed before the first of the month eleven months back; the exact
  // month arithmetic (end-of-month days, partial dates) is done below.
  const before = firstOfMonth(addMonths(asOfDay, -(STALE_AFTER_MONTHS - 1)));
  return listConfirmationCandidates(db, { before, memberId: options.memberId })
    .filter((o) => isStale(o.lastConfirmed, asOfDay))
    .map((o) => ({ ...o, monthsSinceConfirmed: monthsSinceConfirmed(o.lastConfirmed, asOfDay) }));
}
