/**
 * What the map and the gaps rest on, on a date: how many records are current provision, how many
 * have an unknown end or area, how many are context rather than provision, how many have no recent
 * evidence, and the documents they come from.
 */
import { listDocuments } from "../../db/queries/documents";
import { listProjects } from "../../db/queries/projects";
import type { Queryable } from "../../db/client";
import type { ProjectKind } from "../../db/enums";
import { evidenceMonths } from "../platform/settings.server";
import { splitProvision } from "../directory/provision.server";

/**
 * The data basis on `asOf`.
 *
 * @example
 * dataBasis(db, "2026-12-01").provision // current local services counted on the map
 */
export function dataBasis(db: Queryable, asOf: string) {
  const projects = listProjects(db);
  const split = splitProvision(projects, asOf);
  const contextByKind: Partial<Record<ProjectKind, number>> = {};
  for (const p of split.context) contextByKind[p.kind] = (contextByKind[p.kind] ?? 0) + 1;
  const cited = new Map<string, number>();
  for (const p of projects) if (p.sourceDocument) cited.set(p.sourceDocument, (cited.get(p.sourceDocument) ?? 0) + 1);
  return {
    asOf,
    evidenceMonths: evidenceMonths(),
    total: projects.length,
    provision: split.provision.length,
    provisionEndUnknown: split.provision.filter((p) => p.currency === "active-end-unknown").length,
    national: split.national.length,
    context: split.context.length,
    contextByKind,
    areaNotStated: split.areaNotStated.length,
    noRecentEvidence: split.noRecentEvidence.length,
    listedOnSite: projects.filter((p) => !p.sourceDocument).length,
    documents: listDocuments(db)
      .filter((d) => cited.has(d.id))
      .map((d) => ({ id: d.id, title: d.title, author: d.author, date: d.date, projects: cited.get(d.id)! })),
  };
}

export type DataBasis = ReturnType<typeof dataBasis>;
