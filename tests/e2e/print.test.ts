/**
 * An authority profile and the national briefing print as evidence: no controls, every table with
 * its last column on the page, the sources written out (details opened), and a PDF of a sensible
 * number of pages.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const browser = useBrowser();
/** A4 portrait at 96 dpi, less 1 cm margins each side: the width a printed page lays out in. */
const A4_WIDTH = 718;

/** Lays the page out as print does on A4, checks what a printed page must (and must not) hold, and gives its PDF's page count. */
async function printToPdf(page: Page): Promise<number> {
  await page.setViewportSize({ width: A4_WIDTH, height: 1000 });
  await page.emulateMedia({ media: "print" });
  // The page opens its details for print once it has hydrated, which a busy machine may take a few seconds to do.
  await expect.poll(() => page.locator("details:not([open])").count(), { timeout: 15_000 }).toBe(0);
  const controls = await page.locator("input, select, button, textarea").evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
  expect(controls).toBe(0);
  await expect(page.locator(".header-tools").isVisible()).resolves.toBe(false);
  const tables = page.locator("main table");
  expect(await tables.count()).toBeGreaterThan(0);
  for (const table of await tables.all()) {
    const lastHeading = table.locator("thead th").last();
    if ((await lastHeading.count()) === 0) continue;
    const caption = (await table.locator("caption").textContent()) ?? "";
    const box = await lastHeading.boundingBox();
    expect(box, caption).not.toBeNull();
    expect(box!.width, caption).toBeGreaterThan(0);
    expect(box!.x + box!.width, caption).toBeLessThanOrEqual(A4_WIDTH + 1);
    // Every row's last cell is on the page too, not only the heading.
    const rightEdges = await table.locator("tbody tr, tfoot tr").evaluateAll((rows) => rows.map((r) => r.lastElementChild!.getBoundingClientRect().right));
    expect(Math.max(...rightEdges), caption).toBeLessThanOrEqual(A4_WIDTH + 1);
  }
  const pdf = await page.pdf({ format: "A4", margin: { top: "1cm", bottom: "1cm", left: "1cm", right: "1cm" } });
  await page.emulateMedia({ media: "screen" });
  return pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

describe("printing a profile", () => {
  it.each(["en", "cy"])("gives an evidence pack without controls, with every column and the sources (%s)", async (lang) => {
    const page = await browser.open(`/authorities/W06000023?lang=${lang}`);
    const pages = await printToPdf(page);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThan(30);
    await page.close();
  });
});

describe("printing the national briefing", () => {
  it.each([
    ["en", "Print this briefing", "Provision by theme"],
    ["cy", "Argraffu'r briff hwn", "Darpariaeth yn ôl thema"],
  ])("gives a few A4 pages with every table whole and no date form or print button (%s)", async (lang, printLabel, themesHeading) => {
    const page = await browser.open(`/briefing?lang=${lang}`);
    // On screen: the date form and, once the page runs, the print button.
    await page.getByRole("button", { name: printLabel }).waitFor({ timeout: 15_000 });
    await expect(page.getByRole("heading", { level: 2, name: themesHeading }).isVisible()).resolves.toBe(true);
    expect(await page.locator("main table").count()).toBe(4);
    const pages = await printToPdf(page);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(12);
    await page.close();
  });
});
