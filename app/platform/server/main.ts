/**
 * Starts the production server: `npm start` (after `npm run build`). Settings from the
 * environment: PORT (default 3000), HOST (default 127.0.0.1, this machine only: set 0.0.0.0 or ::
 * to listen on every interface), TRUST_PROXY (trusted reverse proxies in front, default 0) and
 * DATABASE_PATH. SIGTERM or SIGINT stops taking requests, lets those under way finish, then closes
 * the database.
 */
import { mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { installGlobals, type ServerBuild } from "@remix-run/node";
import { createDb } from "../../../db/client";
import { databasePath } from "../../../db/path";
import { createApp } from "./app";
import { serverSettings } from "./settings";

/** How long requests under way may take to finish after a stop signal. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  process.env.NODE_ENV ??= "production";
  const settings = serverSettings(process.env);
  installGlobals({ nativeFetch: true });
  const build = (await import(pathToFileURL(resolve("build/server/index.js")).href)) as ServerBuild;
  const path = databasePath();
  mkdirSync(dirname(path), { recursive: true });
  const db = createDb(path);
  const app = createApp({ build, db, trustedHops: settings.trustedHops });
  const server: Server = app.listen(settings.port, settings.host, () => {
    const host = settings.host.includes(":") ? `[${settings.host}]` : settings.host;
    console.log(`Cohesion Map Wales: http://${host}:${settings.port} (trusting ${settings.trustedHops} proxies)`);
  });
  server.on("error", (error) => {
    console.error(error);
    process.exitCode = 1;
  });

  const stop = (signal: string) => {
    console.log(`${signal}: finishing requests under way, then stopping`);
    server.close(() => db.$client.close());
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

await main();
