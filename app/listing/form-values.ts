/** Records as form values (Conform's defaultValue), for the edit forms. */
import type { DatePrecision } from "../../db/enums";
import { DATE_FIELDS, type AwardInput, type OrganisationInput, type ProjectInput } from "./record-types";

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
