import { describe, expect, it } from "vitest";
import {
  GSS_BY_ISO,
  WALES_AUTHORITIES,
  getAuthorityByGss,
  isWelshGssCode,
  loadAuthorityReference,
  parseAuthorityReference,
} from "../../../geo/authorities";

describe("loadAuthorityReference", () => {
  it("returns the 22 Welsh principal areas in GSS order", () => {
    const authorities = loadAuthorityReference();
    expect(authorities).toHaveLength(22);
    expect(authorities[0]).toMatchObject({ gss_code: "W06000001", iso_3166_2: "GB-AGY", name_cy: "Ynys Môn" });
    expect(authorities.at(-1)).toMatchObject({ gss_code: "W06000024", name_en: "Merthyr Tydfil" });
    const codes = authorities.map((a) => a.gss_code);
    expect([...codes].sort()).toEqual(codes);
  });

  it("adds up the Census 2021 populations to the StatsWales total of 3,107,489", () => {
    const total = loadAuthorityReference().reduce((sum, a) => sum + a.population_census_2021, 0);
    expect(total).toBe(3_107_489);
  });

  it("returns fresh objects on each call so callers cannot change the shared list", () => {
    const first = loadAuthorityReference();
    first[0].name_en = "changed";
    expect(loadAuthorityReference()[0].name_en).toBe("Isle of Anglesey");
    expect(Object.isFrozen(WALES_AUTHORITIES[0])).toBe(true);
  });
});

describe("GSS_BY_ISO", () => {
  it("maps every ISO 3166-2 code to its GSS code", () => {
    expect(GSS_BY_ISO.size).toBe(22);
    expect(GSS_BY_ISO.get("GB-CRF")).toBe("W06000015");
    expect(GSS_BY_ISO.get("GB-POW")).toBe("W06000023");
    expect(GSS_BY_ISO.get("GB-ENG")).toBeUndefined();
  });
});

describe("isWelshGssCode", () => {
  it("accepts the 22 current codes", () => {
    for (const a of WALES_AUTHORITIES) expect(isWelshGssCode(a.gss_code)).toBe(true);
  });

  it("rejects the never-issued W06000007 and W06000017 and non-Welsh codes", () => {
    expect(isWelshGssCode("W06000007")).toBe(false);
    expect(isWelshGssCode("W06000017")).toBe(false);
    expect(isWelshGssCode("E06000001")).toBe(false);
    expect(isWelshGssCode("w06000015")).toBe(false);
  });
});

describe("getAuthorityByGss", () => {
  it("finds an authority by GSS code", () => {
    expect(getAuthorityByGss("W06000022").name_cy).toBe("Casnewydd");
  });

  it("throws naming an unknown code", () => {
    expect(() => getAuthorityByGss("W06000007")).toThrow("Unknown local authority code: W06000007");
  });
});

describe("parseAuthorityReference", () => {
  const valid = () => loadAuthorityReference().map((a) => ({ ...a }));

  it("throws naming a duplicated GSS code", () => {
    const data = valid();
    data[1].gss_code = "W06000001";
    expect(() => parseAuthorityReference(data)).toThrow("Duplicate local authority code: W06000001");
  });

  it("throws naming a duplicated ISO code", () => {
    const data = valid();
    data[5].iso_3166_2 = "GB-CRF";
    expect(() => parseAuthorityReference(data)).toThrow("Duplicate ISO 3166-2 code: GB-CRF");
  });

  it("throws naming a malformed GSS code", () => {
    const data = valid();
    data[0].gss_code = "E06000001";
    expect(() => parseAuthorityReference(data)).toThrow("Invalid local authority code: E06000001");
  });

  it("throws naming the record and field of a missing value", () => {
    const data: Record<string, unknown>[] = valid();
    delete data[3].land_area_km2;
    expect(() => parseAuthorityReference(data)).toThrow("record 3 (W06000004) has an invalid land_area_km2: undefined");
  });

  it("throws when given something other than an array", () => {
    expect(() => parseAuthorityReference({})).toThrow("Authority reference is not an array: object");
  });
});
