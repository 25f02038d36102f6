/**
 * `npm run bench:http`: how fast the built app answers its busiest pages under load. Needs
 * `npm run build` first (it builds nothing). Creates a fresh migrated and seeded database in a temp
 * dir, starts the production server (`tsx app/platform/server/main.ts`, NODE_ENV=production) on a
 * loopback port, and beside it a minimal static file server (a Node http server answering each path
 * with a file of the same size as that page, read from disk per request), each in its own process.
 * After a warm-up round over every page, for each page it warms up again and measures requests per
 * second and p50/p99 latency at a fixed number of keep-alive connections, against the page and then
 * against its static twin, and prints a Markdown table. A script, not a test; run it with nothing
 * else busy for stable numbers.
 *
 * The load generator is a small bounded one: `--connections` loops, each sending its next request on
 * its own keep-alive connection as soon as the last one is answered (closed-loop, so it measures
 * the server, not a queue). It runs in this process, on the same machine as both servers, so on
 * a machine with few cores the static figures are bounded by the generator too: the ratio is then
 * a lower bound on how far the app is from a static server. Because throughput on a shared machine
 * swings with whatever else runs, the table also gives each server's CPU time per request (from
 * /proc, the server process and its children), which other load barely moves: its ratio is the
 * steadier comparison.
 *
 * Options: --connections N (20), --duration S (8, per measurement), --warmup S (2), --uncached (also
 * measure each page past the render cache, with a private cookie), --keep (keep the temp dir),
 * --server FILE (another server script to run with tsx, default app/platform/server/main.ts),
 * --pages /,/gaps (the paths to measure, default the five below).
 * Child mode (internal): --static-server DIR.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { Agent, createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createDb, migrateDb } from "../db/client";
import { loadSeed } from "./load-seed";
import { buildSeedInput } from "./seed-input";

const DEFAULT_PAGES = ["/", "/authorities/W06000023", "/gaps", "/funding/cliff", "/api/coverage"];
const HOST = "127.0.0.1";
const TARGET_RATIO = 3;
const TARGET_P99_MS = 100;
const ROOT = join(fileURLToPath(import.meta.url), "..", "..");

const log = (message: string) => process.stderr.write(`${message}\n`);

interface Run {
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
  /** What the render cache said it did, counted over the run. */
  cache: Record<string, number>;
  /** The server's CPU time per answered request (ms), or NaN where /proc cannot tell. */
  cpuMs: number;
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(agent: Agent, port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port, path, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Keeps `connections` requests in flight for `seconds`, each loop on its own keep-alive
 * connection, and returns the throughput and latency percentiles of the answered requests.
 */
async function load(port: number, path: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<Run> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const cache: Record<string, number> = {};
  let errors = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        const reply = await get(agent, port, path, headers);
        if (reply.status !== 200) errors++;
        const status = String(reply.headers["x-render-cache"] ?? "none");
        cache[status] = (cache[status] ?? 0) + 1;
      } catch {
        errors++;
        continue;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, seconds: elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), cache, cpuMs: Number.NaN };
}

/** Warms up, then measures. */
/**
 * CPU time (user + system, ms) used so far by a process and its descendants (tsx runs the script in
 * a child of its own), from /proc; NaN where there is no /proc. Clock ticks are taken as 100 a
 * second (USER_HZ on Linux).
 */
function treeCpuMs(pid: number): number {
  try {
    const [, after] = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ");
    const fields = after.split(" ");
    // utime and stime are the 14th and 15th fields; `after` starts at the 3rd.
    let ms = (Number(fields[11]) + Number(fields[12])) * 10;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const child of children ? children.split(" ") : []) ms += treeCpuMs(Number(child));
    }
    return ms;
  } catch {
    return Number.NaN;
  }
}

/** Warms up, then measures, with the server's CPU time per request (`pid`: the server process). */
async function measure(port: number, pid: number, path: string, options: Options, headers: Record<string, string> = {}): Promise<Run> {
  await load(port, path, options.connections, options.warmup, headers);
  const cpu0 = treeCpuMs(pid);
  const run = await load(port, path, options.connections, options.duration, headers);
  run.cpuMs = (treeCpuMs(pid) - cpu0) / run.requests;
  if (run.errors > 0) throw new Error(`${run.errors} failed requests to ${path} on port ${port}`);
  return run;
}

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(port: number, path: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const agent = new Agent({ keepAlive: false });
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`A server exited with code ${child.exitCode}:\n${output()}`);
    try {
      if ((await get(agent, port, path)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No answer on port ${port} within ${timeoutMs} ms:\n${output()}`);
}

/** Starts a child process, keeping its output for error messages. */
function startChild(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-20_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output: () => output };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
  await exited;
  clearTimeout(timer);
}

/** Child mode: serves every file of `dir` at `/<name>`, read from disk on each request. */
function serveStatic(dir: string, port: number): void {
  const files = new Set(readdirSync(dir));
  createServer((req, res) => {
    const name = (req.url ?? "/").slice(1);
    if (!files.has(name)) {
      res.writeHead(404).end();
      return;
    }
    readFile(join(dir, name)).then(
      (body) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length }).end(body),
      () => res.writeHead(500).end(),
    );
  }).listen(port, HOST);
}

interface Options {
  connections: number;
  duration: number;
  warmup: number;
  uncached: boolean;
  /** The server script, run with tsx (PORT, HOST, DATABASE_PATH, NODE_ENV=production). */
  server: string;
  pages: string[];
}

interface Row {
  page: string;
  bytes: number;
  app: Run;
  staticRun: Run;
  uncached?: Run;
}

function table(rows: readonly Row[], options: Options): string {
  const fmt = (n: number, digits = 0) => n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const rate = (run: Run) => run.requests / run.seconds;
  const lines = [
    `| page | bytes | req/s | p50 ms | p99 ms | static req/s | static p99 ms | static ÷ page | CPU ms/req | static CPU ms/req | CPU page ÷ static |${options.uncached ? " uncached req/s | uncached p99 ms | uncached CPU ms/req |" : ""}`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |${options.uncached ? " ---: | ---: | ---: |" : ""}`,
  ];
  for (const row of rows) {
    const ratio = rate(row.staticRun) / rate(row.app);
    const extra = row.uncached ? ` ${fmt(rate(row.uncached))} | ${fmt(row.uncached.p99, 1)} | ${fmt(row.uncached.cpuMs, 2)} |` : "";
    lines.push(
      `| \`${row.page}\` | ${fmt(row.bytes)} | ${fmt(rate(row.app))} | ${fmt(row.app.p50, 1)} | ${fmt(row.app.p99, 1)} | ${fmt(rate(row.staticRun))} | ${fmt(row.staticRun.p99, 1)} | ${fmt(ratio, 2)}× | ${fmt(row.app.cpuMs, 2)} | ${fmt(row.staticRun.cpuMs, 2)} | ${fmt(row.app.cpuMs / row.staticRun.cpuMs, 2)}× |${extra}`,
    );
  }
  return lines.join("\n");
}

async function main(options: Options, keep: boolean): Promise<void> {
  if (!existsSync(join(ROOT, "build", "server", "index.js"))) throw new Error("Build the app first: npm run build");
  const mainScript = options.server;
  if (!existsSync(mainScript)) throw new Error(`No production server at ${mainScript}`);
  const dir = mkdtempSync(join(tmpdir(), "cmw-bench-http-"));
  const children: ChildProcess[] = [];
  try {
    const dbPath = join(dir, "bench.db");
    const db = createDb(dbPath);
    migrateDb(db);
    loadSeed(db, buildSeedInput());
    db.$client.close();

    const tsx = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
    const appPort = await freePort();
    const env = { ...process.env, PORT: String(appPort), HOST, DATABASE_PATH: dbPath, NODE_ENV: "production" as const, MAP_TILE_URL: "" };
    const app = startChild([tsx, mainScript], env);
    children.push(app.child);
    await waitUntilReady(appPort, "/about", app.child, app.output);

    // The static twin of each page: a file of the same size.
    const staticDir = join(dir, "static");
    mkdirSync(staticDir);
    const sizes = new Map<string, number>();
    const probe = new Agent({ keepAlive: false });
    for (const [i, page] of options.pages.entries()) {
      const reply = await get(probe, appPort, page);
      if (reply.status !== 200) throw new Error(`${page} answered ${reply.status}`);
      sizes.set(page, reply.body.length);
      writeFileSync(join(staticDir, `page-${i}`), reply.body);
    }
    const staticPort = await freePort();
    const statics = startChild([tsx, fileURLToPath(import.meta.url), "--static-server", staticDir, "--port", String(staticPort)], process.env);
    children.push(statics.child);
    await waitUntilReady(staticPort, "/page-0", statics.child, statics.output);

    // A first warm-up round over every page, so the first page measured does not also pay for the
    // server's JIT warming up on the code every page shares.
    log("warming up…");
    for (const [i, page] of options.pages.entries()) {
      await load(appPort, page, options.connections, options.warmup);
      await load(staticPort, `/page-${i}`, options.connections, options.warmup);
    }
    const rows: Row[] = [];
    for (const [i, page] of options.pages.entries()) {
      log(`${page}: app…`);
      const appRun = await measure(appPort, app.child.pid!, page, options);
      log(`${page}: static…`);
      const staticRun = await measure(staticPort, statics.child.pid!, `/page-${i}`, options);
      // A private cookie sends every request past the render cache (the CSRF cookie changes nothing else on these pages).
      const uncached = options.uncached ? await measure(appPort, app.child.pid!, page, options, { Cookie: `cmw_csrf=${"x".repeat(43)}` }) : undefined;
      log(`${page}: cache ${JSON.stringify(appRun.cache)}`);
      rows.push({ page, bytes: sizes.get(page)!, app: appRun, staticRun, uncached });
    }
    console.log(`\n${options.connections} connections, ${options.warmup} s warm-up, ${options.duration} s measured, Node ${process.version}\n`);
    console.log(table(rows, options));
    const worst = Math.max(...rows.map((r) => r.staticRun.requests / r.staticRun.seconds / (r.app.requests / r.app.seconds)));
    const worstP99 = Math.max(...rows.map((r) => r.app.p99));
    console.log(`\nTargets: static ÷ page ≤ ${TARGET_RATIO}× (worst ${worst.toFixed(2)}×), p99 < ${TARGET_P99_MS} ms (worst ${worstP99.toFixed(1)} ms).`);
  } finally {
    for (const child of children) await stopChild(child);
    if (keep) log(`Kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "20" },
    duration: { type: "string", default: "8" },
    warmup: { type: "string", default: "2" },
    uncached: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    server: { type: "string", default: join(ROOT, "app", "platform", "server", "main.ts") },
    pages: { type: "string", default: DEFAULT_PAGES.join(",") },
    "static-server": { type: "string" },
    port: { type: "string" },
  },
});

const positive = (name: string, value: string | undefined): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not ${value}`);
  return n;
};

if (values["static-server"]) {
  serveStatic(values["static-server"], positive("port", values.port));
} else {
  const options: Options = {
    connections: Math.floor(positive("connections", values.connections)),
    duration: positive("duration", values.duration),
    warmup: positive("warmup", values.warmup),
    uncached: values.uncached ?? false,
    server: values.server!,
    pages: values.pages!.split(",").map((page) => {
      if (!page.startsWith("/")) throw new Error(`--pages takes paths starting with /, not ${page}`);
      return page;
    }),
  };
  main(options, values.keep ?? false).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
