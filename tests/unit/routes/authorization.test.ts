/**
 * Who may do what, through the real route modules: anonymous, an editor of org A, an editor of
 * org B, a moderator and an admin against every page and form that needs an account, plus the
 * CSRF and Origin checks on signed-in posts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTOR_LABEL, call, closeWorld, getRequest, openWorld, outcome, postRequest, signInRedirect, type Account, type ActorName, type Fields, type Outcome, type World, importAppModules, type AppModules } from "./harness";

let world: World;
let db: World["db"];
let A: World["accounts"];

type Modules = AppModules;
let m: Modules;


/** A project of org A (seeded), its funder choice, and a user whose role the admin changes. */
let projectOfA: number;
let funderSlug: string;
let roleTarget: number;
/** A pending submission that stays pending (for opening the review page). */
let pendingId: number;

beforeAll(async () => {
  world = await openWorld();
  db = world.db;
  A = world.accounts;
  m = await importAppModules();
  const projects = m.projects.listProjects(db, { organisationId: world.orgA.id });
  expect(projects.length).toBeGreaterThan(0);
  projectOfA = projects[0].id;
  funderSlug = m.funders.listFunders(db)[0].slug;
  roleTarget = m.users.createUser(db, { email: "target@example.org", passwordHash: "x", role: "editor", now: new Date().toISOString() }).id;
  pendingId = pendingSubmission();
}, 60_000);

afterAll(() => closeWorld(world));

function accountOf(actor: ActorName): Account | undefined {
  return actor === "anonymous" ? undefined : A[actor];
}

function submissionCount(): number {
  const { sql } = m.drizzle;
  return db.select({ n: sql<number>`count(*)` }).from(m.schema.submissions).get()!.n;
}

/** Editor A proposes a new project for org A straight through the use-case; returns the submission id. */
function pendingSubmission(): number {
  return m.moderation.submitChange(db, {
    actorId: A.editorA.id,
    entity: "project",
    action: "create",
    organisationId: world.orgA.id,
    payload: projectFields("A project waiting for review"),
    now: new Date(),
  }).id;
}

function projectFields(title: string): Fields {
  return {
    titleEn: title,
    descriptionEn: "Drop-in sessions for people seeking sanctuary.",
    themes: ["asylum-refugee-migrant"],
    areaKind: "wales",
    startPrecision: "unknown",
    endPrecision: "unknown",
  };
}

function organisationFields(name: string): Fields {
  return { nameEn: name, kind: "charity", descriptionEn: "Welcoming people seeking sanctuary in Wales." };
}

// ---------------------------------------------------------------------------------------------
// The matrix

type Expected = { status: 200 } | { status: 302; location: string } | { status: 403 };

interface Case {
  /** What the actor tries, as the end of a sentence ("open the moderation queue"). */
  action: string;
  method: "GET" | "POST";
  path: (prepared: number | undefined) => string;
  handler: () => unknown;
  params?: (prepared: number | undefined) => Record<string, string>;
  /** Runs before each row; what it returns is handed to `fields` and `check`. */
  prepare?: () => number;
  fields?: (prepared: number | undefined) => Fields;
  expected: Record<ActorName, Expected>;
  /** The 403 answer's message; null: any (default: the translated "auth.forbidden"). */
  forbiddenMessage?: string | null;
  /** What must (allowed) or must not (refused) have changed. */
  check?: (allowed: boolean, prepared: number | undefined, before: number) => void;
}

const OK: Expected = { status: 200 };
const FORBIDDEN: Expected = { status: 403 };

/** Sent to sign in, coming back to the page afterwards (the exact Location is checked per path). */
const SIGN_IN: Expected = { status: 302, location: "/sign-in?redirectTo=…" };

/** Anonymous → sign in; the allowed actors → `success`; everyone else → 403. */
function rule(allowed: ActorName[], success: Expected = OK): Record<ActorName, Expected> {
  const signIn = SIGN_IN;
  const pick = (actor: Exclude<ActorName, "anonymous">) => (allowed.includes(actor) ? success : FORBIDDEN);
  return { anonymous: signIn, editorA: pick("editorA"), editorB: pick("editorB"), moderator: pick("moderator"), admin: pick("admin") };
}

const EVERYONE: ActorName[] = ["editorA", "editorB", "moderator", "admin"];
const ORG_A_EDITORS: ActorName[] = ["editorA", "moderator", "admin"];
const REVIEWERS: ActorName[] = ["moderator", "admin"];
const ADMINS: ActorName[] = ["admin"];
const SUBMITTED: Expected = { status: 302, location: "/account?submitted=1" };

/** A submission was stored (allowed) or not (refused). */
const storesOneSubmission = (allowed: boolean, _p: number | undefined, before: number) =>
  expect(submissionCount() - before).toBe(allowed ? 1 : 0);

function draftCount(): number {
  const { sql } = m.drizzle;
  return db.select({ n: sql<number>`count(*)` }).from(m.schema.listingDrafts).get()!.n;
}

/** The id the next listing draft will get (AUTOINCREMENT: one past the highest ever given). */
function nextDraftId(): number {
  const row = db.$client.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'listing_drafts'").get() as { seq: number } | undefined;
  return (row?.seq ?? 0) + 1;
}

/** Starting a listing stores a draft for its author and nothing for the moderators yet. */
let draftsBefore = 0;
const storesOneDraftAndNoSubmission = (allowed: boolean, _p: number | undefined, before: number) => {
  expect(submissionCount() - before).toBe(0);
  expect(draftCount() - draftsBefore).toBe(allowed ? 1 : 0);
};

const statusOf = (id: number) => m.submissions.getSubmission(db, id)?.status;

const orgAPath = (suffix: string) => () => `/organisations/${world.orgA.slug}${suffix}`;

const CASES: Case[] = [
  {
    action: "open /account",
    method: "GET",
    path: () => "/account",
    handler: () => m.account.loader,
    expected: rule(EVERYONE),
  },
  {
    action: "open the form that starts a listing with its organisation",
    method: "GET",
    path: () => "/account/listings/new/organisation",
    params: () => ({ id: "new" }),
    handler: () => m.newOrganisation.loader,
    expected: rule(EVERYONE),
  },
  {
    action: "start a listing draft with a new organisation",
    method: "POST",
    path: () => "/account/listings/new/organisation",
    params: () => ({ id: "new" }),
    handler: () => m.newOrganisation.action,
    fields: () => organisationFields("Sanctuary Supper Club"),
    expected: rule(EVERYONE, { status: 302, location: "/account/listings/NEXT_DRAFT_ID?saved=organisation" }),
    check: storesOneDraftAndNoSubmission,
  },
  {
    action: "open the edit form of org A",
    method: "GET",
    path: orgAPath("/edit"),
    params: () => ({ slug: world.orgA.slug }),
    handler: () => m.editOrganisation.loader,
    expected: rule(ORG_A_EDITORS),
  },
  {
    action: "submit the edit form of org A",
    method: "POST",
    path: orgAPath("/edit"),
    params: () => ({ slug: world.orgA.slug }),
    handler: () => m.editOrganisation.action,
    fields: () => organisationFields("City of Sanctuary UK"),
    expected: rule(ORG_A_EDITORS, SUBMITTED),
    check: storesOneSubmission,
  },
  {
    action: "open the new-project form of org A",
    method: "GET",
    path: orgAPath("/projects/new"),
    params: () => ({ slug: world.orgA.slug }),
    handler: () => m.newProject.loader,
    expected: rule(ORG_A_EDITORS),
  },
  {
    action: "add a project to org A",
    method: "POST",
    path: orgAPath("/projects/new"),
    params: () => ({ slug: world.orgA.slug }),
    handler: () => m.newProject.action,
    fields: () => projectFields("Sanctuary conversation café"),
    expected: rule(ORG_A_EDITORS, SUBMITTED),
    check: storesOneSubmission,
  },
  {
    action: "open the new-award form of org A",
    method: "GET",
    path: orgAPath("/awards/new"),
    params: () => ({ slug: world.orgA.slug }),
    handler: () => m.newAward.loader,
    expected: rule(ORG_A_EDITORS),
  },
  {
    action: "add an award to org A",
    method: "POST",
    path: orgAPath("/awards/new"),
    params: () => ({ slug: world.orgA.slug }),
    handler: () => m.newAward.action,
    fields: () => ({ funderSlug, programmeEn: "Sanctuary grants", amountPounds: "12,500", amountPeriod: "total" }),
    expected: rule(ORG_A_EDITORS, SUBMITTED),
    check: storesOneSubmission,
  },
  {
    action: "open the edit form of a project of org A",
    method: "GET",
    path: () => `/projects/${projectOfA}/edit`,
    params: () => ({ id: String(projectOfA) }),
    handler: () => m.editProject.loader,
    expected: rule(ORG_A_EDITORS),
  },
  {
    action: "submit an edit of a project of org A",
    method: "POST",
    path: () => `/projects/${projectOfA}/edit`,
    params: () => ({ id: String(projectOfA) }),
    handler: () => m.editProject.action,
    fields: () => ({ ...m.editor.formDefaults({ db, t: (key: string) => key } as never, "project", projectOfA), titleEn: "Schools of Sanctuary (renamed)" }),
    expected: rule(ORG_A_EDITORS, SUBMITTED),
    check: storesOneSubmission,
  },
  {
    action: "open the moderation queue",
    method: "GET",
    path: () => "/moderation",
    handler: () => m.queue.loader,
    expected: rule(REVIEWERS),
  },
  {
    action: "open a pending submission",
    method: "GET",
    path: () => `/moderation/${pendingId}`,
    params: () => ({ id: String(pendingId) }),
    handler: () => m.review.loader,
    expected: rule(REVIEWERS),
  },
  {
    action: "approve a submission",
    method: "POST",
    path: (id) => `/moderation/${id}`,
    handler: () => m.review.action,
    prepare: pendingSubmission,
    params: (id) => ({ id: String(id) }),
    fields: () => ({ intent: "approve" }),
    expected: rule(REVIEWERS, { status: 302, location: "/moderation?done=approved" }),
    check: (allowed, id) => expect(statusOf(id!)).toBe(allowed ? "approved" : "pending"),
  },
  {
    action: "reject a submission",
    method: "POST",
    path: (id) => `/moderation/${id}`,
    handler: () => m.review.action,
    prepare: pendingSubmission,
    params: (id) => ({ id: String(id) }),
    fields: () => ({ intent: "reject", reason: "Please say where the sessions take place." }),
    expected: rule(REVIEWERS, { status: 302, location: "/moderation?done=rejected" }),
    check: (allowed, id) => expect(statusOf(id!)).toBe(allowed ? "rejected" : "pending"),
  },
  {
    action: "open the stale list",
    method: "GET",
    path: () => "/moderation/stale",
    handler: () => m.stale.loader,
    expected: rule(REVIEWERS),
  },
  {
    action: "open the history of org A",
    method: "GET",
    path: () => `/history/organisation/${world.orgA.id}`,
    params: () => ({ entity: "organisation", id: String(world.orgA.id) }),
    handler: () => m.history.loader,
    expected: rule(REVIEWERS),
  },
  {
    action: "open /admin/users",
    method: "GET",
    path: () => "/admin/users",
    handler: () => m.usersPage.loader,
    expected: rule(ADMINS),
  },
  {
    action: "change a user's role",
    method: "POST",
    path: () => "/admin/users",
    handler: () => m.usersPage.action,
    prepare: () => {
      m.users.setUserRole(db, roleTarget, "editor");
      return roleTarget;
    },
    fields: (id) => ({ intent: "role", userId: String(id), role: "moderator" }),
    expected: rule(ADMINS, { status: 302, location: "/admin/users?saved=1" }),
    check: (allowed, id) => expect(m.users.getUserById(db, id!)?.role).toBe(allowed ? "moderator" : "editor"),
  },
  {
    action: "confirm that org A's listing is still correct",
    method: "POST",
    path: () => "/account",
    handler: () => m.account.action,
    prepare: () => {
      m.organisations.updateOrganisation(db, world.orgA.id, { lastConfirmed: "2020-01-01" });
      return world.orgA.id;
    },
    fields: (id) => ({ intent: "confirm", organisationId: String(id) }),
    expected: rule(ORG_A_EDITORS, { status: 302, location: "/account?confirmed=ORG_A_ID" }),
    check: (allowed) => {
      const lastConfirmed = m.organisations.getOrganisationBySlug(db, world.orgA.slug)?.lastConfirmed;
      if (allowed) expect(lastConfirmed).not.toBe("2020-01-01");
      else expect(lastConfirmed).toBe("2020-01-01");
    },
  },
  {
    action: "withdraw editor A's pending submission",
    method: "POST",
    path: () => "/account",
    handler: () => m.account.action,
    prepare: pendingSubmission,
    fields: (id) => ({ intent: "withdraw", submissionId: String(id) }),
    // Only the submitter: moderators and admins reject, they do not withdraw.
    expected: rule(["editorA"], { status: 302, location: "/account" }),
    forbiddenMessage: null,
    check: (allowed, id) => expect(statusOf(id!)).toBe(allowed ? "withdrawn" : "pending"),
  },
  {
    action: "open the sign-in page",
    method: "GET",
    path: () => "/sign-in",
    handler: () => m.signIn.loader,
    expected: {
      anonymous: OK,
      editorA: { status: 302, location: "/account" },
      editorB: { status: 302, location: "/account" },
      moderator: { status: 302, location: "/account" },
      admin: { status: 302, location: "/account" },
    },
  },
];

const ACTORS: ActorName[] = ["anonymous", "editorA", "editorB", "moderator", "admin"];

function sentence(actor: ActorName, c: Case): string {
  const e = c.expected[actor];
  const who = ACTOR_LABEL[actor];
  if (e.status === 403) return `${who} is refused (403) when trying to ${c.action}`;
  if (e === SIGN_IN) return `${who} is sent to sign in (302) when trying to ${c.action}`;
  if (e.status === 302) return `${who} may ${c.action} (302 → ${e.location.replace("ORG_A_ID", "<org A's id>").replace("NEXT_DRAFT_ID", "<the new draft's id>")})`;
  return `${who} may ${c.action} (200)`;
}

/** [sentence, actor, case]: tuples, so that "%s" prints the whole sentence (vitest truncates "$name"). */
const ROWS = CASES.flatMap((c) => ACTORS.map((actor) => [sentence(actor, c), actor, c] as [string, ActorName, Case]));

describe("the permission matrix, through the route modules", () => {
  it.each(ROWS)("%s", async (_name, actor, c) => {
    const prepared = c.prepare?.();
    const path = c.path(prepared);
    const params = c.params?.(prepared) ?? {};
    const account = accountOf(actor);
    const request = c.method === "GET" ? getRequest(path, account) : postRequest(path, account, c.fields?.(prepared) ?? {});
    const before = submissionCount();
    draftsBefore = draftCount();
    const draftId = nextDraftId();
    const result: Outcome = await outcome(() => call(c.handler(), request, params));

    const expected = c.expected[actor];
    expect(result.status).toBe(expected.status);
    if (expected.status === 302) {
      const location = expected === SIGN_IN ? signInRedirect(path) : expected.location.replace("ORG_A_ID", String(world.orgA.id)).replace("NEXT_DRAFT_ID", String(draftId));
      expect(result.location).toBe(location);
    }
    if (expected.status === 403) {
      const message = (result.data as { message?: unknown }).message;
      if (c.forbiddenMessage === null) expect(message).toEqual(expect.any(String));
      else expect(message).toBe(c.forbiddenMessage ?? "You do not have permission to do that.");
    }
    if (expected.status === 200 && c.method === "GET") expect(result.data).toBeTruthy();
    if (c.check) c.check(expected.status !== 403 && actor !== "anonymous", prepared, before);
    if (c.method === "POST" && actor === "anonymous" && !c.check) expect(submissionCount()).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// CSRF and Origin

interface ForgedCase {
  name: string;
  run: () => Promise<Outcome>;
  /** The thing that must not have happened. */
  unchanged: () => void;
}

const CSRF_MESSAGE = "This form has expired or did not come from this site. Please go back, reload the page and try again.";

function projectPost(options: { csrf?: string | null; origin?: string | null }) {
  const path = `/organisations/${world.orgA.slug}/projects/new`;
  return () =>
    outcome(() => call(m.newProject.action, postRequest(path, A.editorA, projectFields("A forged project"), options), { slug: world.orgA.slug }));
}

describe("signed-in posts must carry the session's csrf token and come from this site", () => {
  let before: number;
  let pending: number;
  let forgedRoleTarget: number;
  let lastConfirmedA: string | null | undefined;

  const FORGED: ForgedCase[] = [
    {
      name: "a project form without the csrf field is refused (403) and nothing is stored",
      run: () => projectPost({ csrf: null })(),
      unchanged: () => expect(submissionCount()).toBe(before),
    },
    {
      name: "a project form with an empty csrf field is refused (403) and nothing is stored",
      run: () => projectPost({ csrf: "" })(),
      unchanged: () => expect(submissionCount()).toBe(before),
    },
    {
      name: "a project form carrying another session's csrf token is refused (403) and nothing is stored",
      run: () => projectPost({ csrf: A.editorB.csrfToken })(),
      unchanged: () => expect(submissionCount()).toBe(before),
    },
    {
      name: "a project form with a made-up csrf token is refused (403) and nothing is stored",
      run: () => projectPost({ csrf: "x".repeat(43) })(),
      unchanged: () => expect(submissionCount()).toBe(before),
    },
    {
      name: "a project form with the right token but a foreign Origin is refused (403) and nothing is stored",
      run: () => projectPost({ origin: "https://evil.example" })(),
      unchanged: () => expect(submissionCount()).toBe(before),
    },
    {
      name: "a project form with the right token but Origin: null is refused (403) and nothing is stored",
      run: () => projectPost({ origin: "null" })(),
      unchanged: () => expect(submissionCount()).toBe(before),
    },
    {
      name: "a moderator's approval without the csrf field is refused (403) and the submission stays pending",
      run: () =>
        outcome(() => call(m.review.action, postRequest(`/moderation/${pending}`, A.moderator, { intent: "approve" }, { csrf: null }), { id: String(pending) })),
      unchanged: () => expect(statusOf(pending)).toBe("pending"),
    },
    {
      name: "a moderator's rejection from a foreign Origin is refused (403) and the submission stays pending",
      run: () =>
        outcome(() =>
          call(m.review.action, postRequest(`/moderation/${pending}`, A.moderator, { intent: "reject", reason: "No." }, { origin: "https://evil.example" }), {
            id: String(pending),
          }),
        ),
      unchanged: () => expect(statusOf(pending)).toBe("pending"),
    },
    {
      name: "an admin's role change with another session's token is refused (403) and the role stays",
      run: () =>
        outcome(() =>
          call(m.usersPage.action, postRequest("/admin/users", A.admin, { intent: "role", userId: String(forgedRoleTarget), role: "admin" }, { csrf: A.moderator.csrfToken })),
        ),
      unchanged: () => expect(m.users.getUserById(db, forgedRoleTarget)?.role).toBe("editor"),
    },
    {
      name: "an editor's 'still correct' confirmation without the csrf field is refused (403)",
      run: () =>
        outcome(() => call(m.account.action, postRequest("/account", A.editorA, { intent: "confirm", organisationId: String(world.orgA.id) }, { csrf: null }))),
      unchanged: () => expect(m.organisations.getOrganisationBySlug(db, world.orgA.slug)?.lastConfirmed).toBe(lastConfirmedA),
    },
  ];

  beforeAll(() => {
    pending = pendingSubmission();
    lastConfirmedA = m.organisations.getOrganisationBySlug(db, world.orgA.slug)?.lastConfirmed;
    forgedRoleTarget = m.users.createUser(db, { email: "forged-target@example.org", passwordHash: "x", role: "editor", now: new Date().toISOString() }).id;
  });

  it.each(FORGED.map((f) => [f.name, f] as [string, ForgedCase]))("%s", async (name, { run, unchanged }) => {
    before = submissionCount();
    const result = await run();
    expect(result.status).toBe(403);
    // A foreign Origin is refused first, before the token is looked at, and says so.
    if (/Origin/.test(name)) expect((result.data as { message?: unknown }).message).toMatch(/sent from another site/);
    else expect((result.data as { message?: unknown }).message).toBe(CSRF_MESSAGE);
    unchanged();
  });

  it("the same project form with the right token and Origin is accepted (control)", async () => {
    before = submissionCount();
    const result = await projectPost({})();
    expect(result).toMatchObject({ status: 302, location: "/account?submitted=1" });
    expect(submissionCount()).toBe(before + 1);
  });

  it("the same project form with the right token and no Origin header is accepted (non-browser clients)", async () => {
    before = submissionCount();
    const result = await projectPost({ origin: null })();
    expect(result).toMatchObject({ status: 302, location: "/account?submitted=1" });
    expect(submissionCount()).toBe(before + 1);
  });
});

describe("signing out", () => {
  it("an editor's sign-out without the csrf field is refused (403) and the session keeps working", async () => {
    const session = m.sessions.startSession(db, A.editorB.id, Date.now());
    const account: Account = { ...A.editorB, cookie: `cmw_session=${session.token}`, csrfToken: session.csrfToken };
    const result = await outcome(() => call(m.signOut.action, postRequest("/sign-out", account, {}, { csrf: null })));
    expect(result.status).toBe(403);
    const still = await outcome(() => call(m.account.loader, getRequest("/account", account)));
    expect(still.status).toBe(200);
  });

  it("an editor's sign-out with the csrf token ends the session (302 → /) so /account sends them to sign in", async () => {
    const session = m.sessions.startSession(db, A.editorB.id, Date.now());
    const account: Account = { ...A.editorB, cookie: `cmw_session=${session.token}`, csrfToken: session.csrfToken };
    const result = await outcome(() => call(m.signOut.action, postRequest("/sign-out", account, {})));
    expect(result).toMatchObject({ status: 302, location: "/" });
    const after = await outcome(() => call(m.account.loader, getRequest("/account", account)));
    expect(after).toMatchObject({ status: 302, location: signInRedirect("/account") });
  });
});
