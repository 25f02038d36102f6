import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { fileURLToPath } from "node:url";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * What a query function needs: the database or a transaction inside it (both run the same
 * synchronous queries), so a use-case can pass its transaction without a cast.
 *
 * @example
 * db.transaction((tx) => { insertAudit(tx, entry); bumpDataVersion(tx); });
 */
export type Queryable = BaseSQLiteDatabase<"sync", Database.RunResult, typeof schema>;

/**
 * Takes the write lock when a transaction begins, so two requests deciding on the same row cannot
 * both read it before either writes (the second waits, then sees the first's result).
 *
 * @example
 * db.transaction((tx) => approve(tx), WRITE_LOCK);
 */
export const WRITE_LOCK = { behavior: "immediate" } as const;

/** The folder of generated migrations, found relative to this file (works from tsx and vitest). */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));

/**
 * Opens (or creates) the embedded database in WAL mode with foreign keys enforced, each committed
 * transaction synced to disk (synchronous = FULL). Tests pass ":memory:".
 *
 * Why FULL: in WAL mode, NORMAL syncs only at checkpoints, so a power cut or kernel crash (not a
 * process crash: the log is written before the commit returns) can lose the last transactions that
 * had already answered "saved": an approval, its audit entry, a new account. Every write here is a
 * person's action (sign-in, submission, moderation, an import as one transaction), so the price of
 * FULL, one fsync per commit (about 2–5 ms against 0.05 ms on this project's test machine), is paid
 * rarely; page views do not write.
 *
 * @example
 * const db = createDb("data/cohesion.db");
 * migrateDb(db);
 */
export function createDb(path: string, options: { readonly?: boolean } = {}): Db {
  const sqlite = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (path !== ":memory:" && !options.readonly) {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = FULL");
  }
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema }) as Db;
}

/**
 * Applies every pending migration from db/migrations.
 *
 * @example
 * const db = createDb(":memory:"); migrateDb(db);
 */
export function migrateDb(db: Db, migrationsFolder = MIGRATIONS_FOLDER): void {
  migrate(db, { migrationsFolder });
}
