/**
 * The listing and account forms through the real route actions: every bad value gets a 400 whose
 * field errors carry the right message key on the right field and stores nothing; a good project
 * waits for a moderator and only then reaches the lists and the coverage figures.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, closeWorld, getRequest, openWorld, outcome, PASSWORD, postRequest, replyErrors, type Fields, type World, importAppModules, type AppModules } from "./harness";

let world: World;
let db: World["db"];
let A: World["accounts"];

type Modules = AppModules;
let m: Modules;


let funderSlug: string;

beforeAll(async () => {
  world = await openWorld();
  db = world.db;
  A = world.accounts;
  m = await importAppModules();
  funderSlug = m.funders.listFunders(db)[0].slug;
}, 60_000);

afterAll(() => closeWorld(world));

function count(table: "submissions" | "users"): number {
  const { sql } = m.drizzle;
  return db.select({ n: sql<number>`count(*)` }).from(m.schema[table]).get()!.n;
}

const POWYS = "W06000023";
const CARDIFF = "W06000015";
const THEME = "modern-slavery";

/** A project form that passes every check: modern slavery work in Powys, 2025 to 2030. */
function goodProject(title = "Powys modern slavery outreach"): Fields {
  return {
    titleEn: title,
    titleCy: "",
    descriptionEn: "Outreach to farms and hand car washes across Powys.",
    descriptionCy: "",
    themes: [THEME],
    areaKind: "authorities",
    areaGss: [POWYS],
    startPrecision: "year",
    startYear: "2025",
    endPrecision: "year",
    endYear: "2030",
  };
}

function goodAward(): Fields {
  return { funderSlug, programmeEn: "Sanctuary grants", amountPounds: "5,000", amountPeriod: "total", startPrecision: "unknown", endPrecision: "unknown" };
}

function submitProject(fields: Fields, options: Parameters<typeof postRequest>[3] = {}) {
  const path = `/organisations/${world.orgA.slug}/projects/new`;
  return outcome(() => call(m.newProject.action, postRequest(path, A.editorA, fields, options), { slug: world.orgA.slug }));
}

function submitAward(fields: Fields) {
  const path = `/organisations/${world.orgA.slug}/awards/new`;
  return outcome(() => call(m.newAward.action, postRequest(path, A.editorA, fields), { slug: world.orgA.slug }));
}

/** The fields that have at least one error (form-level errors under ""). */
function fieldsWithErrors(data: unknown): string[] {
  return Object.entries(replyErrors(data))
    .filter(([, messages]) => messages && messages.length > 0)
    .map(([field]) => field)
    .sort();
}

describe("the project form of org A answers a bad value with 400, the right message on the right field, and stores nothing", () => {
  const BAD: [string, string, string, "project" | "award", Fields][] = [
    ["an empty title", "titleEn", "form.required", "project", { titleEn: "" }],
    ["a title of only spaces", "titleEn", "form.required", "project", { titleEn: "   " }],
    ["an end (2024) before the start (2026)", "endDate", "form.endBeforeStart", "project", { startYear: "2026", endYear: "2024" }],
    [
      "an end month (2025-05) before the start day (2025-06-15)",
      "endDate",
      "form.endBeforeStart",
      "project",
      { startPrecision: "day", startDay: "2025-06-15", endPrecision: "month", endMonth: "2025-05" },
    ],
    ["a radius of 0 km", "radiusKm", "form.radiusRange", "project", { areaKind: "point", pointLng: "-3.18", pointLat: "51.48", radiusKm: "0" }],
    ["a negative radius", "radiusKm", "form.radiusRange", "project", { areaKind: "point", pointLng: "-3.18", pointLat: "51.48", radiusKm: "-5" }],
    ["an amount of -5 on the award form", "amountPounds", "form.amountNegative", "award", { amountPounds: "-5" }],
    ["an amount of £-5 on the award form", "amountPounds", "form.amountNegative", "award", { amountPounds: "£-5" }],
    ["an unknown authority code (W06000099) in areaGss", "areaGss", "form.unknownAuthority", "project", { areaGss: ["W06000099"] }],
    ["an English authority code (E06000001) in areaGss", "areaGss", "form.unknownAuthority", "project", { areaGss: [POWYS, "E06000001"] }],
    ["a 10,000-character description", "descriptionEn", "form.tooLong", "project", { descriptionEn: "a".repeat(10_000) }],
    ["a <script>alert(1)</script> title", "titleEn", "form.noHtml", "project", { titleEn: "<script>alert(1)</script>" }],
    ["an unknown theme", "themes", "form.unknownTheme", "project", { themes: ["not-a-theme"] }],
    ["no theme at all", "themes", "form.themesRequired", "project", { themes: [] }],
  ];

  it.each(BAD)("%s → 400 with %s: %s, nothing stored", async (_name, field, key, form, override) => {
    const before = count("submissions");
    const result = form === "project" ? await submitProject({ ...goodProject(), ...override }) : await submitAward({ ...goodAward(), ...override });
    expect(result.status).toBe(400);
    expect(result.thrown).toBe(false);
    expect((result.data as { status?: string }).status).toBe("error");
    expect(replyErrors(result.data)[field]).toEqual([key]);
    expect(fieldsWithErrors(result.data)).toEqual([field]);
    expect(count("submissions")).toBe(before);
  });

  it("every problem is reported at once (empty title, 0 km radius and a <script> description together)", async () => {
    const before = count("submissions");
    const result = await submitProject({
      ...goodProject(),
      titleEn: "",
      descriptionEn: "<script>alert(1)</script>",
      areaKind: "point",
      pointLng: "-3.18",
      pointLat: "51.48",
      radiusKm: "0",
    });
    expect(result.status).toBe(400);
    expect(replyErrors(result.data)).toMatchObject({ titleEn: ["form.required"], descriptionEn: ["form.noHtml"], radiusKm: ["form.radiusRange"] });
    expect(count("submissions")).toBe(before);
  });

  it("a filled honeypot on a valid project form → 400 with the generic 'auth.refused' and nothing stored", async () => {
    const before = count("submissions");
    const result = await submitProject({ ...goodProject(), website_url: "http://spam.example" });
    expect(result.status).toBe(400);
    expect(replyErrors(result.data)[""]).toEqual(["auth.refused"]);
    expect(count("submissions")).toBe(before);
  });
});

describe("a valid project waits for a moderator before it is published", () => {
  const TITLE = "Powys modern slavery outreach";
  const coverage = (gss: string) => m.coverage.coverageRows(db, m.clock.today(), THEME).find((r) => r.gss === gss)!.activeProjects;
  const published = () => m.projects.listProjects(db);

  let submissionId: number;
  let projectsBefore: number;
  let powysBefore: number;
  let cardiffBefore: number;

  it("editor A's submission creates exactly one pending submission and sends them to their account page", async () => {
    projectsBefore = published().length;
    powysBefore = coverage(POWYS);
    cardiffBefore = coverage(CARDIFF);
    const versionBefore = m.meta.getDataVersion(db);
    const before = count("submissions");

    const result = await submitProject(goodProject(TITLE));
    expect(result).toMatchObject({ status: 302, location: "/account?submitted=1" });
    expect(count("submissions")).toBe(before + 1);

    const mine = m.submissions.listSubmissions(db, { submittedBy: A.editorA.id }).filter((s) => (s.payload as { titleEn?: string }).titleEn === TITLE);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: "pending", entity: "project", action: "create", organisationId: world.orgA.id, entityId: null });
    expect(mine[0].payload).toMatchObject({ titleEn: TITLE, titleCy: null, themes: [THEME], areaKind: "authorities", areaGss: [POWYS], startDate: "2025", endDate: "2030" });
    submissionId = mine[0].id;
    expect(m.meta.getDataVersion(db)).toBe(versionBefore);
  });

  it("the pending project is not published: the project list and the coverage figures are unchanged", () => {
    expect(published()).toHaveLength(projectsBefore);
    expect(published().some((p) => p.titleEn === TITLE)).toBe(false);
    expect(coverage(POWYS)).toBe(powysBefore);
  });

  it("editor A's account page lists the submission as pending", async () => {
    const result = await outcome(() => call(m.account.loader, getRequest("/account?submitted=1", A.editorA)));
    expect(result.status).toBe(200);
    const page = result.data as { submitted: boolean; submissions: { id: number; status: string; title: string }[] };
    expect(page.submitted).toBe(true);
    expect(page.submissions.find((s) => s.id === submissionId)).toMatchObject({ status: "pending", title: TITLE });
  });

  it("after a moderator approves it, the project is listed under org A and Powys's active projects for the theme grow by one", async () => {
    const path = `/moderation/${submissionId}`;
    const result = await outcome(() => call(m.review.action, postRequest(path, A.moderator, { intent: "approve" }), { id: String(submissionId) }));
    expect(result).toMatchObject({ status: 302, location: "/moderation?done=approved" });
    expect(m.submissions.getSubmission(db, submissionId)?.status).toBe("approved");

    expect(published()).toHaveLength(projectsBefore + 1);
    const project = published().find((p) => p.titleEn === TITLE);
    expect(project).toMatchObject({ organisationId: world.orgA.id, areaKind: "authorities", areaGss: [POWYS], themeIds: [THEME] });
    expect(coverage(POWYS)).toBe(powysBefore + 1);
    expect(coverage(CARDIFF)).toBe(cardiffBefore);
  });

  it("approving the same submission again is refused (400) and publishes nothing more", async () => {
    const path = `/moderation/${submissionId}`;
    const result = await outcome(() => call(m.review.action, postRequest(path, A.moderator, { intent: "approve" }), { id: String(submissionId) }));
    expect(result.status).toBe(400);
    expect(published()).toHaveLength(projectsBefore + 1);
  });
});

describe("the moderator's rejection form", () => {
  const reject = async (reason: string) => {
    const id = m.moderation.submitChange(db, {
      actorId: A.editorA.id,
      entity: "project",
      action: "create",
      organisationId: world.orgA.id,
      payload: goodProject("A project to turn down"),
      now: new Date(),
    }).id;
    const result = await outcome(() => call(m.review.action, postRequest(`/moderation/${id}`, A.moderator, { intent: "reject", reason }), { id: String(id) }));
    return { id, result };
  };

  it.each([
    ["an empty reason", "", "moderation.reasonRequired"],
    ["a reason of only spaces", "   ", "moderation.reasonRequired"],
    ["a 1,001-character reason", "r".repeat(1001), "form.tooLong"],
    ["a <script> reason", "<script>alert(1)</script>", "form.noHtml"],
  ])("%s is answered with %s and the submission stays pending", async (_name, reason, key) => {
    const { id, result } = await reject(reason);
    // The route returns the error as plain data (status 200), not as a 400 like the listing forms.
    expect([200, 400]).toContain(result.status);
    expect(result.data).toEqual({ error: key });
    expect(m.submissions.getSubmission(db, id)?.status).toBe("pending");
  });

  it("a reason is stored with the rejection, which the submitter sees on their account page", async () => {
    const { id, result } = await reject("  Please say where the sessions take place.  ");
    expect(result).toMatchObject({ status: 302, location: "/moderation?done=rejected" });
    expect(m.submissions.getSubmission(db, id)).toMatchObject({ status: "rejected", reason: "Please say where the sessions take place." });
    const page = await outcome(() => call(m.account.loader, getRequest("/account", A.editorA)));
    const mine = (page.data as { submissions: { id: number; status: string; reason: string | null }[] }).submissions.find((s) => s.id === id);
    expect(mine).toMatchObject({ status: "rejected", reason: "Please say where the sessions take place." });
  });
});

describe("the sign-up and sign-in forms", () => {
  const CSRF = "c".repeat(43);
  const anonymous = { csrf: CSRF, cookie: `cmw_csrf=${CSRF}` };
  const signUp = (fields: Fields, options: Parameters<typeof postRequest>[3] = anonymous) =>
    outcome(() => call(m.signUp.action, postRequest("/sign-up", undefined, fields, options)));
  const signIn = (fields: Fields) => outcome(() => call(m.signIn.action, postRequest("/sign-in", undefined, fields, anonymous)));
  const newPassword = "a perfectly long password";

  it("sign-up with an email that already has an account → 400 with auth.emailTaken on email, no account created, passwords not echoed", async () => {
    const before = count("users");
    const result = await signUp({ email: A.editorA.email, password: newPassword, confirmPassword: newPassword });
    expect(result.status).toBe(400);
    expect(replyErrors(result.data).email).toEqual(["auth.emailTaken"]);
    expect(fieldsWithErrors(result.data)).toEqual(["email"]);
    const initial = (result.data as { initialValue?: Record<string, unknown> }).initialValue ?? {};
    expect(initial.password).toBeUndefined();
    expect(initial.confirmPassword).toBeUndefined();
    expect(count("users")).toBe(before);
  });

  it("sign-up with the taken email in other letter case and with spaces → 400 with auth.emailTaken on email", async () => {
    const before = count("users");
    const result = await signUp({ email: `  ${A.editorA.email.toUpperCase()} `, password: newPassword, confirmPassword: newPassword });
    expect(result.status).toBe(400);
    expect(replyErrors(result.data).email).toEqual(["auth.emailTaken"]);
    expect(count("users")).toBe(before);
  });

  it("sign-up with the honeypot filled → 400 with the generic auth.refused and no account created", async () => {
    const before = count("users");
    const email = "bot@example.org";
    const result = await signUp({ email, password: newPassword, confirmPassword: newPassword, website_url: "http://spam.example" });
    expect(result.status).toBe(400);
    expect(replyErrors(result.data)[""]).toEqual(["auth.refused"]);
    expect(m.users.getUserByEmail(db, email)).toBeUndefined();
    expect(count("users")).toBe(before);
  });

  it("sign-up without the anonymous csrf cookie → 403 and no account created", async () => {
    const before = count("users");
    const result = await signUp({ email: "no-cookie@example.org", password: newPassword, confirmPassword: newPassword }, { csrf: CSRF });
    expect(result.status).toBe(403);
    expect(count("users")).toBe(before);
  });

  it("sign-up with a fresh email works (control): 302 to /account and the account exists", async () => {
    const email = "new-editor@example.org";
    const result = await signUp({ email, password: newPassword, confirmPassword: newPassword });
    expect(result).toMatchObject({ status: 302, location: "/account" });
    expect(m.users.getUserByEmail(db, email)?.role).toBe("editor");
  });

  it("sign-in with a wrong password → 400 with the generic auth.invalid form error, the password not echoed", async () => {
    const result = await signIn({ email: A.editorA.email, password: "not the password at all" });
    expect(result.status).toBe(400);
    expect(replyErrors(result.data)[""]).toEqual(["auth.invalid"]);
    expect(fieldsWithErrors(result.data)).toEqual([""]);
    expect((result.data as { initialValue?: Record<string, unknown> }).initialValue?.password).toBeUndefined();
  });

  it("sign-in with an unknown email → the same 400 auth.invalid (no hint that the account does not exist)", async () => {
    const result = await signIn({ email: "nobody@example.org", password: "not the password at all" });
    expect(result.status).toBe(400);
    expect(replyErrors(result.data)[""]).toEqual(["auth.invalid"]);
  });

  it("sign-in with the right password but the honeypot filled → 400 auth.invalid", async () => {
    const result = await signIn({ email: A.editorA.email, password: PASSWORD, website_url: "x" });
    expect(result.status).toBe(400);
    expect(replyErrors(result.data)[""]).toEqual(["auth.invalid"]);
  });

  it("sign-in with the right password (control) → 302 to redirectTo when it is a path on this site, else to /account", async () => {
    const result = await signIn({ email: A.editorA.email, password: PASSWORD, redirectTo: "/moderation" });
    expect(result).toMatchObject({ status: 302, location: "/moderation" });
    const offsite = await signIn({ email: A.editorA.email, password: PASSWORD, redirectTo: "//evil.example/" });
    expect(offsite).toMatchObject({ status: 302, location: "/account" });
  });
});
