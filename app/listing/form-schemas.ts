/**
 * The listing forms: an organisation, its projects and their funding awards, plus a moderator's
 * rejection reason. Pure (zod only) so the server (Conform's parseWithZod, the moderation queue)
 * and the browser share one set of rules.
 *
 * Every schema reads FORM FIELD NAMES (strings, or arrays of strings for repeated names, exactly
 * as FormData or Conform's parsed payload gives them) and returns a normalised record: text
 * trimmed, empty optional fields null, a website in its URL's normal form (`new URL(v).href`),
 * lists sorted and de-duplicated, dates as partial ISO strings with their precision, money in
 * pence. A normalised record is also a valid input, so a stored submission can be validated again
 * when a moderator approves it.
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
import { AREA_KINDS, FUNDER_KINDS, ORGANISATION_KINDS, type AreaKind, type FunderKind, type OrganisationKind } from "../../db/enums";
import { MAX_RADIUS_KM, WALES_BBOX } from "../../geo/geometry";
import { EMAIL, normaliseWebsite } from "../platform/form-fields";
import { CHARITY_NUMBER, FieldReader, SLUG, isKnownGss } from "./field-reader";
import {
  AMOUNT_PERIODS,
  FIELD_MAX_LENGTH,
  type AmountPeriod,
  type AwardInput,
  type OrganisationInput,
  type ProjectInput,
  type RecordChoices,
  type RejectInput,
} from "./record-types";

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
    if (out.website !== null) {
      // Stored in its normal form, so one address is always written the same way.
      const href = normaliseWebsite(out.website);
      if (href === null) f.issue("website", "form.badUrl");
      else if (href.length > FIELD_MAX_LENGTH.website) f.issue("website", "form.tooLong");
      else out.website = href;
    }
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
