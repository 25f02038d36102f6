/**
 * `npm run bench:import`: how fast a 360Giving file imports. Writes a seeded synthetic file of
 * N grants (default 100,000; `--grants N`) as a JSON package and as a CSV, then imports each into
 * a fresh migrated and seeded database file with `importGrantFile` (streamed, one transaction) and
 * with a naive baseline (the whole file parsed in memory with JSON.parse / csv-parse/sync, then one
 * transaction per Welsh grant), and prints a Markdown table. A script, not a test; run it with
 * nothing else busy for stable numbers.
 *
 * Peak RSS is a high-water mark for the whole process, so every import runs in its own child
 * process (`tsx seeds/bench-import.ts --child json|csv|baseline-json|baseline-csv FILE`), which
 * prints its own figures as JSON. Setting up the database (migrations, reference data, boundaries)
 * is not timed but does count in the child's peak RSS, the same for every child.
 *
 * The baseline does the same per-grant work as the importer (normaliseGrant, placeGrant,
 * classifyThemes, upsertGrant), so the ratio measures the importer's design (streaming, one
 * transaction), not its matching rules. Above `--baseline-max` grants (default 100,000) it runs on
 * the file's first grants and its full-size time is extrapolated linearly (a lower bound: the
 * organisation matching grows faster than linearly).
 *
 * Options: --grants N, --seed S, --baseline-max N, --keep (keep the temp dir), --profile (children
 * write V8 CPU profiles into the temp dir; implies --keep).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse as parseCsv } from "csv-parse/sync";
import { createDb, migrateDb, type Db } from "../db/client";
import { documents, imports } from "../db/schema";
import { boundaryCollection } from "../app/coverage/boundaries.server";
import { classifyThemes, placeGrant } from "../app/funding/giving360";
import { normaliseGrant } from "../app/funding/giving360/normalise-grant";
import { planColumns, setAtPath } from "../app/funding/giving360/tabular";
import { importGrantFile } from "../app/funding/grant-import.server";
import { upsertGrant, type ImportContext } from "../app/funding/grant-records.server";
import { loadSeed } from "./load-seed";
import { buildSeedInput } from "./seed-input";
import { writeSyntheticGrantFiles, type SyntheticGrantFiles } from "./synthetic-grants";

const DEFAULT_GRANTS = 100_000;
const SEED = 360;
const TARGET_GRANTS_PER_SECOND = 5_000;
const TARGET_RSS_MB = 400;
const MODES = ["json", "csv", "baseline-json", "baseline-csv"] as const;
type Mode = (typeof MODES)[number];

/** What a child reports. */
interface ChildResult {
  mode: Mode;
  /** Grants in the file, and those this child read (the baseline's subset). */
  grantsInFile: number;
  grantsRead: number;
  welsh: number;
  awardsNew: number;
  organisationsNew: number;
  /** Wall time of the import; of it, reading and placing every grant (the rest is writing). */
  ms: number;
  readMs: number;
  setupMs: number;
  setupRssMb: number;
  peakRssMb: number;
}

const log = (message: string) => process.stderr.write(`${message}\n`);
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

/** A fresh migrated database beside the file, with the reference data (authorities, boundaries, seed records). */
function freshDb(file: string, mode: Mode): Db {
  const path = join(dirname(file), `${mode}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  const db = createDb(path);
  migrateDb(db);
  loadSeed(db, buildSeedInput());
  return db;
}

async function runChild(mode: Mode, file: string, limit: number): Promise<void> {
  const s0 = performance.now();
  const db = freshDb(file, mode);
  const setupMs = performance.now() - s0;
  const setupRssMb = maxRssMb();
  const t0 = performance.now();
  let result: Omit<ChildResult, "mode" | "ms" | "setupMs" | "setupRssMb" | "peakRssMb">;
  if (mode === "json" || mode === "csv") {
    let readEnd = t0;
    const report = await importGrantFile(db, file, { userId: null, onProgress: () => (readEnd = performance.now()) });
    if (!report.written) throw new Error(`Import not written: ${report.problems.map((p) => p.message).join("; ")}`);
    const grants = report.read.grantsRead;
    result = { grantsInFile: grants, grantsRead: grants, welsh: report.welsh, awardsNew: report.counts.awardsNew, organisationsNew: report.counts.organisationsNew, readMs: readEnd - t0 };
  } else {
    result = runBaseline(db, file, mode === "baseline-json" ? "json" : "csv", limit, t0);
  }
  const ms = performance.now() - t0;
  db.$client.close();
  const out: ChildResult = { mode, ...result, ms, setupMs, setupRssMb, peakRssMb: maxRssMb() };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/** Every grant of the file in its JSON shape, the whole file in memory at once. */
function readWholeFile(file: string, format: "json" | "csv"): Record<string, unknown>[] {
  const text = readFileSync(file, "utf8");
  if (format === "json") return (JSON.parse(text) as { grants: Record<string, unknown>[] }).grants;
  const [header, ...rows] = parseCsv(text, { bom: true, relax_column_count: true }) as string[][];
  const plan = planColumns(header);
  return rows.map((cells) => {
    const raw: Record<string, unknown> = {};
    plan.paths.forEach((path, i) => {
      if (path && cells[i] !== undefined && cells[i].trim() !== "") setAtPath(raw, path, cells[i]);
    });
    return raw;
  });
}

/**
 * The naive import: parse the whole file, then normalise, place and theme each grant, and write each
 * Welsh one in a transaction of its own (a commit, and a sync of the WAL, per grant).
 */
function runBaseline(db: Db, file: string, format: "json" | "csv", limit: number, t0: number) {
  const all = readWholeFile(file, format);
  const raws = all.slice(0, limit);
  const at = new Date().toISOString();
  const documentId = `bench-baseline-${format}`;
  db.insert(documents).values({ id: documentId, title: "Baseline import", author: "bench", date: at.slice(0, 10), kind: "dataset" }).run();
  const importId = db.insert(imports).values({ kind: "360giving", fileName: file, documentId, importedBy: null, importedAt: at }).returning({ id: imports.id }).get().id;
  const ctx: ImportContext = {
    db, importId, documentId, userId: null, at,
    evidenced: (g) => (g.dateModified ?? at).slice(0, 10),
    outlines: boundaryCollection(db).collection,
    merges: [], conflicts: [], orgCache: new Map(), funderCache: new Map(),
    counts: { organisationsNew: 0, organisationsMatched: 0, fundersNew: 0, fundersMatched: 0, awardsNew: 0, awardsUpdated: 0, awardsUnchanged: 0 },
  };
  let readMs = 0;
  let welsh = 0;
  raws.forEach((raw, i) => {
    const r0 = performance.now();
    const { grant } = normaliseGrant(raw, i + 1);
    if (!grant) throw new Error(`Baseline: grant ${i + 1} has problems`);
    const placement = placeGrant(grant, { pointRadiusKm: 5 });
    const themes = placement.welsh ? classifyThemes(grant) : [];
    readMs += performance.now() - r0;
    if (!placement.welsh) return;
    welsh++;
    db.transaction(() => upsertGrant(ctx, grant, placement, themes));
  });
  return { grantsInFile: all.length, grantsRead: raws.length, welsh, awardsNew: ctx.counts.awardsNew, organisationsNew: ctx.counts.organisationsNew, readMs: readMs };
}

/** Runs one child process and returns what it printed; its stderr passes through. */
function spawnChild(mode: Mode, file: string, limit: number, profileDir: string | null): Promise<ChildResult> {
  const script = fileURLToPath(import.meta.url);
  const profile = profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir, "--cpu-prof-name", `${mode}.cpuprofile`] : [];
  const args = [...profile, ...process.execArgv, script, "--child", mode, file, "--limit", String(limit)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`Child ${mode} exited with code ${code}`));
      const last = stdout.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(last) as ChildResult);
      } catch {
        reject(new Error(`Child ${mode} printed no result: ${stdout.slice(-500)}`));
      }
    });
  });
}

/** Sections of a child's CPU profile: a label, and the function (name, file) whose inclusive time it is. */
const PROFILE_SECTIONS: readonly [string, string, string][] = [
  ["normalise and check each grant (acceptGrant / normaliseGrant)", "acceptGrant|normaliseGrant", "giving360/"],
  ["placeGrant + classifyThemes", "placeGrant|classifyThemes", "giving360/"],
  ["upsertGrant: all writing", "upsertGrant", "grant-records.server.ts"],
  ["… authoritiesReachedByCircle (lat/long grants)", "authoritiesReachedByCircle", "geo/reach.ts"],
  ["… matchOrganisation + matchFunder", "matchOrganisation|matchFunder", "grant-records.server.ts"],
  ["… better-sqlite3 prepare (a statement per call)", "prepare", "better-sqlite3/lib/methods/wrappers.js"],
  ["… drizzle building SQL (sqlToQuery)", "sqlToQuery", "drizzle-orm/sqlite-core/dialect.js"],
  ["garbage collector", "(garbage collector)", ""],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** Inclusive ms of each PROFILE_SECTIONS entry, and the profile's total, from a .cpuprofile file. */
function summariseProfile(path: string): { total: number; sections: number[] } {
  const profile = JSON.parse(readFileSync(path, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const section = new Map(profile.nodes.map((node) => [node.id, PROFILE_SECTIONS.findIndex(([, names, file]) => names.split("|").includes(node.callFrame.functionName) && node.callFrame.url.includes(file))]));
  const sections = PROFILE_SECTIONS.map(() => 0);
  let total = 0;
  profile.samples.forEach((leaf, i) => {
    const ms = profile.timeDeltas[i] / 1000;
    total += ms;
    const seen = new Set<number>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const k = section.get(id)!;
      if (k < 0 || seen.has(k)) continue;
      seen.add(k);
      sections[k] += ms;
    }
  });
  return { total, sections };
}

function printProfiles(dir: string): void {
  const profiles = MODES.map((mode) => summariseProfile(join(dir, `${mode}.cpuprofile`)));
  const cell = (ms: number, total: number) => `${secs(ms)} (${((100 * ms) / total).toFixed(0)}%)`;
  console.log(
    [
      "",
      "Where the time goes (V8 CPU profiles of the children, inclusive; profiling slows everything a little):",
      "",
      `| section | ${MODES.join(" | ")} |`,
      `| --- | ${MODES.map(() => "---").join(" | ")} |`,
      `| whole child (setup included) | ${profiles.map((p) => secs(p.total)).join(" | ")} |`,
      ...PROFILE_SECTIONS.map(([label], k) => `| ${label} | ${profiles.map((p) => cell(p.sections[k], p.total)).join(" | ")} |`),
      "",
      `Profiles kept in ${dir} (open them in Chrome DevTools).`,
    ].join("\n"),
  );
}

interface RunInfo {
  seed: number;
  files: SyntheticGrantFiles;
  generateMs: number;
  dir: string;
  totalS: number;
}

const n = (v: number) => Math.round(v).toLocaleString("en-GB");
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const mark = (ok: boolean) => (ok ? "✓" : "✗");
/** Grants per second over the whole file (the baseline's extrapolated when it ran on a subset). */
const rate = (r: ChildResult) => r.grantsRead / (r.ms / 1000);

function printReport(results: ChildResult[], info: RunInfo): void {
  const by = (mode: Mode) => results.find((r) => r.mode === mode)!;
  const { files } = info;
  const lines = [
    "",
    `360Giving import benchmark — ${n(files.grants)} synthetic grants (seed ${info.seed}; ${n(files.welsh)} in Wales by construction: ${files.byPlacement.code} W06 code, ${files.byPlacement.name} authority name, ${files.byPlacement.point} lat/long, ${files.byPlacement.recipient} recipient address only; ${n(files.welshRecipients)} distinct Welsh recipients), Node ${process.version}`,
    `Files: JSON ${mb(files.jsonBytes)}, CSV ${mb(files.csvBytes)}, written in ${secs(info.generateMs)} to ${info.dir}`,
    "",
    "| format | importer | grants/s | of it reading + placing | writing | Welsh written (orgs new) | peak RSS (after setup) | baseline (whole file, a transaction per grant) | baseline grants/s | baseline peak RSS | importer ÷ baseline (speed) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const format of ["json", "csv"] as const) {
    const e = by(format);
    const b = by(`baseline-${format}`);
    const subset = b.grantsRead < b.grantsInFile;
    const baselineFullMs = (b.ms * b.grantsInFile) / b.grantsRead;
    lines.push(
      `| ${format.toUpperCase()} | ${secs(e.ms)} | ${n(rate(e))} | ${secs(e.readMs)} | ${secs(e.ms - e.readMs)} | ${n(e.welsh)} (${n(e.organisationsNew)}) | ${e.peakRssMb.toFixed(0)} MB (${e.setupRssMb.toFixed(0)} MB) | ` +
        `${subset ? `${secs(b.ms)} on the first ${n(b.grantsRead)} (${n(b.welsh)} Welsh); ≥ ${secs(baselineFullMs)} extrapolated` : `${secs(b.ms)} (${n(b.welsh)} Welsh)`} | ` +
        `${n(rate(b))} | ${b.peakRssMb.toFixed(0)} MB | ${(baselineFullMs / e.ms).toFixed(1)}× |`,
    );
  }
  const targets = (["json", "csv"] as const).flatMap((format) => {
    const e = by(format);
    return [
      `- ${mark(rate(e) >= TARGET_GRANTS_PER_SECOND)} ${format.toUpperCase()}: at least ${n(TARGET_GRANTS_PER_SECOND)} grants/s at ${n(files.grants)} grants: ${n(rate(e))} grants/s`,
      `- ${mark(e.peakRssMb < TARGET_RSS_MB)} ${format.toUpperCase()}: peak RSS under ${TARGET_RSS_MB} MB at ${n(files.grants)} grants: ${e.peakRssMb.toFixed(0)} MB`,
      `- ${mark(e.welsh === files.welsh)} ${format.toUpperCase()}: Welsh grants written equal those generated in Wales: ${n(e.welsh)} of ${n(files.welsh)}`,
    ];
  });
  lines.push(
    "",
    `Targets${files.grants === DEFAULT_GRANTS ? "" : ` (set for ${n(DEFAULT_GRANTS)} grants; this run has ${n(files.grants)})`}:`,
    ...targets,
    "",
    "Each import runs in its own child process on a fresh database file (WAL) holding the reference data; setting that up is not timed but counts in peak RSS (shown after setup in brackets). " +
      `Grants/s is all grants read (Welsh or not) ÷ wall time. Reading + placing ends at the importer's last progress call (every 1,000 grants); writing is the rest. Total bench time ${info.totalS.toFixed(0)} s.`,
  );
  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      grants: { type: "string" }, seed: { type: "string" }, child: { type: "string" }, limit: { type: "string" },
      "baseline-max": { type: "string" }, keep: { type: "boolean" }, profile: { type: "boolean" },
    },
  });
  if (values.child !== undefined) {
    if (!MODES.includes(values.child as Mode) || positionals.length !== 1) throw new Error(`Usage: --child ${MODES.join("|")} FILE [--limit N]`);
    return runChild(values.child as Mode, positionals[0], Number(values.limit ?? Infinity));
  }
  const grants = Number(values.grants ?? DEFAULT_GRANTS);
  const baselineMax = Number(values["baseline-max"] ?? DEFAULT_GRANTS);
  if (!Number.isSafeInteger(grants) || grants < 1) throw new Error(`--grants must be a positive whole number, not ${values.grants}`);
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), "bench-import-"));
  const seed = Number(values.seed ?? SEED);
  const files = await writeSyntheticGrantFiles(dir, { grants, seed });
  const generateMs = performance.now() - started;
  log(`generated ${n(grants)} grants (${n(files.welsh)} Welsh) in ${secs(generateMs)} into ${dir}`);
  const profileDir = values.profile ? dir : null;
  const results: ChildResult[] = [];
  try {
    for (const mode of MODES) {
      const file = mode.endsWith("json") ? files.jsonPath : files.csvPath;
      const r = await spawnChild(mode, file, mode.startsWith("baseline") ? baselineMax : grants, profileDir);
      log(`${mode}: ${secs(r.ms)} (${n(rate(r))} grants/s on ${n(r.grantsRead)}), ${n(r.welsh)} Welsh, peak RSS ${r.peakRssMb.toFixed(0)} MB`);
      results.push(r);
    }
  } finally {
    if (!values.keep && !values.profile) rmSync(dir, { recursive: true, force: true });
  }
  printReport(results, { seed, files, generateMs, dir, totalS: (performance.now() - started) / 1000 });
  if (profileDir) printProfiles(profileDir);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
