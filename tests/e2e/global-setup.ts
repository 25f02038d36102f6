import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";
import { createDb, migrateDb } from "../../db/client";
import { loadSeed } from "../../seeds/load-seed";
import { buildSeedInput } from "../../seeds/seed-input";
import { createAccount } from "../../app/accounts/accounts.server";
import { E2E_ACCOUNTS } from "./accounts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`The app server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url, { headers: { Connection: "close" } });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The app server did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Starts the built app (npm run build first) with the production server on 127.0.0.1 and a fresh
 * seeded database, for the browser tests; stops it afterwards.
 */
export default async function setup(project: TestProject) {
  const root = join(import.meta.dirname, "..", "..");
  const serverEntry = join(root, "build", "server", "index.js");
  if (!existsSync(serverEntry)) throw new Error("Build the app first: npm run build");
  const dir = mkdtempSync(join(tmpdir(), "cohesion-e2e-"));
  const dbPath = join(dir, "e2e.db");
  const db = createDb(dbPath);
  migrateDb(db);
  loadSeed(db, buildSeedInput());
  // The moderator and administrator the browser tests sign in as (made as `npm run user:create` would).
  for (const account of Object.values(E2E_ACCOUNTS)) {
    await createAccount(db, { ...account, now: new Date().toISOString() });
  }
  db.$client.close();

  const port = await freePort();
  // The production server (npm start), run straight under node so SIGTERM reaches it.
  const server = spawn(process.execPath, ["--import", "tsx", join(root, "app", "platform", "server", "main.ts")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_PATH: dbPath, NODE_ENV: "production", MAP_TILE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout?.on("data", (d) => (log += d));
  server.stderr?.on("data", (d) => (log += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl + "/about", server);
  } catch (error) {
    server.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  project.provide("baseUrl", baseUrl);

  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    if (server.exitCode === null) server.kill("SIGKILL");
  };
}
