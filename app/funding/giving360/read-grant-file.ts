/**
 * Reads a 360Giving grant file (JSON package, CSV or XLSX) one grant at a time. Pure: no database,
 * no clock; the caller stores the grants and decides what to do with the problems.
 */
import { open } from "node:fs/promises";
import { extname } from "node:path";
import { readCsvGrants } from "./read-csv";
import { readJsonGrants } from "./read-json";
import { DEFAULT_MAX_WORKBOOK_BYTES, readXlsxGrants } from "./read-xlsx";
import { createSink, DEFAULT_MAX_FIELD_BYTES } from "./sink";
import { GrantFileError, type Grant, type GrantProblem, type ReadReport } from "./types";

export interface ReadOptions {
  /** A field (cell, JSON string) over this many UTF-8 bytes makes its row a fieldTooLong problem. Default 1 MB. */
  maxFieldBytes?: number;
  /** XLSX is read whole: larger workbooks are refused with "tooLarge". Default 50 MB. */
  maxWorkbookBytes?: number;
  /** Given the file stream as a streamed (JSON, CSV) read opens it, so a progress bar can read its `bytesRead`. */
  onOpen?: (file: { bytesRead: number }) => void;
}

type Format = ReadReport["format"];

/**
 * The format of a file from its name's extension and its first bytes. A zip is XLSX whatever its
 * name says, a legacy .xls is refused, and a name without a known extension is sniffed.
 *
 * @example
 * detectFormat("grants.csv", Buffer.from("Identifier,Title")) // "csv"
 * detectFormat("download", Buffer.from('{"grants":[]}'))      // "json"
 * detectFormat("grants.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0])) // throws unknownFormat
 */
export function detectFormat(fileName: string, head: Buffer): Format {
  const ext = extname(fileName).toLowerCase();
  const isZip = head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const isLegacyExcel = head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  const text = head.toString("utf8").replace(/^\uFEFF/, "").trimStart();
  if (isLegacyExcel || ext === ".xls") {
    throw new GrantFileError("unknownFormat", `${fileName} is a legacy Excel .xls workbook: save it as .xlsx or CSV`);
  }
  if (ext === ".xlsx") {
    if (!isZip) throw new GrantFileError("badWorkbook", `${fileName} is named .xlsx but is not an XLSX workbook (not a zip file)`);
    return "xlsx";
  }
  if (isZip) return "xlsx";
  if (ext === ".json") return "json";
  if (ext === ".csv") return "csv";
  if (text.startsWith("{")) return "json";
  if (/^"?\s*identifier\s*"?\s*[,;\t]/i.test(text) || /^[^\n]*,[^\n]*identifier/i.test(text)) return "csv";
  throw new GrantFileError("unknownFormat", `${fileName} is not a 360Giving file this reader knows (.json, .csv or .xlsx)`);
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Streams grants one at a time (memory stays flat for 100,000 grants in JSON or CSV; XLSX is read
 * whole, up to `maxWorkbookBytes`); rows with problems are reported, not yielded.
 *
 * Throws GrantFileError for a fault in the whole file. Grants read before such a fault (a truncated
 * JSON package, a CSV cut inside a quote) have already gone to `onGrant`: the caller must roll back.
 *
 * @example
 * const grants: Grant[] = [];
 * const report = await readGrantFile(tmpPath, "grants.csv", (g) => grants.push(g), (p) => console.warn(p.message));
 * report.grantsRead === grants.length // true
 */
export async function readGrantFile(
  path: string,
  fileName: string,
  onGrant: (g: Grant) => void,
  onProblem: (p: GrantProblem) => void,
  options: ReadOptions = {},
): Promise<ReadReport> {
  const format = detectFormat(fileName, await readHead(path));
  const maxFieldBytes = options.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES;
  if (!(maxFieldBytes > 0)) throw new Error(`Invalid maxFieldBytes: ${maxFieldBytes}`);
  const sink = createSink(format, onGrant, onProblem, maxFieldBytes);
  let unknownColumns: string[] = [];
  let info: ReadReport["package"] = { title: null, publisher: null, modified: null, issued: null };
  if (format === "json") info = await readJsonGrants(path, sink, options.onOpen);
  else if (format === "csv") unknownColumns = await readCsvGrants(path, sink, options.onOpen);
  else unknownColumns = await readXlsxGrants(path, sink, options.maxWorkbookBytes ?? DEFAULT_MAX_WORKBOOK_BYTES);
  return {
    format,
    grantsRead: sink.grantsRead,
    unknownColumns,
    ukDates: sink.ukDates,
    swappedLocations: sink.swappedLocations,
    package: info,
  };
}
