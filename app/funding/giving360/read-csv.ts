/**
 * 360Giving CSV, streamed with csv-parse: one record at a time, so memory stays flat however many
 * rows there are. The BOM, quoted commas and newlines inside quotes are csv-parse's job; a row's
 * number is its spreadsheet row (header = 1, blank lines counted, a quoted newline not).
 */
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream";
import { CsvError, parse } from "csv-parse";
import type { Sink } from "./sink";
import { isBlankRow, planColumns, readRow, type ColumnPlan } from "./tabular";
import { GrantFileError } from "./types";

/** A record may hold this many field limits before the whole file is refused as too large. */
const RECORD_LIMIT_FACTOR = 16;

/**
 * Reads every row of a CSV file into the sink; returns the unknown column titles.
 * Throws GrantFileError: "noGrants" (empty file), "noIdentifierColumn", "truncated" (a quote never
 * closed), "tooLarge" (one row over 16 × maxFieldBytes), "unknownFormat" (not CSV).
 *
 * @example
 * const unknownColumns = await readCsvGrants("/tmp/grants.csv", sink);
 */
export async function readCsvGrants(path: string, sink: Sink, onOpen?: (file: { bytesRead: number }) => void): Promise<string[]> {
  const recordLimit = sink.maxFieldBytes * RECORD_LIMIT_FACTOR;
  const parser = parse({ bom: true, relax_column_count: true, relax_quotes: true, max_record_size: recordLimit });
  const file = createReadStream(path);
  onOpen?.(file);
  pipeline(file, parser, () => {
    // errors reach the loop below through the parser
  });
  let plan: ColumnPlan | null = null;
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      if (plan === null) plan = planColumns(record);
      else if (!isBlankRow(record)) readRow(sink, plan, record, row);
    }
  } catch (error) {
    throw csvFileError(error, row + 1, recordLimit);
  }
  if (plan === null) throw new GrantFileError("noGrants", "The CSV file is empty: no header row and no grants");
  return plan.unknownColumns;
}

function csvFileError(error: unknown, row: number, recordLimit: number): unknown {
  if (error instanceof GrantFileError || !(error instanceof CsvError)) return error;
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    return new GrantFileError("truncated", `The CSV file ends inside a quoted value that starts at row ${row}: it looks cut short`);
  }
  if (error.code === "CSV_MAX_RECORD_SIZE") {
    return new GrantFileError("tooLarge", `Row ${row} is over ${recordLimit} characters: the file cannot be read`);
  }
  return new GrantFileError("unknownFormat", `Not a readable CSV file at row ${row}: ${error.message}`);
}
