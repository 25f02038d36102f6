import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Queryable } from "../client";
import { auditLog, awards, imports, organisations, projects, users } from "../schema";
import { bumpDataVersion } from "./meta";

/**
 * Every import, newest first, with who made it and how many of its records are published.
 *
 * @example
 * listImports(db)[0].fileName // "grants.csv"
 */
export function listImports(db: Queryable) {
  const rows = db
    .select({ id: imports.id, kind: imports.kind, fileName: imports.fileName, publisher: imports.publisher, importedAt: imports.importedAt, status: imports.status, report: imports.report, email: users.email })
    .from(imports)
    .leftJoin(users, eq(users.id, imports.importedBy))
    .orderBy(desc(imports.id))
    .all();
  const live = new Map(
    db
      .select({ id: awards.importId, n: sql<number>`count(*)` })
      .from(awards)
      .where(eq(awards.status, "published"))
      .groupBy(awards.importId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return rows.map((r) => ({ ...r, publishedAwards: live.get(r.id) ?? 0 }));
}

/**
 * The projects an import brought in (for its page), with how many themes each has (0: unclassified,
 * for a moderator to set).
 *
 * @example
 * importProjects(db, 3).length
 */
export function importProjects(db: Queryable, importId: number) {
  return db
    .select({
      id: projects.id,
      titleEn: projects.titleEn,
      status: projects.status,
      externalId: projects.externalId,
      themes: sql<number>`(SELECT count(*) FROM project_themes t WHERE t.project_id = ${projects.id})`,
    })
    .from(projects)
    .where(eq(projects.importId, importId))
    .orderBy(projects.id)
    .all();
}

/**
 * Rolls an import back through moderation: its awards and projects, and the organisations it
 * created that hold nothing else, are archived (nothing is deleted), each archive audited; the
 * import is marked rolled back. Returns the number of records archived, or undefined for an
 * unknown or already rolled-back import.
 *
 * @example
 * db.transaction((tx) => rollbackImport(tx, 3, moderatorId, now))
 */
export function rollbackImport(db: Queryable, importId: number, userId: number, at: string): number | undefined {
  const row = db.select().from(imports).where(eq(imports.id, importId)).get();
  if (!row || row.status !== "applied") return undefined;
  let archived = 0;
  const archive = (entity: "award" | "project" | "organisation", table: typeof awards | typeof projects | typeof organisations, ids: number[]) => {
    if (ids.length === 0) return;
    db.update(table).set({ status: "archived" }).where(inArray(table.id, ids)).run();
    for (const id of ids) db.insert(auditLog).values({ at, userId, entity, entityId: id, action: "archive", changes: { status: { before: "published", after: "archived" }, import: { before: importId, after: null } }, submissionId: null }).run();
    archived += ids.length;
  };
  const ids = (table: typeof awards | typeof projects) => db.select({ id: table.id }).from(table).where(and(eq(table.importId, importId), eq(table.status, "published"))).all().map((r) => r.id);
  archive("award", awards, ids(awards));
  archive("project", projects, ids(projects));
  const orphans = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.importId, importId), eq(organisations.status, "published"), sql`NOT EXISTS (SELECT 1 FROM projects p WHERE p.organisation_id = ${organisations.id} AND p.status = 'published')`))
    .all()
    .map((r) => r.id);
  archive("organisation", organisations, orphans);
  db.update(imports).set({ status: "rolled-back" }).where(eq(imports.id, importId)).run();
  bumpDataVersion(db);
  return archived;
}
