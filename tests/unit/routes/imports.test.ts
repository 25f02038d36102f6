/**
 * /admin/imports as a moderator uses it: upload a 360Giving CSV, read the dry-run report, confirm,
 * see it listed, roll it back; a bad file writes nothing; editors may not see the page.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "../../../db/schema";
import { ORIGIN, call, closeWorld, getRequest, openWorld, outcome, postRequest, type Account, type World } from "./harness";

const CSV = readFileSync(new URL("../../fixtures/360giving/grants.csv", import.meta.url));
let world: World;
let page: typeof import("../../../app/routes/admin.imports");
let uploadRoute: typeof import("../../../app/routes/admin.imports.upload");

beforeAll(async () => {
  world = await openWorld();
  page = await import("../../../app/routes/admin.imports");
  uploadRoute = await import("../../../app/routes/admin.imports.upload");
});
afterAll(() => closeWorld(world));

function upload(account: Account, file: Buffer | string, name = "grants.csv", path = "/admin/imports"): Request {
  const form = new FormData();
  form.set("csrf", account.csrfToken);
  form.set("file", new Blob([typeof file === "string" ? file : new Uint8Array(file)], { type: "text/csv" }), name);
  return new Request(new URL(path, ORIGIN), { method: "POST", headers: { Cookie: account.cookie, Origin: ORIGIN }, body: form });
}
const awards = () => world.db.select({ n: sql<number>`count(*)` }).from(s.awards).where(eq(s.awards.status, "published")).get()!.n;

describe("/admin/imports", () => {
  it.each(["anonymous", "editorA"] as const)("is not for %s", async (who) => {
    const account = who === "anonymous" ? undefined : world.accounts[who];
    const result = await outcome(() => call(page.loader, getRequest("/admin/imports", account)));
    expect(result.status === 403 || (result.status === 302 && result.location?.startsWith("/sign-in"))).toBe(true);
  });

  it("checks a CSV without writing, imports it on confirmation, lists it and rolls it back", async () => {
    const before = awards();
    const checked = await outcome(() => call(page.action, upload(world.accounts.moderator, CSV)));
    const result = checked.data as { kind: string; token: string; fileName: string; report: { welsh: number; written: boolean } };
    expect(result).toMatchObject({ kind: "checked", fileName: "grants.csv", report: { welsh: 4, written: false } });
    expect(awards()).toBe(before);
    const done = await outcome(() => call(page.action, postRequest("/admin/imports", world.accounts.moderator, { intent: "import", token: result.token, fileName: result.fileName })));
    expect(done.status).toBe(302);
    expect(done.location).toMatch(/^\/admin\/imports\?done=\d+$/);
    expect(awards()).toBe(before + 4);
    const listed = (await outcome(() => call(page.loader, getRequest("/admin/imports", world.accounts.moderator)))).data as { imports: { id: number; email: string; publishedAwards: number; status: string }[] };
    expect(listed.imports[0]).toMatchObject({ email: "moderator@example.org", publishedAwards: 4, status: "applied" });
    const rolled = await outcome(() => call(page.action, postRequest("/admin/imports", world.accounts.moderator, { intent: "rollback", importId: String(listed.imports[0].id) })));
    expect(rolled.status).toBe(302);
    expect(awards()).toBe(before);
    const again = await outcome(() => call(page.action, postRequest("/admin/imports", world.accounts.moderator, { intent: "rollback", importId: String(listed.imports[0].id) })));
    expect(again.status).toBe(404);
  });

  it("reports a file it cannot read and writes nothing", async () => {
    const before = awards();
    const result = await outcome(() => call(page.action, upload(world.accounts.moderator, '{"grants": [{"id": "360G-X-1"', "broken.json")));
    expect(result.data).toMatchObject({ kind: "error", errorKey: "imports.errors.truncated" });
    expect(awards()).toBe(before);
  });

  it("refuses a body that is neither a form nor an upload with 415, and a used token as expired", async () => {
    const json = new Request(new URL("/admin/imports", ORIGIN), { method: "POST", headers: { Cookie: world.accounts.moderator.cookie, Origin: ORIGIN, "Content-Type": "application/json" }, body: "{}" });
    expect((await outcome(() => call(page.action, json))).status).toBe(415);
    const expired = await outcome(() => call(page.action, postRequest("/admin/imports", world.accounts.moderator, { intent: "import", token: "0".repeat(32), fileName: "x.csv" })));
    expect(expired.data).toMatchObject({ kind: "error", errorKey: "imports.expired" });
  });
});

describe("/admin/imports/upload (the page's first step with JavaScript, so the browser can show progress)", () => {
  const stored = () => {
    const dir = join(dirname(process.env.DATABASE_PATH!), "uploads");
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith("grants-")).length : 0;
  };

  it("stores the file and answers its token; the check then reads it by token, writing nothing", async () => {
    const before = awards();
    const response = (await call(uploadRoute.action, upload(world.accounts.moderator, CSV, "grants.csv", "/admin/imports/upload"))) as Response;
    expect(response.status).toBe(200);
    const body = (await response.json()) as { token: string; fileName: string };
    expect(body).toMatchObject({ token: expect.stringMatching(/^[a-f0-9]{32}$/), fileName: "grants.csv" });
    const checked = await outcome(() => call(page.action, postRequest("/admin/imports", world.accounts.moderator, { intent: "check", token: body.token, fileName: body.fileName })));
    expect(checked.data).toMatchObject({ kind: "checked", token: body.token, fileName: "grants.csv", report: { welsh: 4, written: false } });
    expect(awards()).toBe(before);
  });

  it("refuses editors, a missing CSRF token (keeping no file) and a body that is not an upload, with the reason as JSON", async () => {
    const editor = (await call(uploadRoute.action, upload(world.accounts.editorA, CSV, "grants.csv", "/admin/imports/upload"))) as Response;
    expect(editor.status).toBe(403);
    const files = stored();
    const forged = upload({ ...world.accounts.moderator, csrfToken: "not-the-token" }, CSV, "grants.csv", "/admin/imports/upload");
    const refused = (await call(uploadRoute.action, forged)) as Response;
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/expired|did not come from this site/);
    expect(stored()).toBe(files);
    const json = new Request(new URL("/admin/imports/upload", ORIGIN), { method: "POST", headers: { Cookie: world.accounts.moderator.cookie, Origin: ORIGIN, "Content-Type": "application/json" }, body: "{}" });
    expect(((await call(uploadRoute.action, json)) as Response).status).toBe(415);
  });

  it("asks for the file again when the check names a token with no file", async () => {
    const checked = await outcome(() => call(page.action, postRequest("/admin/imports", world.accounts.moderator, { intent: "check", token: "f".repeat(32), fileName: "x.csv" })));
    expect(checked.data).toMatchObject({ kind: "error", errorKey: "imports.expired" });
  });
});
