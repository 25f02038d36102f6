/**
 * One grant in its 360Giving JSON shape → a checked Grant, or the problems that stop it being read.
 * Both the JSON reader and the CSV/XLSX readers (which build this shape from the columns) use it.
 */
import { listObjects, readLocations, readOrg } from "./locations";
import type { FieldPath, FieldProblem, Grant, GrantDate } from "./types";
import { endFromDuration, endsBeforeStart, isBad, quote, readAmountPence, readGrantDate, readName, readNumber, readText } from "./values";

/** A grant read from its raw shape: the grant, or null with the problems found. */
export interface NormalisedGrant {
  grant: Grant | null;
  problems: FieldProblem[];
  /** Dates read as UK DD/MM/YYYY. */
  ukDates: number;
}

interface DateContext {
  problems: FieldProblem[];
  ukDates: number;
}

function readDate(value: unknown, path: FieldPath, ctx: DateContext): GrantDate | null {
  const reading = readGrantDate(value);
  if (reading === null) return null;
  if (isBad(reading)) {
    ctx.problems.push({ path, key: "badDate", detail: reading.bad });
    return null;
  }
  if (reading.uk) ctx.ukDates += 1;
  return reading.date;
}

function readAmount(raw: Record<string, unknown>, problems: FieldProblem[]): number {
  const pence = readAmountPence(raw.amountAwarded);
  if (pence === null) problems.push({ path: ["amountAwarded"], key: "missingField", detail: "no amount is given" });
  if (isBad(pence)) problems.push({ path: ["amountAwarded"], key: "badAmount", detail: pence.bad });
  return typeof pence === "number" ? pence : 0;
}

function checkCurrency(raw: Record<string, unknown>, problems: FieldProblem[]): void {
  const currency = readText(raw.currency);
  if (currency === null) {
    problems.push({ path: ["currency"], key: "missingField", detail: "no currency is given (only GBP is read)" });
  } else if (currency.toUpperCase() !== "GBP") {
    problems.push({
      path: ["currency"],
      key: "badCurrency",
      detail: `${quote(currency)} is not GBP: only grants in pounds sterling (GBP) are read`,
    });
  }
}

type Period = Pick<Grant, "start" | "end" | "endFrom" | "durationMonths">;

/** Start and end: actual dates where given, else planned; an end from start + duration when neither gives one. */
function readPeriod(raw: Record<string, unknown>, ctx: DateContext): Period {
  const sides = (["actualDates", "plannedDates"] as const).map((key) => {
    const first = listObjects(raw[key])[0];
    const item = first?.item ?? {};
    const path = [key, first?.index ?? 0];
    const duration = readNumber(item.duration);
    if (isBad(duration) || (typeof duration === "number" && duration < 0)) {
      const detail = isBad(duration) ? duration.bad : `${duration} is not a number of months`;
      ctx.problems.push({ path: [...path, "duration"], key: "badNumber", detail });
    }
    return {
      path,
      start: readDate(item.startDate, [...path, "startDate"], ctx),
      end: readDate(item.endDate, [...path, "endDate"], ctx),
      duration: typeof duration === "number" && duration >= 0 ? duration : null,
    };
  });
  const [actual, planned] = sides;
  const start = actual.start ?? planned.start;
  const durationMonths = actual.duration ?? planned.duration;
  let end: GrantDate | null = null;
  let endFrom: Period["endFrom"] = null;
  let endPath: FieldPath | null = null;
  for (const [side, from] of [[actual, "actual"], [planned, "planned"]] as const) {
    if (end) break;
    if (side.end) [end, endFrom, endPath] = [side.end, from, [...side.path, "endDate"]];
    else if (side.duration !== null && start) {
      end = endFromDuration(start, side.duration);
      endFrom = end ? "duration" : null;
    }
  }
  if (start && end && endPath && endsBeforeStart(end, start)) {
    ctx.problems.push({ path: endPath, key: "endBeforeStart", detail: `${quote(end.date)} is before the start ${quote(start.date)}` });
  }
  return { start, end, endFrom, durationMonths };
}

/**
 * Checks and normalises one grant. `row` is kept on the grant (spreadsheet row, or index + 1 in JSON).
 *
 * @example
 * const { grant, problems } = normaliseGrant({ id: "360G-x-1", title: "Youth club", description: "",
 *   currency: "GBP", amountAwarded: 5000, awardDate: "2026-01-15",
 *   fundingOrganization: [{ id: "GB-CHC-1", name: "Trust" }], recipientOrganization: [{ id: "GB-CHC-2", name: "Club" }] }, 2);
 * grant?.amountPence // 500000
 */
export function normaliseGrant(raw: Record<string, unknown>, row: number): NormalisedGrant {
  const ctx: DateContext = { problems: [], ukDates: 0 };
  const problems = ctx.problems;
  const identifier = readText(raw.id);
  if (identifier === null) problems.push({ path: ["id"], key: "missingIdentifier", detail: "no grant identifier is given" });
  const title = readName(raw.title) ?? "";
  if (title === "") problems.push({ path: ["title"], key: "missingField", detail: "no title is given" });
  const amountPence = readAmount(raw, problems);
  checkCurrency(raw, problems);
  const awardDate = readDate(raw.awardDate, ["awardDate"], ctx);
  const period = readPeriod(raw, ctx);
  const funder = readOrg(raw.fundingOrganization, "fundingOrganization", problems);
  if (!funder) problems.push({ path: ["fundingOrganization", 0, "name"], key: "missingField", detail: "no funding organisation is given" });
  const recipient = readOrg(raw.recipientOrganization, "recipientOrganization", problems);
  if (!recipient && listObjects(raw.recipientIndividual).length === 0) {
    problems.push({ path: ["recipientOrganization", 0, "name"], key: "missingField", detail: "no recipient organisation or individual is given" });
  }
  const beneficiaryLocations = readLocations(raw.beneficiaryLocation, ["beneficiaryLocation"], problems);
  if (problems.length > 0 || identifier === null || !funder) return { grant: null, problems, ukDates: ctx.ukDates };
  const programme = listObjects(raw.grantProgramme)[0]?.item;
  const grant: Grant = {
    row,
    identifier,
    title,
    description: readText(raw.description) ?? "",
    amountPence,
    awardDate,
    ...period,
    funder,
    recipient,
    programme: programme ? { title: readName(programme.title), code: readText(programme.code) } : null,
    classifications: listObjects(raw.classifications).map(({ item }) => ({
      vocabulary: readText(item.vocabulary),
      code: readText(item.code),
      title: readText(item.title),
    })),
    beneficiaryLocations,
    locationScope: readText(raw.locationScope),
    dateModified: readText(raw.dateModified),
    dataSource: readText(raw.dataSource),
  };
  return { grant, problems, ukDates: ctx.ukDates };
}
