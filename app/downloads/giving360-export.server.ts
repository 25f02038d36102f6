/**
 * The directory's awards published as 360Giving data (schema 1.4): a JSON package, and the same
 * grants as the standard's flat CSV (column titles joined with ":", repeated objects numbered).
 *
 * What goes in, and what is said about it (nothing is made up without an extension field saying so):
 * - One grant per published award as the site lists it (awards of archived projects or organisations
 *   are hidden with them); synthetic awards are never published.
 * - Identifier: an imported grant keeps its own (`externalId`); others are `<prefix>-award-<id>`,
 *   the prefix from GIVING360_PREFIX (default 360G-cohesionmapwales). An award whose identifier would
 *   repeat one already written is left out (reason "duplicate-identifier").
 * - Award Date: the directory records no decision date, so the award's start date stands in for it.
 *   Only 2 of the 19 seed awards have a start date at all, and neither to the day, so a month or
 *   year start is written as its first day and `cmw:awardDatePrecision` says "month" or "year".
 *   An award with no start date is left out (reason "no-start-date"): there is no day to give.
 * - Amount Awarded is the whole award in pounds, as the standard defines it. An award with no amount
 *   is left out ("no-amount"). A yearly amount is multiplied by the whole number of years its
 *   start and end (to the day or month) span — "£400,000 a year, April 2025 to March 2028" is
 *   £1,200,000, with `cmw:amountPerYear` 400000 — and left out ("per-year-amount") when they do not
 *   span whole years or are known only to the year.
 * - Planned dates are full dates: a month-precision end is the month's last day, a year end is
 *   31 December, a start is the first day; `cmw:startDatePrecision` / `cmw:endDatePrecision` keep the
 *   precision. The award's date note, if any, is `cmw:dateNote`.
 * - Beneficiary locations: one UA location per authority the project serves; Wales-wide is
 *   W92000004 (CTRY); a point project adds its latitude/longitude (`cmw:pointRadiusKm` its radius).
 *   The recipient's home authority, when known, is its Location.
 * - Recipient: the award's organisation, or its project's. A project whose source names no delivering
 *   body is listed under the body the source ties it to, which is no recipient: such an award is
 *   left out ("recipient-not-named"). Joint awards: the standard takes one recipient; the others
 *   are `cmw:coRecipientOrganization`.
 * - No Data Source: the site's public address is not known on the server.
 */
import { isNotNull } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { listAuthorities } from "../../db/queries/authorities";
import { listAwards, type AwardRow } from "../../db/queries/awards";
import { listProjects, type ProjectRow } from "../../db/queries/projects";
import { listThemes } from "../../db/queries/themes";
import { awards, funders, organisations } from "../../db/schema";
import { addDays, addMonths } from "../../geo/dates/calendar";
import { firstDayOf, lastDayOf, type DatePrecision } from "../../geo/dates/partial-date";

export const DEFAULT_GIVING360_PREFIX = "360G-cohesionmapwales";
const PREFIX_PATTERN = /^360G-[A-Za-z0-9-]+$/;
const WALES = { name: "Wales", geoCode: "W92000004", geoCodeType: "CTRY" } as const;
const NOT_STATED = { title: "Title not stated", description: "Description not stated" } as const;

type Precision = Exclude<DatePrecision, "unknown">;

export interface Giving360Location {
  name?: string;
  geoCode?: string;
  geoCodeType?: string;
  latitude?: number;
  longitude?: number;
}

export interface Giving360Org {
  id: string;
  name: string;
  charityNumber?: string;
  companyNumber?: string;
  location?: Giving360Location[];
}

export interface Giving360Grant {
  id: string;
  title: string;
  description: string;
  currency: "GBP";
  amountAwarded: number;
  awardDate: string;
  plannedDates: { startDate: string; endDate?: string }[];
  fundingOrganization: Giving360Org[];
  recipientOrganization: Giving360Org[];
  beneficiaryLocation?: Giving360Location[];
  grantProgramme?: { title: string }[];
  classifications?: { vocabulary: string; code: string; title: string }[];
  "cmw:awardDatePrecision": Precision;
  "cmw:startDatePrecision": Precision;
  "cmw:endDatePrecision"?: Precision;
  "cmw:dateNote"?: string;
  "cmw:amountApproximate"?: true;
  "cmw:amountPerYear"?: number;
  "cmw:pointRadiusKm"?: number;
  "cmw:coRecipientOrganization"?: { id: string; name: string }[];
}

export interface Giving360Package {
  version: "1.4";
  title: string;
  description: string;
  publisher: { name: string; prefix: string };
  issued: string;
  modified: string;
  grants: Giving360Grant[];
}

export type SkipReason = "no-amount" | "no-start-date" | "per-year-amount" | "recipient-not-named" | "duplicate-identifier";

/** Why an award is not in the file, in words a page or a report can show. */
export const SKIP_REASONS: Record<SkipReason, string> = {
  "no-amount": "no amount is known (the standard requires Amount Awarded)",
  "no-start-date": "no start date is known, so there is no Award Date to give (the standard requires one)",
  "per-year-amount": "the amount is a yearly figure and its dates do not give a whole number of years, so the whole award is not known",
  "recipient-not-named": "its source names no recipient: the organisation listed is only the body the source ties the work to",
  "duplicate-identifier": "its identifier is already used by another grant in the file",
};

/** A published award that is not in the file, and every reason why. */
export interface SkippedAward {
  awardId: number;
  title: string;
  funder: string;
  reasons: SkipReason[];
}

/**
 * The 360Giving publisher prefix: GIVING360_PREFIX when it is a valid "360G-…" prefix, else the default.
 *
 * @example
 * giving360Prefix()                  // "360G-cohesionmapwales"
 * giving360Prefix("360G-example")    // "360G-example"
 * giving360Prefix("GB-CHC-123")      // "360G-cohesionmapwales" (not a 360G prefix)
 */
export function giving360Prefix(value: string | undefined = process.env.GIVING360_PREFIX): string {
  const prefix = value?.trim() ?? "";
  return PREFIX_PATTERN.test(prefix) ? prefix : DEFAULT_GIVING360_PREFIX;
}

/** What the grants are built from, read once per export. */
interface Lookups {
  externalIds: Map<number, string>;
  funderIds: Map<string, string | null>;
  organisations: Map<string, { orgIdentifier: string | null; charityNumber: string | null; companyNumber: string | null; homeGss: string | null }>;
  projects: Map<number, ProjectRow>;
  authorityNames: Map<string, string>;
  themeNames: Map<string, string>;
}

function readLookups(db: Queryable): Lookups {
  // The 360Giving keys (externalId, orgIdentifier) are not in the public list queries; read them here.
  const externalIds = db.select({ id: awards.id, externalId: awards.externalId }).from(awards).where(isNotNull(awards.externalId)).all();
  const funderRows = db.select({ slug: funders.slug, orgIdentifier: funders.orgIdentifier }).from(funders).all();
  const orgRows = db
    .select({ slug: organisations.slug, orgIdentifier: organisations.orgIdentifier, charityNumber: organisations.charityNumber, companyNumber: organisations.companyNumber, homeGss: organisations.homeGss })
    .from(organisations)
    .all();
  return {
    externalIds: new Map(externalIds.map((r) => [r.id, r.externalId!])),
    funderIds: new Map(funderRows.map((f) => [f.slug, f.orgIdentifier])),
    organisations: new Map(orgRows.map(({ slug, ...o }) => [slug, o])),
    projects: new Map(listProjects(db).map((p) => [p.id, p])),
    authorityNames: new Map(listAuthorities(db).map((a) => [a.gssCode, a.nameEn])),
    themeNames: new Map(listThemes(db).map((t) => [t.id, t.nameEn])),
  };
}

/**
 * The number of whole years from the first day of `start` to the last day of `end`, or null when
 * they do not span whole years (or either is known only to the year).
 *
 * @example
 * wholeYears("2025-04", "month", "2028-03", "month") // 3
 * wholeYears("2022", "year", "2025", "year")         // null
 */
export function wholeYears(start: string, startPrecision: DatePrecision, end: string, endPrecision: DatePrecision): number | null {
  const exact = (p: DatePrecision) => p === "day" || p === "month";
  if (!exact(startPrecision) || !exact(endPrecision)) return null;
  const from = firstDayOf(start);
  const after = addDays(lastDayOf(end), 1);
  const months = (Number(after.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(after.slice(5, 7)) - Number(from.slice(5, 7));
  const years = Math.round(months / 12);
  return years >= 1 && addMonths(from, years * 12) === after ? years : null;
}

/** The whole award in pence (and the yearly figure it came from), or why it is not known. */
function wholeAmount(a: AwardRow): { pence: number; perYearPence: number | null } | SkipReason {
  if (a.amountPence === null) return "no-amount";
  if (a.amountPeriod === "total") return { pence: a.amountPence, perYearPence: null };
  const years = a.startDate && a.endDate ? wholeYears(a.startDate, a.startPrecision, a.endDate, a.endPrecision) : null;
  return years === null ? "per-year-amount" : { pence: a.amountPence * years, perYearPence: a.amountPence };
}

function beneficiaryLocations(project: ProjectRow | undefined, names: Map<string, string>): Giving360Location[] {
  if (!project) return [];
  if (project.areaKind === "wales") return [{ ...WALES }];
  const locations: Giving360Location[] = project.areaGss.map((gss) => ({ name: names.get(gss) ?? gss, geoCode: gss, geoCodeType: "UA" }));
  if (project.areaKind === "point" && project.pointLat !== null && project.pointLng !== null) {
    locations.push({ latitude: project.pointLat, longitude: project.pointLng });
  }
  return locations;
}

function recipientOf(a: AwardRow, prefix: string, look: Lookups): Giving360Org {
  const slug = a.organisationSlug!;
  const org = look.organisations.get(slug);
  const home = org?.homeGss;
  return {
    id: org?.orgIdentifier ?? `${prefix}-org-${slug}`,
    name: a.organisationNameEn!,
    ...(org?.charityNumber ? { charityNumber: org.charityNumber } : {}),
    ...(org?.companyNumber ? { companyNumber: org.companyNumber } : {}),
    ...(home ? { location: [{ name: look.authorityNames.get(home) ?? home, geoCode: home, geoCodeType: "UA" }] } : {}),
  };
}

/** The grant an award becomes, or the reasons it cannot be one (identifier clashes are checked by the caller). */
function grantOf(a: AwardRow, prefix: string, look: Lookups): Giving360Grant | SkipReason[] {
  const amount = wholeAmount(a);
  const reasons: SkipReason[] = [];
  if (typeof amount === "string") reasons.push(amount);
  if (a.startDate === null || a.startPrecision === "unknown") reasons.push("no-start-date");
  const project = a.projectId === null ? undefined : look.projects.get(a.projectId);
  if (project?.deliveryNotNamed) reasons.push("recipient-not-named");
  if (typeof amount === "string" || reasons.length > 0) return reasons;
  const start = a.startDate!;
  const startPrecision = a.startPrecision as Precision;
  const hasEnd = a.endDate !== null && a.endPrecision !== "unknown";
  const locations = beneficiaryLocations(project, look.authorityNames);
  const themes = project?.themeIds ?? [];
  return {
    id: look.externalIds.get(a.id) ?? `${prefix}-award-${a.id}`,
    title: project?.titleEn.trim() || a.programmeEn.trim() || NOT_STATED.title,
    description: project?.descriptionEn.trim() || NOT_STATED.description,
    currency: "GBP",
    amountAwarded: amount.pence / 100,
    awardDate: firstDayOf(start),
    plannedDates: [{ startDate: firstDayOf(start), ...(hasEnd ? { endDate: lastDayOf(a.endDate!) } : {}) }],
    fundingOrganization: [{ id: look.funderIds.get(a.funderSlug) ?? `${prefix}-funder-${a.funderSlug}`, name: a.funderNameEn }],
    recipientOrganization: [recipientOf(a, prefix, look)],
    ...(locations.length ? { beneficiaryLocation: locations } : {}),
    ...(a.programmeEn.trim() ? { grantProgramme: [{ title: a.programmeEn.trim() }] } : {}),
    ...(themes.length ? { classifications: themes.map((id) => ({ vocabulary: "cmw:theme", code: id, title: look.themeNames.get(id) ?? id })) } : {}),
    "cmw:awardDatePrecision": startPrecision,
    "cmw:startDatePrecision": startPrecision,
    ...(hasEnd ? { "cmw:endDatePrecision": a.endPrecision as Precision } : {}),
    ...(a.dateNote ? { "cmw:dateNote": a.dateNote } : {}),
    ...(a.amountApproximate ? { "cmw:amountApproximate": true as const } : {}),
    ...(amount.perYearPence !== null ? { "cmw:amountPerYear": amount.perYearPence / 100 } : {}),
    ...(project?.areaKind === "point" && project.radiusKm !== null ? { "cmw:pointRadiusKm": project.radiusKm } : {}),
    ...(a.coRecipients.length
      ? { "cmw:coRecipientOrganization": a.coRecipients.map((o) => ({ id: look.organisations.get(o.slug)?.orgIdentifier ?? `${prefix}-org-${o.slug}`, name: o.nameEn })) }
      : {}),
  };
}

/**
 * Every published, non-synthetic award as a 360Giving grant, in a package dated `today`; the
 * awards that cannot be grants are listed in `skipped` with their reasons (see SKIP_REASONS).
 * Throws on a prefix that is not "360G-…".
 *
 * @example
 * const { package: pkg, skipped } = awardsAs360Giving(db, { prefix: giving360Prefix(), today: "2026-05-01" });
 * pkg.grants[0].id // "360G-cohesionmapwales-award-14"
 * skipped[0].reasons // ["no-amount", "no-start-date"]
 */
export function awardsAs360Giving(db: Queryable, { prefix, today }: { prefix: string; today: string }): { package: Giving360Package; skipped: SkippedAward[] } {
  if (!PREFIX_PATTERN.test(prefix)) throw new Error(`Invalid 360Giving prefix: ${prefix}`);
  const look = readLookups(db);
  const grants: Giving360Grant[] = [];
  const skipped: SkippedAward[] = [];
  const seen = new Set<string>();
  for (const a of listAwards(db)) {
    if (a.synthetic) continue;
    const grant = grantOf(a, prefix, look);
    const reasons: SkipReason[] = Array.isArray(grant) ? grant : seen.has(grant.id) ? ["duplicate-identifier"] : [];
    if (Array.isArray(grant) || reasons.length > 0) {
      skipped.push({ awardId: a.id, title: a.projectTitleEn ?? a.programmeEn, funder: a.funderNameEn, reasons });
    } else {
      seen.add(grant.id);
      grants.push(grant);
    }
  }
  const pkg: Giving360Package = {
    version: "1.4",
    title: "Cohesion Map Wales: community cohesion funding awards",
    description:
      `Funding awards listed in the Cohesion Map Wales directory, from its cited sources. ${skipped.length} listed award(s) are left out: ` +
      "the standard requires a whole amount, an award date and a recipient, and the directory does not know them. Fields starting cmw: are this publisher's own: cmw:awardDatePrecision, cmw:startDatePrecision and " +
      "cmw:endDatePrecision say when a date was known only to the month or year (the Award Date is then the first day of the start, the End Date " +
      "the last day of the end); cmw:amountPerYear gives the yearly figure a whole amount was worked out from.",
    publisher: { name: "Cohesion Map Wales", prefix },
    issued: today,
    modified: today,
    grants,
  };
  return { package: pkg, skipped };
}

export type CsvCell = string | number | boolean | null;

/** The standard's columns every file has, in order (the optional ones follow when any grant uses them). */
const BASE_COLUMNS = [
  "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
  "Planned Dates:Start Date", "Planned Dates:End Date", "Funding Org:Identifier", "Funding Org:Name",
  "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:Company Number",
];
/** Always written, even when no grant fills them (the file then still says what it could hold). */
const ALWAYS = new Set([...BASE_COLUMNS, "Grant Programme:Title"]);
const RECIPIENT_LOCATION = { name: "Recipient Org:Location:Name", geoCode: "Recipient Org:Location:Geographic Code", geoCodeType: "Recipient Org:Location:Geographic Code Type" };
const LOCATION_FIELDS = [["Name", "name"], ["Geographic Code", "geoCode"], ["Geographic Code Type", "geoCodeType"], ["Latitude", "latitude"], ["Longitude", "longitude"]] as const;
const CLASSIFICATION_FIELDS = [["Vocabulary", "vocabulary"], ["Code", "code"], ["Title", "title"]] as const;
const EXTENSION_COLUMNS = [
  "cmw:awardDatePrecision", "cmw:startDatePrecision", "cmw:endDatePrecision", "cmw:dateNote",
  "cmw:amountApproximate", "cmw:amountPerYear", "cmw:pointRadiusKm",
] as const;
const CO_RECIPIENTS = "cmw:coRecipientOrganization:Name";

/** One grant as column title → value (only the cells it fills). */
function flattenGrant(g: Giving360Grant): Map<string, CsvCell> {
  const [funder] = g.fundingOrganization;
  const [recipient] = g.recipientOrganization;
  const home = recipient.location?.[0];
  const cells = new Map<string, CsvCell | undefined>([
    ["Identifier", g.id], ["Title", g.title], ["Description", g.description], ["Currency", g.currency],
    ["Amount Awarded", g.amountAwarded], ["Award Date", g.awardDate],
    ["Planned Dates:Start Date", g.plannedDates[0]?.startDate], ["Planned Dates:End Date", g.plannedDates[0]?.endDate],
    ["Funding Org:Identifier", funder.id], ["Funding Org:Name", funder.name],
    ["Recipient Org:Identifier", recipient.id], ["Recipient Org:Name", recipient.name],
    ["Recipient Org:Charity Number", recipient.charityNumber], ["Recipient Org:Company Number", recipient.companyNumber],
    [RECIPIENT_LOCATION.name, home?.name], [RECIPIENT_LOCATION.geoCode, home?.geoCode], [RECIPIENT_LOCATION.geoCodeType, home?.geoCodeType],
    ["Grant Programme:Title", g.grantProgramme?.[0]?.title],
    [CO_RECIPIENTS, g["cmw:coRecipientOrganization"]?.map((o) => o.name).join("; ")],
  ]);
  (g.beneficiaryLocation ?? []).forEach((loc, i) => {
    for (const [title, key] of LOCATION_FIELDS) cells.set(`Beneficiary Location:${i}:${title}`, loc[key]);
  });
  (g.classifications ?? []).forEach((c, i) => {
    for (const [title, key] of CLASSIFICATION_FIELDS) cells.set(`Classifications:${i}:${title}`, c[key]);
  });
  for (const column of EXTENSION_COLUMNS) cells.set(column, g[column]);
  return new Map([...cells].filter((entry): entry is [string, CsvCell] => entry[1] !== undefined && entry[1] !== ""));
}

/**
 * The package as the standard's flat table: `columns` (the standard's main columns, then every
 * other column some grant fills, in the standard's order) and one row per grant with every column (empty
 * cells null), ready for the downloads' CSV writer.
 *
 * @example
 * const { columns, rows } = giving360CsvTable(pkg);
 * columns.slice(0, 3) // ["Identifier", "Title", "Description"]
 * rows[0]["Beneficiary Location:0:Geographic Code"] // "W92000004"
 */
export function giving360CsvTable(pkg: Giving360Package): { columns: string[]; rows: Record<string, CsvCell>[] } {
  const flat = pkg.grants.map(flattenGrant);
  const most = (count: (g: Giving360Grant) => number) => Math.max(0, ...pkg.grants.map(count));
  const locationColumns = Array.from({ length: most((g) => g.beneficiaryLocation?.length ?? 0) }, (_, i) => LOCATION_FIELDS.map(([t]) => `Beneficiary Location:${i}:${t}`)).flat();
  const classificationColumns = Array.from({ length: most((g) => g.classifications?.length ?? 0) }, (_, i) => CLASSIFICATION_FIELDS.map(([t]) => `Classifications:${i}:${t}`)).flat();
  const optional = [
    ...Object.values(RECIPIENT_LOCATION), ...locationColumns, "Grant Programme:Title", ...classificationColumns, ...EXTENSION_COLUMNS, CO_RECIPIENTS,
  ].filter((column) => ALWAYS.has(column) || flat.some((cells) => cells.has(column)));
  const columns = [...BASE_COLUMNS, ...optional];
  const rows = flat.map((cells) => Object.fromEntries(columns.map((c) => [c, cells.get(c) ?? null])));
  return { columns, rows };
}
