import { beforeAll, describe, expect, it } from "vitest";
import { buildDownload, datasetRows, DOWNLOAD_COLUMNS, toCsv } from "../../../app/downloads/export.server";
import { HttpError } from "../../../app/platform/http.server";
import { makeContext, makeWorld, type World } from "../../factories";
import { readCsv } from "../../helpers";

const BOM = "\uFEFF";

describe("toCsv", () => {
  it("starts with the UTF-8 byte-order mark and ends every row with CRLF", () => {
    const csv = toCsv([{ a: 1, b: "x" }, { a: 2, b: "y" }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}a,b\r\n1,x\r\n2,y\r\n`);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes null as an empty cell, booleans as true/false and zero as 0", () => {
    expect(toCsv([{ a: null, b: true, c: false, d: 0 }])).toBe(`${BOM}a,b,c,d\r\n,true,false,0\r\n`);
  });

  it("quotes cells holding commas, quotes or line breaks, doubling inner quotes", () => {
    const csv = toCsv([{ comma: "Cardiff, Newport", quote: 'the "riots"', lf: "line one\nline two", crlf: "a\r\nb", cr: "c\rd" }]);
    expect(csv).toBe(`${BOM}comma,quote,lf,crlf,cr\r\n"Cardiff, Newport","the ""riots""","line one\nline two","a\r\nb","c\rd"\r\n`);
  });

  it("keeps Welsh letters and typographic quotes as they are", () => {
    expect(toCsv([{ name: "Grŵp “Cymunedol” Ynys Môn" }])).toBe(`${BOM}name\r\nGrŵp “Cymunedol” Ynys Môn\r\n`);
  });

  it("round-trips awkward values, defusing a cell that Excel would run as a formula", () => {
    const rows = [
      { id: 1, title: 'Hub, "North East"', note: "first\r\nsecond", cy: "Cymru gyfan", empty: null, flag: true },
      { id: 2, title: "", note: "bare\nline feed", cy: '"', empty: null, flag: false },
      { id: 3, title: "=1+1", note: ",", cy: "Grŵp", empty: null, flag: false },
    ];
    const parsed = readCsv(toCsv(rows).slice(BOM.length));
    expect(parsed).toEqual([
      ["id", "title", "note", "cy", "empty", "flag"],
      ["1", 'Hub, "North East"', "first\r\nsecond", "Cymru gyfan", "", "true"],
      ["2", "", "bare\nline feed", '"', "", "false"],
      ["3", "'=1+1", ",", "Grŵp", "", "false"],
    ]);
  });

  it("takes its columns from the first row, in order", () => {
    expect(toCsv([{ z: 1, a: 2 }])).toBe(`${BOM}z,a\r\n1,2\r\n`);
  });
});

describe("buildDownload", () => {
  let world: World;
  beforeAll(() => {
    world = makeWorld();
  });

  it.each(["unknown.csv", "organisations.xlsx", "organisations", "projects.geojson", "../etc/passwd", "Organisations.csv"])(
    "answers the unknown download %j with a 404 naming it",
    (name) => {
      const ctx = makeContext(world.db, `/download/${name}`);
      let error: unknown;
      try {
        buildDownload(ctx, name);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(404);
      expect((error as HttpError).message).toBe(`There is no download called “${name}”.`);
    },
  );

  it("names an unknown download in Welsh for a Welsh reader", () => {
    expect(() => buildDownload(makeContext(world.db, "/download/x.csv", "cy"), "x.csv")).toThrow("Nid oes ffeil i'w lawrlwytho o'r enw “x.csv”.");
  });

  it("serves the organisations as a CSV file with a BOM that reads back to the same rows", async () => {
    const ctx = makeContext(world.db, "/download/organisations.csv?kind=charity");
    const response = buildDownload(ctx, "organisations.csv");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="cohesion-map-wales-organisations.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = readCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(BOM.length));
    const expected = datasetRows(ctx, "organisations");
    expect(header).toEqual(Object.keys(expected[0]));
    expect(rows).toEqual(expected.map((r) => Object.values(r).map((v) => (v === null ? "" : String(v)))));
    expect(rows.map((r) => r[0])).toEqual(["alpha-trust"]);
  });

  it("stamps the file name with the as-of date", () => {
    const ctx = makeContext(world.db, "/download/projects.json?asOf=2024-12-31");
    const response = buildDownload(ctx, "projects.json");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="cohesion-map-wales-projects-2024-12-31.json"');
  });

  it("answers a bad filter in a download with a 400", () => {
    const ctx = makeContext(world.db, "/download/projects.csv?asOf=2025-02-30");
    expect(() => buildDownload(ctx, "projects.csv")).toThrow(HttpError);
  });
});

describe("empty downloads", () => {
  it("still carry the header row their full versions have", async () => {
    const { makeDb } = await import("../../factories");
    const { loadSeed } = await import("../../../seeds/load-seed");
    const { buildSeedInput } = await import("../../../seeds/seed-input");
    const db = makeDb();
    loadSeed(db, buildSeedInput());
    for (const [name, fullQuery, emptyQuery] of [
      ["organisations", "", "?q=zzzz-no-such-thing"],
      ["projects", "", "?q=zzzz-no-such-thing"],
      ["awards", "", "?theme=lgbtq-inclusion"],
      ["funding", "?asOf=2025-01-01&endingWithin=all", "?asOf=2025-01-01&endingWithin=all&theme=lgbtq-inclusion"],
    ] as const) {
      const full = await buildDownload(makeContext(db, `/download/${name}.csv${fullQuery}`), `${name}.csv`).text();
      // Response.text() decodes UTF-8 and drops the byte-order mark.
      const header = full.split("\r\n")[0];
      expect(full.split("\r\n").length, name).toBeGreaterThan(2);
      const empty = await buildDownload(makeContext(db, `/download/${name}.csv${emptyQuery}`), `${name}.csv`).text();
      expect(empty, name).toBe(`${header}\r\n`);
    }
  });

  it("write the same columns an empty download would, for every list (gaps and the cliff are never empty on the seed data)", async () => {
    const { makeDb } = await import("../../factories");
    const { loadSeed } = await import("../../../seeds/load-seed");
    const { buildSeedInput } = await import("../../../seeds/seed-input");
    const db = makeDb();
    loadSeed(db, buildSeedInput());
    for (const [name, query] of [
      ["organisations", ""],
      ["projects", ""],
      ["awards", ""],
      ["funding", "?asOf=2025-01-01&endingWithin=all"],
      ["gaps", "?asOf=2025-01-01&theme=lgbtq-inclusion"],
      ["cliff", "?asOf=2026-12-01"],
    ] as const) {
      const full = await buildDownload(makeContext(db, `/download/${name}.csv${query}`), `${name}.csv`).text();
      expect(full.split("\r\n")[0], name).toBe(DOWNLOAD_COLUMNS[name].join(","));
    }
  });
});
