import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const browser = useBrowser();

describe("coverage layers and gaps", () => {
  it("switches the layer and theme, and the legend, hatched gaps, table and URL follow", async () => {
    const page = await browser.open("/");
    await page.locator("path[data-gss]").first().waitFor();
    await expect(page.locator("#legend-title").textContent()).resolves.toBe("Current local services — All themes");
    // With every theme together the regional cohesion teams (named in November 2025) reach every
    // authority, so nothing is hatched; single themes show their gaps below.
    expect(await page.locator("path.gap-area").count()).toBe(0);
    const before = await page.locator('td[data-col="projects"]').allTextContents();

    await page.getByRole("radio", { name: "Gap score" }).check();
    await page.getByRole("combobox", { name: "Theme", exact: true }).selectOption({ label: "LGBTQ+ inclusion" });
    await page.getByRole("button", { name: "Show" }).click();
    await page.locator("#legend-title", { hasText: "Gap score — LGBTQ+ inclusion" }).waitFor();

    expect(page.url()).toContain("layer=score");
    expect(page.url()).toContain("theme=lgbtq-inclusion");
    await page.locator("path.gap-area").first().waitFor({ state: "attached" });
    expect(await page.locator("path.gap-area").count()).toBeGreaterThan(0);
    const fill = await page.locator("path.gap-area").first().evaluate((el) => getComputedStyle(el).fill);
    expect(fill).toContain("gap-hatch");
    await page.locator(".settlement-marker").first().waitFor({ state: "attached" });
    await expect(page.locator("table.authority-table").getAttribute("data-theme")).resolves.toBe("lgbtq-inclusion");
    const after = await page.locator('td[data-col="projects"]').allTextContents();
    expect(after).not.toEqual(before);
    await expect(page.locator('.legend ul[data-layer="score"] li').count()).resolves.toBeGreaterThan(2);
  });

  it("counts only provision with a known end when asked, and says what the figures rest on", async () => {
    const page = await browser.open("/");
    await page.locator("path[data-gss]").first().waitFor();
    await page.getByRole("heading", { name: /What these figures rest on/ }).waitFor();
    await expect(page.locator(".data-basis").textContent()).resolves.toMatch(/no end date and no evidence in the last 24 months/);
    const before = await page.locator('td[data-col="projects"]').allTextContents();
    expect(before.some((v) => v !== "0")).toBe(true);
    await page.getByRole("checkbox", { name: "Count only provision with a known end date" }).check();
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL(/confirmed=1/);
    // Every current local service in the documents has an unknown end: none is left.
    await expect.poll(async () => (await page.locator('td[data-col="projects"]').allTextContents()).every((v) => v === "0")).toBe(true);
    await expect(page.getByRole("checkbox", { name: "Count only provision with a known end date" }).isChecked()).resolves.toBe(true);
  });

  it("ranks the gaps, marks rural ones, and the CSV download lists the same gaps", async () => {
    const page = await browser.open("/gaps?theme=lgbtq-inclusion");
    const rows = page.locator("table.gaps-table tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.locator("table.gaps-table .rural-gap").count()).toBeGreaterThan(0);
    // Cardiff and Newport's gaps are urban: most of their people out of reach live in dense small areas.
    expect(await page.locator('table.gaps-table tr[data-gss="W06000015"] .rural-gap, table.gaps-table tr[data-gss="W06000022"] .rural-gap').count()).toBe(0);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-gss")));
    const href = await page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href");
    const csv = await (await page.request.get(browser.baseUrl + href!)).text();
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines.length - 1).toBe(shown.length);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(shown);
  });

  it("shows an authority's coverage by theme and the places out of reach", async () => {
    const page = await browser.open("/authorities/W06000023?theme=lgbtq-inclusion");
    await page.getByRole("heading", { name: "Coverage by theme" }).waitFor();
    expect(await page.locator("table.coverage-table tbody tr").count()).toBe(14);
    await page.getByRole("heading", { name: "Places out of reach — LGBTQ+ inclusion" }).waitFor();
    expect(await page.locator("table.out-of-reach tbody tr").count()).toBeGreaterThan(0);
    await page.locator("path.gap-area").first().waitFor({ state: "attached" });
  });

  it("answers a bad layer with a 400 page that names it", async () => {
    const page = await browser.open("/?layer=heatmap");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("heatmap");
    const response = await page.request.get(browser.baseUrl + "/api/coverage?theme=astrology");
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain("astrology");
  });
});
