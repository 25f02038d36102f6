/**
 * The set of codes a boundary file must hold: each reference authority exactly once, nothing else
 * with a Welsh (W06) code.
 */
import type { AuthorityReference } from "../authorities";
import { BoundaryFileError } from "./errors";
import type { WelshFeature } from "./properties";

/** A Welsh feature matched to its reference record; messages use `nameEn` (file names may have lost accents). */
export interface MatchedFeature extends WelshFeature {
  nameEn: string;
}

/**
 * The Welsh features in reference order, each with its reference English name.
 * Throws BoundaryFileError "unexpectedCode" for W06 codes not in the reference, "duplicateCode" for
 * a code on more than one feature, "missingCodes" listing the authorities absent.
 *
 * @example
 * matchReferenceCodes(found.welsh, loadAuthorityReference()).map((f) => f.gss) // ["W06000001", …, "W06000024"]
 * // with Merthyr Tydfil left out it throws:
 * // "The file has 21 Welsh authorities; missing: W06000024 (Merthyr Tydfil)"
 */
export function matchReferenceCodes(welsh: readonly WelshFeature[], reference: readonly AuthorityReference[]): MatchedFeature[] {
  const known = new Set(reference.map((r) => r.gss_code));
  const unexpected = welsh.filter((f) => !known.has(f.gss));
  if (unexpected.length > 0) throw unexpectedCodes(unexpected, reference.length);

  const byCode = new Map<string, WelshFeature[]>();
  for (const f of welsh) byCode.set(f.gss, [...(byCode.get(f.gss) ?? []), f]);
  const repeated = reference.filter((r) => (byCode.get(r.gss_code)?.length ?? 0) > 1);
  if (repeated.length > 0) {
    const counted = repeated.map((r) => ({ r, count: byCode.get(r.gss_code)!.length }));
    const list = counted.map(({ r, count }) => `${r.gss_code} (${r.name_en}) is on ${count} features`).join(", ");
    throw new BoundaryFileError(
      "duplicateCode",
      { gss: repeated[0].gss_code, name: repeated[0].name_en, count: counted[0].count, codes: joinCodes(repeated) },
      `Each authority must be one feature, but ${list}`,
    );
  }

  const missing = reference.filter((r) => !byCode.has(r.gss_code));
  if (missing.length > 0) {
    const count = reference.length - missing.length;
    const list = missing.map((r) => `${r.gss_code} (${r.name_en})`).join(", ");
    throw new BoundaryFileError(
      "missingCodes",
      { count, expected: reference.length, missing: list, codes: joinCodes(missing) },
      `The file has ${count} Welsh ${count === 1 ? "authority" : "authorities"}; missing: ${list}`,
    );
  }
  return reference.map((r) => ({ ...byCode.get(r.gss_code)![0], nameEn: r.name_en }));
}

function unexpectedCodes(unexpected: readonly WelshFeature[], expected: number): BoundaryFileError {
  const list = unexpected.map((f) => (f.name ? `"${f.gss}" (${f.name})` : `"${f.gss}"`)).join(", ");
  const features = unexpected.length === 1 ? "1 feature whose code is" : `${unexpected.length} features whose codes are`;
  return new BoundaryFileError(
    "unexpectedCode",
    { gss: unexpected[0].gss, name: unexpected[0].name ?? "", codes: unexpected.map((f) => f.gss).join(", "), count: unexpected.length },
    `The file has ${features} not one of the ${expected} Welsh authorities: ${list}`,
  );
}

const joinCodes = (records: readonly AuthorityReference[]) => records.map((r) => r.gss_code).join(", ");
