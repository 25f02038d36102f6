/**
 * The soak's app server: a fresh seeded database with the soak's accounts, and the built app
 * started on 127.0.0.1 as `npm start` starts it, in its own process group so that `kill -9`
 * stops exactly it (and nothing else).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, migrateDb } from "../../db/client";
import { loadSeed } from "../load-seed";
import { buildSeedInput } from "../seed-input";
import { createAccount } from "../../app/accounts/accounts.server";
import type { Role } from "../../db/enums";

export const ROOT = join(import.meta.dirname, "..", "..");

/** A test-only account the soak signs in as. */
export interface SoakAccount {
  email: string;
  password: string;
  role: Role;
}

/**
 * The accounts the soak needs: per role one for the fuzzer (its admin may change roles, so the
 * load has its own), a victim the fuzzer's admin forms may name, and `editors` editors and two
 * moderators for the load (each editor may file 30 submissions an hour).
 */
export function soakAccounts(editors: number): { fuzz: Record<"editor" | "moderator" | "admin", SoakAccount>; victim: SoakAccount; editors: SoakAccount[]; moderators: SoakAccount[] } {
  const make = (name: string, role: Role): SoakAccount => ({ email: `${name}@soak.example.org`, password: `soak-${name}-pass-1234`, role });
  return {
    fuzz: { editor: make("fuzz-editor", "editor"), moderator: make("fuzz-moderator", "moderator"), admin: make("fuzz-admin", "admin") },
    victim: make("victim", "editor"),
    editors: Array.from({ length: editors }, (_, i) => make(`editor-${i + 1}`, "editor")),
    moderators: [make("moderator-1", "moderator"), make("moderator-2", "moderator")],
  };
}

/**
 * Makes a migrated, seeded database holding `accounts` in a new temporary folder; returns its path.
 * Copy it (copyDatabase) for each phase, so that each starts from the same state.
 */
export async function prepareTemplateDb(accounts: readonly SoakAccount[]): Promise<{ dir: string; path: string }> {
  const dir = mkdtempSync(join(tmpdir(), "cohesion-soak-"));
  const path = join(dir, "template.db");
  const db = createDb(path);
  migrateDb(db);
  loadSeed(db, buildSeedInput());
  const now = new Date().toISOString();
  for (const account of accounts) await createAccount(db, { ...account, now });
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  return { dir, path };
}

/** A copy of the (closed, checkpointed) template database for one phase. */
export function copyDatabase(template: string, dir: string, name: string): string {
  const path = join(dir, `${name}.db`);
  copyFileSync(template, path);
  return path;
}

export interface ServerCommand {
  command: string;
  args: string[];
  label: string;
}

/**
 * How the server under test is started, in one place: the production server as `npm start` runs
 * it (app/platform/server/main.ts), through tsx's loader in this same process so that a kill
 * reaches the server itself rather than a tsx parent.
 */
export function serverCommand(): ServerCommand {
  const main = join(ROOT, "app", "platform", "server", "main.ts");
  return { command: process.execPath, args: ["--import", "tsx", main], label: "tsx app/platform/server/main.ts" };
}

/** A running app server and everything it has logged. */
export interface AppServer {
  baseUrl: string;
  process: ChildProcess;
  /** The server's stdout and stderr so far. */
  log: () => string;
  /** Stops it: SIGTERM (or SIGKILL when `hard`), then waits until it has exited. */
  stop: (hard?: boolean) => Promise<void>;
}

/**
 * Waits (up to `timeoutMs`) for build/server/index.js: a build running alongside empties build/
 * for a while. Throws when there is still none.
 */
async function waitForBuild(timeoutMs = 180_000): Promise<void> {
  const entry = join(ROOT, "build", "server", "index.js");
  const start = Date.now();
  while (!existsSync(entry)) {
    if (Date.now() - start > timeoutMs) throw new Error("Build the app first: npm run build");
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/**
 * Starts the built app on 127.0.0.1:`port` with `dbPath`, and waits until it answers. TRUST_PROXY=1
 * so that each soak client can name its own address in X-Forwarded-For (the rate limits are per
 * address and the soak stays within them per address).
 */
export async function startServer(dbPath: string, port: number, how: ServerCommand = serverCommand(), timeoutMs = 60_000): Promise<AppServer> {
  await waitForBuild();
  const { command, args } = how;
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: dbPath, NODE_ENV: "production", MAP_TILE_URL: "", TRUST_PROXY: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async (hard = false) => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, hard ? "SIGKILL" : "SIGTERM");
      } catch {
        // already gone
      }
      const timer = hard ? undefined : setTimeout(() => child.pid !== undefined && process.kill(-child.pid, "SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`The app server exited with code ${child.exitCode}\n${log}`);
    try {
      const res = await fetch(baseUrl + "/about", { headers: { Connection: "close" } });
      await res.arrayBuffer();
      if (res.ok) return { baseUrl, process: child, log: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop(true);
  throw new Error(`The app server did not answer at ${baseUrl} within ${timeoutMs} ms\n${log}`);
}
