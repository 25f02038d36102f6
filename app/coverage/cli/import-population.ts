/**
 * Imports real small-area populations (a CSV with a code column and a population column, e.g.
 * Census 2021 usual residents by LSOA) to use instead of the equal shares of each authority's
 * Census population. All or nothing: a fault names its line and column and changes nothing.
 *
 *   npm run import:population -- FILE [--dry-run]
 *   npm run import:population -- --clear      (back to equal shares)
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { WRITE_LOCK, createDb, migrateDb } from "../../../db/client";
import { databasePath } from "../../../db/path";
import { listAuthorities } from "../../../db/queries/authorities";
import { replaceSmallAreaPopulations } from "../../../db/queries/population";
import smallAreasFile from "../../../geo/data/ons-small-areas-wales.json";
import type { SmallArea } from "../../../geo/extract-small-areas";
import { PopulationFileError, parseSmallAreaPopulations } from "../../../geo/population/small-area-populations";

const USAGE = "Usage: npm run import:population -- FILE [--dry-run] | --clear";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean" }, clear: { type: "boolean" } } });
  const db = createDb(databasePath());
  migrateDb(db);
  if (values.clear) {
    db.transaction((tx) => replaceSmallAreaPopulations(tx, [], "", new Date().toISOString()), WRITE_LOCK);
    console.log("Imported populations removed: people figures use equal shares of each authority's Census 2021 population again.");
    return;
  }
  if (positionals.length !== 1) fail(USAGE);
  const lsoas = (smallAreasFile as SmallArea[]).filter((a) => a.type === "LSOA");
  const census = new Map(listAuthorities(db).flatMap((a) => (a.population2021 === null ? [] : [[a.gssCode, a.population2021] as const])));
  try {
    const { populations, report } = parseSmallAreaPopulations(readFileSync(positionals[0], "utf8"), lsoas, census);
    console.log(`${report.rows} LSOAs read. Authority totals against the Census 2021 figure:`);
    for (const a of report.authorities) console.log(`  ${a.gss}  ${a.total.toLocaleString("en-GB").padStart(9)}  ${a.differencePct === null ? "" : `${a.differencePct >= 0 ? "+" : ""}${a.differencePct.toFixed(2)}%`}`);
    if (values["dry-run"]) return console.log("Dry run: nothing was changed.");
    db.transaction((tx) => replaceSmallAreaPopulations(tx, populations, basename(positionals[0]), new Date().toISOString()), WRITE_LOCK);
    console.log("Imported: people figures now use these populations.");
  } catch (error) {
    if (error instanceof PopulationFileError) fail(`${error.message}\nNothing was changed.`);
    throw error;
  }
}

main();
