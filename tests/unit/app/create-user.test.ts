import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../../../app/accounts/accounts.server";
import { createDb } from "../../../db/client";
import { getUserByEmail } from "../../../db/queries/users";

let dir: string;
let databasePath: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cmw-user-"));
  databasePath = join(dir, "nested", "cohesion.db");
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm run user:create -- …args` against the temporary database; never throws. */
async function createUserCli(args: string[], env: Record<string, string> = {}) {
  const { NEW_USER_PASSWORD: _ignored, ...base } = process.env;
  try {
    const { stdout, stderr } = await promisify(execFile)("npm", ["run", "--silent", "user:create", "--", ...args], {
      env: { ...base, DATABASE_PATH: databasePath, ...env },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function signsIn(email: string, password: string): Promise<boolean> {
  const db = createDb(databasePath);
  try {
    return (await signIn(db, { email, password, ip: "local", nowMs: Date.now() })).ok;
  } finally {
    db.$client.close();
  }
}

describe("npm run user:create", () => {
  it("creates an admin in a new, migrated database with the password from NEW_USER_PASSWORD, who can then sign in", async () => {
    const result = await createUserCli(["--email", "First.Admin@Example.org", "--role", "admin"], { NEW_USER_PASSWORD: "a very long admin passphrase" });
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("Created admin first.admin@example.org");
    expect(result.stdout).not.toContain("a very long admin passphrase");
    expect(await signsIn("first.admin@example.org", "a very long admin passphrase")).toBe(true);
    const db = createDb(databasePath);
    expect(getUserByEmail(db, "first.admin@example.org")?.role).toBe("admin");
    db.$client.close();
  }, 40_000);

  it("generates a strong password, prints it once, and that password works", async () => {
    const result = await createUserCli(["--email", "mod@example.org", "--role", "moderator"]);
    expect(result.code).toBe(0);
    const password = /Password \(shown only this once\): (\S+)/.exec(result.stdout)?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(result.stdout).toContain("change it");
    expect(await signsIn("mod@example.org", password)).toBe(true);
  }, 40_000);

  it("refuses an existing email, an unknown role, a bad email and a short password", async () => {
    const taken = await createUserCli(["--email", "MOD@example.org", "--role", "admin"], { NEW_USER_PASSWORD: "another long passphrase" });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain("An account already exists for mod@example.org");
    const role = await createUserCli(["--email", "x@example.org", "--role", "owner"]);
    expect(role.code).toBe(1);
    expect(role.stderr).toContain("Unknown role: owner");
    const email = await createUserCli(["--email", "not-an-email", "--role", "editor"]);
    expect(email.code).toBe(1);
    expect(email.stderr).toContain("Not a usable email address: not-an-email");
    const short = await createUserCli(["--email", "y@example.org", "--role", "editor"], { NEW_USER_PASSWORD: "short" });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("Could not create the user: Use at least 10 characters.");
    expect(await signsIn("mod@example.org", "another long passphrase")).toBe(false);
  }, 60_000);

  it("refuses a common password, one of only spaces, and the email itself, naming the rule, and creates nobody", async () => {
    const cases: [string, string, string][] = [
      ["password12", "common.admin@example.org", "common passwords"],
      ["1234567890", "digits.admin@example.org", "common passwords"],
      [" ".repeat(10), "blank.admin@example.org", "only spaces"],
      ["Email.Admin@Example.org", "email.admin@example.org", "email address"],
    ];
    for (const [password, email, rule] of cases) {
      const result = await createUserCli(["--email", email, "--role", "admin"], { NEW_USER_PASSWORD: password });
      expect(result.code, password).toBe(1);
      expect(result.stderr, password).toContain("Could not create the user:");
      expect(result.stderr, password).toContain(rule);
      const db = createDb(databasePath);
      expect(getUserByEmail(db, email), email).toBeUndefined();
      db.$client.close();
    }
  }, 120_000);
});
