import { listDocuments } from "../../db/queries/documents";
import { boundaryCollection } from "../coverage/boundaries.server";
import { peopleBasis } from "../coverage/coverage.server";
import type { RequestContext } from "../platform/context.server";
import { evidenceMonths } from "../platform/settings.server";

/** The source documents and the active boundary set, for the About page. */
export function getAboutPage(ctx: RequestContext) {
  return { documents: listDocuments(ctx.db), boundaries: boundaryCollection(ctx.db).info, evidenceMonths: evidenceMonths(), peopleBasis: peopleBasis(ctx.db) };
}
