import type { Queryable } from "../../db/client";
import { DEFAULT_EVIDENCE_MONTHS } from "../../geo/dates/currency";
import { hasSyntheticRecords } from "../../db/queries/meta";
import { listDocuments } from "../../db/queries/documents";

/**
 * Settings the pages need: the optional map tile layer (off unless MAP_TILE_URL is set, so the map
 * works offline and in tests) and whether the database holds synthetic records.
 */
export function siteSettings(db: Queryable) {
  return {
    tileUrl: process.env.MAP_TILE_URL || null,
    tileAttribution: process.env.MAP_TILE_ATTRIBUTION || null,
    synthetic: hasSyntheticRecords(db),
    // The documents records cite, so every citation names its document by title, author and date.
    documents: Object.fromEntries(listDocuments(db).map((d) => [d.id, { title: d.title, author: d.author, date: d.date }])),
  };
}

/**
 * How many months evidence keeps a record with no end date current: EVIDENCE_MONTHS (a whole number
 * from 1 to 120), else 24. Shown on the pages that rest on it.
 *
 * @example
 * evidenceMonths() // 24
 */
export function evidenceMonths(): number {
  const value = Number(process.env.EVIDENCE_MONTHS);
  return Number.isInteger(value) && value >= 1 && value <= 120 ? value : DEFAULT_EVIDENCE_MONTHS;
}
