import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Queryable } from "../client";
import { auditLog, submissions, users } from "../schema";

const submitters = alias(users, "submitter");

/** What changed in one field. */
export interface FieldChange {
  before: unknown;
  after: unknown;
}

/** Field name → its value before and after the change. */
export type AuditChanges = Record<string, FieldChange>;

/**
 * Appends one change to the audit log and returns its id.
 *
 * @example
 * insertAudit(db, { at: "2026-01-16T10:00:00.000Z", userId: 2, entity: "project", entityId: 12, action: "update",
 *   changes: { titleEn: { before: "Forum", after: "Hate crime forum" } }, submissionId: 4 })
 */
export function insertAudit(
  db: Queryable,
  input: {
    at: string;
    userId: number | null;
    entity: string;
    entityId: number;
    action: string;
    changes: AuditChanges;
    submissionId: number | null;
  },
): number {
  return db.insert(auditLog).values(input).returning({ id: auditLog.id }).get().id;
}

/**
 * The changes to one record, newest first, with the email of the person who made each (the
 * moderator, for an approved submission) and of the person who proposed it.
 *
 * @example
 * listAudit(db, "organisation", 3)[0].changes // { lastConfirmed: { before: "2025-02-27", after: "2026-01-16" } }
 */
export function listAudit(db: Queryable, entity: string, entityId: number) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userId: auditLog.userId,
      userEmail: users.email,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      action: auditLog.action,
      changes: auditLog.changes,
      submissionId: auditLog.submissionId,
      submitterEmail: submitters.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .leftJoin(submissions, eq(submissions.id, auditLog.submissionId))
    .leftJoin(submitters, eq(submitters.id, submissions.submittedBy))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .all()
    .map((r) => ({ ...r, changes: r.changes as AuditChanges }));
}

export type AuditRow = ReturnType<typeof listAudit>[number];
