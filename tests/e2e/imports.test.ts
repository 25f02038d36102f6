/**
 * A moderator brings in a funder's 360Giving CSV: uploads it, reads the dry-run report, confirms,
 * and finds the grants on /funding, in the funding cliff and on the map.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeSyntheticGrantFiles } from "../../seeds/synthetic-grants";
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
    // Imported amounts are as the funder published them (yearly or whole, the standard cannot say): said once, under the table.
    await expect(page.getByText(/amounts? comes? from (a funder's|funders') 360Giving files?/).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Amount as the funder published it: see the note below the table" }).count()).resolves.toBeGreaterThanOrEqual(3);
    await page.goto(browser.baseUrl + "/funding/cliff", { waitUntil: "networkidle" });
    await expect(page.locator("body").innerText()).resolves.toContain("Example Welsh Trust");
    await page.goto(browser.baseUrl + "/?theme=hate-crime", { waitUntil: "networkidle" });
    expect(await powysServices()).toBe(before + 1);
  });

  it("shows how much of a large file has been sent, then the report", async () => {
    const files = await writeSyntheticGrantFiles(mkdtempSync(join(tmpdir(), "cmw-e2e-upload-")), { grants: 3_000, seed: 11 });
    const page = await browser.open("/admin/imports");
    // Signed in already when the test above ran first (the browser keeps its cookies).
    if (new URL(page.url()).pathname === "/sign-in") {
      await signIn(page, browser.baseUrl, E2E_ACCOUNTS.moderator.email, E2E_ACCOUNTS.moderator.password);
      await page.goto(browser.baseUrl + "/admin/imports", { waitUntil: "networkidle" });
    }
    // A slow connection (512 KB/s up), so the upload of a 1.4 MB file takes seconds, as it would on a real line.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 512 * 1024 });
    await page.getByLabel("360Giving file").setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: readFileSync(files.csvPath) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByRole("progressbar", { name: "Sending the file" }).waitFor();
    await page.getByRole("status").filter({ hasText: /Sending the file: \d+% of 1\.\d MB/ }).waitFor();
    await page.getByRole("heading", { name: "Report on big.csv" }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole("row", { name: /Grants read/ }).innerText()).resolves.toMatch(/3,000$/);
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  });
});
