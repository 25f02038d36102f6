/**
 * Imports a 360Giving file (JSON package, CSV or XLSX) into the directory.
 *
 *   npm run import:360giving -- FILE [--dry-run] [--skip-invalid] [--radius KM]
 *
 * Every grant is read and checked first; then everything is written in one transaction, or nothing.
 * Without --skip-invalid, any row with a problem stops the import (the report names row and column).
 * The database is DATABASE_PATH (default data/cohesion.db), migrated first.
 */
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { createDb, migrateDb } from "../../../db/client";
import { databasePath } from "../../../db/path";
import { GrantFileError } from "../giving360";
import { importGrantFile, type GrantImportReport } from "../grant-import.server";

const USAGE = "Usage: npm run import:360giving -- FILE [--dry-run] [--skip-invalid] [--radius KM]";

/**
 * The report as lines of text.
 *
 * @example
 * formatGrantReport(report).join("\n")
 */
export function formatGrantReport(r: GrantImportReport): string[] {
  const n = (v: number) => v.toLocaleString("en-GB");
  return [
    `${r.fileName}: ${r.read.format.toUpperCase()}, ${n(r.read.grantsRead)} grants read${r.read.package.publisher ? ` (publisher: ${r.read.package.publisher})` : ""}`,
    `Welsh: ${n(r.welsh)}; skipped: ${n(r.skipped.notWelsh)} with no Welsh location, ${n(r.skipped.invalid)} with problems, ${n(r.skipped.individuals)} to individuals`,
    `Placed by: ${Object.entries(r.placedBy).map(([k, v]) => `${k} ${n(v)}`).join("; ")}`,
    `UK day/month/year dates read: ${n(r.read.ukDates)}; swapped code and code type fixed: ${n(r.read.swappedLocations)}; unclassified (no theme): ${n(r.unclassified)}`,
    `Organisations: ${n(r.counts.organisationsNew)} new, ${n(r.counts.organisationsMatched)} matched; funders: ${n(r.counts.fundersNew)} new, ${n(r.counts.fundersMatched)} matched`,
    `Awards: ${n(r.counts.awardsNew)} new, ${n(r.counts.awardsUpdated)} updated, ${n(r.counts.awardsUnchanged)} unchanged`,
    ...(r.read.unknownColumns.length ? [`Unknown columns (ignored): ${r.read.unknownColumns.join(", ")}`] : []),
    ...r.merges.slice(0, 50).map((m) => `Merged “${m.name}” into “${m.into}” by ${m.evidence}`),
    ...r.conflicts.slice(0, 50).map((c) => `Conflict, row ${c.row} (${c.identifier}): ${c.reason}`),
    ...(r.problemCount ? [`Problems (${n(r.problemCount)}, the first ${r.problems.length}):`, ...r.problems.map((p) => `  ${p.message}`)] : []),
  ];
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "dry-run": { type: "boolean" }, "skip-invalid": { type: "boolean" }, radius: { type: "string" } },
  });
  if (positionals.length !== 1) throw new Error(USAGE);
  const radius = values.radius === undefined ? undefined : Number(values.radius);
  if (radius !== undefined && !(radius > 0 && radius <= 100)) throw new Error(`--radius must be a number of km above 0 and up to 100, not ${values.radius}`);
  const db = createDb(databasePath());
  migrateDb(db);
  // A bar on a terminal (by bytes of the file read; XLSX is read whole, so its bar jumps to the end); nothing in logs.
  const bar = new SingleBar(
    { stream: process.stderr, format: "Reading {bar} {percentage}% | {grants} grants | {eta_formatted} left", hideCursor: true, etaBuffer: 20 },
    Presets.shades_classic,
  );
  let started = false;
  const report = await importGrantFile(db, positionals[0], {
    userId: null,
    dryRun: values["dry-run"],
    skipInvalid: values["skip-invalid"],
    pointRadiusKm: radius,
    onProgress: ({ grantsRead, bytesRead, totalBytes }) => {
      const grants = grantsRead.toLocaleString("en-GB");
      if (!started) bar.start(totalBytes, bytesRead, { grants });
      started = true;
      bar.update(bytesRead, { grants });
    },
  });
  if (started) {
    bar.update(bar.getTotal(), { grants: report.read.grantsRead.toLocaleString("en-GB") });
    bar.stop();
  }
  console.log(formatGrantReport(report).join("\n"));
  if (report.written) console.log(`Imported (import ${report.importId}).`);
  else if (values["dry-run"]) console.log("Dry run: nothing was changed.");
  else {
    console.log("Nothing was changed: fix the rows above, or run again with --skip-invalid to leave them out.");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof GrantFileError ? `${error.message}\nNothing was changed.` : error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
