/** Helpers for the 360Giving reader tests: fixture paths and a read that collects everything. */
import { fileURLToPath } from "node:url";
import { readGrantFile, type ReadOptions } from "../../../app/funding/giving360/read-grant-file";
import type { Grant, GrantProblem, ReadReport } from "../../../app/funding/giving360/types";

/** The path of a file in tests/fixtures/360giving/. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/360giving/${name}`, import.meta.url));
}

export interface Collected {
  grants: Grant[];
  problems: GrantProblem[];
  report: ReadReport;
}

/**
 * Reads a file, collecting its grants, problems and report.
 *
 * @example
 * const { grants, report } = await readAll(fixture("grants.csv"));
 */
export async function readAll(path: string, fileName = path, options?: ReadOptions): Promise<Collected> {
  const grants: Grant[] = [];
  const problems: GrantProblem[] = [];
  const report = await readGrantFile(path, fileName, (g) => grants.push(g), (p) => problems.push(p), options);
  return { grants, problems, report };
}
