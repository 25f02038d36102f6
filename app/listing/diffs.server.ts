/** What a submission would change, field by field, and the audit trail of what changes did. */
import type { Queryable } from "../../db/client";
import { listAudit, type AuditChanges } from "../../db/queries/audit";
import type { SubmissionRow } from "../../db/queries/submissions";
import type { SubmissionEntity } from "../../db/schema";
import { HttpError } from "../platform/http.server";
import { getRecordForEdit } from "./record-edit.server";

/** One field of a proposed change: its published value and the proposed one. */
export interface DiffEntry {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The fields a submission would change, compared with the record as it is now: for a new
 * record every field that has a value (before = null); for an edit every field that differs
 * (themes and areas compared as sorted lists); for an archive or restore the status.
 * After approval the record matches, so use the audit log (getHistory) for past changes.
 * Throws HttpError 404 when an edited record no longer exists.
 *
 * @example
 * diffSubmission(db, getSubmission(db, 4)!) // [{ field: "titleEn", before: "Forum", after: "Hate crime forum" }]
 */
export function diffSubmission(db: Queryable, submission: Pick<SubmissionRow, "entity" | "action" | "entityId" | "payload">): DiffEntry[] {
  const { entity, action, entityId } = submission;
  if (action === "create") return diffFields(null, submission.payload as object);
  const target = entityId === null ? undefined : getRecordForEdit(db, entity, entityId);
  if (!target) throw HttpError.translated(404, "errors.listing.gone", { entity: { $t: `entity.${entity}` }, id: String(entityId) });
  if (action === "update") return diffFields(target.input, submission.payload as object);
  return [{ field: "status", before: target.status, after: action === "archive" ? "archived" : "published" }];
}

/**
 * The audit trail of one record, newest first, with who made each change.
 *
 * @example
 * getHistory(db, "project", 12)[0].changes // { titleEn: { before: "Forum", after: "Hate crime forum" } }
 */
export function getHistory(db: Queryable, entity: SubmissionEntity | "funder", entityId: number) {
  return listAudit(db, entity, entityId);
}

function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0);
}

function comparable(v: unknown): unknown {
  return Array.isArray(v) ? [...v].map(String).sort() : v;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (isEmptyValue(a) && isEmptyValue(b)) return true;
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}

/** Every field of `after` whose value differs from `before`'s (all with a value when before is null). */
export function diffFields(before: object | null, after: object): DiffEntry[] {
  const out: DiffEntry[] = [];
  const previous = new Map(Object.entries(before ?? {}));
  for (const [field, value] of Object.entries(after)) {
    const old = previous.get(field) ?? null;
    const now = value ?? null;
    if (!sameValue(old, now)) out.push({ field, before: comparable(old), after: comparable(now) });
  }
  return out;
}

export function changesOf(diff: DiffEntry[]): AuditChanges {
  return Object.fromEntries(diff.map((d) => [d.field, { before: d.before, after: d.after }]));
}
