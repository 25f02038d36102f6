/**
 * The field reader behind every listing form schema: it reads raw form values (strings, or arrays
 * for repeated names) one field at a time and reports at most one message key per field, so every
 * problem in a form is reported at once and no field can abort the parse.
 */
import { z } from "zod";
import { DATE_PRECISIONS, type DatePrecision } from "../../db/enums";
import { firstDayOf, isIsoDay, lastDayOf } from "../../geo/dates/partial-date";
import { INVISIBLE_FORMAT } from "../platform/form-fields";
import { DATE_FIELDS, FIELD_MAX_LENGTH, YEAR_RANGE, type FormMessageKey, type ProjectInput } from "./record-types";

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const GSS = /^W06\d{6}$/;
export const CHARITY_NUMBER = /^\d+(?:-\d+)*$/;
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

export function isKnownGss(code: string, known: ReadonlySet<string> | undefined): boolean {
  return GSS.test(code) && (!known || known.has(code));
}

function isPartialDate(value: string, precision: Exclude<DatePrecision, "unknown">): boolean {
  const ok =
    precision === "day" ? isIsoDay(value) : precision === "month" ? /^\d{4}-(0[1-9]|1[0-2])$/.test(value) : /^\d{4}$/.test(value);
  const year = Number(value.slice(0, 4));
  return ok && year >= YEAR_RANGE[0] && year <= YEAR_RANGE[1];
}

/** Reads raw form values one field at a time, reporting at most one message per field. */
export class FieldReader {
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

  /**
   * Free text: trimmed (Unicode NFC, LF line ends), null when empty, checked for length, control
   * characters and tags. Single-line text (names, titles) also refuses invisible formatting
   * characters such as right-to-left overrides; multi-line descriptions keep them, as the left-to-right
   * and right-to-left marks are needed in mixed-direction writing.
   */
  text(field: keyof typeof FIELD_MAX_LENGTH | string, options: { multiline?: boolean } = {}): string | null {
    const value = (this.string(field) ?? "").normalize("NFC").replace(/\r\n?/g, "\n").trim();
    if (value === "") return null;
    const max = (FIELD_MAX_LENGTH as Record<string, number>)[field] ?? 200;
    if (value.length > max) this.issue(field, "form.tooLong");
    else if ((options.multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(value)) this.issue(field, "form.controlChars");
    else if (!options.multiline && INVISIBLE_FORMAT.test(value)) this.issue(field, "form.invisibleChars");
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

