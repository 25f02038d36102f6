/**
 * /admin/users and /moderation at the size a busy site reaches (600 more users, 400 more
 * organisations, 3,000 pending submissions): both come in pages of 50 with a search kept in the
 * URL, a bad page is a 400 in the page's language, the HTML stays small, and the users page names
 * each organisation once (one shared list) instead of once per row.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "../../../db/schema";
import { DUMMY_PASSWORD_HASH } from "../../factories";
import { call, closeWorld, getRequest, openWorld, outcome, postRequest, type World } from "./harness";
import { renderRoute } from "./render";

const EXTRA_USERS = 600;
const EXTRA_ORGANISATIONS = 400;
const PENDING = 3_000;
const PAGE_SIZE = 50;
/** The HTML budget of one page of either list. */
const MAX_HTML_BYTES = 200 * 1024;
const NOW = "2026-06-01T09:00:00.000Z";

let world: World;
let usersPage: typeof import("../../../app/routes/admin.users");
let queuePage: typeof import("../../../app/routes/moderation._index");
/** Every user's email, in the page's order (by email). */
let emails: string[];
/** "Llanfair Lantern Club 0007", and the emails of its editors. */
let lantern: { id: number; slug: string };
let lanternEditors: string[];

interface UsersPageData {
  total: number;
  page: number;
  pages: number;
  q: string;
  users: { id: number; email: string; organisations: { id: number; nameEn: string }[] }[];
  organisationNames: string[];
}
interface QueuePageData {
  total: number;
  page: number;
  pages: number;
  pending: { id: number; entity: string; title: string; submitterEmail: string; submittedAt: string }[];
}

const pad = (n: number) => String(n).padStart(4, "0");

beforeAll(async () => {
  world = await openWorld();
  usersPage = await import("../../../app/routes/admin.users");
  queuePage = await import("../../../app/routes/moderation._index");
  const { db } = world;
  db.transaction((tx) => {
    const orgIds: number[] = [];
    for (let i = 1; i <= EXTRA_ORGANISATIONS; i++) {
      const nameEn = `Llanfair Lantern Club ${pad(i)}`;
      orgIds.push(tx.insert(s.organisations).values({ slug: `llanfair-lantern-club-${pad(i)}`, nameEn, kind: "charity" }).returning({ id: s.organisations.id }).get().id);
    }
    const userIds: number[] = [];
    for (let i = 1; i <= EXTRA_USERS; i++) {
      const id = tx.insert(s.users).values({ email: `user-${pad(i)}@example.org`, passwordHash: DUMMY_PASSWORD_HASH, role: "editor", createdAt: NOW }).returning({ id: s.users.id }).get().id;
      userIds.push(id);
      tx.insert(s.memberships).values({ userId: id, organisationId: orgIds[(i - 1) % orgIds.length], createdAt: NOW }).run();
    }
    for (let i = 1; i <= PENDING; i++) {
      tx.insert(s.submissions)
        .values({
          entity: i % 3 === 0 ? "award" : i % 3 === 1 ? "project" : "organisation",
          action: "create",
          entityId: null,
          organisationId: orgIds[i % orgIds.length],
          payload: i % 3 === 0 ? { programmeEn: `Programme ${pad(i)}` } : i % 3 === 1 ? { titleEn: `Project ${pad(i)}`, descriptionEn: "x".repeat(400) } : { nameEn: `Group ${pad(i)}`, descriptionEn: "x".repeat(400) },
          status: "pending",
          submittedBy: userIds[i % userIds.length],
          // Oldest first: submission i was sent i minutes after the first.
          submittedAt: new Date(Date.parse(NOW) + i * 60_000).toISOString(),
        })
        .run();
    }
  });
  emails = db.select({ email: s.users.email }).from(s.users).all().map((u) => u.email).sort();
  const lanternId = db.select({ id: s.organisations.id }).from(s.organisations).where(eq(s.organisations.slug, "llanfair-lantern-club-0007")).get()!.id;
  lantern = { id: lanternId, slug: "llanfair-lantern-club-0007" };
  lanternEditors = db
    .select({ email: s.users.email })
    .from(s.memberships)
    .innerJoin(s.users, eq(s.users.id, s.memberships.userId))
    .where(eq(s.memberships.organisationId, lanternId))
    .all()
    .map((u) => u.email)
    .sort();
}, 60_000);
afterAll(() => closeWorld(world));

async function loadUsers(path: string) {
  return outcome(() => call(usersPage.loader, getRequest(path, world.accounts.admin)));
}
async function loadQueue(path: string) {
  return outcome(() => call(queuePage.loader, getRequest(path, world.accounts.moderator)));
}
const messageOf = (data: unknown) => (data as { message: string }).message;
const memberships = (userId: number) => world.db.select({ id: s.memberships.organisationId }).from(s.memberships).where(eq(s.memberships.userId, userId)).all().map((m) => m.id);

describe("/admin/users", () => {
  it("shows the first 50 users by email, says how many there are, and page 2 shows the next 50", async () => {
    const first = (await loadUsers("/admin/users")).data as UsersPageData;
    expect(first).toMatchObject({ total: emails.length, page: 1, pages: Math.ceil(emails.length / PAGE_SIZE) });
    expect(first.users.map((u) => u.email)).toEqual(emails.slice(0, PAGE_SIZE));
    const second = (await loadUsers("/admin/users?page=2")).data as UsersPageData;
    expect(second.page).toBe(2);
    expect(second.users.map((u) => u.email)).toEqual(emails.slice(PAGE_SIZE, 2 * PAGE_SIZE));
  });

  it("finds one user by part of their email, in any case", async () => {
    const found = (await loadUsers("/admin/users?q=USER-0421")).data as UsersPageData;
    expect(found).toMatchObject({ total: 1, pages: 1, q: "USER-0421" });
    expect(found.users.map((u) => u.email)).toEqual(["user-0421@example.org"]);
  });

  it("finds the editors of an organisation by part of its name", async () => {
    const found = (await loadUsers("/admin/users?q=lantern%20club%200007")).data as UsersPageData;
    expect(lanternEditors).toEqual(["user-0007@example.org", "user-0407@example.org"]);
    expect(found.users.map((u) => u.email)).toEqual(lanternEditors);
    expect(found.users.every((u) => u.organisations.some((o) => o.id === lantern.id))).toBe(true);
  });

  it("treats LIKE wildcards in the search as plain text", async () => {
    const found = (await loadUsers("/admin/users?q=%25")).data as UsersPageData;
    expect(found.total).toBe(0);
  });

  it.each([
    ["page 0", "/admin/users?page=0", "the page must be a whole number of 1 or more."],
    ["a page that is not a number", "/admin/users?page=two", "the page must be a whole number of 1 or more."],
    ["a page past the last", "/admin/users?page=99", "there are only 13 pages of results."],
    ["a page past the last of a search", "/admin/users?q=user-0421&page=2", "there is only 1 page of results."],
  ])("answers %s with a 400 that says what is wrong", async (_name, path, reason) => {
    const result = await loadUsers(path);
    expect(result.status).toBe(400);
    expect(messageOf(result.data)).toContain(reason);
  });

  it("answers a bad page in Welsh on the Welsh page", async () => {
    const result = await loadUsers("/admin/users?page=0&lang=cy");
    expect(result.status).toBe(400);
    expect(messageOf(result.data)).not.toContain("the page must");
    expect(messageOf(result.data)).toContain("rhaid i'r dudalen fod yn rhif cyfan");
  });

  it("keeps a page of 600+ users with 400+ organisations under 200 KB of HTML", async () => {
    const html = await renderRoute(usersPage, getRequest("/admin/users", world.accounts.admin));
    expect(html).toContain("user-0001@example.org");
    expect(Buffer.byteLength(html)).toBeLessThan(MAX_HTML_BYTES);
  });

  it("names each organisation once in the markup (one shared list), not once per row", async () => {
    const html = await renderRoute(usersPage, getRequest("/admin/users", world.accounts.admin));
    const markup = html.slice(0, html.indexOf("<script"));
    // The last organisation is no one's on page 1: it can only appear in the shared list.
    expect(markup.split("Llanfair Lantern Club 0400").length - 1).toBe(1);
    expect(markup.match(/<datalist/g)).toHaveLength(1);
    expect(markup).not.toMatch(/<select[^>]*name="organisationId"/);
  });

  it.each([
    ["its name from the list", "user-0101@example.org", "Llanfair Lantern Club 0007"],
    ["its name typed in another case", "user-0104@example.org", "  llanfair lantern club 0007 "],
    ["its slug", "user-0105@example.org", "llanfair-lantern-club-0007"],
  ])("lets an editor edit an organisation picked by %s, and comes back to the same search and page", async (_name, email, organisation) => {
    const target = world.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, email)).get()!.id;
    const result = await outcome(() =>
      call(usersPage.action, postRequest("/admin/users?q=user-01&page=2", world.accounts.admin, { intent: "add-membership", userId: String(target), organisation })),
    );
    expect(result).toMatchObject({ status: 302, location: "/admin/users?saved=1&q=user-01&page=2" });
    expect(memberships(target)).toContain(lantern.id);
  });

  it.each([
    ["an unknown name", "Llanfair Lantern Club 9999"],
    ["part of a name", "Llanfair Lantern"],
    ["an empty choice", ""],
  ])("refuses %s with a 400 and adds nothing", async (_name, organisation) => {
    const target = world.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, "user-0102@example.org")).get()!.id;
    const before = memberships(target);
    const result = await outcome(() => call(usersPage.action, postRequest("/admin/users", world.accounts.admin, { intent: "add-membership", userId: String(target), organisation })));
    expect(result.status).toBe(400);
    expect(messageOf(result.data)).toContain("Choose one from the list.");
    expect(memberships(target)).toEqual(before);
  });

  it("refuses a name two organisations share, naming their slugs, and adds nothing", async () => {
    world.db.insert(s.organisations).values({ slug: "llanfair-lantern-club-0008-north", nameEn: "Llanfair Lantern Club 0008", kind: "charity" }).run();
    const target = world.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, "user-0102@example.org")).get()!.id;
    const before = memberships(target);
    const result = await outcome(() => call(usersPage.action, postRequest("/admin/users", world.accounts.admin, { intent: "add-membership", userId: String(target), organisation: "Llanfair Lantern Club 0008" })));
    expect(result.status).toBe(400);
    expect(messageOf(result.data)).toContain("(llanfair-lantern-club-0008, llanfair-lantern-club-0008-north)");
    expect(memberships(target)).toEqual(before);
  });

  it("refuses an unknown organisation in Welsh on the Welsh page", async () => {
    const target = world.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, "user-0102@example.org")).get()!.id;
    const result = await outcome(() => call(usersPage.action, postRequest("/admin/users?lang=cy", world.accounts.admin, { intent: "add-membership", userId: String(target), organisation: "no-such-organisation" })));
    expect(result.status).toBe(400);
    expect(messageOf(result.data)).toBe("Nid oes sefydliad cyhoeddedig “no-such-organisation”. Dewiswch un o'r rhestr.");
  });

  it("refuses to remove a membership the user does not have", async () => {
    const target = world.db.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, "user-0103@example.org")).get()!.id;
    const result = await outcome(() => call(usersPage.action, postRequest("/admin/users", world.accounts.admin, { intent: "remove-membership", userId: String(target), organisationId: String(lantern.id) })));
    expect(result.status).toBe(400);
    const audited = world.db.select({ n: sql<number>`count(*)` }).from(s.auditLog).where(and(eq(s.auditLog.entity, "user"), eq(s.auditLog.entityId, target))).get()!.n;
    expect(audited).toBe(0);
  });
});

describe("/moderation", () => {
  it("shows the 50 oldest pending submissions, says how many there are, and page 2 shows the next 50", async () => {
    const first = (await loadQueue("/moderation")).data as QueuePageData;
    expect(first).toMatchObject({ page: 1, pages: Math.ceil(first.total / PAGE_SIZE) });
    expect(first.total).toBeGreaterThanOrEqual(PENDING);
    expect(first.pending).toHaveLength(PAGE_SIZE);
    const second = (await loadQueue("/moderation?page=2")).data as QueuePageData;
    const times = [...first.pending, ...second.pending].map((p) => p.submittedAt);
    expect(times).toEqual([...times].sort());
    expect(new Set([...first.pending, ...second.pending].map((p) => p.id)).size).toBe(2 * PAGE_SIZE);
  });

  it("finds a submission by its record's name and sends no payload", async () => {
    const found = (await loadQueue("/moderation?q=project%200421")).data as QueuePageData;
    expect(found.total).toBe(1);
    expect(found.pending[0]).toMatchObject({ entity: "project", title: "Project 0421" });
    expect(found.pending[0]).not.toHaveProperty("payload");
  });

  it("finds submissions by their submitter's email", async () => {
    const found = (await loadQueue("/moderation?q=user-0042%40")).data as QueuePageData;
    expect(found.total).toBe(PENDING / EXTRA_USERS);
    expect(found.pending.every((p) => p.submitterEmail === "user-0042@example.org")).toBe(true);
  });

  it("keeps one kind of record", async () => {
    const found = (await loadQueue("/moderation?entity=award&q=programme")).data as QueuePageData;
    expect(found.total).toBe(PENDING / 3);
    expect(found.pending.every((p) => p.entity === "award")).toBe(true);
  });

  it.each([
    ["page 0", "/moderation?page=0"],
    ["a page past the last", "/moderation?page=999"],
    ["an unknown kind of record", "/moderation?entity=funder"],
  ])("answers %s with a 400", async (_name, path) => {
    expect((await loadQueue(path)).status).toBe(400);
  });

  it("keeps a page of a 3,000-submission queue under 200 KB of HTML", async () => {
    const html = await renderRoute(queuePage, getRequest("/moderation", world.accounts.moderator));
    expect(html).toContain("Project 0001");
    expect(Buffer.byteLength(html)).toBeLessThan(MAX_HTML_BYTES);
  });
});
