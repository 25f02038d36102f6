import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const browser = useBrowser();

describe("the organisations directory", () => {
  it("finds City of Sanctuary when searching for “Sanctuary”, with the search kept in the URL", async () => {
    const page = await browser.open("/organisations");
    await page.getByLabel("Search by name or description").fill("Sanctuary");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/q=Sanctuary/);
    await page.getByRole("link", { name: /^City of Sanctuary/ }).first().waitFor();
    await expect(page.getByRole("link", { name: "City of Sanctuary", exact: false }).first().isVisible()).resolves.toBe(true);
    const names = await page.locator("table tbody th").allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toBeTruthy();
    // Opening the organisation shows its source citation.
    await page.getByRole("link", { name: /^City of Sanctuary/ }).first().click();
    await page.getByRole("heading", { level: 1, name: /^City of Sanctuary/ }).waitFor();
    await expect(page.locator("figure.source cite").first().isVisible()).resolves.toBe(true);
  });

  it("filters by theme and authority, and the download holds the same organisations", async () => {
    const page = await browser.open("/organisations");
    await page.getByLabel("Theme").selectOption("asylum-refugee-migrant");
    await page.getByLabel("Serving local authority").selectOption("W06000011");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/theme=asylum-refugee-migrant&authority=W06000011/);
    await page.locator("table tbody th a").first().waitFor();
    const shown = (await page.locator("table tbody th a").allTextContents()).sort();
    const href = await page.getByRole("link", { name: "JSON", exact: true }).first().getAttribute("href");
    const rows = (await (await page.request.get(browser.baseUrl + href!)).json()) as { name_en: string }[];
    expect(rows.map((r) => r.name_en).sort()).toEqual(shown);
  });
});

describe("bad addresses", () => {
  it("shows the 404 page for an unknown authority code", async () => {
    const page = await browser.open("/authorities/W06000007");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("W06000007");
  });

  it("explains a malformed filter with a 400 page instead of failing", async () => {
    const page = await browser.open("/organisations?theme=astrology");
    const response = await page.request.get(browser.baseUrl + "/organisations?theme=astrology");
    expect(response.status()).toBe(400);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("astrology");
  });
});
