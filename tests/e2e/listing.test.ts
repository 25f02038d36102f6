import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { E2E_ACCOUNTS, signIn as signInAs } from "./accounts";
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

describe("a group lists itself in one sitting and a moderator publishes it in one round", () => {
  it("signs up, writes its organisation, a project and its funding as one draft (mistakes fixed on the way), sends it, and sees it published after one review", async () => {
    const page = await browser.open("/");
    if (await page.getByRole("button", { name: "Sign out" }).count()) await signOut(page);

    // From the home page, through sign-up (with a mistake first: the passwords differ), to the listing.
    await page.getByRole("link", { name: "List your organisation" }).click();
    await page.getByLabel("Email address").fill(GROUP.email);
    await page.getByLabel("Password", { exact: true }).fill(GROUP.password);
    await page.getByLabel("Confirm the password").fill("something else entirely");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("The passwords do not match.").first().waitFor();
    await expect(page.getByLabel("Email address").inputValue()).resolves.toBe(GROUP.email);
    await page.getByLabel("Password", { exact: true }).fill(GROUP.password);
    await page.getByLabel("Confirm the password").fill(GROUP.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { level: 1, name: "List your organisation" }).waitFor();

    // 1. The organisation.
    await page.getByLabel("Name (English)").fill(ORGANISATION);
    await page.getByLabel("Kind of organisation").selectOption("community-group");
    await page.getByLabel("Description (English)").fill("Volunteers in Aberystwyth who welcome people seeking sanctuary.");
    await page.getByLabel("Local authority where it is based").selectOption("W06000008");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByRole("heading", { level: 1, name: `Your listing: ${ORGANISATION}` }).waitFor();
    await page.getByText("Your organisation is saved in this draft.").waitFor();

    // 2. A project, with mistakes first: no title, a radius of 0.
    await page.getByRole("link", { name: "Add a project" }).click();
    await page.getByRole("heading", { level: 1, name: `A project of ${ORGANISATION}` }).waitFor();
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
    await page.getByRole("button", { name: "Save and continue" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain("This is required.");
    await expect(summary.textContent()).resolves.toContain("Give a radius of more than 0 and up to 300 km.");
    await expect(page.getByLabel("Radius (km)").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.getByLabel("Description (English)").inputValue()).resolves.toContain("weekly café");
    await expect(page.getByLabel("Latitude").inputValue()).resolves.toBe("52.415");
    await page.getByLabel("Title (English)").fill(PROJECT);
    await page.getByLabel("Radius (km)").fill("12");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByText("The project is saved in this draft.").waitFor();

    // 3. Funding for that project, with a mistaken amount first.
    await page.getByRole("link", { name: "Add funding" }).click();
    await page.getByLabel("Funder", { exact: true }).selectOption("national-lottery");
    await page.getByLabel("Programme or grant (English)").fill("Awards for All Wales");
    await page.getByLabel("Project funded").selectOption({ label: PROJECT });
    await page.getByLabel("Amount in pounds").fill("about 9k");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByText("Give an amount in pounds, like 12,500 or 12500.50.").first().waitFor();
    await expect(page.getByLabel("Programme or grant (English)").inputValue()).resolves.toBe("Awards for All Wales");
    await page.getByLabel("Amount in pounds").fill("9,800");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByText("The funding is saved in this draft.").waitFor();

    // The draft is kept: leave, come back from the account page, and send it.
    await page.goto(browser.baseUrl + "/account", { waitUntil: "networkidle" });
    await page.getByRole("link", { name: `Continue: ${ORGANISATION}` }).click();
    await page.getByRole("heading", { level: 1, name: `Your listing: ${ORGANISATION}` }).waitFor();
    const draft = await page.locator("main").innerText();
    expect(draft).toContain(PROJECT);
    expect(draft).toContain("£9,800");
    expect(draft).not.toMatch(/\b(nameEn|titleEn|homeGss|areaGss|areaKind|funderSlug)\b|W06\d{6}/);
    await page.getByRole("button", { name: "Send for review" }).click();
    await page.getByText("Your listing has been sent to the moderators.").waitFor();
    await page.getByRole("heading", { name: "What happens next" }).waitFor();
    // The pending listing in full, with Change and Withdraw.
    const listing = page.locator("article.listing", { hasText: ORGANISATION });
    expect(await listing.locator("section.listing-part").count()).toBe(3);
    await listing.getByRole("button", { name: /Change it/ }).waitFor();
    await listing.getByRole("button", { name: /Withdraw it/ }).waitFor();
    // Not published yet.
    const search = await page.request.get(browser.baseUrl + "/api/organisations?q=Aberystwyth%20Welcome");
    expect(((await search.json()) as { count: number }).count).toBe(0);
    await signOut(page);

    // One moderation round: the whole listing on one page, in the form's words, the reach on a small map.
    await signIn(page, E2E_ACCOUNTS.moderator.email, E2E_ACCOUNTS.moderator.password);
    await page.goto(browser.baseUrl + "/moderation", { waitUntil: "networkidle" });
    const row = page.locator("table.queue-table tbody tr", { hasText: ORGANISATION });
    await expect(row.textContent()).resolves.toContain("3 parts");
    await row.getByRole("link", { name: "Review" }).click();
    await page.getByRole("heading", { level: 1, name: `Review a new listing: ${ORGANISATION}` }).waitFor();
    const words = await page.locator("main").innerText();
    expect(words).not.toMatch(/\b(nameEn|titleEn|homeGss|areaGss|areaKind|funderSlug|kind: )\b|W06\d{6}/);
    expect(words).toContain("Within 12 km of latitude 52.415, longitude -4.083: reaches Ceredigion");
    await page.locator(".reach-map path.reach-circle").waitFor();
    // Turning the funding down without a reason is refused, and the choice is kept.
    await page.getByRole("group", { name: "Decision on Awards for All Wales" }).getByRole("radio", { name: "Turn down" }).check();
    await page.getByLabel("Reason, if you turn it down (the sender will see it)").last().evaluate((el) => el.removeAttribute("required"));
    await page.getByRole("button", { name: "Record these decisions" }).click();
    await page.getByText("Give a reason for rejecting.").waitFor();
    await expect(page.getByRole("group", { name: "Decision on Awards for All Wales" }).getByRole("radio", { name: "Turn down" }).isChecked()).resolves.toBe(true);
    // Approve and Reject look different.
    const approveColour = await page.getByRole("button", { name: "Approve and publish everything" }).evaluate((el) => getComputedStyle(el).backgroundColor);
    const rejectColour = await page.getByRole("button", { name: "Turn it all down" }).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(approveColour).not.toBe(rejectColour);
    await page.getByRole("button", { name: "Approve and publish everything" }).click();
    await page.getByText("Approved and published.").waitFor();
    await signOut(page);

    // Published: the organisation with its project and funding, on the map and in Ceredigion's profile.
    await page.goto(browser.baseUrl + "/?theme=community-spaces", { waitUntil: "networkidle" });
    await page.locator("path[data-gss]").first().waitFor();
    const ceredigion = await page.locator('tr[data-gss="W06000008"] td[data-col="projects"]').textContent();
    expect(Number(ceredigion)).toBeGreaterThan(0);
    await page.goto(browser.baseUrl + "/authorities/W06000008", { waitUntil: "networkidle" });
    await page.getByRole("link", { name: PROJECT }).first().waitFor();
    await page.goto(browser.baseUrl + "/organisations/aberystwyth-welcome-circle", { waitUntil: "networkidle" });
    await expect(page.locator("main").innerText()).resolves.toContain("Awards for All Wales");

    // The group sees the decision on its account page.
    await signIn(page, GROUP.email, GROUP.password);
    await expect(page.locator("article.listing", { hasText: ORGANISATION }).innerText()).resolves.toContain("Decided: 3 approved and published, 0 not approved.");
    await signOut(page);
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
    await page.getByRole("heading", { level: 1, name: "List your organisation" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/account/listings/new/organisation");
    await signOut(page);
  });
});
