import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const browser = useBrowser();

function parseCsv(text: string): Record<string, string>[] {
  // The authorities CSV has no quoted commas in the columns read here; parse simply and check the BOM.
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = text.slice(1).trim().split("\r\n");
  const columns = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [columns[i], v])));
}

describe("the map of Wales", () => {
  it("shows all 22 authorities on the map and in the table, with a legend", async () => {
    const page = await browser.open("/");
    await page.locator("path[data-gss]").first().waitFor();
    expect(await page.locator("path[data-gss]").count()).toBe(22);
    expect(await page.locator("table.authority-table tbody tr").count()).toBe(22);
    await expect(page.locator("#legend-title").textContent()).resolves.toBe("Current local services — All themes");
    expect(await page.locator(".legend li").count()).toBeGreaterThan(1);
    // No tile layer is configured in tests: the map still works from its outlines alone.
    expect(await page.locator(".leaflet-tile").count()).toBe(0);
  });

  it("opens Powys's profile with its Census 2021 population and sources when its outline is clicked", async () => {
    const page = await browser.open("/");
    const powys = page.locator('path[data-gss="W06000023"]');
    await powys.waitFor();
    await powys.click();
    await page.getByRole("heading", { level: 1, name: "Powys" }).waitFor();
    expect(page.url()).toMatch(/\/authorities\/W06000023$/);
    await expect(page.locator('dd[data-field="population_2021"]').textContent()).resolves.toBe("133,174");
    await page.getByText("Where these facts come from").click();
    await expect(page.getByText(/StatsWales, Census 2021 table TS009/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("heading", { name: "Neighbouring authorities" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Ceredigion" }).first().isVisible()).resolves.toBe(true);
  });

  it("opens a profile from the keyboard: focus an outline and press Enter", async () => {
    const page = await browser.open("/");
    const cardiff = page.locator('path[data-gss="W06000015"]');
    await cardiff.waitFor();
    await cardiff.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Cardiff" }).waitFor();
    expect(page.url()).toMatch(/\/authorities\/W06000015$/);
    // Focus starts on the new page's heading, as a full page load would start a screen reader at the top.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
  });

  it("agrees with its table and its CSV download", async () => {
    const page = await browser.open("/");
    await page.locator("path[data-gss]").first().waitFor();
    const table = await page.locator("table.authority-table tbody tr").evaluateAll((rows) =>
      rows.map((r) => ({ gss: r.getAttribute("data-gss"), projects: r.querySelector('[data-col="projects"]')!.textContent })),
    );
    const map = await page.locator("path[data-gss]").evaluateAll((paths) =>
      paths.map((p) => ({ gss: p.getAttribute("data-gss"), label: p.getAttribute("aria-label") })),
    );
    const href = await page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href");
    const response = await page.request.get(browser.baseUrl + href!);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const csv = parseCsv(await response.text());
    expect(csv).toHaveLength(22);
    for (const row of table) {
      const fromCsv = csv.find((c) => c.gss_code === row.gss)!;
      expect(fromCsv.active_projects).toBe(row.projects);
      const fromMap = map.find((m) => m.gss === row.gss)!;
      expect(fromMap.label).toContain(`${row.projects} active project`);
    }
  });

  it("sorts the table by a column from its heading link, and says so", async () => {
    const page = await browser.open("/");
    await page.getByRole("link", { name: "Sort by Population (2021)" }).click();
    await page.locator('th[aria-sort="descending"]').waitFor();
    expect(page.url()).toMatch(/sort=population/);
    const first = await page.locator("table.authority-table tbody tr").first().getAttribute("data-gss");
    expect(first).toBe("W06000015"); // Cardiff has the largest population
    await expect(page.locator('th[aria-sort="descending"]').count()).resolves.toBe(1);
  });

  it("fits: the figures table needs no sideways scroll at 1280 px, and a phone page never scrolls sideways, in both languages", async () => {
    for (const lang of ["en", "cy"]) {
      const page = await browser.open(`/?lang=${lang}&theme=hate-crime`);
      await page.setViewportSize({ width: 1280, height: 800 });
      const wrap = page.locator(".table-wrap").first();
      const [scroll, client] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(scroll, lang).toBeLessThanOrEqual(client);
      for (const path of [`/?lang=${lang}&theme=hate-crime`, `/gaps?lang=${lang}`]) {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(browser.baseUrl + path, { waitUntil: "networkidle" });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      }
      await page.close();
    }
  });

  it("applies each control at once, keeps the theme when the month moves, keeps focus on the slider and says what it shows", async () => {
    const page = await browser.open("/");
    await page.locator("path[data-gss]").first().waitFor();
    await page.getByRole("combobox", { name: "Theme", exact: true }).selectOption("hate-crime");
    await page.waitForURL(/theme=hate-crime/);
    await page.getByRole("radio", { name: "Gap score" }).check();
    await page.waitForURL(/layer=score/);
    const slider = page.getByRole("slider", { name: "Move through the next 36 months" });
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(/asOf=\d{4}-\d{2}-01/);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => new URL(page.url()).searchParams.get("asOf")).not.toBe(null);
    // Still on the slider after the map redrew, and the theme and layer chosen above kept.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("range");
    const url = new URL(page.url());
    expect(url.searchParams.get("theme")).toBe("hate-crime");
    expect(url.searchParams.get("layer")).toBe("score");
    await expect(page.getByRole("status").filter({ hasText: /The map now shows Gap score for Hate crime/ }).count()).resolves.toBe(1);
  });
});
