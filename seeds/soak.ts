/**
 * `npm run soak`: a repeatable attack and crash suite against the built app on 127.0.0.1 (run
 * `npm run build` first). Three phases, each on its own copy of one freshly seeded database:
 *
 * 1. a seeded fuzzer over every route (app/routes), as an anonymous visitor, an editor, a
 *    moderator and an admin (signed in through the real /sign-in form), with real and junk URL
 *    parameters, query parameters and bodies; any 5xx fails;
 * 2. a mixed read/write load through the app's forms (editors listing organisations, moderators
 *    approving and rejecting, anonymous readers), then a check that every write the server
 *    acknowledged is in the database file;
 * 3. kill -9 of the server during writes, N times, restarting it on the same file: after each,
 *    PRAGMA integrity_check must say ok and every acknowledged write must be there.
 *
 * Prints one Markdown table (and the details of any failure) and exits 1 if anything failed.
 *
 *   npm run soak -- --requests 5000 --crashes 20 --seconds 600
 *
 * Options: --requests N (fuzzed requests, 5000), --crashes N (20), --seconds N (time budget for
 * the whole run, 600), --port N (first of three ports, 3206), --seed N (2026), --concurrency N
 * (8), --load-seconds N (20), --editors N (editor accounts, 40).
 */
import { DEFAULT_OPTIONS, formatReport, runSoak, type SoakOptions } from "./soak/run";

const FLAGS: Record<string, keyof SoakOptions> = {
  "--requests": "requests",
  "--crashes": "crashes",
  "--seconds": "seconds",
  "--port": "port",
  "--seed": "seed",
  "--concurrency": "concurrency",
  "--load-seconds": "loadSeconds",
  "--editors": "editors",
};

/** The options from the command line; throws on an unknown flag or a value that is not a whole number ≥ 0. */
export function parseSoakArgs(argv: readonly string[]): SoakOptions {
  const options: SoakOptions = { ...DEFAULT_OPTIONS };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const key = FLAGS[flag];
    if (!key) throw new Error(`Unknown option: ${argv[i]} (known: ${Object.keys(FLAGS).join(", ")})`);
    const raw = inline ?? argv[++i];
    const value = Number(raw);
    if (raw === undefined || !/^\d+$/.test(raw) || !Number.isSafeInteger(value)) throw new Error(`${flag} needs a whole number, not ${raw}`);
    (options[key] as number) = value;
  }
  if (options.editors < 4) throw new Error("--editors must be at least 4");
  return options;
}

async function main() {
  const options = parseSoakArgs(process.argv.slice(2));
  const report = await runSoak({ ...options, progress: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(formatReport(report) + "\n");
  process.stdout.write(report.ok ? "\nPASS\n" : "\nFAIL\n");
  process.exitCode = report.ok ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
