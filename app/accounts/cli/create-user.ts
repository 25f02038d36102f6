/**
 * Creates a user from the command line; the only way to make the first admin (there is no
 * default password).
 *
 *   npm run user:create -- --email admin@example.org --role admin
 *
 * The password is NEW_USER_PASSWORD when that is set (for scripts and tests), otherwise a
 * generated 24-character one printed once. The database is DATABASE_PATH (default
 * data/cohesion.db), migrated first.
 *
 * A command-line entry point like seeds/load.ts: it checks the password with the sign-up form's
 * rules (length, not blank, not the email, not a common password) and goes through the app's
 * createAccount, so the email rules are the sign-up form's too.
 */
import { nowIso } from "../../platform/clock.server";
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { AuthError, createAccount } from "../accounts.server";
import { passwordProblem } from "../auth-forms";
import { tFor } from "../../i18n";
import { createDb, migrateDb } from "../../../db/client";
import { ROLES, type Role } from "../../../db/enums";
import { databasePath } from "../../../db/path";

const USAGE = `Usage: npm run user:create -- --email <address> --role <${ROLES.join("|")}>`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  let values: { email?: string; role?: string };
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" } }, strict: true }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (!values.email) fail(`Missing --email.\n${USAGE}`);
  if (!values.role) fail(`Missing --role.\n${USAGE}`);
  if (!(ROLES as readonly string[]).includes(values.role)) fail(`Unknown role: ${values.role} (use ${ROLES.join(", ")}).`);
  const role = values.role as Role;

  const fromEnv = process.env.NEW_USER_PASSWORD;
  const password = fromEnv || randomBytes(18).toString("base64url");
  // The sign-up form's password rules, with their English messages.
  const problem = passwordProblem(password, values.email);
  if (problem) fail(`Could not create the user: ${tFor("en")(problem)}`);

  const path = databasePath();
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = createDb(path);
  try {
    migrateDb(db);
    const { userId } = await createAccount(db, { email: values.email, password, role, now: nowIso() });
    console.log(`Created ${role} ${values.email.trim().toLowerCase()} (user ${userId}) in ${path}.`);
    if (!fromEnv) {
      console.log(`Password (shown only this once): ${password}`);
      console.log("Sign in and change it under your account page.");
    }
  } catch (error) {
    if (error instanceof AuthError) fail(`Could not create the user: ${error.message}.`);
    throw error;
  } finally {
    db.$client.close();
  }
}

await main();
