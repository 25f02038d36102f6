/**
 * `npm run db:restore -- FILE [--migrate]`: puts a backup (from `npm run db:backup`) in place of the
 * live database (DATABASE_PATH, else data/cohesion.db). Stop the server first: the restore refuses
 * while any connection has the database open.
 *
 * In order, refusing (and changing nothing) at the first problem:
 * 1. FILE is copied through SQLite's backup API to a temporary file beside the live database (so a
 *    FILE that is not an SQLite database is refused here), and the copy must pass
 *    `PRAGMA integrity_check`;
 * 2. the copy's applied migrations (`__drizzle_migrations`: hash and time of each) must be exactly
 *    this code's (db/migrations/meta/_journal.json and the SQL files' SHA-256). A backup from an
 *    older version of the code (its migrations are the first of this code's) is refused unless
 *    `--migrate` is given, which applies the missing migrations to the copy before it goes live; one
 *    from a newer or different version is always refused;
 * 3. the live database must not be open anywhere else: the restore takes an exclusive lock on it
 *    (a running server's connection holds a lock that prevents this);
 * 4. holding that lock, the live database's write-ahead log is checkpointed into the file, so the
 *    old database is one complete file; it is kept as `<db>.before-restore-<timestamp>`;
 * 5. the checked copy is renamed into place.
 */
import Database from "better-sqlite3";
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { integrityProblems } from "./backup";
import { MIGRATIONS_FOLDER, createDb, migrateDb } from "./client";
import { databasePath } from "./path";

/** A restore refused before the live database was touched; the message says why and what to do. */
export class RestoreRefused extends Error {}

export interface RestoreResult {
  /** The live database, now the backup's contents. */
  database: string;
  /** Where the previous database was kept, or null when there was none. */
  keptAside: string | null;
  /** Migrations the restored database has, and of them those applied by `--migrate`. */
  migrations: number;
  migrated: number;
}

interface AppliedMigration {
  hash: string;
  createdAt: number;
}

/**
 * Restores the backup `file` in place of the database at `live` (see the module comment for the
 * checks). Throws RestoreRefused, leaving everything as it was, for a file that is not an SQLite
 * database, fails its integrity check, or has other migrations than this code, and while the live
 * database is open elsewhere.
 *
 * @example
 * restoreDatabase("/backups/cohesion-2026-06-01.db", "data/cohesion.db")
 * // { database: "/srv/cmw/data/cohesion.db", keptAside: "/srv/cmw/data/cohesion.db.before-restore-2026-06-02T08-00-00-000Z", migrations: 10, migrated: 0 }
 */
export async function restoreDatabase(
  file: string,
  live: string,
  options: { migrate?: boolean; now?: Date; migrationsFolder?: string } = {},
): Promise<RestoreResult> {
  const database = resolve(live);
  const source = resolve(file);
  if (source === database) throw new RestoreRefused(`The backup is the live database itself: ${source}`);
  if (!existsSync(source)) throw new RestoreRefused(`No such backup file: ${source}`);
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, "-");
  const incoming = join(dirname(database), `.${basename(database)}.restore-${stamp}`);
  try {
    await copyThroughSqlite(source, incoming);
    const { migrations, migrated } = checkCopy(incoming, options.migrationsFolder ?? MIGRATIONS_FOLDER, options.migrate ?? false);
    const keptAside = existsSync(database) ? setAside(database, stamp) : null;
    renameSync(incoming, database);
    return { database, keptAside, migrations, migrated };
  } finally {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${incoming}${suffix}`, { force: true });
  }
}

/** Copies `source` into the new file `destination` with the backup API; refuses a file that is not an SQLite database. */
async function copyThroughSqlite(source: string, destination: string): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination, { progress: () => 0x7fffffff });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_NOTADB") throw new RestoreRefused(`Not an SQLite database: ${source}`);
    if (code === "SQLITE_CORRUPT") throw new RestoreRefused(`The backup is damaged (${(error as Error).message}): ${source}`);
    throw error;
  } finally {
    db.close();
  }
}

/** The copy's integrity and migrations, checked (and brought up to date with `migrate`). */
function checkCopy(copy: string, migrationsFolder: string, migrate: boolean): { migrations: number; migrated: number } {
  const db = new Database(copy);
  let behind: number;
  try {
    let problems: string[];
    try {
      problems = integrityProblems(db);
    } catch (error) {
      throw new RestoreRefused(`The backup is damaged: ${(error as Error).message}`);
    }
    if (problems.length) throw new RestoreRefused(`The backup failed its integrity check: ${problems.slice(0, 5).join("; ")}`);
    behind = migrationsBehind(db, migrationsFolder, migrate);
    // One self-contained file; the app switches it back to WAL when it opens it.
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
  if (behind > 0) {
    const upgraded = createDb(copy);
    try {
      migrateDb(upgraded, migrationsFolder);
      upgraded.$client.pragma("journal_mode = DELETE");
    } finally {
      upgraded.$client.close();
    }
  }
  return { migrations: readMigrationFiles({ migrationsFolder }).length, migrated: behind };
}

/**
 * How many of this code's migrations the backup lacks (0 when it has exactly this code's); refuses a
 * backup whose migrations differ in any other way, or lacks some when `migrate` is false.
 */
function migrationsBehind(db: Database.Database, migrationsFolder: string, migrate: boolean): number {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!hasTable) throw new RestoreRefused("The backup has no migration record (__drizzle_migrations): it is not a database of this app.");
  const applied = db.prepare("SELECT hash, created_at AS createdAt FROM __drizzle_migrations ORDER BY created_at, id").all() as AppliedMigration[];
  const expected = readMigrationFiles({ migrationsFolder }).map((m) => ({ hash: m.hash, createdAt: m.folderMillis }));
  const tags = new Map((JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: { when: number; tag: string }[] }).entries.map((e) => [e.when, e.tag]));
  const name = (m: AppliedMigration | undefined) => (m ? (tags.get(m.createdAt) ?? `an unknown migration made at ${new Date(m.createdAt).toISOString()}`) : "none");
  const firstDifference = applied.findIndex((m, i) => !expected[i] || expected[i].hash !== m.hash || expected[i].createdAt !== m.createdAt);
  if (firstDifference !== -1) {
    throw new RestoreRefused(
      `The backup's schema is not this code's: its migration ${firstDifference + 1} is ${name(applied[firstDifference])}, where this code has ${name(expected[firstDifference])}. ` +
        "Restore it with the version of the code that made it.",
    );
  }
  const behind = expected.length - applied.length;
  if (behind > 0 && !migrate) {
    throw new RestoreRefused(
      `The backup is from an older version of the code: it has ${applied.length} of this code's ${expected.length} migrations (its latest is ${name(applied.at(-1))}). ` +
        "Run the restore again with --migrate to apply the missing migrations to it as it is restored.",
    );
  }
  return behind;
}

/**
 * Checkpoints the live database's write-ahead log into its file under an exclusive lock (refused
 * while any other connection has it open), then moves it aside; returns where it went.
 */
function setAside(database: string, stamp: string): string {
  const db = new Database(database, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    try {
      db.exec("BEGIN EXCLUSIVE; COMMIT;");
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY") throw error;
      throw new RestoreRefused(`The database is in use (is the server still running?). Stop the server, then restore again: ${database}`);
    }
    // The lock stays ours (exclusive locking mode) until close: nothing can write in between.
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
  const aside = `${database}.before-restore-${stamp}`;
  renameSync(database, aside);
  // Checkpointed and out of WAL mode, there should be no log left; any that is goes with its file.
  for (const suffix of ["-wal", "-shm"]) if (existsSync(`${database}${suffix}`)) renameSync(`${database}${suffix}`, `${aside}${suffix}`);
  return aside;
}

// Run as a script: npx tsx db/restore.ts FILE [--migrate]
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const migrate = args.includes("--migrate");
  const files = args.filter((a) => a !== "--migrate");
  if (files.length !== 1 || files[0].startsWith("--")) {
    console.error("Usage: npm run db:restore -- FILE [--migrate]   (stop the server first)");
    process.exit(2);
  }
  const live = databasePath();
  restoreDatabase(files[0], live, { migrate }).then(
    (r) => {
      console.log(`Restored ${resolve(files[0])} as ${r.database} (${r.migrations} migrations${r.migrated ? `, ${r.migrated} applied now` : ""}, integrity ok).`);
      console.log(r.keptAside ? `The previous database is kept as ${r.keptAside}.` : "There was no previous database.");
    },
    (error: Error) => {
      console.error(error instanceof RestoreRefused ? `Restore refused: ${error.message}` : `Restore failed: ${error.message}`);
      process.exit(1);
    },
  );
}
