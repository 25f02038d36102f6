/**
 * The listing records' shapes and limits, shared by the form schemas, the field reader, the
 * moderation core and the forms in the browser.
 */
import type { AreaKind, DatePrecision, FunderKind, OrganisationKind } from "../../db/enums";


/** Every message key a listing form can return (add each to both catalogues under `form`). */
export const FORM_MESSAGE_KEYS = [
  "form.required",
  "form.tooLong",
  "form.noHtml",
  "form.controlChars",
  "form.invisibleChars",
  "form.endBeforeStart",
  "form.radiusRange",
  "form.outsideWales",
  "form.badNumber",
  "form.unknownAuthority",
  "form.amountNegative",
  "form.amountFormat",
  "form.badDate",
  "form.badUrl",
  "form.badEmail",
  "form.themesRequired",
  "form.areaRequired",
  "form.unknownTheme",
  "form.unknownKind",
  "form.charityNumber",
  "form.unknownFunder",
  "form.unknownProject",
] as const;
export type FormMessageKey = (typeof FORM_MESSAGE_KEYS)[number];

/** The longest value each free-text field takes (for `maxLength` attributes and hints). */
export const FIELD_MAX_LENGTH = {
  nameEn: 200,
  nameCy: 200,
  charityNumber: 20,
  companyNumber: 20,
  website: 300,
  email: 200,
  descriptionEn: 2000,
  descriptionCy: 2000,
  titleEn: 200,
  titleCy: 200,
  programmeEn: 200,
  programmeCy: 200,
  newFunderName: 200,
  reason: 1000,
} as const;

/** The field names of one date (prefix "start" or "end"); `date` is where its errors go. */
export const DATE_FIELDS = {
  start: { precision: "startPrecision", day: "startDay", month: "startMonth", year: "startYear", date: "startDate" },
  end: { precision: "endPrecision", day: "endDay", month: "endMonth", year: "endYear", date: "endDate" },
} as const;

export const AMOUNT_PERIODS = ["total", "per-year"] as const;
export type AmountPeriod = (typeof AMOUNT_PERIODS)[number];

/** The earliest and latest years a listing date may have. */
export { YEAR_RANGE } from "../../geo/dates/calendar";

/**
 * The values that choice fields may take, read from the database by the server. Without them
 * only the format is checked (a GSS code looks like W06000023, a theme id like "hate-crime").
 */
export interface RecordChoices {
  /** The 22 authorities' GSS codes. */
  gssCodes?: ReadonlySet<string>;
  themeIds?: ReadonlySet<string>;
  funderSlugs?: ReadonlySet<string>;
  /** The projects of the organisation an award belongs to. */
  projectIds?: ReadonlySet<number>;
}

export type OrganisationInput = {
  nameEn: string;
  nameCy: string | null;
  kind: OrganisationKind;
  charityNumber: string | null;
  companyNumber: string | null;
  website: string | null;
  email: string | null;
  descriptionEn: string;
  descriptionCy: string | null;
  homeGss: string | null;
};

export type ProjectInput = {
  titleEn: string;
  titleCy: string | null;
  descriptionEn: string;
  descriptionCy: string | null;
  /** Theme ids, sorted. */
  themes: string[];
  areaKind: AreaKind;
  /** GSS codes, sorted; empty unless areaKind is "authorities". */
  areaGss: string[];
  /** Null unless areaKind is "point". */
  pointLng: number | null;
  pointLat: number | null;
  radiusKm: number | null;
  startDate: string | null;
  startPrecision: DatePrecision;
  endDate: string | null;
  endPrecision: DatePrecision;
};

export type AwardInput = {
  /** An existing funder; null when the award names a new one. */
  funderSlug: string | null;
  newFunderName: string | null;
  newFunderKind: FunderKind | null;
  programmeEn: string;
  programmeCy: string | null;
  /** The organisation's project the award funds; null for an award to the organisation itself. */
  projectId: number | null;
  amountPence: number | null;
  amountPeriod: AmountPeriod;
  startDate: string | null;
  startPrecision: DatePrecision;
  endDate: string | null;
  endPrecision: DatePrecision;
};

export type RejectInput = {
  reason: string;
};
