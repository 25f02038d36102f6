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
