/**
 * The soak run: the fuzzer, then a mixed read/write load, then kill -9 during writes N times,
 * each phase on its own copy of one freshly seeded database and its own server process.
 */
import { rmSync } from "node:fs";
import { createRng, type Rng } from "../synthetic-random";
import { SoakClient, closeAgents } from "./client";
import { fuzz, type FuzzResult } from "./fuzz";
import { readRealValues } from "./routes";
import { copyDatabase, prepareTemplateDb, serverCommand, soakAccounts, startServer, type ServerCommand, type SoakAccount } from "./server";
import { AccountPool, acknowledged, checkLedger, newCounts, newLedger, runEditor, runModerator, runReader, type Ledger, type LoadCounts } from "./writes";

export interface SoakOptions {
  /** Fuzzed requests. */
  requests: number;
  /** kill -9s during writes. */
  crashes: number;
  /** The whole run's time budget; each phase stops early (and says so) when its share is spent. */
  seconds: number;
  /** The first port; the phases use port, port + 1 and port + 2. */
  port: number;
  seed: number;
  /** Parallel fuzzing clients. */
  concurrency: number;
  /** Seconds of mixed load. */
  loadSeconds: number;
  /** Editor accounts (each may file 30 submissions an hour). */
  editors: number;
  /** Progress lines (stderr in the script). */
  progress?: (line: string) => void;
}

export const DEFAULT_OPTIONS: SoakOptions = { requests: 5000, crashes: 20, seconds: 600, port: 3206, seed: 2026, concurrency: 8, loadSeconds: 20, editors: 40 };

/** One line of the report table. */
export interface PhaseRow {
  phase: string;
  requests: number;
  errors5xx: number;
  acknowledged: number | null;
  lost: number | null;
  integrity: string | null;
  stoppedEarly: boolean;
}

export interface SoakReport {
  server: string;
  rows: PhaseRow[];
  fuzz: FuzzResult;
  load: { counts: LoadCounts; ledger: Ledger; lost: string[]; integrity: string };
  crash: { counts: LoadCounts; ledger: Ledger; crashes: { acknowledged: number; lost: string[]; integrity: string }[] };
  /** Seconds each phase took. */
  timings: Record<string, number>;
  /** Whether the run passed: no 5xx, nothing lost, integrity ok everywhere, some writes in each writing phase (a phase cut short by the time budget still passes, and says so). */
  ok: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runLoad(how: ServerCommand, options: SoakOptions, dbPath: string, accounts: ReturnType<typeof soakAccounts>, gss: string[], rng: Rng) {
  const server = await startServer(dbPath, options.port + 1, how);
  const ledger = newLedger();
  const counts = newCounts();
  const pool = new AccountPool(accounts.editors);
  const signIn = async (account: SoakAccount | undefined, ip: string) => {
    const client = new SoakClient(server.baseUrl, ip);
    await client.signIn(account!.email, account!.password);
    return client;
  };
  // Everyone signs in first (scrypt is slow on purpose), then the clock starts.
  const moderators = await Promise.all(accounts.moderators.map((m, i) => signIn(m, `10.99.0.${i + 1}`)));
  const editors = await Promise.all([1, 2, 3, 4].map((i) => signIn(pool.take(), `10.99.1.${i}`)));
  const end = Date.now() + options.loadSeconds * 1000;
  const writer = { baseUrl: server.baseUrl, rng, ledger, counts, stopping: () => Date.now() > end, tag: "load", pauseMs: 60 };
  await Promise.all([
    ...editors.map((client, i) => runEditor(writer, pool, client, `e${i}`, gss)),
    ...moderators.map((m) => runModerator(writer, m)),
    runReader(writer),
    runReader(writer),
  ]);
  await server.stop();
  closeAgents();
  const check = checkLedger(dbPath, ledger);
  return { counts, ledger, ...check, log: server.log() };
}

async function runCrashes(how: ServerCommand, options: SoakOptions, dbPath: string, accounts: ReturnType<typeof soakAccounts>, gss: string[], rng: Rng, deadline: number) {
  const ledger = newLedger();
  const counts = newCounts();
  const crashes: { acknowledged: number; lost: string[]; integrity: string }[] = [];
  const pool = new AccountPool(accounts.editors);
  let editors: (SoakClient | undefined)[] = [undefined, undefined, undefined];
  let moderator: SoakClient | undefined;
  let stoppedEarly = false;
  for (let i = 0; i < options.crashes; i++) {
    if (Date.now() > deadline) {
      stoppedEarly = true;
      break;
    }
    const server = await startServer(dbPath, options.port + 2, how);
    if (!moderator) {
      // Sign everyone in before the first cycle (scrypt is slow on purpose), so writes start at once.
      moderator = new SoakClient(server.baseUrl, "10.98.0.1");
      await moderator.signIn(accounts.moderators[0].email, accounts.moderators[0].password);
      editors = await Promise.all(
        editors.map(async (_, k) => {
          const client = new SoakClient(server.baseUrl, `10.98.1.${k + 1}`);
          const account = pool.take()!;
          await client.signIn(account.email, account.password);
          return client;
        }),
      );
    }
    let killing = false;
    const before = acknowledged(ledger);
    const writer = { baseUrl: server.baseUrl, rng, ledger, counts, stopping: () => killing, tag: `crash${i}`, pauseMs: 40 };
    const running = Promise.all(editors.map((client, k) => runEditor(writer, pool, client, `c${i}e${k}`, gss)));
    const reviewing = runModerator(writer, moderator);
    // Kill at a random moment once writes are flowing: 150–900 ms after the third new acknowledgement.
    const waitStart = Date.now();
    while (acknowledged(ledger) < before + 3 && Date.now() - waitStart < 10_000) await sleep(10);
    await sleep(150 + Math.floor(rng() * 750));
    killing = true;
    await server.stop(true);
    editors = await running;
    await reviewing;
    closeAgents();
    const check = checkLedger(dbPath, ledger);
    crashes.push({ acknowledged: acknowledged(ledger), ...check });
    options.progress?.(`crash ${i + 1}/${options.crashes}: ${acknowledged(ledger)} acknowledged so far, ${check.lost.length} lost, integrity ${check.integrity}`);
  }
  return { counts, ledger, crashes, stoppedEarly };
}

/** Runs the whole soak and returns its report (nothing printed but progress). */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const start = Date.now();
  const progress = options.progress ?? (() => undefined);
  const rng = createRng(options.seed);
  const how = serverCommand();
  const accounts = soakAccounts(options.editors);
  const all = [...Object.values(accounts.fuzz), accounts.victim, ...accounts.editors, ...accounts.moderators];
  progress(`Seeding a database with ${all.length} accounts…`);
  const template = await prepareTemplateDb(all);
  const timings: Record<string, number> = {};
  const budget = options.seconds * 1000;
  try {
    const values = readRealValues(template.path, accounts.victim.email);

    let t = Date.now();
    progress(`Fuzzing: ${options.requests} requests, ${options.concurrency} at a time, against ${how.label}…`);
    const fuzzDb = copyDatabase(template.path, template.dir, "fuzz");
    const fuzzServer = await startServer(fuzzDb, options.port, how);
    let fuzzResult: FuzzResult;
    try {
      fuzzResult = await fuzz({ baseUrl: fuzzServer.baseUrl, requests: options.requests, deadline: start + budget * 0.45, concurrency: options.concurrency, rng, accounts: accounts.fuzz, victim: accounts.victim, values, serverLog: fuzzServer.log, progress });
    } finally {
      await fuzzServer.stop();
    }
    const fuzzIntegrity = checkLedger(fuzzDb, newLedger()).integrity;
    timings.fuzz = (Date.now() - t) / 1000;

    t = Date.now();
    progress(`Fuzzing took ${timings.fuzz.toFixed(1)} s. Mixed load for ${options.loadSeconds} s…`);
    const loadDb = copyDatabase(template.path, template.dir, "load");
    // --load-seconds 0 skips the load (the crash phase writes the same way).
    const load = options.loadSeconds > 0 ? await runLoad(how, options, loadDb, accounts, values.gssCodes, rng) : { counts: newCounts(), ledger: newLedger(), lost: [], integrity: "skipped" };
    timings.load = (Date.now() - t) / 1000;

    t = Date.now();
    progress(`Load took ${timings.load.toFixed(1)} s. kill -9 during writes, ${options.crashes} times…`);
    const crashDb = copyDatabase(template.path, template.dir, "crash");
    const crash = await runCrashes(how, options, crashDb, accounts, values.gssCodes, rng, start + budget);
    timings.crash = (Date.now() - t) / 1000;

    const lastCrash = crash.crashes.at(-1);
    const crashIntegrityOk = crash.crashes.filter((c) => c.integrity === "ok").length;
    const rows: PhaseRow[] = [
      {
        phase: "fuzz (every route, 4 roles)",
        requests: fuzzResult.requests,
        errors5xx: fuzzResult.failures.length,
        acknowledged: null,
        lost: null,
        integrity: fuzzIntegrity,
        stoppedEarly: fuzzResult.stoppedEarly,
      },
      {
        phase: "mixed read/write load",
        requests: load.counts.requests,
        errors5xx: load.counts.errors.length,
        acknowledged: acknowledged(load.ledger),
        lost: load.lost.length,
        integrity: load.integrity,
        stoppedEarly: false,
      },
      {
        phase: `kill -9 during writes ×${crash.crashes.length}`,
        requests: crash.counts.requests,
        errors5xx: crash.counts.errors.length,
        acknowledged: acknowledged(crash.ledger),
        lost: lastCrash ? lastCrash.lost.length : 0,
        integrity: crash.crashes.length === 0 ? "not run" : crashIntegrityOk === crash.crashes.length ? `ok (${crashIntegrityOk}/${crash.crashes.length})` : `FAILED (${crash.crashes.length - crashIntegrityOk}/${crash.crashes.length})`,
        stoppedEarly: crash.stoppedEarly,
      },
    ];
    // A phase that wrote nothing proves nothing: it fails too.
    const wrote = (options.loadSeconds === 0 || acknowledged(load.ledger) > 0) && (crash.crashes.length === 0 || acknowledged(crash.ledger) > 0);
    const ok =
      wrote &&
      rows.every((r) => r.errors5xx === 0 && (r.lost ?? 0) === 0) &&
      fuzzIntegrity === "ok" &&
      (load.integrity === "ok" || load.integrity === "skipped") &&
      crash.crashes.every((c) => c.integrity === "ok" && c.lost.length === 0);
    timings.total = (Date.now() - start) / 1000;
    return {
      server: how.label,
      rows,
      fuzz: fuzzResult,
      load: { counts: load.counts, ledger: load.ledger, lost: load.lost, integrity: load.integrity },
      crash,
      timings,
      ok,
    };
  } finally {
    rmSync(template.dir, { recursive: true, force: true });
  }
}

/** The report as a Markdown table (for the README) plus the details behind any failure. */
export function formatReport(report: SoakReport): string {
  const cell = (v: number | string | null) => (v === null ? "–" : typeof v === "number" ? v.toLocaleString("en-GB") : v);
  const lines = [
    "| phase | requests | 5xx | acknowledged writes | lost | integrity_check |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
    ...report.rows.map((r) => `| ${r.phase}${r.stoppedEarly ? " (stopped early: time budget)" : ""} | ${cell(r.requests)} | ${cell(r.errors5xx)} | ${cell(r.acknowledged)} | ${cell(r.lost)} | ${cell(r.integrity)} |`),
    "",
    `Server: ${report.server}. Fuzz answers by status: ${Object.entries(report.fuzz.byStatus)
      .filter(([, n]) => n > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([s, n]) => `${s}: ${n}`)
      .join(", ")}. ${report.fuzz.routes} routes.`,
    `Times: ${Object.entries(report.timings)
      .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
      .join(", ")}.`,
  ];
  if (report.fuzz.distinct.length > 0) {
    lines.push("", "Fuzz failures by cause (the error the server logged when one was replayed alone):");
    const causes = new Map<string, string[]>();
    for (const f of report.fuzz.distinct) {
      const cause = /^\s*(\w*Error:.*)$/m.exec(f.log)?.[1].trim() ?? (f.status === 0 ? "no answer" : `${f.status}, nothing logged`);
      causes.set(cause, [...(causes.get(cause) ?? []), `${f.method} ${f.path.split("?")[0].slice(0, 60)} [${f.bodyKind}]`]);
    }
    for (const [cause, where] of causes) lines.push(`- ${cause.slice(0, 200)} — ${where.length}×: ${where.slice(0, 6).join("; ")}${where.length > 6 ? "; …" : ""}`);
    lines.push("", `Fuzz failures (${report.fuzz.failures.length} in all; each distinct one replayed alone):`);
    for (const f of report.fuzz.distinct) lines.push(`- ${f.status} ${f.method} ${f.path.length > 160 ? f.path.slice(0, 160) + "…" : f.path} [body: ${f.bodyKind}, as ${f.role}]\n    ${f.log.split("\n").slice(0, 8).join("\n    ")}`);
  }
  for (const [name, counts] of [["load", report.load.counts], ["crash", report.crash.counts]] as const) {
    if (counts.errors.length > 0) lines.push("", `${name} 5xx / no answer (${counts.errors.length}):`, ...counts.errors.slice(0, 20).map((e) => `- ${e}`));
  }
  const lost = [...report.load.lost, ...(report.crash.crashes.at(-1)?.lost ?? [])];
  if (lost.length > 0) lines.push("", `Lost writes (${lost.length}):`, ...lost.slice(0, 20).map((l) => `- ${l}`));
  return lines.join("\n");
}
