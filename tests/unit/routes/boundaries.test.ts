/**
 * /admin/boundaries as an administrator uses it: upload a file, read the check, confirm; a bad file
 * is reported and changes nothing; others may not see the page. And the API's authority filter
 * taking a smaller ONS code.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORIGIN, call, closeWorld, getRequest, openWorld, outcome, postRequest, type Account, type World } from "./harness";

const ONS_FILE = readFileSync(new URL("../../../../shared/geo/ons-lad-2013-wales.geojson", import.meta.url));

let world: World;
let page: typeof import("../../../app/routes/admin.boundaries");
let projectsApi: typeof import("../../../app/routes/api.projects");
let sets: typeof import("../../../db/queries/boundaries");
let layersApi: typeof import("../../../app/routes/api.map-layers");

beforeAll(async () => {
  world = await openWorld();
  page = await import("../../../app/routes/admin.boundaries");
  projectsApi = await import("../../../app/routes/api.projects");
  sets = await import("../../../db/queries/boundaries");
  layersApi = await import("../../../app/routes/api.map-layers");
});
afterAll(() => closeWorld(world));

function upload(account: Account, file: Buffer | string, fields: Record<string, string> = {}, csrf = account.csrfToken): Request {
  const form = new FormData();
  form.set("csrf", csrf);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("file", new Blob([typeof file === "string" ? file : new Uint8Array(file)], { type: "application/geo+json" }), "lad-2013.geojson");
  return new Request(new URL("/admin/boundaries", ORIGIN), { method: "POST", headers: { Cookie: account.cookie, Origin: ORIGIN }, body: form });
}

const activeId = () => sets.getActiveBoundaries(world.db)!.set.id;

describe("/admin/boundaries", () => {
  it.each(["anonymous", "editorA", "moderator"] as const)("is not for %s", async (who) => {
    const account = who === "anonymous" ? undefined : world.accounts[who];
    const result = await outcome(() => call(page.loader, getRequest("/admin/boundaries", account)));
    expect(result.status === 403 || (result.status === 302 && result.location?.startsWith("/sign-in"))).toBe(true);
  });

  it("lists the sets held, the ONS set active", async () => {
    const result = await outcome(() => call(page.loader, getRequest("/admin/boundaries", world.accounts.admin)));
    const data = result.data as { sets: { id: string; active: boolean }[] };
    expect(data.sets.map((s) => [s.id, s.active])).toEqual([["ons-lad-2013", true], ["natural-earth-admin1", false]]);
  });

  it("reports a bad file, keeps what was typed, and changes nothing", async () => {
    const result = await outcome(() => call(page.action, upload(world.accounts.admin, '{"type":"FeatureCollection","features":[]}', { name: "Empty", licence: "OGL" })));
    expect(result.status).toBe(200);
    expect(result.data).toMatchObject({ kind: "error", errorKey: "boundaries.errors.noCodeProperty", values: { name: "Empty", licence: "OGL" } });
    expect(sets.listBoundarySets(world.db)).toHaveLength(2);
  });

  it("refuses an upload without the form's CSRF token", async () => {
    const result = await outcome(() => call(page.action, upload(world.accounts.admin, ONS_FILE, {}, "forged")));
    expect(result.status).toBe(403);
    expect(sets.listBoundarySets(world.db)).toHaveLength(2);
  });

  it("checks a good file first, then imports it on confirmation, then switches back", async () => {
    const checked = await outcome(() => call(page.action, upload(world.accounts.admin, ONS_FILE, { name: "ONS again", licence: "Open Government Licence v3.0" })));
    const check = (checked.data as { kind: string; check: Record<string, string> & { report: { areaDifferences: unknown[] } } }).check;
    expect(checked.data).toMatchObject({ kind: "checked" });
    expect(check.report.areaDifferences).toHaveLength(22);
    expect(activeId()).toBe("ons-lad-2013");
    const fields = { intent: "import", token: check.token, fileName: check.fileName, name: check.name, licence: check.licence, attribution: check.attribution };
    const done = await outcome(() => call(page.action, postRequest("/admin/boundaries", world.accounts.admin, fields)));
    expect(done.status).toBe(302);
    expect(done.location).toMatch(/^\/admin\/boundaries\?done=imported/);
    expect(activeId()).toMatch(/^import-\d+-ons-again$/);
    expect(sets.listBoundarySets(world.db).find((s) => s.active)).toMatchObject({ importedByEmail: "admin@example.org", source: "lad-2013.geojson" });
    // The token was used up.
    const again = await outcome(() => call(page.action, postRequest("/admin/boundaries", world.accounts.admin, fields)));
    expect(again.data).toMatchObject({ kind: "error", errorKey: "boundaries.expired" });
    const back = await outcome(() => call(page.action, postRequest("/admin/boundaries", world.accounts.admin, { intent: "activate", setId: "ons-lad-2013" })));
    expect(back.status).toBe(302);
    expect(activeId()).toBe("ons-lad-2013");
  });

  it("answers 404 for an unknown set and 400 for an unknown intent, never 500", async () => {
    expect((await outcome(() => call(page.action, postRequest("/admin/boundaries", world.accounts.admin, { intent: "activate", setId: "nope" })))).status).toBe(404);
    expect((await outcome(() => call(page.action, postRequest("/admin/boundaries", world.accounts.admin, { intent: "explode" })))).status).toBe(400);
  });
});

describe("the API's authority filter", () => {
  it("takes a ward, LSOA or MSOA code for the authority it lies in", async () => {
    const json = async (q: string) => (await (await call(projectsApi.loader, getRequest(`/api/projects?${q}`)) as Response).json()) as { filters: { authority?: string }; count: number };
    const byAuthority = await json("authority=W06000001");
    for (const code of ["W01000001", "W02000001", "W05000981"]) {
      const bySmall = await json(`authority=${code}`);
      expect(bySmall.filters.authority).toBe("W06000001");
      expect(bySmall.count).toBe(byAuthority.count);
    }
    const unknown = (await call(projectsApi.loader, getRequest("/api/projects?authority=W01999999"))) as Response;
    expect(unknown.status).toBe(400);
  });
});

describe("/api/map-layers", () => {
  it("gives the gap outlines and the places out of reach the map draws, for a theme on a date", async () => {
    const response = (await call(layersApi.loader, getRequest("/api/map-layers?theme=hate-crime&asOf=2026-12-01"))) as Response;
    const body = (await response.json()) as { theme: string; gaps: { features: { properties: { gss_code: string } }[] }; places: { name: string; gss: string }[] };
    expect(response.status).toBe(200);
    expect(body.theme).toBe("hate-crime");
    expect(body.gaps.features.length).toBeGreaterThan(0);
    expect(body.places.length).toBeGreaterThan(0);
    expect(new Set(body.places.map((p) => p.gss)).size).toBeGreaterThan(1);
  });

  it.each(["asOf=2026-13-45", "theme=nope", "confirmed=yes"])("answers 400 for %s", async (query) => {
    const response = (await call(layersApi.loader, getRequest(`/api/map-layers?${query}`))) as Response;
    expect(response.status).toBe(400);
  });
});

describe("/api/boundaries", () => {
  it("gives the display outlines, cached for good only at the current version", async () => {
    const { boundariesUrl } = await import("../../../app/coverage/boundaries.server");
    const api = await import("../../../app/routes/api.boundaries");
    const url = boundariesUrl(world.db);
    expect(url).toMatch(/^\/api\/boundaries\?v=[0-9a-f]{12}$/);
    const current = (await call(api.loader, getRequest(url))) as Response;
    expect(current.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    const body = (await current.json()) as { features: unknown[]; boundaries: { id: string } };
    expect(body.features).toHaveLength(22);
    expect(body.boundaries.id).toBe("ons-lad-2013");
    const stale = (await call(api.loader, getRequest("/api/boundaries?v=000000000000"))) as Response;
    expect(stale.headers.get("Cache-Control")).toBe("no-cache");
  });
});
