/**
 * A request naming another host (`Host: evil.example`, which the server turns into the request's
 * URL) must not put that host into anything the site writes: the Atom and iCalendar feeds and the
 * page's canonical and hreflang links come from PUBLIC_URL, or, without it, from the request only
 * when that is a loopback host.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { call, closeWorld, openWorld, type World } from "./harness";

let world: World;

beforeAll(async () => {
  world = await openWorld();
}, 60_000);

afterAll(() => {
  vi.unstubAllEnvs();
  closeWorld(world);
});

/** The app's route modules, imported afresh under the given PUBLIC_URL ("" for unset). */
async function appWith(publicUrl: string) {
  vi.resetModules();
  vi.stubEnv("PUBLIC_URL", publicUrl);
  return {
    atom: await import("../../../app/routes/funding.ending[.]atom"),
    ics: await import("../../../app/routes/funding.ending[.]ics"),
    root: await import("../../../app/root"),
    context: await import("../../../app/platform/context.server"),
  };
}

type App = Awaited<ReturnType<typeof appWith>>;

/** The body of a feed answered for `url`. */
async function feed(app: App, format: "atom" | "ics", url: string): Promise<string> {
  const response = (await call(app[format].loader, new Request(url))) as Response;
  expect(response.status).toBe(200);
  return response.text();
}

const QUERY = "?asOf=2025-01-01&lang=cy";

describe("with PUBLIC_URL=https://cohesionmap.wales", () => {
  let app: App;
  beforeAll(async () => {
    app = await appWith("https://cohesionmap.wales");
  });
  afterAll(() => app.context.getDb().$client.close());

  it("the Atom feed asked for with Host: evil.example names only the public site", async () => {
    const body = await feed(app, "atom", `http://evil.example/funding/ending.atom${QUERY}`);
    expect(body).not.toContain("evil.example");
    expect(body).toContain(`<id>https://cohesionmap.wales/funding/ending.atom${QUERY.replace("&", "&amp;")}</id>`);
    expect(body).toContain('href="https://cohesionmap.wales/funding?lang=cy"');
  });

  it("the iCalendar file asked for with Host: evil.example names only the public site", async () => {
    const body = await feed(app, "ics", `http://evil.example/funding/ending.ics${QUERY}`);
    expect(body).not.toContain("evil.example");
    expect(body).toMatch(/URL:https:\/\/cohesionmap\.wales\//);
  });

  it("the page's canonical origin, asked for with Host: evil.example, is the public site", async () => {
    const data = (await call(app.root.loader, new Request("http://evil.example/funding?lang=cy"))) as { publicOrigin: string };
    expect(JSON.stringify(data)).not.toContain("evil.example");
    expect(data.publicOrigin).toBe("https://cohesionmap.wales");
  });
});

describe("without PUBLIC_URL", () => {
  let app: App;
  beforeAll(async () => {
    app = await appWith("");
  });
  afterAll(() => app.context.getDb().$client.close());

  it("a feed asked for with Host: evil.example falls back to the default origin, never the forged one", async () => {
    for (const format of ["atom", "ics"] as const) {
      const body = await feed(app, format, `http://evil.example/funding/ending.${format}${QUERY}`);
      expect(body, format).not.toContain("evil.example");
      expect(body, format).toContain("http://localhost:3000/");
    }
    const data = (await call(app.root.loader, new Request("http://evil.example/"))) as { publicOrigin: string };
    expect(data.publicOrigin).toBe("http://localhost:3000");
  });

  it("a feed asked for on a loopback address keeps that address (a developer's machine, the browser tests)", async () => {
    const body = await feed(app, "atom", `http://127.0.0.1:3203/funding/ending.atom${QUERY}`);
    expect(body).toContain("http://127.0.0.1:3203/funding?lang=cy");
  });
});
