import { listAuthorities } from "../../db/queries/authorities";
import { getActiveBoundaries } from "../../db/queries/boundaries";
import { listDocuments } from "../../db/queries/documents";
import { boundaryCollection } from "../coverage/boundaries.server";
import { peopleBasis } from "../coverage/coverage.server";
import type { RequestContext } from "../platform/context.server";
import { evidenceMonths } from "../platform/settings.server";

/**
 * The active set's largest difference from the ONS land area: the authority and the difference in
 * percent (signed), so the page says how far the outlines are from the official areas.
 */
function largestAreaDifference(ctx: RequestContext) {
  const land = new Map(listAuthorities(ctx.db).map((a) => [a.gssCode, a]));
  let worst: { nameEn: string; nameCy: string; pct: number } | null = null;
  for (const f of getActiveBoundaries(ctx.db)?.features ?? []) {
    const a = land.get(f.gssCode);
    if (!a?.landAreaKm2) continue;
    const pct = ((f.areaKm2 - a.landAreaKm2) / a.landAreaKm2) * 100;
    if (!worst || Math.abs(pct) > Math.abs(worst.pct)) worst = { nameEn: a.nameEn, nameCy: a.nameCy, pct: Math.round(pct * 100) / 100 };
  }
  return worst;
}

/** The source documents and the active boundary set, for the About page. */
export function getAboutPage(ctx: RequestContext) {
  return {
    documents: listDocuments(ctx.db),
    boundaries: boundaryCollection(ctx.db).info,
    areaDifference: largestAreaDifference(ctx),
    evidenceMonths: evidenceMonths(),
    peopleBasis: peopleBasis(ctx.db),
  };
}
