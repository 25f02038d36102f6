import type { Page } from "playwright-core";

/** Accounts that exist in the browser tests' fresh database (test-only passwords). */
export const E2E_ACCOUNTS = {
  moderator: { email: "moderator@example.org", password: "moderator-pass-1234", role: "moderator" as const },
  admin: { email: "admin@example.org", password: "admin-pass-123456", role: "admin" as const },
};

/** Signs in through the form, as a person would, and waits for the account page. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(baseUrl + "/sign-in", { waitUntil: "networkidle" });
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
}

/** From the account page, lists a new community group in Ceredigion (its organisation only) and sends it for review. */
export async function listOrganisation(page: Page, name: string, description: string): Promise<void> {
  await page.getByRole("link", { name: "List a new organisation" }).click();
  await page.getByLabel("Name (English)").fill(name);
  await page.getByLabel("Kind of organisation").selectOption("community-group");
  await page.getByLabel("Description (English)").fill(description);
  await page.getByLabel("Local authority where it is based").selectOption("W06000008");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.getByRole("heading", { level: 1, name: `Your listing: ${name}` }).waitFor();
  await page.getByRole("button", { name: "Send for review" }).click();
  await page.getByText("Your listing has been sent to the moderators.").waitFor();
}
