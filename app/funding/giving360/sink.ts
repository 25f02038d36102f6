/**
 * Where grants read from any format go: field sizes are checked first, the grant is normalised,
 * and its problems are placed in a row and column (the column as the file titles it) before they
 * reach the caller. Counts for the report are kept here.
 */
import { normaliseGrant } from "./normalise-grant";
import { pathKey, titleOfPath } from "./titles";
import type { FieldPath, Grant, GrantProblem, ReadReport } from "./types";
import { isOverBytes } from "./values";

export const DEFAULT_MAX_FIELD_BYTES = 1_000_000;

/** The caller's callbacks and the running counts of one read. */
export interface Sink {
  format: ReadReport["format"];
  onGrant: (g: Grant) => void;
  onProblem: (p: GrantProblem) => void;
  maxFieldBytes: number;
  grantsRead: number;
  ukDates: number;
  swappedLocations: number;
}

/**
 * A new sink for one read.
 *
 * @example
 * const sink = createSink("csv", (g) => grants.push(g), (p) => problems.push(p), 1_000_000);
 */
export function createSink(
  format: Sink["format"],
  onGrant: Sink["onGrant"],
  onProblem: Sink["onProblem"],
  maxFieldBytes: number,
): Sink {
  return { format, onGrant, onProblem, maxFieldBytes, grantsRead: 0, ukDates: 0, swappedLocations: 0 };
}

/** Titles a path as its file does: CSV/XLSX headers by path, else the standard's title. */
export type ColumnTitler = (path: FieldPath) => string;

/** The standard's title for a path (JSON files have no column titles of their own). */
export const standardTitler: ColumnTitler = (path) => titleOfPath(path);

/**
 * Reports one problem at a row, in English naming the row, the column and the value.
 *
 * @example
 * reportProblem(sink, 7, "Amount Awarded", "badAmount", '"£1,000" is not a number')
 * // message: 'Row 7, column "Amount Awarded": "£1,000" is not a number'
 */
export function reportProblem(sink: Sink, row: number, column: string, key: GrantProblem["key"], detail: string): void {
  const where = sink.format === "json" ? `Grant ${row}, field "${column}"` : `Row ${row}, column "${column}"`;
  sink.onProblem({ row, column, key, message: `${where}: ${detail}` });
}

/**
 * Reports a field over the size limit; the value itself is not quoted.
 *
 * @example
 * reportTooLong(sink, 11, "Description", hugeText) // 'Row 11, column "Description": the value is 2.1 MB, over the limit of 1048576 bytes'
 */
export function reportTooLong(sink: Sink, row: number, column: string, text: string): void {
  const megabytes = (Buffer.byteLength(text, "utf8") / 1_000_000).toFixed(1);
  reportProblem(sink, row, column, "fieldTooLong", `the value is ${megabytes} MB, over the limit of ${sink.maxFieldBytes} bytes`);
}

/**
 * Normalises a raw grant and hands it on, or reports its problems. Returns true when it was read.
 *
 * @example
 * acceptGrant(sink, rawGrant, 2, standardTitler) // true, and sink.onGrant was called
 */
export function acceptGrant(sink: Sink, raw: Record<string, unknown>, row: number, titler: ColumnTitler): boolean {
  const { grant, problems, ukDates } = normaliseGrant(raw, row);
  if (!grant) {
    for (const p of problems) reportProblem(sink, row, titler(p.path), p.key, p.detail);
    return false;
  }
  sink.grantsRead += 1;
  sink.ukDates += ukDates;
  for (const loc of grant.beneficiaryLocations) if (loc.swappedFixed) sink.swappedLocations += 1;
  for (const org of [grant.funder, grant.recipient]) {
    for (const loc of org?.locations ?? []) if (loc.swappedFixed) sink.swappedLocations += 1;
  }
  sink.onGrant(grant);
  return true;
}

/**
 * Every string in a JSON value over the size limit, with its path (checked before anything else).
 *
 * @example
 * findTooLong({ description: "x".repeat(2_000_000) }, 1_000_000) // [{ path: ["description"], text: "xxx…" }]
 */
export function findTooLong(value: unknown, maxBytes: number, path: (string | number)[] = []): { path: FieldPath; text: string }[] {
  if (typeof value === "string") return isOverBytes(value, maxBytes) ? [{ path, text: value }] : [];
  if (value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => findTooLong(v, maxBytes, [...path, k]));
}

/**
 * A titler from a CSV/XLSX header map (path key → header as written), falling back to the standard.
 *
 * @example
 * headerTitler(new Map([["amountAwarded", "Amount Awarded "]]))(["amountAwarded"]) // "Amount Awarded "
 */
export function headerTitler(headers: ReadonlyMap<string, string>): ColumnTitler {
  return (path) => headers.get(pathKey(path)) ?? titleOfPath(path);
}

