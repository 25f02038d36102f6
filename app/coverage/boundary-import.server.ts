/**
 * Bringing in a boundary file and choosing the active boundary set: the use-case behind
 * `npm run import:boundaries` and /admin/boundaries. The file is read, reprojected and checked in
 * full before anything changes (geo/boundaries); the new set is stored and made active in one
 * transaction, which also re-derives the authorities of every project drawn as a point and radius
 * and bumps the data version (so every cached figure is recomputed, with the places and small areas
 * re-assigned to the new outlines).
 */
import { asc, eq } from "drizzle-orm";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { WRITE_LOCK, type Db, type Queryable } from "../../db/client";
import { activateBoundarySet, saveBoundarySet } from "../../db/queries/boundaries";
import { insertAudit } from "../../db/queries/audit";
import { setProjectAreas } from "../../db/queries/records";
import { boundaries, boundarySets, projectAreas, projects } from "../../db/schema";
import { prepareBoundaryFile, type BoundaryFileReport } from "../../geo/boundaries/boundary-file";
import { authoritiesReachedByCircle } from "../../geo/reach";
import { nowIso } from "../platform/clock.server";

export interface BoundaryImportOptions {
  /** The file's name as uploaded (kept as the set's source). */
  fileName: string;
  /** A name for the set; default: the file name. */
  name?: string;
  /** Licence and attribution text as the publisher asks; "not stated" when not given. */
  licence?: string;
  attribution?: string;
  /** Who imports it (null: the command line). */
  userId: number | null;
  /** Check and report only; nothing is stored. */
  dryRun?: boolean;
}

export interface BoundaryImportOutcome {
  setId: string | null;
  name: string;
  report: BoundaryFileReport;
  /** Projects drawn as a point and radius whose authorities were re-derived from the new outlines. */
  recomputedProjects: number;
  /** Of them, the ones whose authorities changed. */
  changedProjects: number;
}

type Outlines = FeatureCollection<Polygon | MultiPolygon, { gss_code: string }>;

const slugOf = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "boundaries";

/**
 * Reads, checks and (unless a dry run) stores and activates a boundary file. Throws
 * BoundaryFileError, changing nothing, when the file is not usable.
 *
 * @example
 * importBoundaryFile(db, readFileSync("lad23.geojson"), { fileName: "lad23.geojson", userId: null }).report.areaDifferences[0]
 */
export function importBoundaryFile(db: Db, file: Buffer | string, options: BoundaryImportOptions): BoundaryImportOutcome {
  const prepared = prepareBoundaryFile(file);
  const name = options.name?.trim() || options.fileName;
  if (options.dryRun) return { setId: null, name, report: prepared.report, recomputedProjects: 0, changedProjects: 0 };
  const at = nowIso();
  const setId = `import-${at.replace(/[^0-9]/g, "").slice(0, 14)}-${slugOf(name)}`;
  const outlines: Outlines = {
    type: "FeatureCollection",
    features: prepared.features.map((f) => ({ type: "Feature", properties: { gss_code: f.gss }, geometry: f.geometry })),
  };
  return db.transaction((tx) => {
    saveBoundarySet(tx, {
      id: setId,
      name,
      attribution: options.attribution?.trim() || `Boundaries: ${name}`,
      licence: options.licence?.trim() || "not stated",
      generalised: false,
      source: options.fileName,
      importedBy: options.userId,
      report: prepared.report,
      features: prepared.features.map((f) => ({ gss: f.gss, geometry: f.geometry, display: prepared.display[f.gss], areaKm2: prepared.areasKm2[f.gss] })),
    });
    const counts = activateAndRecompute(tx, setId, outlines, options.userId, at);
    return { setId, name, report: prepared.report, ...counts };
  }, WRITE_LOCK);
}

/**
 * Makes an earlier set the active one again, re-deriving point projects' authorities. Returns
 * undefined for an unknown set.
 *
 * @example
 * switchBoundarySet(db, "natural-earth-admin1", adminId)?.recomputedProjects
 */
export function switchBoundarySet(db: Db, setId: string, userId: number | null) {
  return db.transaction((tx) => {
    const rows = tx.select({ gss: boundaries.gssCode, geometry: boundaries.geometry }).from(boundaries).where(eq(boundaries.boundarySetId, setId)).all();
    if (rows.length === 0) return undefined;
    const outlines: Outlines = {
      type: "FeatureCollection",
      features: rows.map((r) => ({ type: "Feature", properties: { gss_code: r.gss }, geometry: r.geometry as Polygon | MultiPolygon })),
    };
    return activateAndRecompute(tx, setId, outlines, userId, nowIso());
  }, WRITE_LOCK);
}

function activateAndRecompute(tx: Queryable, setId: string, outlines: Outlines, userId: number | null, at: string) {
  const before = tx.select({ id: boundarySets.id }).from(boundarySets).where(eq(boundarySets.active, true)).get()?.id ?? null;
  activateBoundarySet(tx, setId, userId);
  const counts = recomputePointProjects(tx, outlines);
  insertAudit(tx, {
    at,
    userId,
    entity: "boundary_set",
    entityId: 0,
    action: "update",
    changes: { activeBoundarySet: { before, after: setId }, pointProjectsChanged: { before: null, after: counts.changedProjects } },
    submissionId: null,
  });
  return counts;
}

/** Re-derives the authorities of every project drawn as a point and radius from `outlines`. */
function recomputePointProjects(tx: Queryable, outlines: Outlines) {
  const points = tx
    .select({ id: projects.id, lng: projects.pointLng, lat: projects.pointLat, radiusKm: projects.radiusKm })
    .from(projects)
    .where(eq(projects.areaKind, "point"))
    .all();
  let changedProjects = 0;
  const current = new Map<number, string[]>();
  for (const row of tx.select().from(projectAreas).orderBy(asc(projectAreas.gssCode)).all()) {
    current.set(row.projectId, [...(current.get(row.projectId) ?? []), row.gssCode]);
  }
  for (const p of points) {
    const reached = authoritiesReachedByCircle(p.lng!, p.lat!, p.radiusKm!, outlines).sort();
    if (reached.join() !== (current.get(p.id) ?? []).join()) changedProjects++;
    setProjectAreas(tx, p.id, reached, true);
  }
  return { recomputedProjects: points.length, changedProjects };
}
