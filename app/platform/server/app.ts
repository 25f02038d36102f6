/**
 * The production server: Express with the Remix build, so the app sees each client's real
 * address. In order: security headers for every response, the client address (from the socket
 * and TRUST_PROXY hops, never from the client), static files, the body limit, the refusal of
 * cross-site form posts (403, before Remix's own check answers them with a bare 500), the render
 * cache and Remix.
 */
import { existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import type { ServerBuild } from "@remix-run/node";
import express, { type Express, type RequestHandler } from "express";
import type { Db } from "../../../db/client";
import { dataVersionReader } from "../../../db/queries/meta";
import { refuseCrossOriginPosts } from "../csrf.server";
import { CLIENT_ADDRESS_HEADER, SERVER_SETS_CLIENT_ADDRESS, trustedProxyHops } from "../request.server";
import { FORM_BODY_LIMIT_BYTES, limitBodies } from "./body-limit";
import { clientAddressOf } from "./client-address";
import { remixHandler } from "./remix-handler";
import { renderCache } from "./render-cache";
import { defaultSecurityHeaders } from "./security-headers";

export interface AppOptions {
  /** The Remix server build (build/server/index.js). */
  build: ServerBuild;
  /** The database, for the data version that keys the render cache. */
  db: Db;
  /** Trusted reverse proxies in front (default: TRUST_PROXY). */
  trustedHops?: number;
  /** The built browser files (default: the build's assetsBuildDirectory). */
  clientDir?: string;
  /** The largest body a form may send (default FORM_BODY_LIMIT_BYTES). */
  formBodyLimitBytes?: number;
  /** Remix's mode (default NODE_ENV). */
  mode?: string;
}

/**
 * Sets the client address header on every request from the socket and X-Forwarded-For (with
 * `hops` trusted proxies), after deleting any the client sent. Without trusted proxies it also
 * drops X-Forwarded-Host, which the adapter would otherwise take a port from.
 */
function clientAddress(hops: number): RequestHandler {
  const header = CLIENT_ADDRESS_HEADER.toLowerCase();
  return (req, _res, next) => {
    delete req.headers[header];
    if (hops === 0) delete req.headers["x-forwarded-host"];
    const address = clientAddressOf(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
    if (address !== null) req.headers[header] = address;
    next();
  };
}

/**
 * The Express app serving the site. Listening, and closing the database, are the caller's.
 *
 * @example
 * const app = createApp({ build, db });
 * const server = app.listen(3000, "127.0.0.1");
 */
export function createApp(options: AppOptions): Express {
  const { build, db } = options;
  const hops = options.trustedHops ?? trustedProxyHops();
  const clientDir = resolve(options.clientDir ?? build.assetsBuildDirectory);
  // Tells clientIp() (in the build) that the client address header comes from here, not the client.
  (globalThis as Record<symbol, unknown>)[SERVER_SETS_CLIENT_ADDRESS] = true;

  const app = express();
  app.disable("x-powered-by");
  app.use(defaultSecurityHeaders());
  app.use(clientAddress(hops));
  // File names under /assets carry a hash of their content, so they never change.
  app.use("/assets", express.static(resolve(clientDir, "assets"), { immutable: true, maxAge: "1y", index: false, redirect: false }));
  // Other built files (favicon and the like), looked up only under a name the build holds, so a page
  // request never costs a file lookup.
  const files = express.static(clientDir, { maxAge: "1h", index: false, redirect: false });
  const topLevel = new Set(existsSync(clientDir) ? readdirSync(clientDir).filter((name) => name !== "assets") : []);
  app.use((req, res, next) => (topLevel.has(req.path.split("/")[1]) ? files(req, res, next) : next()));
  app.use(limitBodies(options.formBodyLimitBytes ?? FORM_BODY_LIMIT_BYTES));
  app.use(refuseCrossOriginPosts());
  app.use(renderCache({ dataVersion: dataVersionReader(db) }));
  app.all("*", remixHandler(build, options.mode));
  return app;
}
