import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { awardFormValues, organisationFormValues, projectFormValues } from "../../../app/listing/form-values";
import { awardInputSchema, AwardInputSchema, organisationInputSchema, OrganisationInputSchema, projectInputSchema, ProjectInputSchema, RejectInputSchema } from "../../../app/listing/form-schemas";
import { FORM_MESSAGE_KEYS, type AwardInput, type ProjectInput } from "../../../app/listing/record-types";
import { MAX_RADIUS_KM } from "../../../geo/reach";
import { errorsOf, valueOf } from "../../helpers";

const GSS_CODES = new Set(["W06000001", "W06000002", "W06000003"]);
const THEME_IDS = new Set(["hate-crime", "youth-asb"]);
const FUNDER_SLUGS = new Set(["welsh-government", "test-lottery"]);
const CHOICES = { gssCodes: GSS_CODES, themeIds: THEME_IDS, funderSlugs: FUNDER_SLUGS, projectIds: new Set([7, 12]) };
const LONG = "x".repeat(10_000);


function formData(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

const organisation = {
  nameEn: "Alpha Trust",
  nameCy: "",
  kind: "charity",
  charityNumber: "",
  companyNumber: "",
  website: "",
  email: "",
  descriptionEn: "A charity running a youth club.",
  descriptionCy: "",
  homeGss: "",
};

const project = {
  titleEn: "Westshire hate crime forum",
  descriptionEn: "A forum.",
  themes: "hate-crime",
  areaKind: "authorities",
  areaGss: ["W06000002", "W06000001", "W06000002"],
  startPrecision: "unknown",
  endPrecision: "unknown",
};

const award = {
  funderSlug: "welsh-government",
  programmeEn: "Community Cohesion",
  amountPounds: "1,234.56",
};

describe("the organisation form", () => {
  it("trims every field and turns empty optional fields into null", () => {
    expect(valueOf(organisationInputSchema(CHOICES), { ...organisation, nameEn: "  Alpha Trust  ", nameCy: "   ", homeGss: "W06000001" })).toEqual({
      nameEn: "Alpha Trust",
      nameCy: null,
      kind: "charity",
      charityNumber: null,
      companyNumber: null,
      website: null,
      email: null,
      descriptionEn: "A charity running a youth club.",
      descriptionCy: null,
      homeGss: "W06000001",
    });
  });

  it("rejects an empty or blank name with form.required beside the name", () => {
    expect(errorsOf(OrganisationInputSchema, { ...organisation, nameEn: "" })).toEqual({ nameEn: ["form.required"] });
    expect(errorsOf(OrganisationInputSchema, { ...organisation, nameEn: " \n " })).toEqual({ nameEn: ["form.required"] });
    expect(errorsOf(OrganisationInputSchema, { ...organisation, nameEn: undefined })).toEqual({ nameEn: ["form.required"] });
  });

  it("rejects 10,000-character fields with form.tooLong and accepts the longest allowed", () => {
    expect(errorsOf(OrganisationInputSchema, { ...organisation, nameEn: LONG, descriptionEn: LONG, descriptionCy: LONG })).toEqual({
      nameEn: ["form.tooLong"],
      descriptionEn: ["form.tooLong"],
      descriptionCy: ["form.tooLong"],
    });
    expect(errorsOf(OrganisationInputSchema, { ...organisation, nameEn: "n".repeat(200), descriptionEn: "d".repeat(2000) })).toEqual({});
    expect(errorsOf(OrganisationInputSchema, { ...organisation, nameEn: "n".repeat(201) })).toEqual({ nameEn: ["form.tooLong"] });
  });

  it("rejects script and other HTML tags with form.noHtml but keeps a lone less-than sign", () => {
    for (const bad of ["<script>alert(1)</script>", "Alpha </b>", "<!-- hidden -->", "<img src=x onerror=alert(1)>"]) {
      expect(errorsOf(OrganisationInputSchema, { ...organisation, nameEn: bad }), bad).toEqual({ nameEn: ["form.noHtml"] });
      expect(errorsOf(OrganisationInputSchema, { ...organisation, descriptionCy: bad }), bad).toEqual({ descriptionCy: ["form.noHtml"] });
    }
    expect(errorsOf(OrganisationInputSchema, { ...organisation, descriptionEn: "Fewer than 5 staff: 3 < 5, and we <3 Wales." })).toEqual({});
  });

  it("rejects control characters but keeps line breaks in descriptions, written as LF", () => {
    expect(errorsOf(OrganisationInputSchema, { ...organisation, nameEn: "Alpha\u0000Trust" })).toEqual({ nameEn: ["form.controlChars"] });
    expect(errorsOf(OrganisationInputSchema, { ...organisation, nameEn: "Alpha\nTrust" })).toEqual({ nameEn: ["form.controlChars"] });
    expect(errorsOf(OrganisationInputSchema, { ...organisation, descriptionEn: "Line\u001bone" })).toEqual({ descriptionEn: ["form.controlChars"] });
    expect(valueOf(OrganisationInputSchema, { ...organisation, descriptionEn: "One.\r\nTwo.\r\n" }).descriptionEn).toBe("One.\nTwo.");
  });

  it("keeps Welsh text, in Unicode NFC", () => {
    const decomposed = "Cymdeithas Gw\u0302yr";
    expect(valueOf(OrganisationInputSchema, { ...organisation, nameCy: decomposed }).nameCy).toBe("Cymdeithas Gŵyr");
  });

  it("rejects an unknown home authority with form.unknownAuthority", () => {
    expect(errorsOf(organisationInputSchema(CHOICES), { ...organisation, homeGss: "W06000007" })).toEqual({ homeGss: ["form.unknownAuthority"] });
    expect(errorsOf(OrganisationInputSchema, { ...organisation, homeGss: "Powys" })).toEqual({ homeGss: ["form.unknownAuthority"] });
  });

  it("rejects a missing or unknown kind", () => {
    expect(errorsOf(OrganisationInputSchema, { ...organisation, kind: "" })).toEqual({ kind: ["form.required"] });
    expect(errorsOf(OrganisationInputSchema, { ...organisation, kind: "cult" })).toEqual({ kind: ["form.unknownKind"] });
  });

  it("accepts http(s) web addresses only, without credentials", () => {
    expect(valueOf(OrganisationInputSchema, { ...organisation, website: "https://alpha.example.org/about" }).website).toBe("https://alpha.example.org/about");
    for (const bad of ["javascript:alert(1)", "ftp://alpha.example.org", "alpha.example.org", "https://localhost", "https://trusted.org@evil.example", "https://a b.org"]) {
      expect(errorsOf(OrganisationInputSchema, { ...organisation, website: bad }), bad).toEqual({ website: ["form.badUrl"] });
    }
    expect(errorsOf(OrganisationInputSchema, { ...organisation, website: `https://example.org/${"a".repeat(300)}` })).toEqual({ website: ["form.tooLong"] });
  });

  it("checks email addresses and charity numbers", () => {
    expect(valueOf(OrganisationInputSchema, { ...organisation, email: "info@alpha.org.uk", charityNumber: "1234567-1" })).toMatchObject({
      email: "info@alpha.org.uk",
      charityNumber: "1234567-1",
    });
    expect(errorsOf(OrganisationInputSchema, { ...organisation, email: "info@alpha", charityNumber: "SC12345" })).toEqual({
      email: ["form.badEmail"],
      charityNumber: ["form.charityNumber"],
    });
    expect(errorsOf(OrganisationInputSchema, { ...organisation, charityNumber: "1".repeat(21) })).toEqual({ charityNumber: ["form.tooLong"] });
  });

  it("reports every problem at once, one message per field", () => {
    expect(errorsOf(organisationInputSchema(CHOICES), { nameEn: "", kind: "x", descriptionEn: "<b>hi</b>", homeGss: "W06000099", email: "no" })).toEqual({
      nameEn: ["form.required"],
      kind: ["form.unknownKind"],
      descriptionEn: ["form.noHtml"],
      homeGss: ["form.unknownAuthority"],
      email: ["form.badEmail"],
    });
  });
});

describe("the project form", () => {
  it("normalises themes and authorities to sorted lists without repeats", () => {
    expect(valueOf(projectInputSchema(CHOICES), project)).toEqual({
      titleEn: "Westshire hate crime forum",
      titleCy: null,
      descriptionEn: "A forum.",
      descriptionCy: null,
      themes: ["hate-crime"],
      areaKind: "authorities",
      areaGss: ["W06000001", "W06000002"],
      pointLng: null,
      pointLat: null,
      radiusKm: null,
      startDate: null,
      startPrecision: "unknown",
      endDate: null,
      endPrecision: "unknown",
    } satisfies ProjectInput);
  });

  it("reads only the date input its precision names", () => {
    const dates = {
      startPrecision: "year",
      startYear: "2025",
      startMonth: "2025-06",
      startDay: "2025-06-01",
      endPrecision: "month",
      endMonth: "2027-03",
      endDay: "2027-03-31",
      endYear: "2027",
    };
    expect(valueOf(ProjectInputSchema, { ...project, ...dates })).toMatchObject({ startDate: "2025", startPrecision: "year", endDate: "2027-03", endPrecision: "month" });
    expect(valueOf(ProjectInputSchema, { ...project, ...dates, endPrecision: "day" })).toMatchObject({ endDate: "2027-03-31", endPrecision: "day" });
    expect(valueOf(ProjectInputSchema, { ...project, ...dates, endPrecision: "unknown" })).toMatchObject({ endDate: null, endPrecision: "unknown" });
    expect(valueOf(ProjectInputSchema, { ...project, startYear: "2025" })).toMatchObject({ startDate: null, startPrecision: "unknown" });
  });

  it("rejects malformed and impossible dates with form.badDate under startDate or endDate", () => {
    const cases: [Record<string, string>, string][] = [
      [{ endPrecision: "month", endMonth: "2027-13" }, "endDate"],
      [{ endPrecision: "month", endMonth: "03/2027" }, "endDate"],
      [{ endPrecision: "day", endDay: "2027-02-29" }, "endDate"],
      [{ endPrecision: "year", endYear: "27" }, "endDate"],
      [{ startPrecision: "year", startYear: "1066" }, "startDate"],
      [{ startPrecision: "week", startDay: "2027-01-01" }, "startDate"],
    ];
    for (const [fields, field] of cases) expect(errorsOf(ProjectInputSchema, { ...project, ...fields }), JSON.stringify(fields)).toEqual({ [field]: ["form.badDate"] });
    expect(errorsOf(ProjectInputSchema, { ...project, endPrecision: "month", endMonth: "" })).toEqual({ endDate: ["form.required"] });
    expect(valueOf(ProjectInputSchema, { ...project, endPrecision: "day", endDay: "2028-02-29" }).endDate).toBe("2028-02-29");
  });

  it("rejects an end before the start with form.endBeforeStart beside the end date", () => {
    const range = (start: [string, string], end: [string, string]) => ({
      ...project,
      startPrecision: start[0],
      [`start${start[0][0].toUpperCase()}${start[0].slice(1)}`]: start[1],
      endPrecision: end[0],
      [`end${end[0][0].toUpperCase()}${end[0].slice(1)}`]: end[1],
    });
    expect(errorsOf(ProjectInputSchema, range(["month", "2027-04"], ["month", "2027-03"]))).toEqual({ endDate: ["form.endBeforeStart"] });
    expect(errorsOf(ProjectInputSchema, range(["year", "2027"], ["day", "2026-12-31"]))).toEqual({ endDate: ["form.endBeforeStart"] });
    // An end known to the month runs to its last day; a start known to the year starts on its first.
    expect(errorsOf(ProjectInputSchema, range(["day", "2027-03-15"], ["month", "2027-03"]))).toEqual({});
    expect(errorsOf(ProjectInputSchema, range(["year", "2027"], ["day", "2027-01-01"]))).toEqual({});
    expect(errorsOf(ProjectInputSchema, range(["day", "2027-03-31"], ["day", "2027-03-31"]))).toEqual({});
  });

  it("needs a point inside Wales and a radius of more than 0 and up to 300 km for a point area", () => {
    const point = { ...project, areaKind: "point", pointLng: "-3.18", pointLat: "51.48", radiusKm: "10" };
    expect(valueOf(ProjectInputSchema, point)).toMatchObject({ areaKind: "point", areaGss: [], pointLng: -3.18, pointLat: 51.48, radiusKm: 10 });
    expect(errorsOf(ProjectInputSchema, { ...point, radiusKm: "0" })).toEqual({ radiusKm: ["form.radiusRange"] });
    expect(errorsOf(ProjectInputSchema, { ...point, radiusKm: "-1" })).toEqual({ radiusKm: ["form.radiusRange"] });
    expect(errorsOf(ProjectInputSchema, { ...point, radiusKm: String(MAX_RADIUS_KM + 0.5) })).toEqual({ radiusKm: ["form.radiusRange"] });
    expect(errorsOf(ProjectInputSchema, { ...point, radiusKm: String(MAX_RADIUS_KM) })).toEqual({});
    expect(errorsOf(ProjectInputSchema, { ...point, radiusKm: "ten" })).toEqual({ radiusKm: ["form.badNumber"] });
    expect(errorsOf(ProjectInputSchema, { ...point, radiusKm: "" })).toEqual({ radiusKm: ["form.required"] });
    expect(errorsOf(ProjectInputSchema, { ...point, pointLng: "-1.5", pointLat: "54.2" })).toEqual({ pointLng: ["form.outsideWales"], pointLat: ["form.outsideWales"] });
    expect(errorsOf(ProjectInputSchema, { ...point, pointLng: "51.48", pointLat: "-3.18" })).toEqual({ pointLng: ["form.outsideWales"], pointLat: ["form.outsideWales"] });
  });

  it("needs at least one known authority for an authorities area", () => {
    expect(errorsOf(projectInputSchema(CHOICES), { ...project, areaGss: ["W06000001", "W06000007"] })).toEqual({ areaGss: ["form.unknownAuthority"] });
    expect(errorsOf(projectInputSchema(CHOICES), { ...project, areaGss: [] })).toEqual({ areaGss: ["form.areaRequired"] });
    expect(errorsOf(projectInputSchema(CHOICES), { ...project, areaGss: undefined })).toEqual({ areaGss: ["form.areaRequired"] });
    expect(errorsOf(projectInputSchema(CHOICES), { ...project, areaKind: "" })).toEqual({ areaKind: ["form.areaRequired"] });
    expect(errorsOf(projectInputSchema(CHOICES), { ...project, areaKind: "galaxy" })).toEqual({ areaKind: ["form.areaRequired"] });
  });

  it("serves all of Wales when 'select all' sends areaKind=wales, ignoring the other area fields", () => {
    expect(valueOf(projectInputSchema(CHOICES), { ...project, areaKind: "wales", areaGss: ["W06000099"], radiusKm: "0" })).toMatchObject({
      areaKind: "wales",
      areaGss: [],
      pointLng: null,
      pointLat: null,
      radiusKm: null,
    });
  });

  it("needs at least one known theme", () => {
    expect(errorsOf(projectInputSchema(CHOICES), { ...project, themes: [] })).toEqual({ themes: ["form.themesRequired"] });
    expect(errorsOf(projectInputSchema(CHOICES), { ...project, themes: ["hate-crime", "knitting"] })).toEqual({ themes: ["form.unknownTheme"] });
    expect(valueOf(projectInputSchema(CHOICES), { ...project, themes: ["youth-asb", "hate-crime", "youth-asb"] }).themes).toEqual(["hate-crime", "youth-asb"]);
  });
});

describe("the award form", () => {
  it("turns pounds into whole pence", () => {
    const pence = (amountPounds: string) => valueOf(AwardInputSchema, { ...award, amountPounds }).amountPence;
    expect(pence("1,234.56")).toBe(123_456);
    expect(pence("£12,500")).toBe(1_250_000);
    expect(pence(" 12500.5 ")).toBe(1_250_050);
    expect(pence("0")).toBe(0);
    expect(pence("")).toBeNull();
    expect(pence("1,000,000.01")).toBe(100_000_001);
  });

  it("rejects a negative amount with form.amountNegative and a malformed one with form.amountFormat", () => {
    expect(errorsOf(AwardInputSchema, { ...award, amountPounds: "-5" })).toEqual({ amountPounds: ["form.amountNegative"] });
    expect(errorsOf(AwardInputSchema, { ...award, amountPounds: "-£1,000" })).toEqual({ amountPounds: ["form.amountNegative"] });
    for (const bad of ["abc", "1,23", "1.234", "12e3", "£", "1.2.3", "9".repeat(13)]) {
      expect(errorsOf(AwardInputSchema, { ...award, amountPounds: bad }), bad).toEqual({ amountPounds: ["form.amountFormat"] });
    }
  });

  it("names an existing funder or a new one with its kind", () => {
    expect(valueOf(awardInputSchema(CHOICES), award)).toMatchObject({ funderSlug: "welsh-government", newFunderName: null, newFunderKind: null });
    expect(valueOf(awardInputSchema(CHOICES), { ...award, funderSlug: "", newFunderName: "Gwent Fund", newFunderKind: "trust" })).toMatchObject({
      funderSlug: null,
      newFunderName: "Gwent Fund",
      newFunderKind: "trust",
    });
    expect(errorsOf(awardInputSchema(CHOICES), { ...award, funderSlug: "nobody" })).toEqual({ funderSlug: ["form.unknownFunder"] });
    expect(errorsOf(awardInputSchema(CHOICES), { ...award, funderSlug: "" })).toEqual({ funderSlug: ["form.required"] });
    expect(errorsOf(awardInputSchema(CHOICES), { ...award, funderSlug: "", newFunderName: "Gwent Fund" })).toEqual({ newFunderKind: ["form.required"] });
    expect(errorsOf(awardInputSchema(CHOICES), { ...award, funderSlug: "", newFunderName: "<i>x</i>", newFunderKind: "bank" })).toEqual({
      newFunderName: ["form.noHtml"],
      newFunderKind: ["form.unknownKind"],
    });
  });

  it("checks the programme, the project, the period and the dates", () => {
    expect(errorsOf(awardInputSchema(CHOICES), { ...award, programmeEn: "", projectId: "99", amountPeriod: "weekly", startPrecision: "day", startDay: "2026-04-01", endPrecision: "year", endYear: "2025" })).toEqual({
      programmeEn: ["form.required"],
      projectId: ["form.unknownProject"],
      amountPeriod: ["form.unknownKind"],
      endDate: ["form.endBeforeStart"],
    });
    expect(errorsOf(AwardInputSchema, { ...award, projectId: "twelve" })).toEqual({ projectId: ["form.unknownProject"] });
    expect(valueOf(awardInputSchema(CHOICES), { ...award, projectId: "12" })).toMatchObject({ projectId: 12, amountPeriod: "total" });
    expect(valueOf(AwardInputSchema, { ...award, amountPeriod: "per-year" }).amountPeriod).toBe("per-year");
  });
});

describe("normalised records", () => {
  const fullProject: ProjectInput = {
    titleEn: "Hate crime forum",
    titleCy: "Fforwm troseddau casineb",
    descriptionEn: "A forum.\nMonthly.",
    descriptionCy: null,
    themes: ["hate-crime", "youth-asb"],
    areaKind: "point",
    areaGss: [],
    pointLng: -4.31234,
    pointLat: 53.1,
    radiusKm: 12.5,
    startDate: "2025",
    startPrecision: "year",
    endDate: "2027-03-31",
    endPrecision: "day",
  };
  const fullAward: AwardInput = {
    funderSlug: null,
    newFunderName: "Gwent Fund",
    newFunderKind: "trust",
    programmeEn: "Small grants",
    programmeCy: null,
    projectId: 7,
    amountPence: 1_250_050,
    amountPeriod: "per-year",
    startDate: "2026-04",
    startPrecision: "month",
    endDate: null,
    endPrecision: "unknown",
  };

  it("are valid input that parses to themselves, so a stored submission can be checked again", () => {
    const org = valueOf(OrganisationInputSchema, { ...organisation, website: "https://alpha.org", homeGss: "W06000002" });
    expect(valueOf(OrganisationInputSchema, org)).toEqual(org);
    expect(valueOf(projectInputSchema(CHOICES), fullProject)).toEqual(fullProject);
    expect(valueOf(awardInputSchema(CHOICES), fullAward)).toEqual(fullAward);
  });

  it("turn into form values that parse back to the same record", () => {
    const org = valueOf(OrganisationInputSchema, organisation);
    expect(valueOf(OrganisationInputSchema, organisationFormValues(org))).toEqual(org);
    const projectValues = projectFormValues(fullProject);
    expect(projectValues).toMatchObject({ startPrecision: "year", startYear: "2025", endPrecision: "day", endDay: "2027-03-31", endMonth: "2027-03", endYear: "2027", pointLng: "-4.31234" });
    expect(valueOf(projectInputSchema(CHOICES), { ...projectValues, startDate: undefined, endDate: undefined })).toEqual(fullProject);
    const awardValues = awardFormValues(fullAward);
    expect(awardValues).toMatchObject({ amountPounds: "12500.50", startMonth: "2026-04", endPrecision: "unknown" });
    expect(valueOf(awardInputSchema(CHOICES), { ...awardValues, amountPence: undefined })).toEqual(fullAward);
    expect(awardFormValues({ ...fullAward, amountPence: 5_000_000 }).amountPounds).toBe("50000");
  });
});

describe("the schemas with Conform", () => {
  it("read FormData with repeated names and empty inputs, keeping errors on the field names", () => {
    const ok = parseWithZod(
      formData([
        ["titleEn", "Forum"],
        ["titleCy", ""],
        ["descriptionEn", "A forum."],
        ["themes", "hate-crime"],
        ["areaKind", "authorities"],
        ["areaGss", "W06000003"],
        ["areaGss", "W06000001"],
        ["pointLng", ""],
        ["startPrecision", "month"],
        ["startMonth", "2025-09"],
        ["startDay", ""],
        ["endPrecision", "unknown"],
      ]),
      { schema: projectInputSchema(CHOICES) },
    );
    expect(ok.status).toBe("success");
    expect(ok.status === "success" && ok.value).toMatchObject({ titleCy: null, themes: ["hate-crime"], areaGss: ["W06000001", "W06000003"], startDate: "2025-09", startPrecision: "month" });

    const bad = parseWithZod(
      formData([
        ["titleEn", ""],
        ["descriptionEn", "<script>alert(1)</script>"],
        ["areaKind", "point"],
        ["pointLng", "-3.2"],
        ["pointLat", "51.5"],
        ["radiusKm", "0"],
        ["startPrecision", "month"],
        ["startMonth", "2027-04"],
        ["endPrecision", "month"],
        ["endMonth", "2027-03"],
      ]),
      { schema: projectInputSchema(CHOICES) },
    );
    expect(bad.status).toBe("error");
    expect(bad.reply().error).toEqual({
      titleEn: ["form.required"],
      descriptionEn: ["form.noHtml"],
      themes: ["form.themesRequired"],
      radiusKm: ["form.radiusRange"],
      endDate: ["form.endBeforeStart"],
    });
    // The reply keeps what was typed.
    expect(bad.reply().initialValue).toMatchObject({ descriptionEn: "<script>alert(1)</script>", radiusKm: "0" });
  });

  it("give the same answer with Conform's automatic coercion turned off", () => {
    const fd = formData([
      ["funderSlug", ""],
      ["newFunderName", "Gwent Fund"],
      ["newFunderKind", "trust"],
      ["programmeEn", "Small grants"],
      ["amountPounds", "-5"],
    ]);
    const on = parseWithZod(fd, { schema: AwardInputSchema });
    const off = parseWithZod(fd, { schema: AwardInputSchema, disableAutoCoercion: true });
    expect(on.reply().error).toEqual({ amountPounds: ["form.amountNegative"] });
    expect(off.reply().error).toEqual(on.reply().error);
  });
});

describe("the rejection reason", () => {
  it("is required, trimmed, and at most 1,000 characters", () => {
    expect(valueOf(RejectInputSchema, { reason: "  Please add an end date.  " })).toEqual({ reason: "Please add an end date." });
    expect(errorsOf(RejectInputSchema, { reason: "  " })).toEqual({ reason: ["form.required"] });
    expect(errorsOf(RejectInputSchema, { reason: "r".repeat(1001) })).toEqual({ reason: ["form.tooLong"] });
  });
});

describe("FORM_MESSAGE_KEYS", () => {
  it("lists distinct keys under form.", () => {
    expect(new Set(FORM_MESSAGE_KEYS).size).toBe(FORM_MESSAGE_KEYS.length);
    for (const key of FORM_MESSAGE_KEYS) expect(key).toMatch(/^form\.[a-zA-Z]+$/);
  });
});
