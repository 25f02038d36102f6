/**
 * The place search in the project form's point picker: a group finds a town by name (keyboard
 * only), the point is set in the fields and drawn on the map with the names around it; the same
 * in Welsh.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { E2E_ACCOUNTS, listOrganisation, signIn as signInAs } from "./accounts";
import { useBrowser } from "./browser";

const browser = useBrowser();

const GROUP = { email: "penparcau-friends@example.org", password: "a-long-password-for-penparcau" };
const ORGANISATION = "Penparcau Friendship Group";

async function signIn(page: Page, email: string, password: string) {
  await signInAs(page, browser.baseUrl, email, password);
}

async function signOut(page: Page) {
  await page.goto(browser.baseUrl + "/account", { waitUntil: "networkidle" });
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("link", { name: "Sign in" }).waitFor();
}

/** A new group signs up and lists its organisation; a moderator publishes it; the group is signed in. */
async function becomeListedGroup(page: Page) {
  await page.getByLabel("Email address").fill(GROUP.email);
  await page.getByLabel("Password", { exact: true }).fill(GROUP.password);
  await page.getByLabel("Confirm the password").fill(GROUP.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
  await listOrganisation(page, ORGANISATION, "Neighbours in Penparcau who meet newcomers for tea and a walk.");
  await signOut(page);

  await signIn(page, E2E_ACCOUNTS.moderator.email, E2E_ACCOUNTS.moderator.password);
  await page.goto(browser.baseUrl + "/moderation", { waitUntil: "networkidle" });
  await page.locator("table.queue-table tbody tr", { hasText: ORGANISATION }).getByRole("link", { name: "Review" }).click();
  await page.getByRole("button", { name: "Approve and publish" }).click();
  await page.getByText("Approved and published.").waitFor();
  await signOut(page);
  await signIn(page, GROUP.email, GROUP.password);
}

/** The centre of an element's box on the page. */
async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe("the place search in the project form", () => {
  it("lets a group find Aberystwyth with the keyboard, sets the point and draws the circle there with the places around it", async () => {
    const page = await browser.open("/sign-up");
    await becomeListedGroup(page);
    await page.getByRole("link", { name: "Add a project" }).click();
    await page.getByRole("heading", { level: 1, name: /Add a project/ }).waitFor();
    const formUrl = page.url();
    await page.getByRole("radio", { name: "Within a distance of a place" }).check();
    await page.locator(".point-picker path").first().waitFor();
    await page.getByLabel("Radius (km)").fill("10");

    // Type and press Enter: a search, not a submitted form.
    const search = page.getByLabel("Search for a place");
    await search.fill("Aberystwyth");
    await search.press("Enter");
    const status = page.getByRole("status").filter({ hasText: /places? found/ });
    await status.waitFor();
    expect(page.url()).toBe(formUrl);
    expect(await page.getByRole("alert").filter({ hasText: "There is a problem" }).count()).toBe(0);
    const results = page.getByRole("list", { name: "Places found" });
    await expect(results.getByRole("button").first().textContent()).resolves.toBe("Aberystwyth — Ceredigion");
    await expect(results.getByRole("button", { name: /Aberystwyth Bronglais — Ceredigion ward/ }).count()).resolves.toBe(1);

    // Keyboard only: Tab past "Find place" to the first answer and press Enter.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Aberystwyth — Ceredigion");
    await page.keyboard.press("Enter");

    await page.getByRole("status").filter({ hasText: "Point set to Aberystwyth." }).waitFor();
    await expect(search.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(Number(await page.getByLabel("Latitude").inputValue())).toBeCloseTo(52.41, 1);
    expect(Number(await page.getByLabel("Longitude").inputValue())).toBeCloseTo(-4.08, 1);
    expect(page.url()).toBe(formUrl);

    // The circle is drawn around the point, inside the map, and the places near it are named.
    const map = page.locator(".point-picker");
    const circle = map.locator("path.leaflet-interactive.reach-circle");
    const centre = map.locator("path.reach-centre");
    await circle.waitFor();
    await map.locator(".leaflet-tooltip.place-label", { hasText: "Penparcau" }).waitFor();
    await expect(map.locator(".leaflet-tooltip.place-label", { hasText: /^Aberystwyth$/ }).isVisible()).resolves.toBe(true);
    const [c, m] = [await centreOf(circle), await centreOf(centre)];
    expect(Math.abs(c.x - m.x)).toBeLessThan(3);
    expect(Math.abs(c.y - m.y)).toBeLessThan(3);
    const mapBox = (await map.boundingBox())!;
    const circleBox = (await circle.boundingBox())!;
    expect(circleBox.x).toBeGreaterThanOrEqual(mapBox.x - 1);
    expect(circleBox.x + circleBox.width).toBeLessThanOrEqual(mapBox.x + mapBox.width + 1);
    expect(circleBox.height).toBeGreaterThan(mapBox.height / 2); // zoomed in to the circle
    // Its text twin under the map.
    await expect(page.locator(".point-picker-summary").textContent()).resolves.toBe(
      "Point: 52.4155, -4.0829; radius 10 km; places within reach: Aberystwyth, Penparcau, Bow Street, Borth, Llanilar.",
    );
    await signOut(page);
  });

  it("speaks Welsh: finds Caerdydd by its Welsh name and says when nothing is found", async () => {
    const page = await browser.open("/sign-in");
    await page.context().clearCookies(); // whatever the test before left signed in
    await signIn(page, E2E_ACCOUNTS.moderator.email, E2E_ACCOUNTS.moderator.password);
    await page.goto(browser.baseUrl + "/organisations/city-of-sanctuary/projects/new?lang=cy", { waitUntil: "networkidle" });
    await page.getByRole("radio", { name: "O fewn pellter i le" }).check();
    const search = page.getByLabel("Chwilio am le");
    await search.fill("xyzzy");
    await page.getByRole("button", { name: "Dod o hyd i le" }).click();
    await page.getByRole("status").filter({ hasText: "Dim lle wedi'i ganfod" }).waitFor();

    await search.fill("caerdydd");
    await page.getByRole("button", { name: "Dod o hyd i le" }).click();
    await page.getByRole("button", { name: "Caerdydd (Cardiff) — Caerdydd" }).click();
    await page.getByRole("status").filter({ hasText: "Pwynt wedi'i osod: Caerdydd. Nesaf, rhowch radiws mewn km." }).waitFor();
    expect(Number(await page.getByLabel("Lledred").inputValue())).toBeCloseTo(51.48, 2);
    await page.locator(".point-picker .leaflet-tooltip.place-label", { hasText: "Caerdydd" }).waitFor();
    await expect(page.locator(".point-picker-summary").textContent()).resolves.toBe("Pwynt: 51.48, -3.18; dim radiws eto.");
    await signOut(page);
  });
});
