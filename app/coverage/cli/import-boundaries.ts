/**
 * Imports a boundary file of the 22 Welsh authorities and makes it the active set.
 *
 *   npm run import:boundaries -- FILE [--name "…"] [--licence "…"] [--attribution "…"] [--dry-run]
 *   npm run import:boundaries -- --list
 *   npm run import:boundaries -- --activate SET_ID
 *
 * GeoJSON or TopoJSON, WGS84 or British National Grid (EPSG:27700), any year's ONS property names,
 * UK-wide files filtered to Wales. Everything is checked before anything changes; a dry run prints
 * the report only. The database is DATABASE_PATH (default data/cohesion.db), migrated first.
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { createDb, migrateDb } from "../../../db/client";
import { databasePath } from "../../../db/path";
import { listBoundarySets } from "../../../db/queries/boundaries";
import { BoundaryFileError, MAX_BOUNDARY_FILE_BYTES, type BoundaryFileReport } from "../../../geo/boundaries/boundary-file";
import { importBoundaryFile, switchBoundarySet } from "../boundary-import.server";

const USAGE = 'Usage: npm run import:boundaries -- FILE [--name "…"] [--licence "…"] [--attribution "…"] [--dry-run] | --list | --activate SET_ID';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * The report as lines of text.
 *
 * @example
 * formatReport(report).join("\n")
 */
export function formatReport(report: BoundaryFileReport): string[] {
  const lines = [
    `Format: ${report.format}, coordinates ${report.crs} (from the ${report.crsSource})`,
    `Codes from "${report.codeProperty}"${report.nameProperty ? `, names from "${report.nameProperty}"` : ""}${report.welshNameProperty ? ` and "${report.welshNameProperty}"` : ""}`,
    `Features read: ${report.featuresRead}; outside Wales (skipped): ${report.featuresOutsideWales}`,
    `Vertices: ${report.vertices.toLocaleString("en-GB")} (browser copy: ${report.displayVertices.toLocaleString("en-GB")})`,
    "Largest differences from the ONS land area:",
    ...report.areaDifferences.slice(0, 5).map((d) => `  ${d.nameEn.padEnd(26)} ${d.areaKm2.toFixed(1).padStart(8)} km² vs ${String(d.referenceKm2).padStart(5)} km² (${d.differencePct >= 0 ? "+" : ""}${d.differencePct.toFixed(2)}%)`),
    ...report.warnings.map((w) => `Warning: ${w}`),
  ];
  return lines;
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        name: { type: "string" },
        licence: { type: "string" },
        attribution: { type: "string" },
        "dry-run": { type: "boolean" },
        list: { type: "boolean" },
        activate: { type: "string" },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const db = createDb(databasePath());
  migrateDb(db);
  if (values.list) {
    for (const s of listBoundarySets(db)) console.log(`${s.active ? "*" : " "} ${s.id}  ${s.name}  (${s.source}, ${s.licence}, loaded ${s.loadedAt})`);
    return;
  }
  if (values.activate) {
    const done = switchBoundarySet(db, values.activate, null);
    if (!done) fail(`No boundary set ${values.activate}: see --list.`);
    console.log(`Active boundary set: ${values.activate}; ${done.recomputedProjects} point projects re-derived, ${done.changedProjects} changed authorities.`);
    return;
  }
  if (positionals.length !== 1) fail(USAGE);
  const file = positionals[0];
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    fail(`Cannot read ${file}.`);
  }
  if (size > MAX_BOUNDARY_FILE_BYTES) fail(`${file} is ${(size / 2 ** 20).toFixed(0)} MB; the limit is ${MAX_BOUNDARY_FILE_BYTES / 2 ** 20} MB. Nothing was changed.`);
  try {
    const outcome = importBoundaryFile(db, readFileSync(file), {
      fileName: basename(file),
      name: values.name,
      licence: values.licence,
      attribution: values.attribution,
      userId: null,
      dryRun: values["dry-run"],
    });
    console.log(formatReport(outcome.report).join("\n"));
    if (outcome.setId === null) console.log("Dry run: nothing was changed.");
    else console.log(`Imported as ${outcome.setId} and made active; ${outcome.recomputedProjects} point projects re-derived, ${outcome.changedProjects} changed authorities.`);
  } catch (error) {
    if (error instanceof BoundaryFileError) fail(`${error.message}\nNothing was changed.`);
    throw error;
  }
}

main();
