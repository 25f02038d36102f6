/**
 * The ONS small areas of Wales (2011 LSOAs W01 and MSOAs W02, 2013 electoral wards W05), from the
 * committed table, as a look-up: a code a user meets (a 360Giving beneficiary location, the API's
 * `authority` filter, a pasted list) resolves to its authority and a point inside it.
 */
import smallAreasFile from "./data/ons-small-areas-wales.json";
import type { SmallArea } from "./extract-small-areas";

const SMALL_AREAS = smallAreasFile as SmallArea[];
const BY_CODE = new Map(SMALL_AREAS.map((a) => [a.code, a]));

/** A W05 (ward), W01 (LSOA) or W02 (MSOA) code. */
export const SMALL_AREA_CODE = /^W0[125]\d{6}$/;

/**
 * Every small area in the table.
 *
 * @example
 * listSmallAreas().filter((a) => a.type === "LSOA").length // 1909
 */
export function listSmallAreas(): readonly SmallArea[] {
  return SMALL_AREAS;
}

/**
 * The small area with this code (case and surrounding spaces ignored), or undefined.
 *
 * @example
 * resolveSmallArea("W01000001")?.gss // "W06000001" (Isle of Anglesey)
 * resolveSmallArea("w05000981")?.nameEn // "Aethwy"
 */
export function resolveSmallArea(code: string): SmallArea | undefined {
  const c = code.trim().toUpperCase();
  return SMALL_AREA_CODE.test(c) ? BY_CODE.get(c) : undefined;
}

/**
 * The authority (W06 code) a code names: itself for a W06 code, its authority for a known
 * ward, LSOA or MSOA, undefined otherwise.
 *
 * @example
 * authorityOfCode("W02000001") // "W06000001"
 * authorityOfCode("W06000023") // "W06000023"
 */
export function authorityOfCode(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  if (/^W06\d{6}$/.test(c)) return c;
  return resolveSmallArea(c)?.gss;
}
