/**
 * An authority profile prints as an evidence pack: no controls, every table with its last column on
 * the page, the sources written out (details opened), and a PDF of a sensible number of pages.
 */
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const browser = useBrowser();
/** A4 portrait at 96 dpi, less 1 cm margins each side: the width a printed page lays out in. */
const A4_WIDTH = 718;

describe("printing a profile", () => {
  it.each(["en", "cy"])("gives an evidence pack without controls, with every column and the sources (%s)", async (lang) => {
    const page = await browser.open(`/authorities/W06000023?lang=${lang}`);
    await page.setViewportSize({ width: A4_WIDTH, height: 1000 });
    await page.emulateMedia({ media: "print" });
    await expect.poll(() => page.locator("details:not([open])").count()).toBe(0);
    const controls = await page.locator("input, select, button, textarea").evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
    expect(controls).toBe(0);
    await expect(page.locator(".header-tools").isVisible()).resolves.toBe(false);
    const tables = page.locator("main table");
    expect(await tables.count()).toBeGreaterThan(0);
    for (const table of await tables.all()) {
      const lastHeading = table.locator("thead th").last();
      if ((await lastHeading.count()) === 0) continue;
      const box = await lastHeading.boundingBox();
      expect(box, (await table.locator("caption").textContent()) ?? "").not.toBeNull();
      expect(box!.x + box!.width, (await table.locator("caption").textContent()) ?? "").toBeLessThanOrEqual(A4_WIDTH + 1);
    }
    const pdf = await page.pdf({ format: "A4", margin: { top: "1cm", bottom: "1cm", left: "1cm", right: "1cm" } });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThan(30);
    await page.emulateMedia({ media: "screen" });
    await page.close();
  });
});
