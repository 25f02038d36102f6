/**
 * What an attacker's fuzzer sends, through the real route modules: every answer is a 4xx with a
 * clear message, never a 500. Download names and Content-Disposition built from a checked asOf;
 * one date rule (1900–2100) for every asOf; every Location header ASCII; a body that is not a form
 * (415/400) and a post from another site (403) refused before the action runs; resource routes
 * that keep their status and message; and junk in every route parameter.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cy } from "../../../app/i18n/cy";
import { call, closeWorld, getRequest, openWorld, ORIGIN, PASSWORD, postRequest, type World } from "./harness";

let world: World;
let A: World["accounts"];

/** Loops over many routes, or computes a whole map page cold: more than vitest's default 5 s on a busy machine. */
const SLOW = 120_000;

/** Every route module, by file name without ".tsx". */
let routes: Record<string, Record<string, unknown>>;

const ROUTES_DIR = join(__dirname, "../../../app/routes");
const ROUTE_FILES = readdirSync(ROUTES_DIR).filter((f) => f.endsWith(".tsx")).map((f) => f.slice(0, -4)).sort();

/**
 * Route modules other helpers own, which still call `page()` in their action: each needs its
 * action to go through `formAction` (a one-line change, see the report). Delete a name from here
 * once it does.
 */
const OWNED_ELSEWHERE = new Set(["admin.users"]);

/** The routes that take file uploads (multipart bodies go to their streaming reader). */
const UPLOAD_ROUTES = new Set(["admin.imports", "admin.boundaries", "admin.imports.upload"]);

beforeAll(async () => {
  world = await openWorld();
  A = world.accounts;
  routes = {};
  for (const name of ROUTE_FILES) routes[name] = await import(`../../../app/routes/${name}.tsx`);
}, 120_000);

afterAll(() => closeWorld(world));

interface Answer {
  status: number;
  headers: Headers;
  /** The body as text (a Response) or the `data()` payload as JSON. */
  body: string;
  /** A thrown value that was neither a Response nor a `data()` answer: a 500 in production. */
  crash?: unknown;
}

/**
 * What Remix would send for a loader or action: a Response as it is, a `data()` answer with its
 * status, a plain value as 200; anything else thrown is a crash (Remix answers it with 500).
 */
async function answer(run: () => unknown): Promise<Answer> {
  let value: unknown;
  try {
    value = await run();
  } catch (error) {
    value = error;
    if (!(error instanceof Response) && (error as { type?: unknown })?.type !== "DataWithResponseInit") {
      return { status: 500, headers: new Headers(), body: String(error), crash: error };
    }
  }
  if (value instanceof Response) {
    // A Location or other header a Node server would refuse (not visible ASCII) is a 500 too.
    for (const [name, v] of value.headers) {
      if (!/^[\t\x20-\x7e]*$/.test(v)) return { status: 500, headers: value.headers, body: `${name} is not ASCII: ${v}` };
    }
    return { status: value.status, headers: value.headers, body: await value.text() };
  }
  const d = value as { type?: string; data?: unknown; init?: ResponseInit | null };
  if (d?.type === "DataWithResponseInit") return { status: d.init?.status ?? 200, headers: new Headers(d.init?.headers), body: JSON.stringify(d.data) };
  return { status: 200, headers: new Headers(), body: JSON.stringify(value) };
}

/** encodeURIComponent that takes a lone surrogate as U+FFFD (as the URL parser does) instead of throwing. */
const enc = (value: string) => encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));

const loaderOf = (route: string) => routes[route].loader;
const actionOf = (route: string) => routes[route].action;

function get(route: string, path: string, params: Record<string, string> = {}, account?: World["accounts"]["admin"]) {
  return answer(() => call(loaderOf(route), getRequest(path, account), params));
}

describe("downloads check asOf and build their file name only from checked values", () => {
  it.each(["awards", "organisations", "projects", "funders", "funding", "cliff", "gaps", "authorities"])(
    "refuses a Content-Disposition injection through asOf on %s.csv with a 400 that names the parameter",
    async (dataset) => {
      const evil = `x";filename*=UTF-8''evil.bat`;
      const a = await get("download.$file", `/download/${dataset}.csv?asOf=${encodeURIComponent(evil)}`, { file: `${dataset}.csv` });
      expect(a.status).toBe(400);
      expect(a.headers.get("Content-Disposition")).toBeNull();
      expect(a.body).toContain("The date (asOf) in the address is not valid");
    },
  );

  it("refuses an asOf with characters no header may carry (an emoji) on a download that ignores asOf", async () => {
    const a = await get("download.$file", `/download/awards.csv?asOf=${encodeURIComponent("😀")}`, { file: "awards.csv" });
    expect(a.status).toBe(400);
  });

  it("refuses a bad asOf on the 360Giving download too, in Welsh on a Welsh page", async () => {
    const a = await get("download.$file", "/download/awards.360giving.json?asOf=yesterday&lang=cy", { file: "awards.360giving.json" });
    expect(a.status).toBe(400);
    expect(a.body).toContain("Nid yw “yesterday” yn ddyddiad");
  });

  it("names a download with a good asOf as an RFC 6266 attachment", async () => {
    const a = await get("download.$file", "/download/awards.csv?asOf=2026-01-31", { file: "awards.csv" });
    expect(a.status).toBe(200);
    expect(a.headers.get("Content-Disposition")).toBe('attachment; filename="cohesion-map-wales-awards-2026-01-31.csv"');
  });

  it.each(["constructor.csv", "tostring.json", "hasownproperty.geojson", "funders.geojson", "x.csv", "..%2F..%2Fetc%2Fpasswd"])(
    "answers 404 for the unknown download %s",
    async (file) => {
      const a = await get("download.$file", `/download/${encodeURIComponent(file)}`, { file: decodeURIComponent(file) });
      expect(a.status).toBe(404);
    },
  );
});

describe("one date rule: a real calendar day in the years 1900 to 2100", () => {
  const PAGES: [route: string, path: string][] = [
    ["funding.cliff", "/funding/cliff"],
    ["api.cliff", "/api/cliff"],
    ["funding._index", "/funding"],
    ["_index", "/"],
    ["gaps", "/gaps"],
    ["briefing", "/briefing"],
    ["api.coverage", "/api/coverage"],
    ["api.gaps", "/api/gaps"],
    ["api.authorities", "/api/authorities"],
    ["api.map-layers", "/api/map-layers"],
    ["download.$file", "/download/cliff.csv"],
    ["download.$file", "/download/authorities.geojson"],
    ["funding.ending[.]ics", "/funding/ending.ics"],
    ["funding.ending[.]atom", "/funding/ending.atom"],
  ];
  const params = (path: string): Record<string, string> => (path.startsWith("/download/") ? { file: path.slice("/download/".length) } : {});

  it.each(PAGES.flatMap(([route, path]) => ["0999-12-31", "0001-01-01", "1899-12-31", "2101-01-01", "9998-01-01", "9999-12-31"].map((d) => [route, path, d] as const)))(
    "%s answers 400 naming the allowed years for %s?asOf=%s",
    async (route, path, date) => {
      const a = await get(route, `${path}?asOf=${date}`, params(path));
      expect(a.crash).toBeUndefined();
      expect(a.status).toBe(400);
      expect(a.body).toContain(`“${date}” is outside the years 1900 to 2100`);
    },
    SLOW,
  );

  it.each(PAGES.flatMap(([route, path]) => ["1900-01-01", "2100-12-31"].map((d) => [route, path, d] as const)))("%s answers %s?asOf=%s (the edges of the range)", async (route, path, date) => {
    const a = await get(route, `${path}?asOf=${date}`, params(path));
    expect(a.status).toBe(200);
  }, SLOW);

  it("says the allowed years in Welsh on a Welsh page", async () => {
    const a = await get("funding.cliff", "/funding/cliff?asOf=0999-01-01&lang=cy");
    expect(a.status).toBe(400);
    expect(a.body).toContain("y tu allan i'r blynyddoedd 1900 i 2100");
  });
});

describe("every Location header is encoded ASCII", () => {
  it.each(["café", "😀", "a b", "%", "x?y#z", "\uD800"])("the archive address of organisation “%s” redirects to its encoded page", async (slug) => {
    const a = await get("organisations.$slug_.archive", `/organisations/${enc(slug)}/archive`, { slug });
    expect(a.status).toBe(302);
    expect(a.headers.get("Location")).toBe(`/organisations/${enc(slug)}`);
  });

  it("the archive address of a project with an emoji id redirects to its encoded page", async () => {
    const a = await get("projects.$id_.archive", `/projects/${encodeURIComponent("😀")}/archive`, { id: "😀" });
    expect(a.headers.get("Location")).toBe("/projects/%F0%9F%98%80");
  });

  it.each([
    ["/café", "/caf%C3%A9"],
    ["/caf%C3%A9", "/caf%C3%A9"],
    ["/organisations?q=Ŵyl 😀", "/organisations?q=%C5%B4yl+%F0%9F%98%80"],
    ["//evil.example/", "/account"],
    ["/\\evil.example", "/account"],
    ["/a\r\nSet-Cookie: x=1", "/account"],
  ])("signing in with redirectTo %j sends the person to %s", async (redirectTo, location) => {
    const token = "t".repeat(43);
    const request = postRequest("/sign-in", undefined, { email: A.editorA.email, password: PASSWORD, redirectTo, csrf: token }, { cookie: `cmw_csrf=${token}` });
    const a = await answer(() => call(actionOf("sign-in"), request));
    expect(a.status).toBe(302);
    expect(a.headers.get("Location")).toBe(location);
  });
});

/** Every route module that has an action, with parameters that reach it. */
function actionRoutes(): [route: string, path: string, params: Record<string, string>][] {
  const org = world.orgA.slug;
  const fill: Record<string, [string, Record<string, string>]> = {
    "awards.$id_.edit": ["/awards/1/edit", { id: "1" }],
    "moderation.$id": ["/moderation/1", { id: "1" }],
    "organisations.$slug_.archive": [`/organisations/${org}/archive`, { slug: org }],
    "organisations.$slug_.awards.new": [`/organisations/${org}/awards/new`, { slug: org }],
    "organisations.$slug_.edit": [`/organisations/${org}/edit`, { slug: org }],
    "organisations.$slug_.projects.new": [`/organisations/${org}/projects/new`, { slug: org }],
    "projects.$id_.archive": ["/projects/1/archive", { id: "1" }],
    "projects.$id_.edit": ["/projects/1/edit", { id: "1" }],
  };
  return ROUTE_FILES.filter((r) => typeof actionOf(r) === "function").map((r) => {
    if (fill[r]) return [r, ...fill[r]];
    const path = `/${r.replace(/\._index$/, "").replace(/^_index$/, "").replace(/\[\.\]/g, ".").replace(/\./g, "/").replace(/\$$/, "nowhere")}`;
    const params: Record<string, string> = r.endsWith("$") ? { "*": "nowhere" } : {};
    return [r, path, params];
  });
}

/** Resource routes that only serve GET (the API, downloads and feeds): any other method gets 405. */
const isGetOnly = (route: string) => route.startsWith("api.") || route === "download.$file" || route.startsWith("funding.ending");

/** The routes whose action reads a form (resource routes that only serve GET answer 405 instead). */
function formRoutes() {
  return actionRoutes().filter(([r]) => !isGetOnly(r) && !OWNED_ELSEWHERE.has(r));
}

function post(path: string, body: BodyInit | null, headers: Record<string, string>, account = A.admin) {
  return new Request(new URL(path, ORIGIN), { method: "POST", body, headers: { Cookie: account.cookie, ...headers } });
}

describe("a body that is not a form is refused before the action reads it", () => {
  const BODIES: [label: string, body: string | null, headers: Record<string, string>, status: number][] = [
    ["JSON", '{"email":"x"}', { "Content-Type": "application/json" }, 415],
    ["text/plain", "csrf=x", { "Content-Type": "text/plain" }, 415],
    ["no body and no content type (a bare curl -X POST)", null, {}, 415],
  ];
  it("covers every action in app/routes", () => {
    expect(formRoutes().length).toBeGreaterThanOrEqual(15);
  });

  it.each(BODIES)("every form action answers %s with %i and a message", async (_label, body, headers, status) => {
    for (const [route, path, params] of formRoutes()) {
      const a = await answer(() => call(actionOf(route), post(path, body, { Origin: ORIGIN, ...headers }), params));
      expect({ route, status: a.status, crash: a.crash }).toEqual({ route, status, crash: undefined });
      expect(a.body, route).toMatch(/only accepts a form/);
    }
  }, SLOW);

  it("every form action without uploads answers a multipart body with 415, and a broken one never with 5xx", async () => {
    for (const [route, path, params] of formRoutes()) {
      const a = await answer(() =>
        call(actionOf(route), post(path, "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated", { Origin: ORIGIN, "Content-Type": "multipart/form-data; boundary=x" }), params),
      );
      expect(a.crash, route).toBeUndefined();
      if (UPLOAD_ROUTES.has(route)) expect(a.status, route).toBeLessThan(500);
      else expect({ route, status: a.status }).toEqual({ route, status: 415 });
    }
  }, SLOW);

  it("answers a form body that cannot be read with 400", async () => {
    const { checkFormBody } = await import("../../../app/platform/forms.server");
    const broken = new Request(`${ORIGIN}/sign-in`, { method: "POST", body: "--x\r\nbroken", headers: { "Content-Type": "multipart/form-data; boundary=x" } });
    await expect(checkFormBody(broken, { uploads: false })).rejects.toMatchObject({ status: 415 });
    const urlencodedButMultipart = new Request(`${ORIGIN}/admin/imports`, { method: "POST", body: "--x\r\nbroken", headers: { "Content-Type": "multipart/form-data" } });
    // No boundary: the upload reader gets it, as it streams multipart itself.
    await expect(checkFormBody(urlencodedButMultipart, { uploads: true })).resolves.toBeUndefined();
  });
});

describe("a post from another site is refused first, with 403 and a clear message", () => {
  it.each(["https://evil.example", "null", "not a url", "http://localhost:8080"])("every form action answers Origin %s with 403, even with a JSON body", async (origin) => {
    for (const [route, path, params] of formRoutes()) {
      for (const account of [A.admin, A.editorA]) {
        const a = await answer(() => call(actionOf(route), post(path, "{}", { Origin: origin, "Content-Type": "application/json" }, account), params));
        expect({ route, status: a.status }).toEqual({ route, status: 403 });
        expect(a.body, route).toContain("sent from another site");
      }
    }
  }, SLOW);

  it("refuses a post without Origin whose Sec-Fetch-Site says another site", async () => {
    const request = postRequest("/account", A.editorA, { intent: "confirm" }, { origin: null });
    const cross = new Request(request, { headers: { ...Object.fromEntries(request.headers), "Sec-Fetch-Site": "cross-site" } });
    const a = await answer(() => call(actionOf("account._index"), cross));
    expect(a.status).toBe(403);
  });

  it("keeps the message's key for the error page, which shows it in the page's language", async () => {
    const a = await answer(() => call(actionOf("sign-in"), post("/sign-in?lang=cy", "a=1", { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" })));
    expect(a.status).toBe(403);
    expect(JSON.parse(a.body).ref).toEqual({ key: "errors.crossOrigin", values: { origin: "https://evil.example" } });
  });

  it("says so in Welsh from a resource route on a Welsh page", async () => {
    const path = `/organisations/${world.orgA.slug}/archive?lang=cy`;
    const a = await answer(() => call(actionOf("organisations.$slug_.archive"), post(path, "a=1", { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" }), { slug: world.orgA.slug }));
    expect(a.status).toBe(403);
    expect(a.body).toContain("o wefan arall (https://evil.example)");
  });
});

describe("resource routes answer with their status and real message", () => {
  const RESOURCE_GETS = ROUTE_FILES.filter(isGetOnly);

  it.each(RESOURCE_GETS)("%s answers a POST with 405 and a message saying only GET", async (route) => {
    const [, path, params] = actionRoutes().find(([r]) => r === route) ?? [route, "/api/x", {}];
    const a = await answer(() => call(actionOf(route) ?? (() => { throw new Error(`${route} has no action: Remix answers 405 "Unexpected Server Error"`); }), post(path, "a=1", { Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded" }), params));
    expect(a.crash).toBeUndefined();
    if (route === "api.$") expect(a.status).toBe(404);
    else {
      expect(a.status).toBe(405);
      expect(a.body).toContain("only answers GET requests, not POST");
      expect(a.headers.get("Allow")).toBe("GET, HEAD");
    }
    expect(a.body).not.toContain("Unexpected Server Error");
  });

  it("/api/boundaries answers an unknown language with a JSON 400 that says so", async () => {
    const a = await get("api.boundaries", "/api/boundaries?lang=xx");
    expect(a.status).toBe(400);
    expect(JSON.parse(a.body)).toEqual({ error: { status: 400, message: "“xx” is not a language this site offers (use en or cy)." } });
  });

  it("an archive button refused (403) answers with its message as text, not a bare error", async () => {
    const request = postRequest(`/organisations/${world.orgA.slug}/archive`, A.editorB, {});
    const a = await answer(() => call(actionOf("organisations.$slug_.archive"), request, { slug: world.orgA.slug }));
    expect(a.status).toBe(403);
    expect(a.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(a.body.length).toBeGreaterThan(10);
  });
});

const JUNK = [
  "\u0000",
  "a".repeat(20_000),
  "../",
  "../../etc/passwd",
  "😀",
  "\uD800",
  "abc",
  "9007199254740993",
  "99999999999999999999",
  "-1",
  "0",
  "1e3",
  "0x10",
  " 1",
  "1.5",
  "%",
  "constructor",
  "__proto__",
  "W06000015\u0000",
];

/** The route parameters of a route file name: "$slug" → slug, a trailing "$" → "*". */
function paramNames(route: string): string[] {
  return route.split(".").flatMap((part) => {
    const m = /^\$([a-z]*)_?$/.exec(part);
    return m ? [m[1] === "" ? "*" : m[1]] : [];
  });
}

describe("junk in any route parameter gets 400 or 404, never a 500", () => {
  const withParams = () => ROUTE_FILES.filter((r) => paramNames(r).length > 0);

  it("finds the routes with parameters", () => {
    expect(withParams().length).toBeGreaterThanOrEqual(15);
  });

  it.each(JUNK.map((j) => [JSON.stringify(j).slice(0, 40), j]))("loaders and actions answer the value %s with no 5xx", async (_label, junk) => {
    for (const route of withParams()) {
      const params = Object.fromEntries(paramNames(route).map((p) => [p, junk]));
      const path = `/${route.split(".").map((part) => (part.startsWith("$") ? enc(junk) : part.replace(/_$/, ""))).join("/")}`;
      for (const account of [undefined, A.admin]) {
        if (typeof loaderOf(route) === "function") {
          const a = await answer(() => call(loaderOf(route), getRequest(path, account), params));
          expect({ route, crash: String(a.crash ?? "") }).toEqual({ route, crash: "" });
          expect(a.status, `${route} GET ${junk.slice(0, 30)}`).toBeLessThan(500);
        }
        if (typeof actionOf(route) === "function" && account) {
          const a = await answer(() => call(actionOf(route), postRequest(path, account, { reason: "x" }), params));
          expect(a.crash, `${route} POST ${junk.slice(0, 30)}`).toBeUndefined();
          expect(a.status, `${route} POST ${junk.slice(0, 30)}`).toBeLessThan(500);
        }
      }
    }
  }, SLOW);

  it.each(["\u0000", "😀", "a".repeat(5_000), "2026-02-30", "２０２６-01-01"])("every page with an asOf answers asOf=%j with 400", async (junk) => {
    for (const [route, path] of [["funding.cliff", "/funding/cliff"], ["_index", "/"], ["gaps", "/gaps"], ["briefing", "/briefing"], ["authorities.$gss", "/authorities/W06000015"], ["api.authorities.$gss", "/api/authorities/W06000015"]] as const) {
      const a = await get(route, `${path}?asOf=${encodeURIComponent(junk)}`, { gss: "W06000015" });
      expect({ route, status: a.status }).toEqual({ route, status: 400 });
    }
  }, SLOW);
});

const QUERY_PARAMS = ["q", "theme", "authority", "funder", "kind", "page", "sort", "dir", "groupBy", "endingWithin", "layer", "region", "v", "asOf", "confirmed", "redirectTo", "done", "import", "rolledBack", "saved", "submitted", "lang"];

describe("junk in any query parameter gets 4xx, never a 500", () => {
  // The most hostile few: every loader × every parameter × all of JUNK would take minutes.
  const QUERY_JUNK = ["\u0000", "😀", "\uD800", "../", "99999999999999999999", "%", "constructor"];
  it.each(QUERY_JUNK.map((j) => [JSON.stringify(j), j]))("every loader answers %s in each parameter with no 5xx", async (_label, junk) => {
    for (const route of ROUTE_FILES.filter((r) => typeof loaderOf(r) === "function")) {
      const [, path, params] = [route, `/${route.split(".").map((p) => (p.startsWith("$") ? "W06000015" : p.replace(/_$/, ""))).join("/")}`, Object.fromEntries(paramNames(route).map((p) => [p, p === "gss" ? "W06000015" : p === "slug" ? world.orgA.slug : p === "file" ? "awards.csv" : p === "entity" ? "project" : "1"]))];
      for (const name of QUERY_PARAMS) {
        const a = await answer(() => call(loaderOf(route), getRequest(`${path}?${name}=${enc(junk)}`, A.admin), params));
        expect({ route, name, crash: String(a.crash ?? "") }).toEqual({ route, name, crash: "" });
        expect(a.status, `${route} ?${name}=${junk.slice(0, 30)}`).toBeLessThan(500);
      }
    }
  }, SLOW);
});

describe("a bad query parameter is named in the reader's language", () => {
  /** What each parameter is called in a Welsh error message ("dyddiad (asOf)"), from the catalogue. */
  const WELSH_NAMES: Record<string, string> = cy.params;

  it("every loader names the parameter in Welsh, not as written in the address, on a Welsh page", async () => {
    const named = new Set<string>();
    for (const route of ROUTE_FILES.filter((r) => typeof loaderOf(r) === "function")) {
      const path = `/${route.split(".").map((p) => (p.startsWith("$") ? "W06000015" : p.replace(/_$/, ""))).join("/")}`;
      const params = Object.fromEntries(paramNames(route).map((p) => [p, p === "gss" ? "W06000015" : p === "slug" ? world.orgA.slug : p === "file" ? "awards.csv" : p === "entity" ? "project" : "1"]));
      for (const name of QUERY_PARAMS.filter((n) => n !== "lang")) {
        const a = await answer(() => call(loaderOf(route), getRequest(`${path}?${name}=${enc("😀")}&lang=cy`, A.admin), params));
        if (a.status !== 400 || !a.body.includes("yn y cyfeiriad yn ddilys")) continue;
        expect(WELSH_NAMES[name], `a Welsh name for ${name} in params (app/i18n/cy/site.ts)`).toBeDefined();
        expect(a.body, `${route} ?${name}=😀`).toContain(`Nid yw'r ${WELSH_NAMES[name]} yn y cyfeiriad yn ddilys`);
        named.add(name);
      }
    }
    // Every parameter a page checks was met (so the loop above really ran over them).
    expect([...named].sort()).toEqual(["asOf", "authority", "confirmed", "dir", "endingWithin", "funder", "groupBy", "kind", "layer", "page", "region", "sort", "theme"]);
  }, SLOW);

  it("says a bad value in Welsh too: “Nid yw … yn haen hysbys”", async () => {
    const a = await get("_index", "/?layer=heat&lang=cy");
    expect(a.status).toBe(400);
    expect(a.body).toContain("Nid yw'r haen (layer) yn y cyfeiriad yn ddilys: Nid yw “heat” yn haen hysbys.");
  });

  it("keeps reading naturally in English, naming the parameter in words and as written", async () => {
    const a = await get("funding.cliff", "/funding/cliff?asOf=tomorrow");
    expect(a.status).toBe(400);
    expect(a.body).toContain("The date (asOf) in the address is not valid: “tomorrow” is not a date written as YYYY-MM-DD.");
  });
});
