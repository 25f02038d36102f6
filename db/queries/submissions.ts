import { and, asc, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Queryable } from "../client";
import { containsPattern, matchesText } from "./filters";
import {
  organisations,
  submissions,
  users,
  type SubmissionAction,
  type SubmissionEntity,
  type SubmissionStatus,
} from "../schema";

const reviewers = alias(users, "reviewer");

/** A single change or the lead of a listing sent in one go (its other parts are reviewed with it). */
const notAPart = or(isNull(submissions.groupId), eq(submissions.groupId, submissions.id))!;

const submissionColumns = {
  id: submissions.id,
  entity: submissions.entity,
  action: submissions.action,
  entityId: submissions.entityId,
  organisationId: submissions.organisationId,
  payload: submissions.payload,
  status: submissions.status,
  submittedBy: submissions.submittedBy,
  submittedAt: submissions.submittedAt,
  reviewedBy: submissions.reviewedBy,
  reviewedAt: submissions.reviewedAt,
  reason: submissions.reason,
  groupId: submissions.groupId,
  partKey: submissions.partKey,
  parentKey: submissions.parentKey,
  submitterEmail: users.email,
  reviewerEmail: reviewers.email,
  organisationSlug: organisations.slug,
  organisationNameEn: organisations.nameEn,
  organisationNameCy: organisations.nameCy,
};

export type SubmissionRow = NonNullable<ReturnType<typeof getSubmission>>;

export interface SubmissionFilters {
  status?: SubmissionStatus;
  submittedBy?: number;
  organisationId?: number;
  /** Changes to one record (with entityId). */
  entity?: SubmissionEntity;
  entityId?: number;
}

/**
 * Stores a proposed change as a pending submission and returns it.
 *
 * @example
 * createSubmission(db, { entity: "project", action: "update", entityId: 12, organisationId: 3,
 *   payload: { titleEn: "…" }, submittedBy: 7, now: "2026-01-15T09:00:00.000Z" }).id
 */
export function createSubmission(
  db: Queryable,
  input: {
    entity: SubmissionEntity;
    action: SubmissionAction;
    entityId: number | null;
    organisationId: number | null;
    payload: unknown;
    submittedBy: number;
    now: string;
    /** A part of a listing sent in one go: its group's lead id (null for the lead itself until setGroupLead), its key and its parent's. */
    group?: { groupId: number | null; partKey: string; parentKey: string | null };
  },
) {
  const { id } = db
    .insert(submissions)
    .values({
      entity: input.entity,
      action: input.action,
      entityId: input.entityId,
      organisationId: input.organisationId,
      payload: input.payload,
      status: "pending",
      submittedBy: input.submittedBy,
      submittedAt: input.now,
      groupId: input.group?.groupId ?? null,
      partKey: input.group?.partKey ?? null,
      parentKey: input.group?.parentKey ?? null,
    })
    .returning({ id: submissions.id })
    .get();
  return getSubmission(db, id)!;
}

/**
 * Makes a submission the lead of its own group (the first part of a listing sent in one go).
 *
 * @example
 * setGroupLead(db, 12)
 */
export function setGroupLead(db: Queryable, id: number): void {
  db.update(submissions).set({ groupId: id }).where(eq(submissions.id, id)).run();
}

/**
 * Every part of a listing sent in one go, in the order they were sent (the lead first).
 *
 * @example
 * listGroup(db, 12).map((s) => s.partKey) // ["organisation", "project:1", "award:2"]
 */
export function listGroup(db: Queryable, groupId: number) {
  return selectSubmissions(db).where(eq(submissions.groupId, groupId)).orderBy(asc(submissions.id)).all();
}

function selectSubmissions(db: Queryable) {
  return db
    .select(submissionColumns)
    .from(submissions)
    .innerJoin(users, eq(users.id, submissions.submittedBy))
    .leftJoin(reviewers, eq(reviewers.id, submissions.reviewedBy))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId));
}

/**
 * One submission with its submitter's and reviewer's emails and its organisation's name, or undefined.
 *
 * @example
 * getSubmission(db, 4)?.status // "pending"
 */
export function getSubmission(db: Queryable, id: number) {
  return selectSubmissions(db).where(eq(submissions.id, id)).get();
}

/**
 * Submissions matching the filters, newest first.
 *
 * @example
 * listSubmissions(db, { status: "pending" }).map((s) => s.submitterEmail)
 */
export function listSubmissions(db: Queryable, f: SubmissionFilters = {}) {
  const where: SQL[] = [];
  if (f.status) where.push(eq(submissions.status, f.status));
  if (f.submittedBy !== undefined) where.push(eq(submissions.submittedBy, f.submittedBy));
  if (f.organisationId !== undefined) where.push(eq(submissions.organisationId, f.organisationId));
  if (f.entity) where.push(eq(submissions.entity, f.entity));
  if (f.entityId !== undefined) where.push(eq(submissions.entityId, f.entityId));
  return selectSubmissions(db)
    .where(and(...where))
    .orderBy(desc(submissions.submittedAt), desc(submissions.id))
    .all();
}

/**
 * Records a decision on a submission (approve, reject, withdraw); an approved new record also
 * gets its id (and, for a new organisation, its organisation). Returns false when there is no such submission.
 *
 * @example
 * updateSubmissionStatus(db, 4, { status: "rejected", reviewedBy: 2, reviewedAt: "2026-01-16T10:00:00.000Z", reason: "Duplicate" })
 */
export function updateSubmissionStatus(
  db: Queryable,
  id: number,
  patch: {
    status: SubmissionStatus;
    reviewedBy: number | null;
    reviewedAt: string;
    reason: string | null;
    entityId?: number;
    organisationId?: number;
  },
): boolean {
  const result = db
    .update(submissions)
    .set({
      status: patch.status,
      reviewedBy: patch.reviewedBy,
      reviewedAt: patch.reviewedAt,
      reason: patch.reason,
      ...(patch.entityId !== undefined ? { entityId: patch.entityId } : {}),
      ...(patch.organisationId !== undefined ? { organisationId: patch.organisationId } : {}),
    })
    .where(eq(submissions.id, id))
    .run();
  return result.changes > 0;
}

/**
 * The number of submissions waiting for a moderator.
 *
 * @example
 * countPending(db) // 3
 */
export function countPending(db: Queryable): number {
  return db.select({ n: sql<number>`count(*)` }).from(submissions).where(and(eq(submissions.status, "pending"), notAPart)).get()!.n;
}

/** A submission's headline in SQL, as submissionTitle() reads it: the proposed name, title or programme. */
const titleOf = (lang: "En" | "Cy") =>
  sql<string>`coalesce(json_extract(${submissions.payload}, ${`$.name${lang}`}), json_extract(${submissions.payload}, ${`$.title${lang}`}), json_extract(${submissions.payload}, ${`$.programme${lang}`}), '')`;

/**
 * One page of the pending submissions, oldest first, with how many match in all: only what the
 * queue shows (never the payload). A listing sent in one go is one row (its lead, with its
 * number of parts). `q` matches part of the proposed name, title or programme (English
 * or Welsh), of the submitter's email or of the organisation's name, in any case; `entity` keeps one
 * kind of record.
 *
 * @example
 * listPendingPage(db, { q: "welcome", entity: "project", limit: 50, offset: 0 })
 * // { total: 1, rows: [{ id: 4, entity: "project", action: "create", title: "Welcome Days", submitterEmail: "ann@example.org", … }] }
 */
export function listPendingPage(db: Queryable, f: { q?: string; entity?: SubmissionEntity; limit: number; offset: number }) {
  const where: SQL[] = [eq(submissions.status, "pending"), notAPart];
  if (f.entity) where.push(eq(submissions.entity, f.entity));
  if (f.q) {
    const pattern = containsPattern(f.q);
    where.push(
      or(
        sql`${titleOf("En")} LIKE ${pattern} ESCAPE '\\'`,
        sql`${titleOf("Cy")} LIKE ${pattern} ESCAPE '\\'`,
        matchesText([users.email, organisations.nameEn, organisations.nameCy], f.q),
      )!,
    );
  }
  const total = db
    .select({ n: sql<number>`count(*)` })
    .from(submissions)
    .innerJoin(users, eq(users.id, submissions.submittedBy))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .where(and(...where))
    .get()!.n;
  const rows = db
    .select({
      id: submissions.id,
      entity: submissions.entity,
      action: submissions.action,
      submittedAt: submissions.submittedAt,
      submitterEmail: users.email,
      organisationNameEn: organisations.nameEn,
      title: titleOf("En"),
      /** How many parts a listing sent in one go holds (0 for a single change). */
      parts: sql<number>`(select count(*) from submissions as part where part.group_id = ${submissions.id})`,
    })
    .from(submissions)
    .innerJoin(users, eq(users.id, submissions.submittedBy))
    .leftJoin(organisations, eq(organisations.id, submissions.organisationId))
    .where(and(...where))
    .orderBy(asc(submissions.submittedAt), asc(submissions.id))
    .limit(f.limit)
    .offset(f.offset)
    .all();
  return { total, rows: rows.map((r) => ({ ...r, title: String(r.title ?? "") })) };
}
