/**
 * `npm run db:backup -- FILE`: an online backup of the live database (DATABASE_PATH, else
 * data/cohesion.db) into FILE, safe while the server runs.
 *
 * A plain copy of the database file misses every write still in its write-ahead log (-wal) and can
 * catch a half-written checkpoint; SQLite's backup API reads the database as a connection sees it
 * (file and log together, one consistent snapshot) and writes a new file page by page. The copy is
 * written next to FILE under a temporary name, checked (`PRAGMA integrity_check`), switched out of
 * WAL mode so that it is one self-contained file, and only then given the name FILE, so a backup
 * that failed half-way is never mistaken for a good one. FILE must not exist yet.
 */
import Database from "better-sqlite3";
import { existsSync, linkSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { databasePath } from "./path";

/** What a backup wrote: the file, its size in pages, and its migrations (latest first). */
export interface BackupResult {
  file: string;
  pages: number;
  migrations: number;
}

/**
 * Copies the database at `source` into the new file `destination` through SQLite's online backup
 * API, including writes still in the source's write-ahead log; throws (and leaves nothing at
 * `destination`) if it exists already or the copy fails its integrity check.
 *
 * @example
 * await backupDatabase("data/cohesion.db", "/backups/cohesion-2026-06-01.db") // { file, pages: 5120, migrations: 10 }
 */
export async function backupDatabase(source: string, destination: string): Promise<BackupResult> {
  const file = resolve(destination);
  if (resolve(source) === file) throw new Error(`The backup cannot overwrite the database itself: ${file}`);
  if (existsSync(file)) throw new Error(`The backup file exists already (choose a new name): ${file}`);
  const temporary = `${file}.partial-${process.pid}`;
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    // One step copies every page under one read snapshot: a write from another connection between
    // steps would make SQLite start the copy again, over and over on a busy site.
    await db.backup(temporary, { progress: () => 0x7fffffff });
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    db.close();
  }
  try {
    const copy = new Database(temporary);
    try {
      const problems = integrityProblems(copy);
      if (problems.length) throw new Error(`The backup failed its integrity check: ${problems.slice(0, 5).join("; ")}`);
      // A single file (no -wal beside it) that can be copied anywhere as it is.
      copy.pragma("journal_mode = DELETE");
      const pages = copy.pragma("page_count", { simple: true }) as number;
      const migrations = (copy.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n;
      copy.close();
      // A hard link, unlike a rename, fails rather than replace a file made at FILE meanwhile.
      linkSync(temporary, file);
      return { file, pages, migrations };
    } finally {
      if (copy.open) copy.close();
    }
  } finally {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${temporary}${suffix}`, { force: true });
  }
}

/**
 * What `PRAGMA integrity_check` found wrong in a database: nothing for a sound one.
 *
 * @example
 * integrityProblems(db) // [] , or ["*** in database main *** Page 5: btreeInitPage() returns error code 11"]
 */
export function integrityProblems(db: Database.Database): string[] {
  const rows = db.pragma("integrity_check") as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
}

// Run as a script: npx tsx db/backup.ts FILE
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const destination = process.argv[2];
  if (!destination || process.argv.length > 3) {
    console.error("Usage: npm run db:backup -- FILE   (FILE must not exist yet)");
    process.exit(2);
  }
  const source = databasePath();
  backupDatabase(source, destination).then(
    (result) => console.log(`Backed up ${source} to ${result.file}: ${result.pages} pages, ${result.migrations} migrations applied, integrity ok.`),
    (error: Error) => {
      console.error(`Backup failed: ${error.message}`);
      process.exit(1);
    },
  );
}
