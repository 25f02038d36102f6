/**
 * Which property of a boundary file holds the GSS codes and names, whatever the year or publisher
 * calls them (LAD23CD, lad19cd, CTYUA20CD, code, gss_code, a feature id…), and the Welsh features.
 */
import type { Geometry } from "geojson";
import { BoundaryFileError } from "./errors";
import type { ParsedBoundaryFile, RawCollection, RawFeature } from "./read-file";

export interface PropertyNames {
  /** The property holding the GSS codes, or "id" for the feature id. */
  codeProperty: string;
  nameProperty: string | null;
  welshNameProperty: string | null;
}

/** A feature whose code starts with W06, before any check of its geometry. */
export interface WelshFeature {
  gss: string;
  name: string | null;
  geometry: Geometry | null;
}

export interface AuthorityFeatures extends PropertyNames {
  welsh: WelshFeature[];
  featuresRead: number;
  featuresOutsideWales: number;
}

const WELSH_GSS = /^W06\d{6}$/;
/** Preference when two properties hold as many W06 codes: ONS-style …CD first, then common names. */
const CODE_PROPERTY_RANKS: readonly RegExp[] = [/^[a-z]*\d{2}cd$/i, /^(gss_?code|gss|code|area_?code)$/i, /cd$/i, /^id$/i];
const ENGLISH_NAMES: readonly string[] = ["name_en", "nameen", "name"];
const WELSH_NAMES: readonly string[] = ["name_cy", "namecy", "name_welsh"];

/**
 * Picks the collection and property holding W06 codes (the most of them), then its English and Welsh
 * name properties, and returns the Welsh features with their code (trimmed, upper case) and name.
 * Features whose code does not start with W06 are counted in featuresOutsideWales.
 * Throws BoundaryFileError "noCodeProperty" when no property holds a W06 code.
 *
 * @example
 * const found = readAuthorityFeatures(parseBoundaryFile(text));
 * found.codeProperty  // "LAD13CD"
 * found.nameProperty  // "LAD13NM"
 * found.welsh[0]      // { gss: "W06000001", name: "Isle of Anglesey", geometry: { type: "MultiPolygon", … } }
 */
export function readAuthorityFeatures(parsed: ParsedBoundaryFile): AuthorityFeatures {
  let best: { collection: RawCollection; key: string; count: number } | null = null;
  for (const collection of parsed.collections) {
    const found = findCodeProperty(collection.features);
    if (found && (!best || found.count > best.count)) best = { collection, ...found };
  }
  if (!best) throw noCodeProperty(parsed.collections);

  const { collection, key } = best;
  const welshRaw = collection.features.filter((f) => readCode(f, key)?.startsWith("W06"));
  const keys = listPropertyKeys(welshRaw);
  const nameProperty = findNameProperty(keys, swapSuffix(key, "nm"), ENGLISH_NAMES, /nm$/i);
  const welshNameProperty = findNameProperty(keys, swapSuffix(key, "nmw"), WELSH_NAMES, /nmw$/i);
  return {
    codeProperty: key,
    nameProperty,
    welshNameProperty,
    welsh: welshRaw.map((f) => ({ gss: readCode(f, key)!, name: readName(f, nameProperty), geometry: f.geometry ?? null })),
    featuresRead: collection.features.length,
    featuresOutsideWales: collection.features.length - welshRaw.length,
  };
}

function findCodeProperty(features: readonly RawFeature[]): { key: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const f of features) {
    const keys = new Set(Object.keys(f.properties ?? {}));
    keys.add("id");
    for (const key of keys) {
      if (WELSH_GSS.test(readCode(f, key) ?? "")) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort(
    ([keyA, a], [keyB, b]) => b - a || rankCodeProperty(keyA) - rankCodeProperty(keyB) || keyA.localeCompare(keyB),
  );
  return ranked.length > 0 ? { key: ranked[0][0], count: ranked[0][1] } : null;
}

function rankCodeProperty(key: string): number {
  const rank = CODE_PROPERTY_RANKS.findIndex((pattern) => pattern.test(key));
  return rank === -1 ? CODE_PROPERTY_RANKS.length : rank;
}

/** The code of a feature under `key`, trimmed and upper-cased; "id" falls back to the feature id. */
function readCode(feature: RawFeature, key: string): string | null {
  const value = feature.properties?.[key] ?? (key === "id" ? feature.id : undefined);
  return typeof value === "string" || typeof value === "number" ? String(value).trim().toUpperCase() : null;
}

function readName(feature: RawFeature, key: string | null): string | null {
  const value = key === null ? null : feature.properties?.[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

function listPropertyKeys(features: readonly RawFeature[]): string[] {
  const keys = new Set<string>();
  for (const f of features) for (const key of Object.keys(f.properties ?? {})) keys.add(key);
  return [...keys];
}

/** LAD23CD → LAD23NM (or lad19cd → lad19nm); null when the code property does not end in CD. */
function swapSuffix(codeKey: string, suffix: string): string | null {
  return /cd$/i.test(codeKey) ? codeKey.slice(0, -2) + suffix : null;
}

function findNameProperty(keys: readonly string[], sibling: string | null, names: readonly string[], pattern: RegExp): string | null {
  const byLowerCase = new Map(keys.map((k) => [k.toLowerCase(), k]));
  for (const candidate of [sibling, ...names]) {
    const key = candidate === null ? undefined : byLowerCase.get(candidate.toLowerCase());
    if (key) return key;
  }
  return keys.find((k) => pattern.test(k)) ?? null;
}

function noCodeProperty(collections: readonly RawCollection[]): BoundaryFileError {
  const properties = listPropertyKeys(collections.flatMap((c) => c.features)).slice(0, 20).join(", ") || "none";
  const features = collections.reduce((sum, c) => sum + c.features.length, 0);
  return new BoundaryFileError(
    "noCodeProperty",
    { properties, features },
    `No property of the file's ${features} features holds a Welsh local authority code (W06…); properties found: ${properties}`,
  );
}
