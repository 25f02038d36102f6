/**
 * Importing a 360Giving file (JSON package, CSV or XLSX): read and check every grant first, then
 * write everything in one transaction — or nothing. The use-case behind `npm run import:360giving`.
 *
 * Rows with problems stop the import unless `skipInvalid` (then they are skipped and reported).
 * Grants with no Welsh location are skipped and counted. Every record cites the import's document
 * (a `dataset` document: the file, its publisher and date) with the grant identifier and title.
 */
import { randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import { basename } from "node:path";
import { eq } from "drizzle-orm";
import { WRITE_LOCK, type Db } from "../../db/client";
import { bumpDataVersion } from "../../db/queries/meta";
import { documents, imports } from "../../db/schema";
import { boundaryCollection } from "../coverage/boundaries.server";
import { nowIso } from "../platform/clock.server";
import { classifyThemes, placeGrant, readGrantFile, type Grant, type GrantProblem, type ReadReport } from "./giving360";
import { upsertGrant, type ImportContext } from "./grant-records.server";

export interface GrantImportOptions {
  /** The file's name as the user knows it (default: the path's base name). */
  fileName?: string;
  userId: number | null;
  dryRun?: boolean;
  skipInvalid?: boolean;
  /** Radius given to a beneficiary latitude and longitude, km (default 5, labelled approximate). */
  pointRadiusKm?: number;
  /** Called every 1,000 grants read, for a progress bar (bytes are 0 for XLSX, which is read whole). */
  onProgress?: (progress: GrantReadProgress) => void;
}

export interface GrantReadProgress {
  grantsRead: number;
  bytesRead: number;
  totalBytes: number;
}

export interface GrantImportReport {
  importId: number | null;
  fileName: string;
  read: ReadReport;
  welsh: number;
  skipped: { notWelsh: number; invalid: number; individuals: number };
  placedBy: Record<string, number>;
  unclassified: number;
  counts: ImportContext["counts"];
  merges: ImportContext["merges"];
  conflicts: ImportContext["conflicts"];
  problems: GrantProblem[];
  problemCount: number;
  written: boolean;
}

const MAX_PROBLEMS = 50;

/**
 * Reads, checks and (unless a dry run, or problems without skipInvalid) imports a 360Giving file.
 * Throws GrantFileError for a file that cannot be read at all; nothing is written then.
 *
 * @example
 * const report = await importGrantFile(db, "grants.csv", { userId: null, dryRun: true });
 * report.welsh // grants placed in Wales
 */
export async function importGrantFile(db: Db, path: string, options: GrantImportOptions): Promise<GrantImportReport> {
  const fileName = options.fileName ?? basename(path);
  const grants: { grant: Grant; placement: ReturnType<typeof placeGrant>; themes: string[] }[] = [];
  const problems: GrantProblem[] = [];
  let problemCount = 0;
  let notWelsh = 0;
  const placedBy: Record<string, number> = {};
  const totalBytes = statSync(path).size;
  let file: { bytesRead: number } | null = null;
  const read = await readGrantFile(
    path,
    fileName,
    (grant) => {
      const placement = placeGrant(grant, { pointRadiusKm: options.pointRadiusKm ?? 5 });
      if (!placement.welsh) notWelsh++;
      // A copy: the JSON reader's strings are slices of its chunks, and keeping them would keep the whole file alive.
      else grants.push({ grant: structuredClone(grant), placement, themes: classifyThemes(grant) });
      placedBy[placement.reason] = (placedBy[placement.reason] ?? 0) + 1;
      const grantsRead = grants.length + notWelsh;
      if (grantsRead % 1000 === 0) options.onProgress?.({ grantsRead, bytesRead: file?.bytesRead ?? 0, totalBytes });
    },
    (problem) => {
      problemCount++;
      if (problems.length < MAX_PROBLEMS) problems.push(problem);
    },
    { onOpen: (f) => (file = f) },
  );
  const report: GrantImportReport = {
    importId: null,
    fileName,
    read,
    welsh: grants.length,
    skipped: { notWelsh, invalid: problemCount, individuals: 0 },
    placedBy,
    unclassified: grants.filter((g) => g.themes.length === 0).length,
    counts: { organisationsNew: 0, organisationsMatched: 0, fundersNew: 0, fundersMatched: 0, awardsNew: 0, awardsUpdated: 0, awardsUnchanged: 0 },
    merges: [],
    conflicts: [],
    problems,
    problemCount,
    written: false,
  };
  if (problemCount > 0 && !options.skipInvalid) return report;
  const ctx = writeGrants(db, grants, report, options);
  report.skipped.individuals = ctx.conflicts.filter((c) => c.reason.startsWith("a grant to an individual")).length;
  return report;
}

/** One transaction: the document, the import row and every grant; rolled back whole on a dry run or any error. */
function writeGrants(db: Db, grants: { grant: Grant; placement: ReturnType<typeof placeGrant>; themes: string[] }[], report: GrantImportReport, options: GrantImportOptions): ImportContext {
  const at = nowIso();
  const outlines = boundaryCollection(db).collection;
  let ctx!: ImportContext;
  const DRY_RUN = new Error("dry run");
  try {
    db.transaction((tx) => {
      const documentId = `360giving-${at.replace(/[^0-9]/g, "").slice(0, 14)}-${randomBytes(3).toString("hex")}-${report.fileName.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, 60)}`;
      const fileDate = (report.read.package.modified ?? report.read.package.issued ?? at).slice(0, 10);
      tx.insert(documents)
        .values({ id: documentId, title: report.read.package.title ?? `360Giving file ${report.fileName}`, author: report.read.package.publisher ?? "Publisher not stated", date: fileDate, kind: "dataset" })
        .run();
      const importId = tx
        .insert(imports)
        .values({ kind: "360giving", fileName: report.fileName, documentId, publisher: report.read.package.publisher, fileModified: report.read.package.modified, importedBy: options.userId, importedAt: at })
        .returning({ id: imports.id })
        .get().id;
      ctx = {
        db: tx,
        importId,
        documentId,
        userId: options.userId,
        at,
        evidenced: (g) => (g.dateModified ?? report.read.package.modified ?? at).slice(0, 10),
        outlines,
        merges: report.merges,
        counts: report.counts,
        conflicts: report.conflicts,
        orgCache: new Map(),
        funderCache: new Map(),
      };
      for (const { grant, placement, themes } of grants) upsertGrant(ctx, grant, placement, themes);
      tx.update(imports).set({ report: summary(report) }).where(eq(imports.id, importId)).run();
      bumpDataVersion(tx);
      if (options.dryRun) throw DRY_RUN;
      report.importId = importId;
      report.written = true;
    }, WRITE_LOCK);
  } catch (error) {
    if (error !== DRY_RUN) throw error;
  }
  return ctx;
}

/** What the import row keeps of the report (not the grants). */
function summary(report: GrantImportReport) {
  const { problems, ...rest } = report;
  return { ...rest, problems: problems.slice(0, MAX_PROBLEMS) };
}
