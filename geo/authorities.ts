/**
 * The 22 Welsh principal areas (local authorities), read from a copy of the shared reference file
 * committed in geo/data/ so the app never reads ../shared at runtime. Field sources are listed in
 * /work/shared/reference/SOURCES.md; keep that table with the data when it is shown to people.
 */
import referenceJson from "./data/authorities-reference.json";

/** A GSS code of one of the 22 Welsh principal areas, e.g. "W06000023" (Powys). */
export type GssCode = string;

export type CohesionRegion =
  | "North West Wales"
  | "North East Wales"
  | "Mid and West Wales"
  | "Western Bay"
  | "Cardiff and Vale"
  | "Cwm Taf"
  | "Gwent West"
  | "Gwent East";

export interface AuthorityReference {
  gss_code: GssCode;
  /** ISO 3166-2:GB subdivision code, e.g. "GB-POW"; the join key to Natural Earth admin-1. */
  iso_3166_2: string;
  name_en: string;
  name_cy: string;
  /** Census 2021 usual residents (StatsWales TS009). */
  population_census_2021: number;
  /** ONS land area rounded to whole km² (secondary copy). */
  land_area_km2: number;
  /** One of the WLGA Rural Forum's nine "predominantly rural" authorities. */
  rural_wlga: boolean;
  police_force: string;
  police_force_area_code: string;
  cohesion_region: CohesionRegion;
  /** Where the cohesion region comes from, or "inferred…" when the documents only imply it. */
  cohesion_region_source: string;
  /** One of the four pre-2023 asylum dispersal areas (Cardiff, Newport, Swansea, Wrexham). */
  historic_asylum_dispersal_area: boolean;
}

const GSS_PATTERN = /^W06\d{6}$/;
const ISO_PATTERN = /^GB-[A-Z]{3}$/;
const COHESION_REGIONS: ReadonlySet<string> = new Set<CohesionRegion>([
  "North West Wales",
  "North East Wales",
  "Mid and West Wales",
  "Western Bay",
  "Cardiff and Vale",
  "Cwm Taf",
  "Gwent West",
  "Gwent East",
]);

/**
 * Checks a parsed reference file and returns its records typed, in file order (GSS order).
 * Throws when a record is malformed or a GSS or ISO code repeats, naming the record.
 *
 * @example
 * const authorities = parseAuthorityReference(JSON.parse(text));
 * authorities[0].gss_code // "W06000001"
 */
export function parseAuthorityReference(data: unknown): AuthorityReference[] {
  if (!Array.isArray(data)) throw new Error(`Authority reference is not an array: ${typeof data}`);
  const seenGss = new Set<string>();
  const seenIso = new Set<string>();
  return data.map((raw: unknown, index) => {
    const record = raw as Record<string, unknown>;
    const label = `record ${index} (${String(record?.gss_code)})`;
    const expectString = (key: string): string => {
      const value = record?.[key];
      if (typeof value !== "string" || value === "") {
        throw new Error(`Authority reference ${label} has an invalid ${key}: ${JSON.stringify(value)}`);
      }
      return value;
    };
    const expectNumber = (key: string): number => {
      const value = record?.[key];
      if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
        throw new Error(`Authority reference ${label} has an invalid ${key}: ${JSON.stringify(value)}`);
      }
      return value;
    };
    const expectBoolean = (key: string): boolean => {
      const value = record?.[key];
      if (typeof value !== "boolean") {
        throw new Error(`Authority reference ${label} has an invalid ${key}: ${JSON.stringify(value)}`);
      }
      return value;
    };

    const gss = expectString("gss_code");
    if (!GSS_PATTERN.test(gss)) throw new Error(`Invalid local authority code: ${gss}`);
    if (seenGss.has(gss)) throw new Error(`Duplicate local authority code: ${gss}`);
    seenGss.add(gss);
    const iso = expectString("iso_3166_2");
    if (!ISO_PATTERN.test(iso)) throw new Error(`Invalid ISO 3166-2 code for ${gss}: ${iso}`);
    if (seenIso.has(iso)) throw new Error(`Duplicate ISO 3166-2 code: ${iso}`);
    seenIso.add(iso);
    const region = expectString("cohesion_region");
    if (!COHESION_REGIONS.has(region)) throw new Error(`Unknown cohesion region for ${gss}: ${region}`);

    return {
      gss_code: gss,
      iso_3166_2: iso,
      name_en: expectString("name_en"),
      name_cy: expectString("name_cy"),
      population_census_2021: expectNumber("population_census_2021"),
      land_area_km2: expectNumber("land_area_km2"),
      rural_wlga: expectBoolean("rural_wlga"),
      police_force: expectString("police_force"),
      police_force_area_code: expectString("police_force_area_code"),
      cohesion_region: region as CohesionRegion,
      cohesion_region_source: expectString("cohesion_region_source"),
      historic_asylum_dispersal_area: expectBoolean("historic_asylum_dispersal_area"),
    };
  });
}

/**
 * The 22 authorities from the committed reference copy (geo/data/authorities-reference.json),
 * checked and typed, in GSS order. Each call returns fresh objects.
 *
 * @example
 * loadAuthorityReference().find((a) => a.iso_3166_2 === "GB-CRF")?.name_cy // "Caerdydd"
 */
export function loadAuthorityReference(): AuthorityReference[] {
  const authorities = parseAuthorityReference(referenceJson);
  if (authorities.length !== 22) {
    throw new Error(`Expected 22 authorities in the reference file, found ${authorities.length}`);
  }
  return authorities;
}

/** The 22 Welsh principal areas in GSS order (W06000001 Isle of Anglesey … W06000024 Merthyr Tydfil). */
export const WALES_AUTHORITIES: readonly Readonly<AuthorityReference>[] = Object.freeze(
  loadAuthorityReference().map((a) => Object.freeze(a)),
);

/** ISO 3166-2 code → GSS code, e.g. GSS_BY_ISO.get("GB-POW") === "W06000023". */
export const GSS_BY_ISO: ReadonlyMap<string, GssCode> = new Map(
  WALES_AUTHORITIES.map((a) => [a.iso_3166_2, a.gss_code]),
);

const AUTHORITY_BY_GSS: ReadonlyMap<GssCode, Readonly<AuthorityReference>> = new Map(
  WALES_AUTHORITIES.map((a) => [a.gss_code, a]),
);

/**
 * True when `code` is the GSS code of one of the 22 current Welsh principal areas.
 * W06000007 and W06000017 were never issued, so they are not Welsh codes.
 *
 * @example
 * isWelshGssCode("W06000015") // true  (Cardiff)
 * isWelshGssCode("W06000007") // false
 */
export function isWelshGssCode(code: string): boolean {
  return AUTHORITY_BY_GSS.has(code);
}

/**
 * The reference record for a GSS code. Throws for a code that is not one of the 22.
 *
 * @example
 * getAuthorityByGss("W06000023").name_en // "Powys"
 * getAuthorityByGss("W06000007")         // throws "Unknown local authority code: W06000007"
 */
export function getAuthorityByGss(code: string): Readonly<AuthorityReference> {
  const authority = AUTHORITY_BY_GSS.get(code);
  if (!authority) throw new Error(`Unknown local authority code: ${code}`);
  return authority;
}
