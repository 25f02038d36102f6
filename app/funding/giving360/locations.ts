/**
 * Locations and organisations of a grant, read from their JSON shape (the CSV/XLSX readers build
 * the same shape from the columns). Includes the fix for a known fault in published files: geoCode
 * and geoCodeType swapped ("geoCode": "Unitary Authorities", "geoCodeType": "W06000023").
 */
import type { FieldPath, FieldProblem, GrantLocation, GrantOrg } from "./types";
import { isBad, readName, readNumber, readText } from "./values";

/** An ONS GSS code: a country letter and eight digits, e.g. W06000023. */
export const GSS_CODE = /^[EWSNK]\d{8}$/;
const SWAP_TARGET = /^[EWSN]\d{8}$/;

/**
 * True for a value that reads as a code type or a word ("Unitary Authorities", "UA", "LSOA")
 * rather than a code: letters, spaces and light punctuation, no digits.
 *
 * @example
 * looksLikeCodeType("Unitary Authorities") // true
 * looksLikeCodeType("W06000023")           // false
 */
export function looksLikeCodeType(value: string): boolean {
  return /^[A-Za-z][A-Za-z .,&()'/-]*$/.test(value);
}

/**
 * A JSON value as a list of objects: an array's objects, or a lone object as a list of one.
 *
 * @example
 * listObjects({ startDate: "2026" }) // [{ index: 0, item: { startDate: "2026" } }]
 */
export function listObjects(value: unknown): { index: number; item: Record<string, unknown> }[] {
  const list = Array.isArray(value) ? value : value != null ? [value] : [];
  const out: { index: number; item: Record<string, unknown> }[] = [];
  list.forEach((item, index) => {
    if (item !== null && typeof item === "object" && !Array.isArray(item)) out.push({ index, item: item as Record<string, unknown> });
  });
  return out;
}

/**
 * One location; latitude/longitude that are not numbers, or out of range, are problems.
 *
 * @example
 * readLocation({ geoCode: "Unitary Authorities", geoCodeType: "W06000015" }, ["beneficiaryLocation", 0], problems)
 * // { geoCode: "W06000015", geoCodeType: "Unitary Authorities", swappedFixed: true, … }
 */
export function readLocation(raw: Record<string, unknown>, path: FieldPath, problems: FieldProblem[]): GrantLocation {
  let geoCode = readText(raw.geoCode);
  let geoCodeType = readText(raw.geoCodeType);
  let swappedFixed = false;
  if (geoCode && geoCodeType && SWAP_TARGET.test(geoCodeType.toUpperCase()) && looksLikeCodeType(geoCode)) {
    [geoCode, geoCodeType] = [geoCodeType.toUpperCase(), geoCode];
    swappedFixed = true;
  } else if (geoCode && GSS_CODE.test(geoCode.toUpperCase())) {
    geoCode = geoCode.toUpperCase();
  }
  return {
    name: readName(raw.name),
    geoCode,
    geoCodeType,
    latitude: readCoordinate(raw.latitude, [...path, "latitude"], 90, problems),
    longitude: readCoordinate(raw.longitude, [...path, "longitude"], 180, problems),
    swappedFixed,
  };
}

function readCoordinate(value: unknown, path: FieldPath, limit: number, problems: FieldProblem[]): number | null {
  const n = readNumber(value);
  if (isBad(n)) {
    problems.push({ path, key: "badNumber", detail: n.bad });
    return null;
  }
  if (n !== null && Math.abs(n) > limit) {
    problems.push({ path, key: "badNumber", detail: `${n} is out of range (−${limit} to ${limit})` });
    return null;
  }
  return n;
}

/**
 * Every location in a list, with its index in the path.
 *
 * @example
 * readLocations([{ geoCode: "W06000015" }], ["beneficiaryLocation"], problems)[0].geoCode // "W06000015"
 */
export function readLocations(value: unknown, path: FieldPath, problems: FieldProblem[]): GrantLocation[] {
  return listObjects(value).map(({ index, item }) => readLocation(item, [...path, index], problems));
}

/**
 * The first organisation of a list (fundingOrganization / recipientOrganization), or null when
 * there is none. A missing name is a problem.
 *
 * @example
 * readOrg([{ id: "GB-CHC-1", name: "Cardiff Trust", addressLocality: "Cardiff" }], "fundingOrganization", problems)?.city // "Cardiff"
 */
export function readOrg(value: unknown, key: string, problems: FieldProblem[]): GrantOrg | null {
  const first = listObjects(value)[0];
  if (!first) return null;
  const raw = first.item;
  const path = [key, first.index];
  const name = readName(raw.name);
  if (name === null) problems.push({ path: [...path, "name"], key: "missingField", detail: "no organisation name is given" });
  return {
    id: readText(raw.id),
    name: name ?? "",
    charityNumber: readText(raw.charityNumber),
    companyNumber: readText(raw.companyNumber),
    postalCode: readText(raw.postalCode),
    city: readText(raw.addressLocality),
    locations: readLocations(raw.location, [...path, "location"], problems),
  };
}
