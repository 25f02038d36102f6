/**
 * The request checks every action and redirect relies on: the one date rule, the encoded redirect
 * target, the Origin rule, the form-body check, and the Express guard that answers a cross-site
 * post with 403 before Remix's own check turns it into an empty 500.
 */
import type { AddressInfo } from "node:net";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDayInRange, YEAR_RANGE } from "../../../geo/dates/calendar";
import { tFor } from "../../../app/i18n";
import type { RequestContext } from "../../../app/platform/context.server";
import { refuseCrossOriginPosts } from "../../../app/platform/csrf.server";
import { checkFormBody, mediaTypeOf, refuseCrossOrigin } from "../../../app/platform/forms.server";
import { HttpError, onlyGet } from "../../../app/platform/http.server";
import { dateSchema, parseDateParam, pathSegment } from "../../../app/platform/params.server";
import { originMatches, safeRedirect } from "../../../app/platform/request.server";
import { httpErrorOf } from "../../helpers";

const ORIGIN = "http://localhost";

function ctxOf(path: string): RequestContext {
  const url = new URL(path, ORIGIN);
  const lang = url.searchParams.get("lang") === "cy" ? "cy" : "en";
  return { url, lang, t: tFor(lang), db: undefined as never };
}

describe("the one date rule", () => {
  it("is the years 1900 to 2100", () => {
    expect(YEAR_RANGE).toEqual([1900, 2100]);
  });

  it.each([
    ["1900-01-01", true],
    ["2100-12-31", true],
    ["2024-02-29", true],
    ["1899-12-31", false],
    ["2101-01-01", false],
    ["0999-01-01", false],
    ["9998-01-01", false],
    ["2023-02-29", false],
    ["2026-1-01", false],
    ["２０２６-01-01", false],
  ])("isDayInRange(%s) is %s", (value, ok) => {
    expect(isDayInRange(value)).toBe(ok);
  });

  it("says which part of a date is wrong, in the reader's language", () => {
    const en = tFor("en");
    const cy = tFor("cy");
    expect(dateSchema(en).safeParse("2026-02-30").error?.issues[0].message).toBe("“2026-02-30” is not a real date: that month has 28 days.");
    expect(dateSchema(en).safeParse("0999-01-01").error?.issues[0].message).toBe("“0999-01-01” is outside the years 1900 to 2100.");
    expect(dateSchema(cy).safeParse("2101-01-01").error?.issues[0].message).toBe("Mae “2101-01-01” y tu allan i'r blynyddoedd 1900 i 2100.");
  });

  it("reads a date parameter: absent or blank is undefined, a bad one is a 400 naming it", () => {
    expect(parseDateParam(ctxOf("/x"), "asOf")).toBeUndefined();
    expect(parseDateParam(ctxOf("/x?asOf=%20"), "asOf")).toBeUndefined();
    expect(parseDateParam(ctxOf("/x?asOf=2026-03-31"), "asOf")).toBe("2026-03-31");
    const error = httpErrorOf(() => parseDateParam(ctxOf("/x?asOf=9999-12-31"), "asOf"));
    expect([error.status, error.message]).toEqual([400, "The date (asOf) in the address is not valid: “9999-12-31” is outside the years 1900 to 2100."]);
  });
});

describe("safeRedirect: a path on this site, always ASCII", () => {
  it.each([
    ["/café", "/caf%C3%A9"],
    ["/caf%C3%A9", "/caf%C3%A9"],
    ["/organisations/😀?q=Ŵ", "/organisations/%F0%9F%98%80?q=%C5%B4"],
    ["/a b", "/a%20b"],
    ["/x\uD800", "/x%EF%BF%BD"],
    ["/a/../b", "/b"],
    ["/a#fragment", "/a"],
    ["/account?x=1", "/account?x=1"],
  ])("%j becomes %j", (to, expected) => {
    expect(safeRedirect(to)).toBe(expected);
  });

  it.each(["//evil.example/", "/\\evil.example", "https://evil.example/", "evil", "/a\nb", "/a\u007fb", "", null, undefined])("%j falls back", (to) => {
    expect(safeRedirect(to, "/account")).toBe("/account");
  });

  it("makes a route parameter one path segment", () => {
    expect(safeRedirect(`/organisations/${pathSegment("a?b/c")}`)).toBe("/organisations/a%3Fb%2Fc");
    expect(pathSegment("\uDC00")).toBe("%EF%BF%BD");
  });
});

describe("the Origin rule", () => {
  const post = (headers: Record<string, string>) => new Request(`${ORIGIN}/sign-in`, { method: "POST", headers });

  it.each([
    [{ Origin: ORIGIN }, true],
    [{}, true],
    [{ "Sec-Fetch-Site": "same-origin" }, true],
    [{ "Sec-Fetch-Site": "none" }, true],
    [{ Origin: "https://evil.example" }, false],
    [{ Origin: "null" }, false],
    [{ Origin: "not a url" }, false],
    [{ Origin: "http://localhost:8080" }, false],
    [{ Origin: "https://localhost" }, false],
    [{ "Sec-Fetch-Site": "cross-site" }, false],
    [{ "Sec-Fetch-Site": "same-site" }, false],
  ])("%j matches: %s", (headers, ok) => {
    expect(originMatches(post(headers))).toBe(ok);
  });

  it("refuses another site with a 403 that names it", () => {
    const error = httpErrorOf(() => refuseCrossOrigin(post({ Origin: "https://evil.example" })));
    expect(error.status).toBe(403);
    expect(error.message).toBe("This form was sent from another site (https://evil.example), so it was not accepted. Please use the form on this site.");
  });
});

describe("the form-body check", () => {
  const post = (body: BodyInit | null, type?: string) =>
    new Request(`${ORIGIN}/account`, { method: "POST", body, headers: type ? { "Content-Type": type } : {} });
  const statusOf = async (promise: Promise<void>) => {
    try {
      await promise;
      return "ok";
    } catch (error) {
      if (error instanceof HttpError) return error.status;
      throw error;
    }
  };

  it("reads the media type without parameters, in lower case", () => {
    expect(mediaTypeOf("Multipart/Form-Data; boundary=x")).toBe("multipart/form-data");
    expect(mediaTypeOf(null)).toBe("");
  });

  it.each([
    ["a form", "a=1&csrf=x", "application/x-www-form-urlencoded", false, "ok"],
    ["a form with a charset", "a=1", "application/x-www-form-urlencoded; charset=UTF-8", false, "ok"],
    ["an empty form", "", "application/x-www-form-urlencoded", false, "ok"],
    ["JSON", "{}", "application/json", false, 415],
    ["text", "a=1", "text/plain", false, 415],
    ["no body and no type", null, undefined, false, 415],
    ["multipart where no upload is taken", "--x--", "multipart/form-data; boundary=x", false, 415],
    ["broken multipart on an upload route (left to the upload reader)", "--x\r\nbroken", "multipart/form-data; boundary=x", true, "ok"],
  ])("%s: %s", async (_label, body, type, uploads, expected) => {
    expect(await statusOf(checkFormBody(post(body, type), { uploads }))).toBe(expected);
  });

  it("leaves the body for the action to read", async () => {
    const request = post("a=1", "application/x-www-form-urlencoded");
    await checkFormBody(request);
    expect((await request.formData()).get("a")).toBe("1");
  });

  it("says what it takes and what it got", async () => {
    const error = await checkFormBody(post("{}", "application/json")).catch((e: HttpError) => e);
    expect(error).toMatchObject({ status: 415, message: "This address only accepts a form (sent as application/x-www-form-urlencoded), not application/json." });
  });
});

describe("onlyGet", () => {
  it("answers another method with 405, Allow and a message (JSON for the API)", async () => {
    const response = onlyGet(new Request(`${ORIGIN}/api/cliff`, { method: "DELETE" }), "json");
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, HEAD");
    expect(await response.json()).toEqual({ error: { status: 405, message: "This address only answers GET requests, not DELETE." } });
  });

  it("answers as text in Welsh on a Welsh download", async () => {
    const response = onlyGet(new Request(`${ORIGIN}/download/awards.csv?lang=cy`, { method: "POST" }), "text");
    expect(await response.text()).toBe("Dim ond ceisiadau GET y mae'r cyfeiriad hwn yn eu hateb, nid POST.");
  });
});

/** The smallest Remix build with one page whose action answers "ran". */
const STUB_BUILD = {
  mode: "production",
  entry: {
    module: {
      default: () => new Response("page", { headers: { "Content-Type": "text/html" } }),
      // Remix logs the errors it turns into a 500 here; the test reads the status instead.
      handleError: () => {},
    },
  },
  routes: { root: { id: "root", path: "", module: { action: () => "ran", default: () => null } } },
  assets: {
    url: "/manifest.js",
    version: "1",
    entry: { module: "/entry.js", imports: [] },
    routes: { root: { id: "root", module: "/root.js", hasAction: true, hasLoader: false, hasClientAction: false, hasClientLoader: false, hasErrorBoundary: false, imports: [] } },
  },
  publicPath: "/",
  assetsBuildDirectory: "/nowhere",
  future: { v3_singleFetch: true },
  isSpaMode: false,
} as unknown as ServerBuild;

describe("the Express guard in front of Remix", () => {
  let bare: ReturnType<express.Express["listen"]>;
  let guarded: ReturnType<express.Express["listen"]>;
  const urlOf = (server: typeof bare) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const listen = (app: express.Express) =>
    new Promise<typeof bare>((resolve) => {
      const server = app.listen(0, "127.0.0.1", () => resolve(server));
    });

  beforeAll(async () => {
    const plain = express();
    plain.all("*", createRequestHandler({ build: STUB_BUILD }));
    bare = await listen(plain);
    const withGuard = express();
    withGuard.use(refuseCrossOriginPosts());
    withGuard.all("*", createRequestHandler({ build: STUB_BUILD }));
    guarded = await listen(withGuard);
  });
  afterAll(() => {
    bare?.close();
    guarded?.close();
  });

  const send = (base: string, path: string, origin: string | null) =>
    fetch(`${base}${path}`, { method: "POST", body: "a=1", headers: { "Content-Type": "application/x-www-form-urlencoded", ...(origin ? { Origin: origin } : {}) } });

  it.each(["https://evil.example", "null"])("without it, Remix answers a post from Origin %s with an empty 500", async (origin) => {
    const response = await send(urlOf(bare), "/", origin);
    expect([response.status, await response.text()]).toEqual([500, ""]);
  });

  it.each(["https://evil.example", "null", "not a url"])("with it, a post from Origin %s gets 403 saying why", async (origin) => {
    const response = await send(urlOf(guarded), "/", origin);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("This form was sent from another site");
  });

  it("answers in Welsh on a Welsh page, and as JSON under /api", async () => {
    expect(await (await send(urlOf(guarded), "/?lang=cy", "https://evil.example")).text()).toContain("o wefan arall");
    const api = await send(urlOf(guarded), "/api/cliff", "https://evil.example");
    expect(api.status).toBe(403);
    expect((await api.json()).error.status).toBe(403);
  });

  it("lets this site's own posts and posts without Origin through to the action", async () => {
    const base = urlOf(guarded);
    for (const origin of [base, null]) {
      const response = await send(base, "/", origin);
      expect(response.status, String(origin)).toBe(200);
    }
  });
});
