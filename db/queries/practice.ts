import { asc, eq } from "drizzle-orm";
import type { Queryable } from "../client";
import { practiceNotes, sources } from "../schema";

/**
 * The practice notes, Welsh practice first, then by title; each with its theme ids and citation.
 *
 * @example
 * listPracticeNotes(db).filter((n) => n.themeIds.includes("hate-crime"))
 */
export function listPracticeNotes(db: Queryable) {
  return db
    .select({
      key: practiceNotes.key,
      titleEn: practiceNotes.titleEn,
      descriptionEn: practiceNotes.descriptionEn,
      place: practiceNotes.place,
      inWales: practiceNotes.inWales,
      themes: practiceNotes.themes,
      projectId: practiceNotes.projectId,
      sourceDocument: sources.documentId,
      sourceQuote: sources.quote,
    })
    .from(practiceNotes)
    .innerJoin(sources, eq(sources.id, practiceNotes.sourceId))
    .orderBy(asc(practiceNotes.inWales), asc(practiceNotes.titleEn))
    .all()
    .map(({ themes, ...n }) => ({ ...n, themeIds: themes.split(";").filter(Boolean) }))
    .sort((a, b) => Number(b.inWales) - Number(a.inWales));
}
