/**
 * Spreadsheet-shaped grants (CSV rows, XLSX rows): the header row is planned once into JSON paths,
 * then each row becomes the grant's JSON shape and goes through the same checks as a JSON grant.
 */
import { acceptGrant, headerTitler, reportTooLong, type ColumnTitler, type Sink } from "./sink";
import { pathKey, readColumnTitle } from "./titles";
import { GrantFileError, type FieldPath } from "./types";
import { isOverBytes } from "./values";

/** What each column of a header row holds. */
export interface ColumnPlan {
  /** Per column: the JSON path it fills, or null (ignored or unknown). */
  paths: (FieldPath | null)[];
  /** The headers as written, per column. */
  headers: string[];
  unknownColumns: string[];
  titler: ColumnTitler;
}

/**
 * Plans a header row. Throws GrantFileError("noIdentifierColumn") when no column is the grant
 * Identifier.
 *
 * @example
 * planColumns(["Identifier", "Amount Awarded", "Our Ref"]).unknownColumns // ["Our Ref"]
 */
export function planColumns(headerCells: readonly unknown[]): ColumnPlan {
  const headers = headerCells.map((h) => (h == null ? "" : String(h).trim()));
  const byPath = new Map<string, string>();
  const unknownColumns: string[] = [];
  const paths = headers.map((header) => {
    if (header === "") return null;
    const meaning = readColumnTitle(header);
    if (meaning.kind === "unknown") unknownColumns.push(header);
    if (meaning.kind !== "field") return null;
    byPath.set(pathKey(meaning.path), header);
    return meaning.path;
  });
  if (!byPath.has("id")) {
    const shown = headers.filter((h) => h !== "").slice(0, 8).join(", ");
    throw new GrantFileError(
      "noIdentifierColumn",
      `No "Identifier" column in the header row (found: ${shown || "nothing"}); a 360Giving sheet has one grant per row with its Identifier`,
    );
  }
  return { paths, headers, unknownColumns, titler: headerTitler(byPath) };
}

/**
 * Sets a value at a JSON path, making the objects and arrays on the way.
 *
 * @example
 * const o = {}; setAtPath(o, ["plannedDates", 0, "startDate"], "2026-04-01"); // o.plannedDates[0].startDate
 */
export function setAtPath(target: Record<string, unknown>, path: FieldPath, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i];
    if (node[step] == null) node[step] = typeof path[i + 1] === "number" ? [] : {};
    node = node[step] as Record<string | number, unknown>;
  }
  node[path[path.length - 1]] = value;
}

/**
 * True when no cell of a row has anything in it (a blank line in a sheet).
 *
 * @example
 * isBlankRow(["", " ", null]) // true
 */
export function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((c) => c == null || (typeof c === "string" && c.trim() === ""));
}

/**
 * Reads one data row: over-long cells first (the row is then skipped), else the grant's JSON shape
 * from the planned columns, checked and handed on. Returns true when a grant was read.
 *
 * @example
 * readRow(sink, plan, ["360G-x-1", "Youth club", …], 2)
 */
export function readRow(sink: Sink, plan: ColumnPlan, cells: readonly unknown[], row: number): boolean {
  let tooLong = false;
  cells.forEach((cell, i) => {
    if (typeof cell === "string" && isOverBytes(cell, sink.maxFieldBytes)) {
      reportTooLong(sink, row, plan.headers[i] || `column ${i + 1}`, cell);
      tooLong = true;
    }
  });
  if (tooLong) return false;
  const raw: Record<string, unknown> = {};
  plan.paths.forEach((path, i) => {
    const cell = cells[i];
    if (path && cell != null && !(typeof cell === "string" && cell.trim() === "")) setAtPath(raw, path, cell);
  });
  return acceptGrant(sink, raw, row, plan.titler);
}
