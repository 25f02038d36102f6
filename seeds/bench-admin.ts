/**
 * `npx tsx seeds/bench-admin.ts`: how heavy the two admin lists are at scale. Makes a fresh
 * migrated database file under /tmp with seeded synthetic accounts (600 users, 400 organisations,
 * editors holding 0–3 memberships each) and 3,000 pending submissions, then for /admin/users and
 * /moderation (page 1, a later page and a search) prints the loader's median time, the median time
 * of the loader and the server render together, and the page's HTML size (markup plus the loader data embedded for hydration, rendered by
 * tests/unit/routes/render.ts), and, as the baseline in the same run, the time of the old
 * unpaginated queries (every user with every membership plus every organisation; every pending
 * submission with its payload). A script, not a test; run it with nothing else busy.
 *
 * Options: --seed S, --users N, --organisations N, --submissions N, --keep (keep the temp dir).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { createDb, migrateDb, type Db } from "../db/client";
import { memberships, organisations, submissions, users, ORGANISATION_KINDS } from "../db/schema";
import { createRng, type Rng } from "./synthetic-random";

const { values: args } = parseArgs({
  options: {
    seed: { type: "string", default: "2026" },
    users: { type: "string", default: "600" },
    organisations: { type: "string", default: "400" },
    submissions: { type: "string", default: "3000" },
    keep: { type: "boolean", default: false },
  },
});
const SEED = Number(args.seed);
const USERS = Number(args.users);
const ORGANISATIONS = Number(args.organisations);
const SUBMISSIONS = Number(args.submissions);
const WARM_UP_RUNS = 2;
const TIMED_RUNS = 7;
/** A password hash no password matches: the bench never signs in with a password. */
const NO_PASSWORD = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const NOW = "2026-06-01T09:00:00.000Z";

const FIRST = ["Aled", "Bethan", "Carys", "Dafydd", "Eleri", "Ffion", "Gareth", "Huw", "Iestyn", "Lowri", "Mared", "Nia", "Owain", "Rhian", "Siân", "Tomos"];
const LAST = ["Davies", "Evans", "Hughes", "Jenkins", "Jones", "Lewis", "Morgan", "Owen", "Price", "Roberts", "Thomas", "Williams"];
const PLACES = ["Aberystwyth", "Bangor", "Brecon", "Caerphilly", "Cardiff", "Carmarthen", "Llandudno", "Llanelli", "Merthyr", "Newport", "Pembroke", "Swansea", "Wrexham"];
const NOUNS = ["Welcome Circle", "Sanctuary Network", "Youth Forum", "Community Trust", "Refugee Support", "Women's Centre", "Hate Crime Forum", "Friendship Group"];
const WORDS = "people seeking sanctuary welcome weekly drop-in advice volunteers neighbours language café support families young hate crime reporting community cohesion training".split(" ");

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const sentence = (rng: Rng, words: number) => Array.from({ length: words }, () => pick(rng, WORDS)).join(" ") + ".";

/** Fills `db` with the synthetic accounts, organisations and pending submissions; returns the admin's id. */
function fill(db: Db, rng: Rng): number {
  return db.transaction((tx) => {
    const orgIds: number[] = [];
    for (let i = 0; i < ORGANISATIONS; i++) {
      const nameEn = `${pick(rng, PLACES)} ${pick(rng, NOUNS)} ${i + 1}`;
      const slug = nameEn.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/-$/, "");
      orgIds.push(tx.insert(organisations).values({ slug, nameEn, kind: pick(rng, ORGANISATION_KINDS), descriptionEn: sentence(rng, 20) }).returning({ id: organisations.id }).get().id);
    }
    const userIds: number[] = [];
    for (let i = 0; i < USERS; i++) {
      const email = `${pick(rng, FIRST)}.${pick(rng, LAST)}.${i + 1}@example.org`.toLowerCase();
      const role = i === 0 ? "admin" : rng() < 0.05 ? "moderator" : "editor";
      const id = tx.insert(users).values({ email, passwordHash: NO_PASSWORD, role, createdAt: NOW }).returning({ id: users.id }).get().id;
      userIds.push(id);
      const count = role === "editor" ? Math.floor(rng() * 4) : 0;
      for (const organisationId of new Set(Array.from({ length: count }, () => pick(rng, orgIds)))) {
        tx.insert(memberships).values({ userId: id, organisationId, createdAt: NOW }).run();
      }
    }
    for (let i = 0; i < SUBMISSIONS; i++) {
      const entity = pick(rng, ["organisation", "project", "award"] as const);
      const organisationId = entity === "organisation" && rng() < 0.5 ? null : pick(rng, orgIds);
      const payload =
        entity === "organisation"
          ? { nameEn: `${pick(rng, PLACES)} ${pick(rng, NOUNS)}`, kind: "charity", descriptionEn: sentence(rng, 40), website: "https://example.org/", email: "hello@example.org" }
          : entity === "project"
            ? { titleEn: `${pick(rng, NOUNS)} in ${pick(rng, PLACES)}`, descriptionEn: sentence(rng, 40), themes: ["asylum-refugee-migrant"], areaKind: "wales", startPrecision: "unknown", endPrecision: "unknown" }
            : { programmeEn: `${pick(rng, PLACES)} grants`, funderSlug: "welsh-government", amountPounds: "12500", startPrecision: "unknown", endPrecision: "unknown" };
      const day = String(1 + (i % 28)).padStart(2, "0");
      tx.insert(submissions)
        .values({
          entity,
          action: organisationId === null ? "create" : pick(rng, ["create", "update"] as const),
          entityId: null,
          organisationId,
          payload,
          status: "pending",
          submittedBy: pick(rng, userIds.slice(1)),
          submittedAt: `2026-0${1 + (i % 5)}-${day}T09:${String(i % 60).padStart(2, "0")}:00.000Z`,
        })
        .run();
    }
    return userIds[0];
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The median wall time of `run`, after warm-up runs. */
async function timeMs(run: () => unknown): Promise<number> {
  for (let i = 0; i < WARM_UP_RUNS; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const dir = mkdtempSync(join(tmpdir(), "cmw-bench-admin-"));
process.env.DATABASE_PATH = join(dir, "bench.db");
try {
  const seeding = createDb(process.env.DATABASE_PATH);
  migrateDb(seeding);
  const adminId = fill(seeding, createRng(SEED));
  seeding.$client.close();

  // The app's modules read DATABASE_PATH when they first open the database, so they come after it.
  const { getDb } = await import("../app/platform/context.server");
  const { startSession } = await import("../app/accounts/sessions.server");
  const { listUsers } = await import("../db/queries/users");
  const { listOrganisations } = await import("../db/queries/organisations");
  const { listSubmissions } = await import("../db/queries/submissions");
  const { renderRoute } = await import("../tests/unit/routes/render");
  const usersPage = await import("../app/routes/admin.users");
  const queuePage = await import("../app/routes/moderation._index");
  const db = getDb();
  const { token } = startSession(db, adminId, Date.now());
  const request = (path: string) => new Request(new URL(path, "http://localhost"), { headers: { Cookie: `cmw_session=${token}` } });

  const baselineUsersMs = await timeMs(() => [listUsers(db), listOrganisations(db).map((o) => ({ id: o.id, nameEn: o.nameEn }))]);
  const baselineQueueMs = await timeMs(() => listSubmissions(db, { status: "pending" }));
  const searchEmail = encodeURIComponent(listUsers(db)[USERS - 1].email);

  const cases = [
    { name: "/admin/users", module: usersPage, path: "/admin/users", baselineMs: baselineUsersMs },
    { name: "/admin/users page 5", module: usersPage, path: "/admin/users?page=5", baselineMs: baselineUsersMs },
    { name: "/admin/users search", module: usersPage, path: `/admin/users?q=${searchEmail}`, baselineMs: baselineUsersMs },
    { name: "/moderation", module: queuePage, path: "/moderation", baselineMs: baselineQueueMs },
    { name: "/moderation page 30", module: queuePage, path: "/moderation?page=30", baselineMs: baselineQueueMs },
    { name: "/moderation search", module: queuePage, path: "/moderation?q=Bangor", baselineMs: baselineQueueMs },
  ];
  console.log(`Seed ${SEED}: ${USERS} users, ${ORGANISATIONS} organisations, ${SUBMISSIONS} pending submissions; median of ${TIMED_RUNS} runs.\n`);
  console.log("| Page | Loader (ms) | Old unpaginated queries (ms) | Ratio | Loader + render (ms) | HTML (KB) |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const c of cases) {
    const loaderMs = await timeMs(() => c.module.loader({ request: request(c.path), params: {}, context: {} }));
    let html = "";
    let renderMs: number;
    try {
      renderMs = await timeMs(async () => (html = await renderRoute(c.module, request(c.path))));
    } catch (error) {
      console.log(`| ${c.name} | ${loaderMs.toFixed(1)} | ${c.baselineMs.toFixed(1)} | — | — | ${(error as Error).message} |`);
      continue;
    }
    const kb = Buffer.byteLength(html) / 1024;
    console.log(`| ${c.name} | ${loaderMs.toFixed(1)} | ${c.baselineMs.toFixed(1)} | ${(c.baselineMs / loaderMs).toFixed(1)}× | ${renderMs.toFixed(1)} | ${kb.toFixed(1)} |`);
  }
  db.$client.close();
} finally {
  if (args.keep) console.log(`\nKept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
