import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const browser = useBrowser();

describe("English and Welsh", () => {
  it("switches to Cymraeg, with Welsh names and interface, and keeps the language on every link", async () => {
    const page = await browser.open("/");
    await page.getByRole("link", { name: "Cymraeg" }).click();
    await page.getByRole("heading", { level: 1, name: "Map o ddarpariaeth cydlyniant yng Nghymru" }).waitFor();
    expect(page.url()).toMatch(/lang=cy/);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("cy");
    await expect(page.getByRole("link", { name: "Sir Ddinbych", exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Ynys Môn", exact: true }).isVisible()).resolves.toBe(true);
    await page.getByRole("navigation", { name: "Prif ddewislen" }).getByRole("link", { name: "Sefydliadau" }).click();
    await page.getByRole("heading", { level: 1, name: "Sefydliadau" }).waitFor();
    expect(page.url()).toMatch(/\/organisations\?lang=cy$/);
    await expect(page.getByLabel("Chwilio yn ôl enw neu ddisgrifiad").isVisible()).resolves.toBe(true);
  });

  it("marks English content shown on a Welsh page with lang=en", async () => {
    const page = await browser.open("/organisations?lang=cy");
    const firstName = page.locator("table tbody th a span").first();
    await expect(firstName.getAttribute("lang")).resolves.toBe("en");
  });

  it("switches back to English from a Welsh profile", async () => {
    const page = await browser.open("/authorities/W06000004?lang=cy");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Sir Ddinbych");
    await page.getByRole("link", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Denbighshire" }).waitFor();
    expect(page.url()).toMatch(/\/authorities\/W06000004$/);
  });

  it("gives the map's zoom buttons, the cliff's quarters and police forces in Welsh", async () => {
    const page = await browser.open("/?lang=cy");
    await page.getByRole("button", { name: "Chwyddo i mewn" }).waitFor();
    await expect(page.getByRole("button", { name: "Chwyddo allan" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Zoom in" }).count()).resolves.toBe(0);
    await page.goto(browser.baseUrl + "/funding/cliff?lang=cy", { waitUntil: "networkidle" });
    await expect(page.locator(".cliff-label").first().innerText()).resolves.toMatch(/^Ch[1-4] 20\d\d$/);
    await page.goto(browser.baseUrl + "/authorities/W06000023?lang=cy", { waitUntil: "networkidle" });
    await expect(page.locator('dd[data-field="police_force"]').innerText()).resolves.toBe("Heddlu Dyfed-Powys");
  });
});
