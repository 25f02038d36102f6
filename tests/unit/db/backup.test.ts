/**
 * db:backup and db:restore on real database files: the backup holds writes still in another
 * connection's write-ahead log (a plain file copy does not), and the restore refuses a damaged
 * file, a file that is not SQLite, a file from another schema version and a database still in use,
 * keeps the old database aside as one complete file, and round-trips the data.
 */
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { closeSync, copyFileSync, cpSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase } from "../../../db/backup";
import { MIGRATIONS_FOLDER, createDb, migrateDb } from "../../../db/client";
import { RestoreRefused, restoreDatabase } from "../../../db/restore";
import { countRows, makeWorld } from "../../factories";

const WRITES = 20;
const NOW = new Date("2026-06-01T09:00:00.000Z");
const ASIDE = "live.db.before-restore-2026-06-01T09-00-00-000Z";

let dir: string;
let live: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cmw-backup-"));
  live = join(dir, "live.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A migrated database file holding the test world (three authorities, two organisations, …). */
function makeLiveDatabase(path: string): void {
  const db = createDb(path);
  migrateDb(db);
  makeWorld(db);
  db.$client.close();
}

/** The number of rows in a table of the database file at `path`. */
function countIn(path: string, table: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A second connection that writes WRITES rows, each its own transaction, and never checkpoints; left open. */
function writeWithoutCheckpoint(path: string): Database.Database {
  const writer = new Database(path);
  writer.pragma("journal_mode = WAL");
  writer.pragma("wal_autocheckpoint = 0");
  const insert = writer.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
  for (let i = 1; i <= WRITES; i++) insert.run(`recent-write-${i}`, String(i));
  return writer;
}

const recentWrites = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM meta WHERE key LIKE 'recent-write-%'").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof RestoreRefused) return error.message;
    throw error;
  }
  throw new Error("Expected the restore to be refused");
}

describe("createDb", () => {
  it("syncs every commit of a file database to disk (synchronous = FULL), so power loss cannot take back a saved change", () => {
    const db = createDb(live);
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.$client.pragma("synchronous", { simple: true })).toBe(2);
    db.$client.close();
  });
});

describe("backupDatabase", () => {
  it(`holds all ${WRITES} writes still in another connection's write-ahead log, which a plain copy of the file misses`, async () => {
    makeLiveDatabase(live);
    const writer = writeWithoutCheckpoint(live);
    try {
      const plainCopy = join(dir, "plain-copy.db");
      copyFileSync(live, plainCopy);
      expect(recentWrites(plainCopy)).toBe(0);

      const backup = join(dir, "backup.db");
      const result = await backupDatabase(live, backup);
      expect(result.file).toBe(backup);
      expect(recentWrites(backup)).toBe(WRITES);
    } finally {
      writer.close();
    }
  });

  it("writes one self-contained file that passes its integrity check", async () => {
    makeLiveDatabase(live);
    const backup = join(dir, "backup.db");
    await backupDatabase(live, backup);
    expect(readdirSync(dir).filter((f) => f.startsWith("backup.db"))).toEqual(["backup.db"]);
    const db = new Database(backup, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("delete");
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  });

  it("refuses to overwrite an existing file, and leaves it as it was", async () => {
    makeLiveDatabase(live);
    const existing = join(dir, "existing.db");
    writeFileSync(existing, "keep me");
    await expect(backupDatabase(live, existing)).rejects.toThrow(/exists already/);
    expect(readdirSync(dir).filter((f) => f.startsWith("existing.db"))).toEqual(["existing.db"]);
  });
});

describe("restoreDatabase", () => {
  it("round-trips: after a backup, changes and a restore, every table has the backup's row counts", async () => {
    makeLiveDatabase(live);
    const reader = createDb(live, { readonly: true });
    const before = countRows(reader);
    reader.$client.close();
    const backup = join(dir, "backup.db");
    await backupDatabase(live, backup);
    const changer = createDb(live);
    changer.$client.exec("DELETE FROM award_co_recipients; DELETE FROM awards; INSERT INTO meta (key, value) VALUES ('after-backup', 'x')");
    changer.$client.close();

    const result = await restoreDatabase(backup, live, { now: NOW });
    expect(result).toMatchObject({ database: live, keptAside: join(dir, ASIDE), migrated: 0 });
    const restored = createDb(live);
    expect(countRows(restored)).toEqual(before);
    restored.$client.close();
  });

  it("keeps the old database aside as one complete file, its write-ahead log checkpointed into it first", async () => {
    makeLiveDatabase(live);
    const backup = join(dir, "backup.db");
    await backupDatabase(live, backup);
    // A server killed mid-flight: its last writes are only in the -wal file it leaves behind.
    const killed = spawnSync(process.execPath, ["-e", killedWriterScript(live)], { encoding: "utf8" });
    expect(killed.signal).toBe("SIGKILL");
    expect(existsSync(`${live}-wal`)).toBe(true);

    await restoreDatabase(backup, live, { now: NOW });
    const aside = join(dir, ASIDE);
    expect(existsSync(`${aside}-wal`)).toBe(false);
    expect(existsSync(`${live}-wal`)).toBe(false);
    expect(recentWrites(aside)).toBe(WRITES);
    expect(recentWrites(live)).toBe(0);
  });

  it("refuses a damaged file and changes nothing", async () => {
    makeLiveDatabase(live);
    const backup = join(dir, "backup.db");
    await backupDatabase(live, backup);
    damage(backup);
    const message = await refusal(() => restoreDatabase(backup, live, { now: NOW }));
    expect(message).toMatch(/damaged|integrity check/);
    expectUntouched();
  });

  it("refuses a file that is not an SQLite database and changes nothing", async () => {
    makeLiveDatabase(live);
    const notes = join(dir, "notes.txt");
    writeFileSync(notes, "These are not the rows you are looking for.\n".repeat(200));
    expect(await refusal(() => restoreDatabase(notes, live, { now: NOW }))).toMatch(/^Not an SQLite database/);
    expectUntouched();
  });

  it("refuses a backup from a newer or different schema version and changes nothing", async () => {
    makeLiveDatabase(live);
    const backup = join(dir, "backup.db");
    await backupDatabase(live, backup);
    const db = new Database(backup);
    db.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('not-a-migration-of-this-code', 4102444800000)").run();
    db.close();
    expect(await refusal(() => restoreDatabase(backup, live, { now: NOW }))).toMatch(/schema is not this code's/);
    expectUntouched();
  });

  it("refuses a backup from an older schema version unless asked to migrate it, then brings it up to date", async () => {
    makeLiveDatabase(live);
    const backup = join(dir, "backup.db");
    await backupDatabase(live, backup);
    // A newer version of the code: this code's migrations and one more.
    const newer = newerMigrationsFolder();
    expect(await refusal(() => restoreDatabase(backup, live, { now: NOW, migrationsFolder: newer }))).toMatch(/older version.*--migrate/);
    expectUntouched();

    const result = await restoreDatabase(backup, live, { now: NOW, migrationsFolder: newer, migrate: true });
    expect(result.migrated).toBe(1);
    const restored = new Database(live, { readonly: true });
    expect((restored.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n).toBe(result.migrations);
    expect(restored.prepare("SELECT name FROM sqlite_master WHERE name = 'restore_probe'").get()).toBeDefined();
    restored.close();
  });

  it("refuses while another connection has the live database open (the server is running)", async () => {
    makeLiveDatabase(live);
    const backup = join(dir, "backup.db");
    await backupDatabase(live, backup);
    const server = createDb(live);
    server.$client.prepare("SELECT count(*) FROM meta").get();
    try {
      expect(await refusal(() => restoreDatabase(backup, live, { now: NOW }))).toMatch(/in use/);
      expectUntouched();
    } finally {
      server.$client.close();
    }
  });
});

/** A copy of db/migrations with one more migration (creating table restore_probe) at the end. */
function newerMigrationsFolder(): string {
  const folder = join(dir, "migrations");
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[] };
  const last = journal.entries.at(-1)!;
  journal.entries.push({ idx: last.idx + 1, version: last.version, when: last.when + 1000, tag: "9999_restore-probe", breakpoints: true });
  writeFileSync(journalFile, JSON.stringify(journal));
  writeFileSync(join(folder, "9999_restore-probe.sql"), "CREATE TABLE `restore_probe` (`x` integer);\n");
  return folder;
}

/** The live database is still there, nothing was set aside, and no temporary file was left. */
function expectUntouched(): void {
  const files = readdirSync(dir);
  expect(files).toContain("live.db");
  expect(files.filter((f) => f.includes("before-restore") || f.includes(".restore-"))).toEqual([]);
  expect(countIn(live, "organisations")).toBeGreaterThan(0);
}

/** Overwrites the middle of the file (table pages, past the header and schema) with garbage. */
function damage(path: string): void {
  const pageSize = 4096;
  const fd = openSync(path, "r+");
  try {
    for (let page = 3; page < 12; page++) writeSync(fd, Buffer.alloc(pageSize / 2, 0xa5), 0, pageSize / 2, page * pageSize + 8);
  } finally {
    closeSync(fd);
  }
}

/** A node script that writes WRITES rows to `path` without checkpointing and then kills itself. */
function killedWriterScript(path: string): string {
  return `
    const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))});
    const db = new Database(${JSON.stringify(path)});
    db.pragma("journal_mode = WAL");
    db.pragma("wal_autocheckpoint = 0");
    const insert = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
    for (let i = 1; i <= ${WRITES}; i++) insert.run("recent-write-" + i, String(i));
    process.kill(process.pid, "SIGKILL");
  `;
}
