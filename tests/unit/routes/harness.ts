/**
 * Shared set-up for the route tests: a fresh database file with the real seed, four accounts with
 * sessions, and helpers that call route modules' `loader` / `action` directly with real Requests.
 *
 * Only node built-ins and types are imported statically: DATABASE_PATH must be set before any
 * app module opens the database (app/context.server.ts getDb() reads it once per process), so
 * `openWorld()` sets it and then imports the app with `import()`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { Db } from "../../../db/client";

/** Where the test requests go; the Origin of a same-site form post. */
export const ORIGIN = "http://localhost";
export const PASSWORD = "correct horse battery staple";
export const ORG_A = "city-of-sanctuary";
export const ORG_B = "wales-strategic-migration-partnership";

export type ActorName = "anonymous" | "editorA" | "editorB" | "moderator" | "admin";

export const ACTOR_LABEL: Record<ActorName, string> = {
  anonymous: "an anonymous visitor",
  editorA: "an editor of org A",
  editorB: "an editor of org B",
  moderator: "a moderator",
  admin: "an admin",
};

export interface Account {
  id: number;
  email: string;
  /** The Cookie header value of this account's session. */
  cookie: string;
  csrfToken: string;
}

export interface World {
  db: Db;
  /** The temporary folder holding the database file. */
  dir: string;
  accounts: Record<Exclude<ActorName, "anonymous">, Account>;
  orgA: { id: number; slug: string };
  orgB: { id: number; slug: string };
}

/** Creates the database file, migrates it, loads the seed and makes the four accounts. */
export async function openWorld(): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), "cmw-routes-"));
  process.env.DATABASE_PATH = join(dir, "test.db");
  const { createDb, migrateDb } = await import("../../../db/client");
  const { loadSeed } = await import("../../../seeds/load-seed");
  const { buildSeedInput } = await import("../../../seeds/seed-input");
  const seeding = createDb(process.env.DATABASE_PATH);
  migrateDb(seeding);
  loadSeed(seeding, buildSeedInput());
  seeding.$client.close();

  // From here on, everything goes through the app's own connection.
  const { getDb } = await import("../../../app/platform/context.server");
  const { createAccount } = await import("../../../app/accounts/accounts.server");
  const { startSession } = await import("../../../app/accounts/sessions.server");
  const { addMembership } = await import("../../../db/queries/users");
  const { getOrganisationBySlug } = await import("../../../db/queries/organisations");
  const db = getDb();
  const now = new Date().toISOString();
  const org = (slug: string) => {
    const o = getOrganisationBySlug(db, slug);
    if (!o) throw new Error(`The seed has no organisation ${slug}`);
    return { id: o.id, slug };
  };
  const orgA = org(ORG_A);
  const orgB = org(ORG_B);
  const account = async (email: string, role: "editor" | "moderator" | "admin", organisationId?: number): Promise<Account> => {
    const { userId } = await createAccount(db, { email, password: PASSWORD, role, now });
    if (organisationId !== undefined) addMembership(db, userId, organisationId, now);
    const session = startSession(db, userId, Date.now());
    return { id: userId, email, cookie: `cmw_session=${session.token}`, csrfToken: session.csrfToken };
  };
  const accounts = {
    editorA: await account("editor-a@example.org", "editor", orgA.id),
    editorB: await account("editor-b@example.org", "editor", orgB.id),
    moderator: await account("moderator@example.org", "moderator"),
    admin: await account("admin@example.org", "admin"),
  };
  return { db, dir, accounts, orgA, orgB };
}

/** Closes the app's connection and deletes the temporary database (call in afterAll). */
export function closeWorld(world: World | undefined): void {
  if (!world) return;
  world.db.$client.close();
  rmSync(world.dir, { recursive: true, force: true });
}

export type Fields = Record<string, string | string[]>;

/** A GET request for `path`, signed in as `account` when given. */
export function getRequest(path: string, account?: Account): Request {
  return new Request(new URL(path, ORIGIN), { headers: account ? { Cookie: account.cookie } : {} });
}

/**
 * A form POST to `path`. Signed in, it carries the session cookie and (unless `csrf` says
 * otherwise: a string to send instead, or null for none) the session's CSRF token, plus
 * `Origin: http://localhost` (or `origin`; null for none).
 */
export function postRequest(
  path: string,
  account: Account | undefined,
  fields: Fields,
  options: { csrf?: string | null; origin?: string | null; cookie?: string } = {},
): Request {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  const csrf = options.csrf === undefined ? account?.csrfToken : options.csrf;
  if (csrf !== null && csrf !== undefined) body.set("csrf", csrf);
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  const cookie = [account?.cookie, options.cookie].filter(Boolean).join("; ");
  if (cookie) headers.Cookie = cookie;
  const origin = options.origin === undefined ? ORIGIN : options.origin;
  if (origin !== null) headers.Origin = origin;
  return new Request(new URL(path, ORIGIN), { method: "POST", headers, body });
}

export type RouteFn = (args: LoaderFunctionArgs & ActionFunctionArgs) => unknown;

/** Calls a route module's loader or action as Remix would. */
export function call(fn: unknown, request: Request, params: Record<string, string> = {}): Promise<unknown> {
  return Promise.resolve().then(() => (fn as RouteFn)({ request, params, context: {} } as LoaderFunctionArgs & ActionFunctionArgs));
}

export interface Outcome {
  status: number;
  /** A redirect's Location. */
  location?: string;
  /** The body of a `data()` answer or a plain object returned. */
  data?: unknown;
  /** Whether the value was thrown rather than returned. */
  thrown: boolean;
}

function isDataWithInit(value: unknown): value is { type: "DataWithResponseInit"; data: unknown; init: ResponseInit | null } {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "DataWithResponseInit";
}

/**
 * What a loader or action answered, returned or thrown: a Response (redirects: status and
 * Location), a `data()` answer (its init.status, 200 by default) or a plain value (200). Any
 * other thrown error (a real bug) is thrown again.
 */
export async function outcome(run: () => unknown): Promise<Outcome> {
  let value: unknown;
  let thrown = false;
  try {
    value = await run();
  } catch (error) {
    value = error;
    thrown = true;
  }
  if (value instanceof Response) {
    return { status: value.status, location: value.headers.get("Location") ?? undefined, thrown };
  }
  if (isDataWithInit(value)) return { status: value.init?.status ?? 200, data: value.data, thrown };
  if (thrown) throw value;
  return { status: 200, data: value, thrown };
}

/** Where requireUser sends an anonymous visitor of `path`. */
export function signInRedirect(path: string): string {
  return `/sign-in?${new URLSearchParams({ redirectTo: path })}`;
}

/** Conform's reply errors: field name → message keys ("" holds the form-level errors). */
export function replyErrors(data: unknown): Record<string, string[] | null> {
  const reply = data as { error?: Record<string, string[] | null> } | undefined;
  return reply?.error ?? {};
}

/**
 * The app's route modules and the use-cases and queries the route tests check against, imported
 * after openWorld() has pointed DATABASE_PATH at the test database.
 */
export async function importAppModules() {
  return {
    account: await import("../../../app/routes/account._index"),
    newOrganisation: await import("../../../app/routes/account.listings.$id.organisation"),
    draft: await import("../../../app/routes/account.listings.$id._index"),
    draftProject: await import("../../../app/routes/account.listings.$id.projects.$key"),
    draftAward: await import("../../../app/routes/account.listings.$id.awards.$key"),
    editOrganisation: await import("../../../app/routes/organisations.$slug_.edit"),
    newProject: await import("../../../app/routes/organisations.$slug_.projects.new"),
    newAward: await import("../../../app/routes/organisations.$slug_.awards.new"),
    editProject: await import("../../../app/routes/projects.$id_.edit"),
    queue: await import("../../../app/routes/moderation._index"),
    review: await import("../../../app/routes/moderation.$id"),
    stale: await import("../../../app/routes/moderation.stale"),
    history: await import("../../../app/routes/history.$entity.$id"),
    usersPage: await import("../../../app/routes/admin.users"),
    signIn: await import("../../../app/routes/sign-in"),
    signUp: await import("../../../app/routes/sign-up"),
    signOut: await import("../../../app/routes/sign-out"),
    clock: await import("../../../app/platform/clock.server"),
    editor: await import("../../../app/listing/editor.server"),
    moderation: await import("../../../app/listing/submissions.server"),
    sessions: await import("../../../app/accounts/sessions.server"),
    coverage: await import("../../../app/coverage/coverage.server"),
    projects: await import("../../../db/queries/projects"),
    funders: await import("../../../db/queries/funders"),
    submissions: await import("../../../db/queries/submissions"),
    users: await import("../../../db/queries/users"),
    meta: await import("../../../db/queries/meta"),
    organisations: { ...(await import("../../../db/queries/organisations")), ...(await import("../../../db/queries/records")) },
    schema: await import("../../../db/schema"),
    drizzle: await import("drizzle-orm"),
  };
}

export type AppModules = Awaited<ReturnType<typeof importAppModules>>;
