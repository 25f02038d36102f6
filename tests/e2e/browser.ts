import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, inject, onTestFailed } from "vitest";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * One Chromium per test file; a fresh page per test. Any console error or uncaught page error fails
 * the test, and a failing test leaves a screenshot in test-results/.
 */
export function useBrowser() {
  const state: { context?: BrowserContext; page?: Page; problems: string[]; profile?: string } = { problems: [] };
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    state.profile = mkdtempSync(join(tmpdir(), "cohesion-chromium-"));
    state.context = await chromium.launchPersistentContext(state.profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
    });
  });

  afterAll(async () => {
    await state.context?.close();
    if (state.profile) rmSync(state.profile, { recursive: true, force: true });
  });

  afterEach(async () => {
    const problems = state.problems;
    state.problems = [];
    await state.page?.close();
    state.page = undefined;
    if (problems.length) throw new Error(`The page reported errors:\n${problems.join("\n")}`);
  });

  /** Opens a new page at a path of the app. */
  async function open(path: string): Promise<Page> {
    const page = await state.context!.newPage();
    state.page = page;
    page.on("console", (message) => {
      // The browser logs failed resource loads for pages that answer 4xx on purpose; those are not app errors.
      if (message.type() === "error" && !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
        state.problems.push(`console.error on ${page.url()}: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => state.problems.push(`page error on ${page.url()}: ${error.message}`));
    onTestFailed(async ({ task }) => {
      mkdirSync("test-results", { recursive: true });
      await page.screenshot({ path: join("test-results", `${task.name.replace(/[^a-z0-9]+/gi, "-")}.png`), fullPage: true }).catch(() => {});
    });
    await page.goto(baseUrl + path, { waitUntil: "networkidle" });
    return page;
  }

  return { open, baseUrl, get page() { return state.page!; } };
}
