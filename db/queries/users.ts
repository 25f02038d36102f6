import { and, asc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../client";
import { memberships, organisations, users, type Role } from "../schema";
import { matchesText } from "./filters";

/**
 * The form every email is stored and looked up in: trimmed and lower-cased.
 *
 * @example
 * normaliseEmail("  Ann@Example.ORG ") // "ann@example.org"
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Adds a user. The email is stored trimmed and lower-cased; a second user with the same email throws.
 *
 * @example
 * createUser(db, { email: "ann@example.org", passwordHash, role: "editor", now: "2026-01-15T09:00:00.000Z" }) // { id: 1 }
 */
export function createUser(db: Queryable, input: { email: string; passwordHash: string; role: Role; now: string }): { id: number } {
  const email = normaliseEmail(input.email);
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
      throw new Error(`A user with this email already exists: ${email}`);
    }
    return tx
      .insert(users)
      .values({ email, passwordHash: input.passwordHash, role: input.role, createdAt: input.now })
      .returning({ id: users.id })
      .get();
  });
}

/**
 * One user (with the password hash) by email, in any case and with surrounding spaces; or undefined.
 *
 * @example
 * getUserByEmail(db, "Ann@Example.org")?.role // "editor"
 */
export function getUserByEmail(db: Queryable, email: string) {
  return db.select().from(users).where(eq(users.email, normaliseEmail(email))).get();
}

/**
 * One user (with the password hash) by id, or undefined.
 *
 * @example
 * getUserById(db, 1)?.email // "ann@example.org"
 */
export function getUserById(db: Queryable, id: number) {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export type UserRow = NonNullable<ReturnType<typeof getUserById>>;

const userListColumns = { id: users.id, email: users.email, role: users.role, createdAt: users.createdAt, disabledAt: users.disabledAt };

/**
 * Every user (without password hashes), ordered by email, with the organisations each belongs to
 * (ordered by English name).
 *
 * @example
 * listUsers(db)[0] // { id: 1, email: "ann@example.org", role: "editor", createdAt, disabledAt: null, organisations: [{ id: 2, slug: "alpha-trust", nameEn: "Alpha Trust" }] }
 */
export function listUsers(db: Queryable) {
  const rows = db.select(userListColumns).from(users).orderBy(asc(users.email)).all();
  return withOrganisations(db, rows, "all");
}

/**
 * Each user with the organisations they belong to (ordered by English name): every membership read
 * at once ("all", for every user), or only those of `rows` ("these", for a page of users).
 */
function withOrganisations<T extends { id: number }>(db: Queryable, rows: T[], read: "all" | "these") {
  const links =
    read === "these" && rows.length === 0
      ? []
      : db
          .select({ userId: memberships.userId, id: organisations.id, slug: organisations.slug, nameEn: organisations.nameEn })
          .from(memberships)
          .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
          .where(
            read === "these"
              ? inArray(
                  memberships.userId,
                  rows.map((r) => r.id),
                )
              : undefined,
          )
          .orderBy(asc(organisations.nameEn))
          .all();
  const byUser = new Map<number, { id: number; slug: string; nameEn: string }[]>();
  for (const { userId, ...organisation } of links) {
    const list = byUser.get(userId) ?? [];
    list.push(organisation);
    byUser.set(userId, list);
  }
  return rows.map((row) => ({ ...row, organisations: byUser.get(row.id) ?? [] }));
}

/**
 * One page of users (without password hashes), ordered by email, with the organisations each
 * belongs to, and how many users match in all. `q` matches part of the email or of the name
 * (English or Welsh) of an organisation the user belongs to, in any case.
 *
 * @example
 * listUsersPage(db, { q: "ann", limit: 50, offset: 0 }) // { total: 1, users: [{ id: 1, email: "ann@example.org", role: "editor", …, organisations: [] }] }
 */
export function listUsersPage(db: Queryable, f: { q?: string; limit: number; offset: number }) {
  const where: SQL | undefined = f.q
    ? or(
        matchesText([users.email], f.q),
        sql`EXISTS (SELECT 1 FROM ${memberships} JOIN ${organisations} ON ${organisations.id} = ${memberships.organisationId} WHERE ${memberships.userId} = ${users.id} AND (${matchesText([organisations.nameEn, organisations.nameCy], f.q)}))`,
      )
    : undefined;
  const total = db.select({ n: sql<number>`count(*)` }).from(users).where(where).get()!.n;
  const rows = db.select(userListColumns).from(users).where(where).orderBy(asc(users.email)).limit(f.limit).offset(f.offset).all();
  return { total, users: withOrganisations(db, rows, "these") };
}

function requireChanged(changes: number, id: number): void {
  if (changes === 0) throw new Error(`Unknown user: ${id}`);
}

/**
 * Changes a user's role; an unknown id throws.
 *
 * @example
 * setUserRole(db, 1, "moderator")
 */
export function setUserRole(db: Queryable, id: number, role: Role): void {
  requireChanged(db.update(users).set({ role }).where(eq(users.id, id)).run().changes, id);
}

/**
 * Replaces a user's password hash; an unknown id throws. (Signing out their other sessions is the caller's job.)
 *
 * @example
 * setUserPassword(db, 1, await hashPassword("a new long passphrase"))
 */
export function setUserPassword(db: Queryable, id: number, passwordHash: string): void {
  requireChanged(db.update(users).set({ passwordHash }).where(eq(users.id, id)).run().changes, id);
}

/**
 * Disables a user (an ISO timestamp) or enables them again (null). A disabled user cannot sign in,
 * and their existing sessions stop working at once.
 *
 * @example
 * setUserDisabled(db, 1, "2026-01-15T09:00:00.000Z")
 */
export function setUserDisabled(db: Queryable, id: number, disabledAt: string | null): void {
  requireChanged(db.update(users).set({ disabledAt }).where(eq(users.id, id)).run().changes, id);
}

/**
 * Makes a user a member of an organisation (so that, as an editor, they may edit it). Adding an
 * existing membership does nothing; an unknown user or organisation throws.
 *
 * @example
 * addMembership(db, 1, 2, "2026-01-15T09:00:00.000Z")
 */
export function addMembership(db: Queryable, userId: number, organisationId: number, now: string): void {
  db.transaction((tx) => {
    if (!tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()) throw new Error(`Unknown user: ${userId}`);
    if (!tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId)).get()) {
      throw new Error(`Unknown organisation: ${organisationId}`);
    }
    tx.insert(memberships).values({ userId, organisationId, createdAt: now }).onConflictDoNothing().run();
  });
}

/**
 * Ends a membership (doing nothing if there was none).
 *
 * @example
 * removeMembership(db, 1, 2)
 */
export function removeMembership(db: Queryable, userId: number, organisationId: number): void {
  db.delete(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId))).run();
}

/**
 * The ids of the organisations a user belongs to, in ascending order.
 *
 * @example
 * listMemberships(db, 1) // [2, 5]
 */
export function listMemberships(db: Queryable, userId: number): number[] {
  return db
    .select({ id: memberships.organisationId })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.organisationId))
    .all()
    .map((r) => r.id);
}

/**
 * Whether a user belongs to an organisation.
 *
 * @example
 * isMember(db, 1, 2) // true
 */
export function isMember(db: Queryable, userId: number, organisationId: number): boolean {
  return (
    db
      .select({ one: sql<number>`1` })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)))
      .get() !== undefined
  );
}

