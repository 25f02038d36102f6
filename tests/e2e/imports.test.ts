/**
 * A moderator brings in a funder's 360Giving CSV: uploads it, reads the dry-run report, confirms,
 * and finds the grants on /funding, in the funding cliff and on the map.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { E2E_ACCOUNTS, signIn } from "./accounts";
import { useBrowser } from "./browser";

const browser = useBrowser();
const CSV = fileURLToPath(new URL("../fixtures/360giving/grants.csv", import.meta.url));

describe("a moderator imports a 360Giving file", () => {
  it("checks it, imports it, and sees its grants on /funding, in the cliff and on the map", async () => {
    const page = await browser.open("/?theme=hate-crime");
    const powysServices = async () => Number(await page.locator('tr[data-gss="W06000023"] td[data-col="projects"]').innerText());
    const before = await powysServices();

    await signIn(page, browser.baseUrl, E2E_ACCOUNTS.moderator.email, E2E_ACCOUNTS.moderator.password);
    await page.goto(browser.baseUrl + "/admin/imports", { waitUntil: "networkidle" });
    await page.getByLabel("360Giving file").setInputFiles(CSV);
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByRole("heading", { name: "Report on grants.csv" }).waitFor();
    await expect(page.getByRole("row", { name: /Grants in Wales/ }).innerText()).resolves.toMatch(/4$/);
    await expect(page.getByRole("row", { name: /Left out: no location in Wales/ }).innerText()).resolves.toMatch(/1$/);
    await expect(page.getByText("Nothing has been written yet.").isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("status").filter({ hasText: /Import \d+ is done/ }).waitFor();

    await page.goto(browser.baseUrl + "/funding", { waitUntil: "networkidle" });
    // The funder is a link in the awards table (it is also an option of the funder filter).
    await expect(page.getByRole("link", { name: "Example Welsh Trust" }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Hate crime reporting in Powys and Ceredigion" }).first().isVisible()).resolves.toBe(true);
    await page.goto(browser.baseUrl + "/funding/cliff", { waitUntil: "networkidle" });
    await expect(page.locator("body").innerText()).resolves.toContain("Example Welsh Trust");
    await page.goto(browser.baseUrl + "/?theme=hate-crime", { waitUntil: "networkidle" });
    expect(await powysServices()).toBe(before + 1);
  });
});
