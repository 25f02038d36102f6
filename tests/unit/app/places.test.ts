import { describe, expect, it } from "vitest";
import { foldName, placesNear, searchPlaces } from "../../../app/coverage/places.server";

describe("foldName", () => {
  it("drops Welsh accents, case and punctuation", () => {
    expect(foldName("Ynys Môn")).toBe("ynys mon");
    expect(foldName("Pen-y-bont ar Ogwr")).toBe("pen y bont ar ogwr");
    expect(foldName("  Llanfair   Caereinion ")).toBe("llanfair caereinion");
  });
});

describe("searchPlaces", () => {
  it("puts Aberystwyth first for “aberys”, with its authority in both languages", () => {
    const [first, ...rest] = searchPlaces("aberys", "en");
    expect(first).toEqual({
      name: "Aberystwyth",
      otherName: null,
      kind: "place",
      lng: -4.08292,
      lat: 52.41548,
      gss: "W06000008",
      authorityEn: "Ceredigion",
      authorityCy: "Ceredigion",
    });
    // Then the town's wards.
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((r) => r.kind === "ward" && r.name.startsWith("Aberystwyth"))).toBe(true);
  });

  it("lists an exact name first, then places, larger first, before wards", () => {
    const results = searchPlaces("aber", "en", 50);
    // Swansea is Abertawe in Welsh.
    expect(results.slice(0, 5).map((r) => r.name)).toEqual(["Aber", "Swansea", "Aberdare", "Aberystwyth", "Abergele"]);
    const kinds = results.map((r) => r.kind);
    expect(kinds.slice(0, kinds.indexOf("ward")).every((k) => k === "place")).toBe(true);
    expect(kinds.slice(kinds.indexOf("ward")).every((k) => k === "ward")).toBe(true);
  });

  it("ranks names that start with the query, or have a word that does, before names that only hold it", () => {
    const names = searchPlaces("port", "en", 50).map((r) => r.name);
    expect(names.indexOf("Burry Port")).toBeLessThan(names.indexOf("Newport"));
    expect(names.indexOf("Port Talbot")).toBeLessThan(names.indexOf("Newport"));
    expect(names).toContain("Newport");
  });

  it("ignores accents and case both ways: “ynys mon” and “Ynys Môn” find the places of Ynys Môn", () => {
    for (const query of ["ynys mon", "Ynys Môn", "YNYS MÔN"]) {
      const results = searchPlaces(query, "cy");
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((r) => r.gss === "W06000001" && r.authorityCy === "Ynys Môn")).toBe(true);
    }
    // An accented query finds a name written without the accent.
    expect(searchPlaces("Canolbarth Môn", "en")[0]).toMatchObject({ name: "Canolbarth Mon", kind: "ward" });
  });

  it("finds Cardiff by its Welsh name Caerdydd, named in the reader's language", () => {
    expect(searchPlaces("Caerdydd", "en")[0]).toMatchObject({ name: "Cardiff", otherName: "Caerdydd", kind: "place", gss: "W06000015" });
    expect(searchPlaces("caerdydd", "cy")[0]).toMatchObject({ name: "Caerdydd", otherName: "Cardiff", authorityCy: "Caerdydd" });
    expect(searchPlaces("Llanbedr Pont", "en")[0]).toMatchObject({ name: "Lampeter", otherName: "Llanbedr Pont Steffan" });
  });

  it("finds a ward by its Welsh name", () => {
    const [first] = searchPlaces("Trefaldwyn", "en");
    expect(first).toMatchObject({ name: "Montgomery", otherName: "Trefaldwyn", kind: "ward", authorityEn: "Powys" });
    expect(searchPlaces("Trefaldwyn", "cy")[0]).toMatchObject({ name: "Trefaldwyn", otherName: "Montgomery" });
  });

  it("does not repeat a ward's Welsh name that its English name already holds", () => {
    expect(searchPlaces("Aberystwyth Canol", "en")[0]).toMatchObject({ name: "Aberystwyth Canol/Central", otherName: null });
    expect(searchPlaces("Aberystwyth Canol", "cy")[0]).toMatchObject({ name: "Aberystwyth Canol", otherName: null });
  });

  it("matches across hyphens and spaces", () => {
    expect(searchPlaces("ynysybwl", "en")[0].name).toBe("Ynysybwl");
    expect(searchPlaces("ynys y bwl", "cy")[0].name).toBe("Ynys-y-bwl");
  });

  it("finds nothing for an empty, blank or over-long query, or one of punctuation only", () => {
    expect(searchPlaces("", "en")).toEqual([]);
    expect(searchPlaces("   ", "en")).toEqual([]);
    expect(searchPlaces("a".repeat(61), "en")).toEqual([]);
    expect(searchPlaces("--", "en")).toEqual([]);
    // 60 characters after trimming is still a query.
    expect(searchPlaces(`  ${"Aberystwyth".padEnd(60, " ")}  `, "en")[0].name).toBe("Aberystwyth");
  });

  it("keeps to the limit", () => {
    expect(searchPlaces("a", "en")).toHaveLength(10);
    expect(searchPlaces("a", "en", 3)).toHaveLength(3);
  });
});

describe("placesNear", () => {
  it("lists the places within the radius plus 5 km, larger first, with their distance", () => {
    const near = placesNear(-4.0829, 52.4155, 5, 15);
    expect(near.map((p) => p.name)).toEqual(["Aberystwyth", "Penparcau", "Bow Street", "Borth", "Llanilar"]);
    expect(near[0]).toMatchObject({ kind: "place", authorityEn: "Ceredigion", distanceKm: 0, population: 18749 });
    expect(near.every((p) => p.distanceKm <= 10)).toBe(true);
  });

  it("labels only a few places however wide the radius", () => {
    expect(placesNear(-3.6, 52.4, 300, 15)).toHaveLength(15);
    expect(placesNear(-3.6, 52.4, 300, 15)[0].name).toBe("Cardiff");
  });

  it("names places in Welsh for a Welsh reader", () => {
    expect(placesNear(-3.18, 51.48, 0, 5, "cy")[0]).toMatchObject({ name: "Caerdydd", otherName: "Cardiff" });
  });

  it("finds nothing far out at sea and refuses a negative radius", () => {
    expect(placesNear(-8, 50, 10, 15)).toEqual([]);
    expect(() => placesNear(-4, 52, -1, 15)).toThrow(/-1 km/);
    expect(() => placesNear(Number.NaN, 52, 1, 15)).toThrow(/NaN/);
  });
});
