import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { E2E_ACCOUNTS, listOrganisation, signIn as signInAs } from "./accounts";
import { useBrowser } from "./browser";

const browser = useBrowser();

const GROUP = { email: "aber-welcome@example.org", password: "a-long-group-password" };
const ORGANISATION = "Aberystwyth Welcome Circle";
const PROJECT = "Tuesday conversation café";

async function signIn(page: Page, email: string, password: string) {
  await signInAs(page, browser.baseUrl, email, password);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("link", { name: "Sign in" }).waitFor();
}

async function approveNewest(page: Page, title: string) {
  await page.goto(browser.baseUrl + "/moderation", { waitUntil: "networkidle" });
  const row = page.locator("table.queue-table tbody tr", { hasText: title });
  await row.getByRole("link", { name: "Review" }).click();
  await page.getByRole("heading", { level: 1, name: new RegExp(title) }).waitFor();
  expect(await page.locator("table.diff tbody tr").count()).toBeGreaterThan(3);
  // In the form's words: labels and authority names, not field keys and codes.
  const diff = await page.locator("table.diff").innerText();
  expect(diff).not.toMatch(/\b(nameEn|titleEn|homeGss|areaGss|areaKind)\b|W06\d{6}/);
  expect(diff).toMatch(/Name \(English\)|Title \(English\)/);
  await expect(page.getByLabel("Reason (the submitter will see it)").getAttribute("required")).resolves.not.toBeNull();
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await page.getByText("Approved and published.").waitFor();
}

describe("a group lists itself and a moderator publishes it", () => {
  it("signs up, lists an organisation, fixes a mistaken project, and sees it published on the map after approval", async () => {
    const page = await browser.open("/sign-up");

    // Sign up with a mistake first: the passwords differ.
    await page.getByLabel("Email address").fill(GROUP.email);
    await page.getByLabel("Password", { exact: true }).fill(GROUP.password);
    await page.getByLabel("Confirm the password").fill("something else entirely");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("The passwords do not match.").first().waitFor();
    await expect(page.getByLabel("Email address").inputValue()).resolves.toBe(GROUP.email);
    await page.getByLabel("Password", { exact: true }).fill(GROUP.password);
    await page.getByLabel("Confirm the password").fill(GROUP.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();

    // List the organisation.
    await listOrganisation(page, ORGANISATION, "Volunteers in Aberystwyth who welcome people seeking sanctuary.");
    // Not published yet.
    const search = await page.request.get(browser.baseUrl + "/api/organisations?q=Aberystwyth%20Welcome");
    expect(((await search.json()) as { count: number }).count).toBe(0);
    await signOut(page);

    await signIn(page, E2E_ACCOUNTS.moderator.email, E2E_ACCOUNTS.moderator.password);
    await approveNewest(page, ORGANISATION);
    await signOut(page);

    // The group adds a project, with mistakes first.
    await signIn(page, GROUP.email, GROUP.password);
    await page.getByRole("link", { name: "Add a project" }).click();
    await page.getByRole("heading", { level: 1, name: /Add a project/ }).waitFor();
    await page.getByLabel("Description (English)").fill("A weekly café where newcomers and neighbours practise English and Welsh.");
    await page.getByRole("checkbox", { name: "Community spaces and contact" }).check();
    await page.getByRole("radio", { name: "Within a distance of a place" }).check();
    // A click on the small map fills in the centre; typing refines it.
    const picker = page.locator(".point-picker");
    await picker.locator("path").first().waitFor();
    await picker.click();
    expect(Number(await page.getByLabel("Latitude").inputValue())).toBeGreaterThan(51);
    await page.getByLabel("Latitude").fill("52.415");
    await page.getByLabel("Longitude").fill("-4.083");
    await page.getByLabel("Radius (km)").fill("0");
    await page.getByRole("button", { name: "Send for review" }).click();

    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain("This is required.");
    await expect(summary.textContent()).resolves.toContain("Give a radius of more than 0 and up to 300 km.");
    await expect(page.getByLabel("Radius (km)").getAttribute("aria-invalid")).resolves.toBe("true");
    // What was typed is still there.
    await expect(page.getByLabel("Description (English)").inputValue()).resolves.toContain("weekly café");
    await expect(page.getByLabel("Latitude").inputValue()).resolves.toBe("52.415");

    await page.getByLabel("Title (English)").fill(PROJECT);
    await page.getByLabel("Radius (km)").fill("12");
    await page.getByRole("button", { name: "Send for review" }).click();
    await page.getByText("Your change has been sent to a moderator").waitFor();
    await signOut(page);

    await signIn(page, E2E_ACCOUNTS.moderator.email, E2E_ACCOUNTS.moderator.password);
    await approveNewest(page, PROJECT);
    await signOut(page);

    // Published: on the map and in Ceredigion's profile.
    await page.goto(browser.baseUrl + "/?theme=community-spaces", { waitUntil: "networkidle" });
    await page.locator("path[data-gss]").first().waitFor();
    const ceredigion = await page.locator('tr[data-gss="W06000008"] td[data-col="projects"]').textContent();
    expect(Number(ceredigion)).toBeGreaterThan(0);
    await page.goto(browser.baseUrl + "/authorities/W06000008", { waitUntil: "networkidle" });
    await page.getByRole("link", { name: PROJECT }).first().waitFor();
  });

  it("refuses an editor's edit of another organisation with a 403", async () => {
    const page = await browser.open("/sign-in");
    await signIn(page, GROUP.email, GROUP.password);
    const response = await page.request.get(browser.baseUrl + "/organisations/city-of-sanctuary/edit");
    expect(response.status()).toBe(403);
    await signOut(page);
  });

  it("archives a project without deleting it, and a moderator restores it", async () => {
    const page = await browser.open("/sign-in");
    await signIn(page, E2E_ACCOUNTS.moderator.email, E2E_ACCOUNTS.moderator.password);
    const found = (await (await page.request.get(browser.baseUrl + "/api/projects?q=conversation")).json()) as { data: { id: number; titleEn: string }[] };
    // Other records mention conversations too (Courageous Conversations): take the group's own project.
    const id = found.data.find((p) => p.titleEn === PROJECT)!.id;
    await page.goto(browser.baseUrl + `/projects/${id}`, { waitUntil: "networkidle" });
    await page.getByRole("button", { name: "Ask to archive" }).click();
    await page.getByRole("heading", { level: 1, name: "Archived records" }).waitFor();
    expect((await page.request.get(browser.baseUrl + `/projects/${id}`)).status()).toBe(404);

    await page.locator("li", { hasText: PROJECT }).getByRole("button", { name: "Ask to restore" }).click();
    await page.getByText("Approved and published.").waitFor();
    expect((await page.request.get(browser.baseUrl + `/projects/${id}`)).status()).toBe(200);
    await page.goto(browser.baseUrl + `/history/project/${id}`, { waitUntil: "networkidle" });
    expect(await page.locator("table.history-table tbody tr").count()).toBeGreaterThanOrEqual(3); // create, archive, restore
    await signOut(page);
  });

  it("leads a new group from the home page through sign-up straight to the listing form", async () => {
    const page = await browser.open("/");
    // Signed out first, whatever the tests above left behind.
    if (await page.getByRole("button", { name: "Sign out" }).count()) await signOut(page);
    await page.getByRole("link", { name: "List your organisation" }).click();
    await page.getByRole("heading", { level: 1, name: "Create an account" }).waitFor();
    await page.getByLabel("Email address").fill("new-group@example.org");
    await page.getByLabel("Password", { exact: true }).fill("a-long-new-group-password");
    await page.getByLabel("Confirm the password").fill("a-long-new-group-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { level: 1, name: "List a new organisation" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/account/organisations/new");
    await signOut(page);
  });
});
