/** Small helpers shared by the unit and route tests. */
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
