/**
 * What counts as provision where, on a date: the one place the directory, profiles and downloads
 * apply the truth model (geo/dates/currency.ts and the project kinds).
 *
 * - provision: current local services (named authorities or a point and radius);
 * - national: current Wales-wide services, available everywhere but not local provision;
 * - context: current plans, programmes, networks, campaigns and research (a policy is not a service);
 * - areaNotStated: current services whose source does not say where they work;
 * - noRecentEvidence: anything with no end date whose evidence is older than the window, shown with
 *   its last evidence date so nothing disappears from view.
 */
import type { AreaKind, ProjectKind } from "../../db/enums";
import type { ProjectRow } from "../../db/queries/projects";
import { currencyOn, type Currency } from "../../geo/dates/currency";
import { evidenceMonths } from "../platform/settings.server";

export type ProjectWithCurrency = ProjectRow & { currency: Currency };

export interface ProvisionSplit {
  provision: ProjectWithCurrency[];
  national: ProjectWithCurrency[];
  context: ProjectWithCurrency[];
  areaNotStated: ProjectWithCurrency[];
  noRecentEvidence: ProjectWithCurrency[];
}

/**
 * Each project with its currency on `asOf` under the configured evidence window.
 *
 * @example
 * withCurrency(listProjects(db), "2026-12-01").find((p) => p.titleEn === "Communities First")?.currency // "no-recent-evidence"
 */
export function withCurrency(projects: readonly ProjectRow[], asOf: string): ProjectWithCurrency[] {
  const months = evidenceMonths();
  return projects.map((p) => ({ ...p, currency: currencyOn(p, asOf, months) }));
}

/**
 * Whether a project counts as local provision: a delivered service (not a plan, programme, network,
 * campaign or research) working in named authorities or around a point. Wales-wide services are
 * national provision, shown beside each authority but never closing a local gap; a project whose
 * source does not say where it works is counted apart as "area not stated".
 *
 * @example
 * isLocalProvision({ kind: "service", areaKind: "point" }) // true
 * isLocalProvision({ kind: "policy", areaKind: "wales" })  // false
 */
export function isLocalProvision(p: { kind: ProjectKind; areaKind: AreaKind }): boolean {
  return p.kind === "service" && (p.areaKind === "authorities" || p.areaKind === "point");
}

const isCurrent = (p: ProjectWithCurrency) => p.currency === "active" || p.currency === "active-end-unknown";

/**
 * Splits projects into provision, national services, context, area not stated and no recent evidence
 * (projects not yet started or ended are in none of them).
 *
 * @example
 * splitProvision(listProjects(db, { gss: "W06000023" }), "2026-12-01").provision.length
 */
export function splitProvision(projects: readonly ProjectRow[], asOf: string): ProvisionSplit {
  const all = withCurrency(projects, asOf);
  const current = all.filter(isCurrent);
  const services = current.filter((p) => p.kind === "service");
  return {
    provision: services.filter(isLocalProvision),
    national: services.filter((p) => p.areaKind === "wales"),
    context: current.filter((p) => p.kind !== "service"),
    areaNotStated: services.filter((p) => p.areaKind === "unstated"),
    noRecentEvidence: all.filter((p) => p.currency === "no-recent-evidence"),
  };
}
