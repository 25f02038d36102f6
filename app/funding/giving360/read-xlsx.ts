/**
 * 360Giving XLSX workbooks, read with read-excel-file: the first sheet, header in row 1, the same
 * column titles as CSV. An XLSX cannot be streamed row by row (its shared strings and styles come
 * first, and read-excel-file reads the sheet whole), so workbooks over `maxWorkbookBytes` are refused.
 * Date cells become ISO days; numbers are kept as the digits the file stores, so amounts read
 * exactly as in CSV.
 */
import { stat } from "node:fs/promises";
import { readSheet } from "read-excel-file/node";
import type { Sink } from "./sink";
import { isBlankRow, planColumns, readRow } from "./tabular";
import { GrantFileError } from "./types";

export const DEFAULT_MAX_WORKBOOK_BYTES = 50_000_000;

/**
 * A cell as text: a date cell as its ISO day (or ISO date-time when it has a time), other values
 * as written.
 *
 * @example
 * cellText(new Date(Date.UTC(2026, 2, 31))) // "2026-03-31"
 * cellText("1000.50")                       // "1000.50"
 */
export function cellText(cell: unknown): string | null {
  if (cell == null) return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    const iso = cell.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
  }
  return String(cell);
}

/** A number cell as its stored digits; an exponent form ("2.5E+6") as plain digits. */
function keepDigits(digits: string): string {
  return /e/i.test(digits) ? String(Number(digits)) : digits;
}

/**
 * Reads every row of the first sheet into the sink; returns the unknown column titles.
 * Throws GrantFileError: "tooLarge", "badWorkbook", "noGrants" (empty sheet), "noIdentifierColumn".
 *
 * @example
 * const unknownColumns = await readXlsxGrants("/tmp/grants.xlsx", sink, 50_000_000);
 */
export async function readXlsxGrants(path: string, sink: Sink, maxWorkbookBytes: number): Promise<string[]> {
  const { size } = await stat(path);
  if (size > maxWorkbookBytes) {
    throw new GrantFileError(
      "tooLarge",
      `The workbook is ${(size / 1_000_000).toFixed(1)} MB, over the ${(maxWorkbookBytes / 1_000_000).toFixed(0)} MB read whole; save it as CSV instead`,
    );
  }
  let rows: unknown[][];
  try {
    rows = await readSheet(path, 1, { parseNumber: keepDigits, trim: false });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new GrantFileError("badWorkbook", `The XLSX workbook cannot be read: ${detail}`);
  }
  if (rows.length === 0) throw new GrantFileError("noGrants", "The workbook's first sheet is empty");
  const plan = planColumns(rows[0].map(cellText));
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i].map(cellText);
    rows[i] = []; // let each row go once read
    if (!isBlankRow(cells)) readRow(sink, plan, cells, i + 1);
  }
  return plan.unknownColumns;
}
