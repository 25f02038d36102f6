/** Small helpers shared by the unit and route tests. */
import type { z } from "zod";
import { HttpError } from "../app/platform/http.server";

/**
 * The HttpError a call throws (any other error is rethrown; no error fails the test).
 *
 * @example
 * expect(httpErrorOf(() => requireAuthority(ctx, "W06000007")).status).toBe(404);
 */
export function httpErrorOf(call: () => unknown): HttpError {
  try {
    call();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error("Expected an HttpError");
}

/**
 * A Set-Cookie value as its name=value first, then its attributes sorted, so tests do not depend
 * on the order a cookie library writes them in.
 *
 * @example
 * cookieParts("a=1; Secure; Path=/") // ["a=1", "Path=/", "Secure"]
 */
export function cookieParts(setCookie: string): string[] {
  const [first, ...rest] = setCookie.split("; ");
  return [first, ...rest.sort()];
}

/**
 * The cells of a CSV download, row by row: a one-regex reader (csv-parse is not installed), enough
 * for RFC 4180 cells, quoted or not, and CRLF rows. It keeps a byte-order mark: take that off first.
 *
 * @example
 * readCsv('id,name\r\n1,"Cardiff, Newport"\r\n') // [["id", "name"], ["1", "Cardiff, Newport"]]
 */
export function readCsv(csv: string): string[][] {
  const cell = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|$)/y;
  const rows: string[][] = [];
  let row: string[] = [];
  while (cell.lastIndex < csv.length) {
    const m = cell.exec(csv);
    if (!m) throw new Error(`Malformed CSV at character ${cell.lastIndex}`);
    row.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    if (m[3] !== ",") {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

/**
 * A zod schema's errors as field name → message keys, or {} when the input is valid.
 *
 * @example
 * errorsOf(OrganisationInputSchema, { nameEn: "" }).nameEn // ["form.required"]
 */
export function errorsOf(schema: z.ZodTypeAny, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

/**
 * A zod schema's output for an input that must be valid (the test fails with the issues otherwise).
 *
 * @example
 * valueOf(AwardInputSchema, { funderSlug: "welsh-government", programmeEn: "Grant" }).amountPence // null
 */
export function valueOf<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(`Expected valid input, got ${JSON.stringify(result.error.issues)}`);
  return result.data;
}
