/**
 * The shapes a 360Giving grant file is read into. Pure data: the database side stores these, the
 * readers in this folder produce them from JSON, CSV and XLSX files.
 */

/** How much of a date was given: "2026-03-31" is a day, "2026-03" a month, "2026" a year. */
export type Precision = "day" | "month" | "year";

/** A partial ISO date ("2026-03-31", "2026-03" or "2026") with its precision. */
export interface GrantDate {
  date: string;
  precision: Precision;
}

/** A beneficiary location, or a location of an organisation. */
export interface GrantLocation {
  name: string | null;
  geoCode: string | null;
  geoCodeType: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The file had geoCode and geoCodeType the wrong way round; the reader swapped them back. */
  swappedFixed: boolean;
}

/** A funding or recipient organisation. */
export interface GrantOrg {
  /** An org-id such as "GB-CHC-1234567", or a publisher-made "360G-…" id. */
  id: string | null;
  name: string;
  charityNumber: string | null;
  companyNumber: string | null;
  postalCode: string | null;
  city: string | null;
  locations: GrantLocation[];
}

/** One grant, checked and normalised. */
export interface Grant {
  /** CSV/XLSX: the spreadsheet row number (header = 1); JSON: index in grants[] + 1. */
  row: number;
  identifier: string;
  title: string;
  description: string;
  /** Amount Awarded in integer pence (GBP only). */
  amountPence: number;
  awardDate: GrantDate | null;
  /** Actual dates where given, else planned. */
  start: GrantDate | null;
  end: GrantDate | null;
  /** Where `end` came from; "duration" = start + Duration (months), at the precision of the start. */
  endFrom: "actual" | "planned" | "duration" | null;
  durationMonths: number | null;
  funder: GrantOrg;
  /** null: the grant went to an individual (recipientIndividual). */
  recipient: GrantOrg | null;
  programme: { title: string | null; code: string | null } | null;
  classifications: { vocabulary: string | null; code: string | null; title: string | null }[];
  beneficiaryLocations: GrantLocation[];
  /** A locationScope code such as "GLS050" (local authority), as given. */
  locationScope: string | null;
  dateModified: string | null;
  dataSource: string | null;
}

export type ProblemKey =
  | "missingIdentifier"
  | "missingField"
  | "badAmount"
  | "badCurrency"
  | "badDate"
  | "endBeforeStart"
  | "fieldTooLong"
  | "badNumber";

/** A row that was not read, and why. `message` is English and names the row, the column and the value. */
export interface GrantProblem {
  row: number;
  /** The column title as the file gives it (CSV/XLSX), or the standard's title for the field (JSON). */
  column: string;
  key: ProblemKey;
  message: string;
}

/** What a whole read found. */
export interface ReadReport {
  format: "json" | "csv" | "xlsx";
  /** Grants handed to onGrant (rows with problems are not counted). */
  grantsRead: number;
  /** CSV/XLSX column titles that are not 360Giving titles, in file order. Empty for JSON. */
  unknownColumns: string[];
  /** Dates in the grants read that were written DD/MM/YYYY and read as UK day/month/year. */
  ukDates: number;
  /** Locations in the grants read whose geoCode and geoCodeType were swapped back. */
  swappedLocations: number;
  /** Package-level metadata (JSON only; null for CSV/XLSX). */
  package: { title: string | null; publisher: string | null; modified: string | null; issued: string | null };
}

export type GrantFileErrorKey =
  | "notJson"
  | "truncated"
  | "noGrants"
  | "noIdentifierColumn"
  | "unknownFormat"
  | "tooLarge"
  | "badWorkbook";

/** A fault in the whole file: nothing after it can be read. */
export class GrantFileError extends Error {
  constructor(
    readonly key: GrantFileErrorKey,
    message: string,
  ) {
    super(message);
    this.name = "GrantFileError";
  }
}

/** Where a value sits in a grant, as a JSON path: ["plannedDates", 0, "startDate"]. */
export type FieldPath = readonly (string | number)[];

/** A problem found in one grant before it is placed in a row and column. */
export interface FieldProblem {
  path: FieldPath;
  key: ProblemKey;
  /** What is wrong with the value, e.g. `"£1,000" is not a number`. */
  detail: string;
}

/** Where a grant's work happens in Wales, worked out from its locations (see place-grant.ts). */
export interface Placement {
  /** W06 codes served (sorted, unique). */
  authorities: string[];
  /** From a beneficiary latitude/longitude inside the Wales bounding box. */
  point: { lng: number; lat: number; radiusKm: number } | null;
  /** W04/W09/W07 (and other unresolved W) codes, or names that say Wales but name no authority. */
  insideWalesUnknownAuthority: boolean;
  /**
   * The recipient's authority from its own location codes or city, if resolvable. Use it only when
   * nothing else places the grant (reason "recipient address only": the head-office effect).
   */
  recipientBase: string | null;
  /** Anything places it in Wales (beneficiary or recipient); false → the caller skips it. */
  welsh: boolean;
  /** Short English: "beneficiary W06 code", "beneficiary lat/long", "recipient address only", "no Welsh location"… */
  reason: string;
}
