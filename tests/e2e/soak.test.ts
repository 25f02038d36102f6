import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, migrateDb } from "../../db/client";
import { routePattern } from "../../seeds/soak/routes";
import { formatReport, runSoak, DEFAULT_OPTIONS, type SoakReport } from "../../seeds/soak/run";
import { checkLedger, newLedger } from "../../seeds/soak/writes";

/** The first of three consecutive free ports on 127.0.0.1 from 3216 up (each soak phase starts its own server). */
async function freePorts(from = 3216): Promise<number> {
  const isFree = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
  for (let base = from; base < from + 300; base += 3) {
    if ((await isFree(base)) && (await isFree(base + 1)) && (await isFree(base + 2))) return base;
  }
  throw new Error(`No three free ports in a row from ${from}`);
}

// A short `npm run soak`: its own servers on its own database (it kills them), a few hundred
// fuzzed requests and two kill -9s during writes (the mixed load is left to `npm run soak`: the
// crash phase writes the same way).
describe("the soak suite, short", () => {
  let report: SoakReport;

  beforeAll(async () => {
    report = await runSoak({ ...DEFAULT_OPTIONS, requests: 300, crashes: 2, seconds: 200, loadSeconds: 0, editors: 5, port: await freePorts() });
  }, 240_000);

  it("sends every fuzzed request and kills the server twice during writes", () => {
    expect(report.fuzz.requests, formatReport(report)).toBe(300);
    expect(report.crash.crashes).toHaveLength(2);
  });

  it("gets no 5xx from any route, whatever it is sent", () => {
    expect(report.fuzz.failures, formatReport(report)).toEqual([]);
    expect(report.load.counts.errors.concat(report.crash.counts.errors), formatReport(report)).toEqual([]);
  });

  it("finds every acknowledged write in the database after each kill -9", () => {
    for (const crash of report.crash.crashes) {
      expect(crash.acknowledged).toBeGreaterThan(0);
      expect(crash.lost).toEqual([]);
    }
  });

  it("leaves a database that passes PRAGMA integrity_check after each phase and each kill", () => {
    expect(report.rows.map((r) => r.integrity)).toEqual(["ok", "skipped", "ok (2/2)"]);
    expect(report.crash.crashes.map((c) => c.integrity)).toEqual(["ok", "ok"]);
  });
});

describe("the soak's own checks", () => {
  it("reports an acknowledged write that the database does not hold as lost", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohesion-soak-check-"));
    try {
      const path = join(dir, "empty.db");
      const db = createDb(path);
      migrateDb(db);
      db.$client.close();
      const ledger = { ...newLedger(), submitted: ["Soak never sent"], approved: [41] };
      expect(checkLedger(path, ledger)).toEqual({ integrity: "ok", lost: ['submission "Soak never sent"', "approval of submission 41"] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("turns route file names into the URLs they serve", () => {
    expect(routePattern("organisations.$slug_.edit.tsx")).toBe("/organisations/:slug/edit");
    expect(routePattern("funding.ending[.]atom.tsx")).toBe("/funding/ending.atom");
    expect(routePattern("moderation._index.tsx")).toBe("/moderation");
    expect(routePattern("_index.tsx")).toBe("/");
    expect(routePattern("api.$.tsx")).toBe("/api/*");
  });
});
