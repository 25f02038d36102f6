/**
 * The listing forms: an organisation, its projects and their funding awards, plus a moderator's
 * rejection reason. Pure (zod only) so the server (Conform's parseWithZod, the moderation queue)
 * and the browser share one set of rules.
 *
 * Every schema reads FORM FIELD NAMES (strings, or arrays of strings for repeated names, exactly
 * as FormData or Conform's parsed payload gives them) and returns a normalised record: text
 * trimmed, empty optional fields null, lists sorted and de-duplicated, dates as partial ISO
 * strings with their precision, money in pence. A normalised record is also a valid input, so a
 * stored submission can be validated again when a moderator approves it.
 *
 * Error messages are i18n keys (FORM_MESSAGE_KEYS), one per field, attached to the field's name.
 * All fields are checked in one pass, so every problem is reported at once.
 *
 * Date fields (prefix "start" or "end"):
 * - `startPrecision`: "day" | "month" | "year" | "unknown" (missing = "unknown")
 * - `startDay` (YYYY-MM-DD, an `<input type="date">`), `startMonth` (YYYY-MM, `type="month"`),
 *   `startYear` (YYYY): only the one named by the precision is read.
 * - `startDate`: the normalised value (also accepted as input); every error about the date,
 *   including "form.endBeforeStart", is reported under `startDate` / `endDate`.
 *
 * Area fields (projects): `areaKind` ("wales" — the form's "select all" — | "authorities" |
 * "point"); `areaGss` (repeated, read for "authorities"); `pointLng`, `pointLat`, `radiusKm` (read
 * for "point"). Fields of the kinds not chosen are ignored and come back empty.
 *
 * @example
 * const submission = parseWithZod(formData, { schema: projectInputSchema(choices) });
 * // formData: titleEn=…&themes=hate-crime&areaKind=point&pointLng=-3.18&pointLat=51.48&radiusKm=10
 * //           &startPrecision=year&startYear=2025&endPrecision=month&endMonth=2027-03
 * // value: { …, startDate: "2025", startPrecision: "year", endDate: "2027-03", endPrecision: "month" }
 */
import { z } from "zod";
import {
  AREA_KINDS,
  DATE_PRECISIONS,
  FUNDER_KINDS,
  ORGANISATION_KINDS,
  type AreaKind,
  type DatePrecision,
  type FunderKind,
  type OrganisationKind,
} from "../db/enums";
import { MAX_RADIUS_KM, WALES_BBOX } from "../geo/geometry";
import { firstDayOf, isIsoDay, lastDayOf } from "../geo/partial-date";

/** Every message key a listing form can return (add each to both catalogues under `form`). */
export const FORM_MESSAGE_KEYS = [
  "form.required",
  "form.tooLong",
  "form.noHtml",
  "form.controlChars",
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
export const YEAR_RANGE = [1900, 2100] as const;

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

// A raw form value: what FormData (or a stored, normalised record) holds for one name. The
// fields are deliberately untyped at runtime (z.custom without a check) so that no field can
// abort the parse: every rule runs in the transform below and reports its own message.
const required = <T>() => z.custom<T>();
const optional = <T>() => z.custom<T>().optional();
type Text = string;
type Many = string | string[];
type Num = string | number;

const dateShape = {
  startPrecision: optional<Text>(),
  startDay: optional<Text>(),
  startMonth: optional<Text>(),
  startYear: optional<Num>(),
  startDate: optional<Text>(),
  endPrecision: optional<Text>(),
  endDay: optional<Text>(),
  endMonth: optional<Text>(),
  endYear: optional<Num>(),
  endDate: optional<Text>(),
};

const organisationShape = {
  nameEn: required<Text>(),
  nameCy: optional<Text>(),
  kind: required<Text>(),
  charityNumber: optional<Text>(),
  companyNumber: optional<Text>(),
  website: optional<Text>(),
  email: optional<Text>(),
  descriptionEn: required<Text>(),
  descriptionCy: optional<Text>(),
  homeGss: optional<Text>(),
};

const projectShape = {
  titleEn: required<Text>(),
  titleCy: optional<Text>(),
  descriptionEn: required<Text>(),
  descriptionCy: optional<Text>(),
  // Optional here only so that Conform puts no `required` attribute on each checkbox.
  themes: optional<Many>(),
  areaKind: required<Text>(),
  areaGss: optional<Many>(),
  pointLng: optional<Num>(),
  pointLat: optional<Num>(),
  radiusKm: optional<Num>(),
  ...dateShape,
};

const awardShape = {
  funderSlug: optional<Text>(),
  newFunderName: optional<Text>(),
  newFunderKind: optional<Text>(),
  programmeEn: required<Text>(),
  programmeCy: optional<Text>(),
  projectId: optional<Num>(),
  amountPounds: optional<Text>(),
  /** The normalised amount, read only when amountPounds is absent. */
  amountPence: optional<Num>(),
  amountPeriod: optional<Text>(),
  ...dateShape,
};

/**
 * The organisation form, checking the home authority against `choices.gssCodes` when given.
 *
 * @example
 * organisationInputSchema({ gssCodes }).safeParse({ nameEn: "", kind: "charity", descriptionEn: "…" })
 * // error on nameEn: "form.required"
 */
export function organisationInputSchema(choices: RecordChoices = {}) {
  return z.object(organisationShape).transform((raw, ctx): OrganisationInput => {
    const f = new FieldReader(raw, ctx);
    const out: OrganisationInput = {
      nameEn: f.requiredText("nameEn"),
      nameCy: f.text("nameCy"),
      kind: f.choice("kind", ORGANISATION_KINDS) as OrganisationKind,
      charityNumber: f.text("charityNumber"),
      companyNumber: f.text("companyNumber"),
      website: f.text("website"),
      email: f.text("email"),
      descriptionEn: f.requiredText("descriptionEn", { multiline: true }),
      descriptionCy: f.text("descriptionCy", { multiline: true }),
      homeGss: f.text("homeGss"),
    };
    if (out.charityNumber !== null && !CHARITY_NUMBER.test(out.charityNumber)) f.issue("charityNumber", "form.charityNumber");
    if (out.website !== null && !isHttpUrl(out.website)) f.issue("website", "form.badUrl");
    if (out.email !== null && !EMAIL.test(out.email)) f.issue("email", "form.badEmail");
    if (out.homeGss !== null && !isKnownGss(out.homeGss, choices.gssCodes)) f.issue("homeGss", "form.unknownAuthority");
    return out;
  });
}

/**
 * The project form, checking themes and authorities against `choices` when given.
 *
 * @example
 * projectInputSchema({ gssCodes, themeIds }).parse({ titleEn: "Forum", descriptionEn: "…", themes: "hate-crime",
 *   areaKind: "authorities", areaGss: ["W06000002", "W06000001"], endPrecision: "year", endYear: "2027" })
 * // { …, areaGss: ["W06000001", "W06000002"], endDate: "2027", endPrecision: "year", startDate: null, … }
 */
export function projectInputSchema(choices: RecordChoices = {}) {
  return z.object(projectShape).transform((raw, ctx): ProjectInput => {
    const f = new FieldReader(raw, ctx);
    const titleEn = f.requiredText("titleEn");
    const titleCy = f.text("titleCy");
    const descriptionEn = f.requiredText("descriptionEn", { multiline: true });
    const descriptionCy = f.text("descriptionCy", { multiline: true });

    const themes = f.list("themes");
    if (themes.length === 0) f.issue("themes", "form.themesRequired");
    else if (!themes.every((t) => SLUG.test(t) && (!choices.themeIds || choices.themeIds.has(t)))) f.issue("themes", "form.unknownTheme");

    const areaKind = f.choice("areaKind", AREA_KINDS, "form.areaRequired") as AreaKind;
    let areaGss: string[] = [];
    let point: [number | null, number | null, number | null] = [null, null, null];
    if (areaKind === "authorities") {
      areaGss = f.list("areaGss");
      if (areaGss.length === 0) f.issue("areaGss", "form.areaRequired");
      else if (!areaGss.every((g) => isKnownGss(g, choices.gssCodes))) f.issue("areaGss", "form.unknownAuthority");
    } else if (areaKind === "point") {
      const lng = f.number("pointLng");
      const lat = f.number("pointLat");
      const radiusKm = f.number("radiusKm");
      if (lng !== null && (lng < WALES_BBOX[0] || lng > WALES_BBOX[2])) f.issue("pointLng", "form.outsideWales");
      if (lat !== null && (lat < WALES_BBOX[1] || lat > WALES_BBOX[3])) f.issue("pointLat", "form.outsideWales");
      if (radiusKm !== null && (radiusKm <= 0 || radiusKm > MAX_RADIUS_KM)) f.issue("radiusKm", "form.radiusRange");
      point = [lng, lat, radiusKm];
    }
    const [pointLng, pointLat, radiusKm] = point;
    return { titleEn, titleCy, descriptionEn, descriptionCy, themes, areaKind, areaGss, pointLng, pointLat, radiusKm, ...f.dateRange() };
  });
}

/**
 * The award form: an existing funder (`funderSlug`) or a new one (`newFunderName` and
 * `newFunderKind`, read only when funderSlug is empty), an amount in pounds ("12,500.50"),
 * and the project it funds (checked against `choices.projectIds` when given).
 *
 * @example
 * awardInputSchema().parse({ funderSlug: "welsh-government", programmeEn: "Community Cohesion", amountPounds: "£1,234.56" }).amountPence
 * // 123456
 */
export function awardInputSchema(choices: RecordChoices = {}) {
  return z.object(awardShape).transform((raw, ctx): AwardInput => {
    const f = new FieldReader(raw, ctx);
    let funderSlug = f.text("funderSlug");
    let newFunderName: string | null = null;
    let newFunderKind: FunderKind | null = null;
    if (funderSlug !== null) {
      if (!SLUG.test(funderSlug) || (choices.funderSlugs && !choices.funderSlugs.has(funderSlug))) f.issue("funderSlug", "form.unknownFunder");
    } else if (f.isEmpty("newFunderName") && f.isEmpty("newFunderKind")) {
      f.issue("funderSlug", "form.required");
      funderSlug = null;
    } else {
      newFunderName = f.requiredText("newFunderName");
      newFunderKind = f.choice("newFunderKind", FUNDER_KINDS) as FunderKind;
    }
    const programmeEn = f.requiredText("programmeEn");
    const programmeCy = f.text("programmeCy");

    let projectId: number | null = null;
    const projectText = f.text("projectId");
    if (projectText !== null) {
      projectId = /^\d{1,12}$/.test(projectText) ? Number(projectText) : NaN;
      if (!(projectId > 0) || (choices.projectIds && !choices.projectIds.has(projectId))) f.issue("projectId", "form.unknownProject");
    }

    const amountPence = f.isEmpty("amountPounds") ? f.storedPence("amountPence", "amountPounds") : f.pounds("amountPounds");
    const amountPeriod = f.isEmpty("amountPeriod") ? "total" : (f.choice("amountPeriod", AMOUNT_PERIODS) as AmountPeriod);
    return {
      funderSlug,
      newFunderName,
      newFunderKind,
      programmeEn,
      programmeCy,
      projectId,
      amountPence,
      amountPeriod,
      ...f.dateRange(),
    };
  });
}

/**
 * A moderator's reason for rejecting a submission (shown to the submitter).
 *
 * @example
 * RejectInputSchema.parse({ reason: "  Please add the project's end date.  " }) // { reason: "Please add the project's end date." }
 */
export const RejectInputSchema = z.object({ reason: required<Text>() }).transform((raw, ctx): RejectInput => {
  const f = new FieldReader(raw, ctx);
  return { reason: f.requiredText("reason", { multiline: true }) };
});

/** Formats only, no known-value sets; the server uses the factories with choices from the database. */
export const OrganisationInputSchema = organisationInputSchema();
export const ProjectInputSchema = projectInputSchema();
export const AwardInputSchema = awardInputSchema();

/** The form fields each schema reads (what a Conform form declares). */
export type OrganisationFormFields = z.input<typeof OrganisationInputSchema>;
export type ProjectFormFields = z.input<typeof ProjectInputSchema>;
export type AwardFormFields = z.input<typeof AwardInputSchema>;

/** Form values (Conform's defaultValue) for editing a record: strings, arrays for repeated names. */
export type FormValues = Record<string, string | string[]>;

/**
 * An organisation as form values.
 *
 * @example
 * organisationFormValues(record).nameCy // "" when the record has no Welsh name
 */
export function organisationFormValues(o: OrganisationInput): FormValues {
  return textValues(o);
}

/**
 * A project as form values; a date fills its own precision's input and, cut short, the coarser ones.
 *
 * @example
 * projectFormValues(record) // { …, endPrecision: "day", endDay: "2027-03-31", endMonth: "2027-03", endYear: "2027" }
 */
export function projectFormValues(p: ProjectInput): FormValues {
  const { themes, areaGss, startDate, startPrecision, endDate, endPrecision, ...rest } = p;
  return { ...textValues(rest), themes, areaGss, ...dateValues("start", startDate, startPrecision), ...dateValues("end", endDate, endPrecision) };
}

/**
 * An award as form values, with the amount in pounds ("1234.56", or "1234" for whole pounds).
 *
 * @example
 * awardFormValues(record).amountPounds // "50000"
 */
export function awardFormValues(a: AwardInput): FormValues {
  const { amountPence, startDate, startPrecision, endDate, endPrecision, ...rest } = a;
  return {
    ...textValues(rest),
    amountPounds: amountPence === null ? "" : formatPounds(amountPence),
    ...dateValues("start", startDate, startPrecision),
    ...dateValues("end", endDate, endPrecision),
  };
}

function textValues(record: object): FormValues {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === null || v === undefined ? "" : String(v)]));
}

function dateValues(prefix: "start" | "end", date: string | null, precision: DatePrecision): FormValues {
  const names = DATE_FIELDS[prefix];
  const d = date ?? "";
  return {
    [names.precision]: date === null ? "unknown" : precision,
    [names.day]: precision === "day" ? d : "",
    [names.month]: precision === "day" || precision === "month" ? d.slice(0, 7) : "",
    [names.year]: d.slice(0, 4),
  };
}

function formatPounds(pence: number): string {
  const pounds = Math.floor(pence / 100);
  const rest = pence % 100;
  return rest === 0 ? String(pounds) : `${pounds}.${String(rest).padStart(2, "0")}`;
}

// ---------------------------------------------------------------------------------------------

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const GSS = /^W06\d{6}$/;
const CHARITY_NUMBER = /^\d+(?:-\d+)*$/;
const EMAIL = /^[^\s@<>()[\]"',;:\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/** "<" followed by a letter, "/" or "!": the start of an HTML tag, closing tag, comment or doctype. */
const HTML_TAG = /<[A-Za-z/!]/;
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/;
/** Multi-line fields keep tabs and line breaks (CR LF is normalised to LF first). */
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Pounds: optional minus and £, whole pounds (digits, or comma-grouped thousands), up to 2 decimals. */
const POUNDS = /^(-?)£?(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
const MAX_POUNDS_DIGITS = 12;
const MAX_LIST = 100;

function isKnownGss(code: string, known: ReadonlySet<string> | undefined): boolean {
  return GSS.test(code) && (!known || known.has(code));
}

function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    // Credentials in a link ("https://trusted.org@elsewhere.example") only serve to mislead.
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

function isPartialDate(value: string, precision: Exclude<DatePrecision, "unknown">): boolean {
  const ok =
    precision === "day" ? isIsoDay(value) : precision === "month" ? /^\d{4}-(0[1-9]|1[0-2])$/.test(value) : /^\d{4}$/.test(value);
  const year = Number(value.slice(0, 4));
  return ok && year >= YEAR_RANGE[0] && year <= YEAR_RANGE[1];
}

/** Reads raw form values one field at a time, reporting at most one message per field. */
class FieldReader {
  private readonly reported = new Set<string>();

  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly ctx: z.RefinementCtx,
  ) {}

  issue(field: string, message: FormMessageKey): void {
    if (this.reported.has(field)) return;
    this.reported.add(field);
    this.ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message });
  }

  /** The field's single value as a string (the first, when a name is repeated), or undefined. */
  private string(field: string): string | undefined {
    let v = this.raw[field];
    if (Array.isArray(v)) v = v[0];
    if (typeof v === "string") return v;
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
    return undefined;
  }

  isEmpty(field: string): boolean {
    return (this.string(field) ?? "").trim() === "";
  }

  /** Free text: trimmed (Unicode NFC, LF line ends), null when empty, checked for length, control characters and tags. */
  text(field: keyof typeof FIELD_MAX_LENGTH | string, options: { multiline?: boolean } = {}): string | null {
    const value = (this.string(field) ?? "").normalize("NFC").replace(/\r\n?/g, "\n").trim();
    if (value === "") return null;
    const max = (FIELD_MAX_LENGTH as Record<string, number>)[field] ?? 200;
    if (value.length > max) this.issue(field, "form.tooLong");
    else if ((options.multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(value)) this.issue(field, "form.controlChars");
    else if (HTML_TAG.test(value)) this.issue(field, "form.noHtml");
    return value;
  }

  requiredText(field: string, options: { multiline?: boolean } = {}): string {
    const value = this.text(field, options);
    if (value === null) this.issue(field, "form.required");
    return value ?? "";
  }

  choice<T extends string>(field: string, values: readonly T[], missing: FormMessageKey = "form.required"): T | null {
    const value = (this.string(field) ?? "").trim();
    if (value === "") {
      this.issue(field, missing);
      return null;
    }
    if (!(values as readonly string[]).includes(value)) {
      this.issue(field, missing === "form.required" ? "form.unknownKind" : missing);
      return null;
    }
    return value as T;
  }

  /** A repeated field's values, trimmed, without empties or repeats, sorted. */
  list(field: string): string[] {
    const v = this.raw[field];
    const values = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string").map((x) => x.trim());
    const out = [...new Set(values.filter((x) => x !== ""))].sort();
    if (out.length > MAX_LIST) this.issue(field, "form.tooLong");
    return out;
  }

  /** A required number ("-3.18", or a number from a stored record). */
  number(field: string): number | null {
    const text = (this.string(field) ?? "").trim();
    if (text === "") {
      this.issue(field, "form.required");
      return null;
    }
    if (!NUMBER.test(text)) {
      this.issue(field, "form.badNumber");
      return null;
    }
    return Number(text);
  }

  /** An amount in pounds as whole pence (string arithmetic: no floating-point rounding). */
  pounds(field: string): number | null {
    const text = (this.string(field) ?? "").replace(/\s+/g, "");
    const m = POUNDS.exec(text);
    if (!m) {
      this.issue(field, /^-/.test(text) && /\d/.test(text) && !/[^\d,.£-]/.test(text) ? "form.amountNegative" : "form.amountFormat");
      return null;
    }
    const [, minus1, minus2, whole, fraction = ""] = m;
    const digits = whole.replace(/,/g, "");
    if (minus1 && minus2) {
      this.issue(field, "form.amountFormat");
      return null;
    }
    if (digits.length > MAX_POUNDS_DIGITS) {
      this.issue(field, "form.amountFormat");
      return null;
    }
    const pence = Number(digits) * 100 + Number(fraction.padEnd(2, "0"));
    if ((minus1 || minus2) && pence > 0) {
      this.issue(field, "form.amountNegative");
      return null;
    }
    return pence;
  }

  /** A normalised amount in pence (from a stored record), with errors reported under `formField`. */
  storedPence(field: string, formField: string): number | null {
    const text = (this.string(field) ?? "").trim();
    if (text === "") return null;
    if (!/^-?\d{1,15}$/.test(text)) {
      this.issue(formField, "form.amountFormat");
      return null;
    }
    const pence = Number(text);
    if (pence < 0) {
      this.issue(formField, "form.amountNegative");
      return null;
    }
    return pence;
  }

  /** One partial date from its precision and the input that precision names (see the module comment). */
  date(prefix: "start" | "end"): { date: string | null; precision: DatePrecision; ok: boolean } {
    const names = DATE_FIELDS[prefix];
    const stored = (this.string(names.date) ?? "").trim();
    let precision = (this.string(names.precision) ?? "").trim();
    if (precision === "") precision = stored === "" ? "unknown" : storedPrecision(stored);
    if (!(DATE_PRECISIONS as readonly string[]).includes(precision)) {
      this.issue(names.date, "form.badDate");
      return { date: null, precision: "unknown", ok: false };
    }
    if (precision === "unknown") return { date: null, precision: "unknown", ok: true };
    const p = precision as Exclude<DatePrecision, "unknown">;
    const value = (this.string(names[p]) ?? "").trim() || stored;
    if (value === "") {
      this.issue(names.date, "form.required");
      return { date: null, precision: p, ok: false };
    }
    if (!isPartialDate(value, p)) {
      this.issue(names.date, "form.badDate");
      return { date: null, precision: p, ok: false };
    }
    return { date: value, precision: p, ok: true };
  }

  /** Start and end dates; an end whose last possible day is before the start's first is an error. */
  dateRange(): Pick<ProjectInput, "startDate" | "startPrecision" | "endDate" | "endPrecision"> {
    const start = this.date("start");
    const end = this.date("end");
    if (start.ok && end.ok && start.date !== null && end.date !== null && lastDayOf(end.date) < firstDayOf(start.date)) {
      this.issue(DATE_FIELDS.end.date, "form.endBeforeStart");
    }
    return { startDate: start.date, startPrecision: start.precision, endDate: end.date, endPrecision: end.precision };
  }
}

/** The precision a stored partial date is written in ("bad" when it is none of them). */
function storedPrecision(value: string): string {
  return /^\d{4}$/.test(value) ? "year" : /^\d{4}-\d{2}$/.test(value) ? "month" : /^\d{4}-\d{2}-\d{2}$/.test(value) ? "day" : "bad";
}
