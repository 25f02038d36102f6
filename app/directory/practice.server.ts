import { listPracticeNotes } from "../../db/queries/practice";
import { listThemes } from "../../db/queries/themes";
import type { RequestContext } from "../platform/context.server";
import { parseListParams } from "../platform/params.server";

/**
 * The practice page: the practice the documents hold up, Welsh first, optionally for one theme
 * (`?theme=`, 400 for an unknown one).
 *
 * @example
 * getPracticePage(ctx).notes.length
 */
export function getPracticePage(ctx: RequestContext) {
  const themes = listThemes(ctx.db);
  const { theme } = parseListParams(ctx, ["theme"], { themeIds: new Set(themes.map((t) => t.id)) });
  const notes = listPracticeNotes(ctx.db).filter((n) => !theme || n.themeIds.includes(theme));
  return { theme: theme ?? null, themes, notes };
}
