/**
 * Each authority's measured area against its ONS land area: a check that the file is the right one,
 * in the right coordinate system.
 */
import type { AuthorityReference, GssCode } from "../authorities";
import { computeAreaKm2 } from "../neighbours";
import { BoundaryFileError, describeFeature } from "./errors";
import type { AreaDifference, BoundaryFeatureIn } from "./types";

/** Beyond this many percent off its land area, an authority means the wrong file or projection. */
export const AREA_MISMATCH_PCT = 25;
/** Beyond this many percent off, an authority is named in the warnings (ONS 2013 outlines: all within 0.9%). */
export const AREA_WARNING_PCT = 2;

export interface AreaComparison {
  areasKm2: Record<GssCode, number>;
  /** One per feature, largest |differencePct| first (then by GSS code). */
  differences: AreaDifference[];
  warnings: string[];
}

/**
 * Measures each feature (spherical km²) and compares it with its reference land area. Throws
 * BoundaryFileError "areaMismatch" when any is more than 25% off, naming them; returns a warning
 * for each more than 2% off. Every feature must have a reference record.
 *
 * @example
 * const { differences } = compareAreas(prepared.features, loadAuthorityReference());
 * differences[0] // { gss: "W06000005", nameEn: "Flintshire", areaKm2: 435.96, referenceKm2: 440, differencePct: -0.92 } (ONS 2013)
 */
export function compareAreas(features: readonly BoundaryFeatureIn[], reference: readonly AuthorityReference[]): AreaComparison {
  const byGss = new Map(reference.map((r) => [r.gss_code, r]));
  const areasKm2: Record<GssCode, number> = {};
  const differences = features.map((f): AreaDifference => {
    const ref = byGss.get(f.gss);
    if (!ref) throw new Error(`Unknown local authority code: ${f.gss}`);
    const areaKm2 = computeAreaKm2(f.geometry);
    areasKm2[f.gss] = areaKm2;
    const differencePct = Math.round(((areaKm2 - ref.land_area_km2) / ref.land_area_km2) * 10_000) / 100;
    return { gss: f.gss, nameEn: ref.name_en, areaKm2, referenceKm2: ref.land_area_km2, differencePct };
  });
  differences.sort((a, b) => Math.abs(b.differencePct) - Math.abs(a.differencePct) || a.gss.localeCompare(b.gss));

  const mismatched = differences.filter((d) => Math.abs(d.differencePct) > AREA_MISMATCH_PCT);
  if (mismatched.length > 0) throw areaMismatch(mismatched);
  const warnings = differences
    .filter((d) => Math.abs(d.differencePct) > AREA_WARNING_PCT)
    .map((d) => `${describeDifference(d)}; check that this is the boundary you mean`);
  return { areasKm2, differences, warnings };
}

function describeDifference(d: AreaDifference): string {
  const side = d.differencePct > 0 ? "more" : "less";
  const difference = `${Math.abs(d.differencePct)}% ${side} than its ONS land area of ${d.referenceKm2} km²`;
  return `${describeFeature(d.gss, d.nameEn)} measures ${d.areaKm2} km², ${difference}`;
}

function areaMismatch(mismatched: readonly AreaDifference[]): BoundaryFileError {
  const worst = mismatched[0];
  const listed = mismatched.slice(0, 5).map(describeDifference).join("; ");
  const more = mismatched.length > 5 ? `; and ${mismatched.length - 5} more` : "";
  return new BoundaryFileError(
    "areaMismatch",
    {
      count: mismatched.length,
      codes: mismatched.map((d) => d.gss).join(", "),
      gss: worst.gss,
      name: worst.nameEn,
      areaKm2: worst.areaKm2,
      referenceKm2: worst.referenceKm2,
      differencePct: worst.differencePct,
    },
    `${mismatched.length} ${mismatched.length === 1 ? "authority's area is" : "authorities' areas are"} more than ${AREA_MISMATCH_PCT}% ` +
      `off the ONS land area, so this is probably the wrong file or the wrong coordinate system: ${listed}${more}`,
  );
}
