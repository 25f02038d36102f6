/**
 * GET /api/places through the real route module: a name search, the places near a point, the
 * cache header, and 400 (never 500) for a malformed point, radius or language.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, getRequest } from "./harness";

let dir: string;
let route: typeof import("../../../app/routes/api.places");

// The places come from files, not the database; the request context still opens one, so point it
// at an empty temporary file (before any app module is imported) rather than seeding a world.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cmw-places-"));
  process.env.DATABASE_PATH = join(dir, "test.db");
  route = await import("../../../app/routes/api.places");
});

afterAll(async () => {
  const { getDb } = await import("../../../app/platform/context.server");
  getDb().$client.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; cache: string | null; body: Record<string, unknown> }> {
  const response = (await call(route.loader, getRequest(path))) as Response;
  expect(response).toBeInstanceOf(Response);
  return { status: response.status, cache: response.headers.get("Cache-Control"), body: (await response.json()) as Record<string, unknown> };
}

type Results = { results: { name: string; otherName: string | null; kind: string; authorityEn: string; distanceKm?: number }[] };

describe("GET /api/places", () => {
  it("answers a name search as JSON that browsers may keep for an hour", async () => {
    const { status, cache, body } = await get("/api/places?q=aberys");
    expect(status).toBe(200);
    expect(cache).toBe("public, max-age=3600");
    const { results } = body as unknown as Results;
    expect(results[0]).toMatchObject({ name: "Aberystwyth", kind: "place", authorityEn: "Ceredigion" });
  });

  it("names places in Welsh for lang=cy", async () => {
    const { body } = await get("/api/places?q=caerdydd&lang=cy");
    expect((body as unknown as Results).results[0]).toMatchObject({ name: "Caerdydd", otherName: "Cardiff" });
  });

  it("answers no results for a missing, blank or over-long query", async () => {
    for (const path of ["/api/places", "/api/places?q=%20%20", `/api/places?q=${"a".repeat(61)}`]) {
      const { status, body } = await get(path);
      expect(status).toBe(200);
      expect(body).toEqual({ results: [] });
    }
  });

  it("lists the places near a point, within the radius plus 5 km", async () => {
    const { status, cache, body } = await get("/api/places?near=-4.0829,52.4155&radius=5");
    expect(status).toBe(200);
    expect(cache).toBe("public, max-age=3600");
    const { results } = body as unknown as Results;
    expect(results.map((r) => r.name)).toEqual(["Aberystwyth", "Penparcau", "Bow Street", "Borth", "Llanilar"]);
    expect(results[0].distanceKm).toBe(0);
    // Without a radius: the places within 5 km.
    expect(((await get("/api/places?near=-4.0829,52.4155")).body as unknown as Results).results.map((r) => r.name)).toEqual(["Aberystwyth", "Penparcau", "Bow Street"]);
  });

  it("answers 400 with a JSON message, not 500, for a malformed point or radius", async () => {
    const bad = [
      ["near=abc", "point (near)"],
      ["near=-4.08", "point (near)"],
      ["near=-4.08,52.41,3", "point (near)"],
      ["near=-200,52.41", "point (near)"],
      ["near=-4.08,95", "point (near)"],
      ["near=", "point (near)"],
      ["near=1e3,2", "point (near)"],
      ["near=-4.08,52.41&radius=-1", "radius"],
      ["near=-4.08,52.41&radius=301", "radius"],
      ["near=-4.08,52.41&radius=ten", "radius"],
    ];
    for (const [query, param] of bad) {
      const { status, cache, body } = await get(`/api/places?${query}`);
      expect(status, query).toBe(400);
      expect(cache, query).not.toBe("public, max-age=3600");
      const error = (body as { error: { status: number; message: string } }).error;
      expect(error.status).toBe(400);
      expect(error.message).toContain(`The ${param} in the address is not valid`);
    }
  });

  it("answers a bad point in Welsh for a Welsh reader", async () => {
    const { status, body } = await get("/api/places?near=x&lang=cy");
    expect(status).toBe(400);
    expect((body as { error: { message: string } }).error.message).toContain("Nid yw'r pwynt (near) yn y cyfeiriad yn ddilys");
    expect((body as { error: { message: string } }).error.message).toContain("rhowch hydred a lledred");
  });

  it("answers 400 for an unknown language", async () => {
    expect((await get("/api/places?q=aber&lang=fr")).status).toBe(400);
  });
});
