/**
 * The one place a seeded project becomes a database row: the real seed (load-seed.ts) and the
 * synthetic demonstration data (load-demo.ts) both build their rows here, so an area or a partial
 * date is stored the same way whichever loaded it.
 */
import type { ProjectValues } from "../db/queries/records";
import { precisionOf } from "../geo/dates/partial-date";
import type { PartialDate, ProjectKind, SeedArea } from "./types";

/** What a project row is built from; the optional texts and flags default to null / false. */
export interface ProjectRowInput {
  organisationId: number;
  titleEn: string;
  titleCy?: string;
  descriptionEn: string;
  descriptionCy?: string;
  area: SeedArea;
  /** What the project is (default "service", what a listing or synthetic project is). */
  kind?: ProjectKind;
  /** The source names no delivering body (see SeedProject.deliveryNotNamed). */
  deliveryNotNamed?: boolean;
  start: PartialDate | null;
  end: PartialDate | null;
  dateNote?: string;
  /** A source says the work stopped; stored as endedNoDate only when no end date is known. */
  ended?: boolean;
  /** Partial date of the latest evidence that the project is current. */
  lastEvidenced?: PartialDate | null;
}

/**
 * A published project row: the area as its kind plus centre and radius for a point (null otherwise),
 * and each partial date with its precision. Throws on a malformed partial date. Callers add what is
 * theirs alone (a seed key and citation, or the synthetic flag) and store the areas and themes.
 *
 * @example
 * buildProjectRow({ organisationId: 3, titleEn: "Forum", descriptionEn: "…", area: { kind: "point", lng: -3.18, lat: 51.48, radiusKm: 5 }, start: "2024-04", end: null })
 * // { organisationId: 3, titleEn: "Forum", …, areaKind: "point", pointLng: -3.18, pointLat: 51.48, radiusKm: 5,
 * //   startDate: "2024-04", startPrecision: "month", endDate: null, endPrecision: "unknown", endedNoDate: false, status: "published" }
 */
export function buildProjectRow(input: ProjectRowInput) {
  const { area } = input;
  return {
    organisationId: input.organisationId,
    titleEn: input.titleEn,
    titleCy: input.titleCy ?? null,
    descriptionEn: input.descriptionEn,
    descriptionCy: input.descriptionCy ?? null,
    kind: input.kind ?? "service",
    deliveryNotNamed: input.deliveryNotNamed ?? false,
    areaKind: area.kind,
    pointLng: area.kind === "point" ? area.lng : null,
    pointLat: area.kind === "point" ? area.lat : null,
    radiusKm: area.kind === "point" ? area.radiusKm : null,
    startDate: input.start,
    startPrecision: precisionOf(input.start),
    endDate: input.end,
    endPrecision: precisionOf(input.end),
    dateNote: input.dateNote ?? null,
    endedNoDate: input.ended === true && input.end === null,
    lastEvidenced: input.lastEvidenced ?? null,
    status: "published" as const,
  } satisfies ProjectValues;
}
