/**
 * 360Giving spreadsheet column titles ↔ JSON paths. A title is the schema's titles joined with ":"
 * ("Recipient Org:Location:Geographic Code"); a repeated object may be numbered
 * ("Beneficiary Location:1:Geographic Code") and an un-numbered one means the first (index 0).
 * Titles are matched case-insensitively, ignoring spaces around the words and the colons.
 */
import type { FieldPath } from "./types";

interface Leaf {
  title: string;
  key: string;
}
interface Section extends Leaf {
  array: boolean;
  fields: Node[];
}
type Node = Leaf | Section;

const leaf = (title: string, key: string): Leaf => ({ title, key });
const section = (title: string, key: string, array: boolean, fields: Node[]): Section => ({ title, key, array, fields });

const LOCATION_FIELDS: Node[] = [
  leaf("Name", "name"),
  leaf("Geographic Code", "geoCode"),
  leaf("Geographic Code Type", "geoCodeType"),
  leaf("Latitude", "latitude"),
  leaf("Longitude", "longitude"),
];
const ORG_FIELDS: Node[] = [
  leaf("Identifier", "id"),
  leaf("Name", "name"),
  leaf("Charity Number", "charityNumber"),
  leaf("Company Number", "companyNumber"),
  leaf("Postal Code", "postalCode"),
  leaf("City", "addressLocality"),
  section("Location", "location", true, LOCATION_FIELDS),
];
const DATE_FIELDS: Node[] = [
  leaf("Start Date", "startDate"),
  leaf("End Date", "endDate"),
  leaf("Duration (months)", "duration"),
];

/** The fields this reader uses, as the standard (schema 1.4) titles them. */
const GRANT_FIELDS: Node[] = [
  leaf("Identifier", "id"),
  leaf("Title", "title"),
  leaf("Description", "description"),
  leaf("Currency", "currency"),
  leaf("Amount Awarded", "amountAwarded"),
  leaf("Award Date", "awardDate"),
  leaf("Location Scope", "locationScope"),
  leaf("Last Modified", "dateModified"),
  leaf("Data Source", "dataSource"),
  section("Planned Dates", "plannedDates", true, DATE_FIELDS),
  section("Actual Dates", "actualDates", true, DATE_FIELDS),
  section("Funding Org", "fundingOrganization", true, ORG_FIELDS),
  section("Recipient Org", "recipientOrganization", true, ORG_FIELDS),
  section("Recipient Ind", "recipientIndividual", false, [leaf("Identifier", "id"), leaf("Name", "name")]),
  section("Beneficiary Location", "beneficiaryLocation", true, LOCATION_FIELDS),
  section("Grant Programme", "grantProgramme", true, [leaf("Code", "code"), leaf("Title", "title")]),
  section("Classifications", "classifications", true, [
    leaf("Vocabulary", "vocabulary"),
    leaf("Code", "code"),
    leaf("Title", "title"),
  ]),
];

/** Standard titles this reader does not use: known, so not reported as unknown columns. */
const KNOWN_UNUSED_TOP = new Set(
  [
    "Amount Applied For", "Amount Disbursed", "URL", "From an open call?", "Related Activity",
    "Simple Grant Type", "For Regrant Type", "Grant Purpose", "Grant Type",
  ].map(normaliseTitle),
);
/** Leaves of the used sections that the standard defines but this reader does not use. */
const KNOWN_UNUSED_LEAVES = new Set(
  [
    "Title", "Description", "Last Modified", "Department", "Contact Name", "Street Address", "County",
    "Country", "Phone Number", "Alternate Name", "Email", "Organisation Type", "Web Address",
    "Identifier", "Country Code", "URL",
  ].map(normaliseTitle),
);
/** Whole sections of the standard this reader does not use. */
const KNOWN_UNUSED_SECTIONS = new Set(
  ["Related Document", "Funding Type", "To Individuals Details", "Regrant Type", "Additional Data"].map(normaliseTitle),
);

/**
 * A title lower-cased, with spaces collapsed and none around colons.
 *
 * @example
 * normaliseTitle(" Recipient Org : City ") // "recipient org:city"
 */
export function normaliseTitle(title: string): string {
  return title.replace(/\u00a0/g, " ").trim().replace(/\s+/g, " ").replace(/ ?: ?/g, ":").toLowerCase();
}

/** What one column holds: a JSON path, a known field this reader ignores, or an unknown column. */
export type ColumnMeaning = { kind: "field"; path: FieldPath } | { kind: "ignored" } | { kind: "unknown" };

/**
 * The meaning of one spreadsheet column title.
 *
 * @example
 * readColumnTitle("Beneficiary Location:1:Geographic Code") // { kind: "field", path: ["beneficiaryLocation", 1, "geoCode"] }
 * readColumnTitle(" amount awarded ")                        // { kind: "field", path: ["amountAwarded"] }
 * readColumnTitle("Our Ref")                                 // { kind: "unknown" }
 */
export function readColumnTitle(title: string): ColumnMeaning {
  const parts = normaliseTitle(title).split(":");
  const path = matchParts(GRANT_FIELDS, parts);
  if (path) return { kind: "field", path };
  return isKnownUnused(parts) ? { kind: "ignored" } : { kind: "unknown" };
}

function matchParts(nodes: Node[], parts: string[]): (string | number)[] | null {
  const [head, ...rest] = parts;
  for (const node of nodes) {
    if (normaliseTitle(node.title) !== head) continue;
    if (!("fields" in node)) {
      if (rest.length === 0) return [node.key];
      continue;
    }
    let index = 0;
    let tail = rest;
    if (node.array && /^\d+$/.test(rest[0] ?? "")) {
      index = Number(rest[0]);
      tail = rest.slice(1);
    }
    const inner = matchParts(node.fields, tail);
    if (inner) return node.array ? [node.key, index, ...inner] : [node.key, ...inner];
  }
  return null;
}

function isKnownUnused(parts: string[]): boolean {
  const words = parts.filter((p) => !/^\d+$/.test(p));
  if (words.length === 1) return KNOWN_UNUSED_TOP.has(words[0]);
  if (KNOWN_UNUSED_SECTIONS.has(words[0])) return true;
  const usedSection = GRANT_FIELDS.some((n) => "fields" in n && normaliseTitle(n.title) === words[0]);
  return usedSection && KNOWN_UNUSED_LEAVES.has(words[words.length - 1]);
}

/**
 * The standard's column title for a JSON path; the first of a repeated object is un-numbered.
 *
 * @example
 * titleOfPath(["plannedDates", 0, "endDate"])       // "Planned Dates:End Date"
 * titleOfPath(["beneficiaryLocation", 1, "geoCode"]) // "Beneficiary Location:1:Geographic Code"
 */
export function titleOfPath(path: FieldPath): string {
  const words: string[] = [];
  let nodes: Node[] = GRANT_FIELDS;
  for (const step of path) {
    if (typeof step === "number") {
      if (step > 0) words.push(String(step));
      continue;
    }
    const node = nodes.find((n) => n.key === step);
    if (!node) {
      words.push(step);
      continue;
    }
    words.push(node.title);
    nodes = "fields" in node ? node.fields : [];
  }
  return words.join(":");
}

/**
 * A path as one string key, for maps.
 *
 * @example
 * pathKey(["plannedDates", 0, "startDate"]) // "plannedDates/0/startDate"
 */
export function pathKey(path: FieldPath): string {
  return path.join("/");
}
