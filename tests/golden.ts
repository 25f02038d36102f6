/**
 * Golden-file comparisons, as Turf does them: a test compares its output with a committed file, a
 * missing file fails, and files are written only when asked with REGEN=1:
 *
 *   REGEN=1 npx vitest run --config vitest.config.ts tests/unit/geo/coverage.test.ts
 *
 * Review the diff of the rewritten files before committing them.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

/** True when golden files should be (re)written instead of compared. */
export const REGENERATE_GOLDEN = process.env.REGEN === "1";

/**
 * Compares `actual`, as JSON, with the golden file at `file`. With REGEN=1 it writes the file first
 * (one-space indents, trailing newline); without it, a missing file fails the test and says how to
 * regenerate it.
 *
 * @example
 * expectGolden(new URL("../../fixtures/geo/coverage/scenario.expected.json", import.meta.url), table.rows);
 */
export function expectGolden(file: URL, actual: unknown): void {
  const plain: unknown = JSON.parse(JSON.stringify(actual));
  const path = fileURLToPath(file);
  if (REGENERATE_GOLDEN) writeFileSync(file, `${JSON.stringify(plain, null, 1)}\n`);
  if (!existsSync(file)) {
    throw new Error(`Golden file missing: ${path}. Regenerate it with REGEN=1 (e.g. REGEN=1 npx vitest run --config vitest.config.ts <this test file>) and review the diff.`);
  }
  expect(plain, `golden file ${path} (REGEN=1 rewrites it)`).toEqual(JSON.parse(readFileSync(file, "utf8")));
}
