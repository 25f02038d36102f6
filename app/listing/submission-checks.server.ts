/** Checks every submission passes before it is stored and again before it is applied. */
import type { Queryable } from "../../db/client";
import type { RecordStatus, SubmissionAction, SubmissionEntity } from "../../db/schema";
import { HttpError } from "../platform/http.server";
import { awardInputSchema, organisationInputSchema, projectInputSchema } from "./form-schemas";
import { getRecordChoices, type InputOf } from "./record-edit.server";
import type { RecordChoices } from "./record-types";
import type { z } from "zod";

/** A submission whose payload fails validation; `fieldErrors` maps field names to message keys. */
export class InvalidSubmissionError extends HttpError {
  constructor(
    what: SubmissionEntity | "rejection",
    public readonly fieldErrors: Record<string, string[]>,
  ) {
    super(400, `Invalid ${what}: ${Object.entries(fieldErrors).map(([field, keys]) => `${field} (${keys.join(", ")})`).join("; ")}`);
  }
}

export function assertStatusFits(entity: SubmissionEntity, id: number, action: SubmissionAction, status: RecordStatus): void {
  if (action === "archive" && status !== "published") throw HttpError.translated(400, "errors.listing.alreadyArchived", { entity: { $t: `entity.${entity}` }, id });
  if (action === "restore" && status !== "archived") throw HttpError.translated(400, "errors.listing.notArchived", { entity: { $t: `entity.${entity}` }, id });
}

export function validatePayload<E extends SubmissionEntity>(db: Queryable, entity: E, payload: unknown, organisationId: number | null): InputOf[E] {
  const result = SCHEMAS[entity](getRecordChoices(db, { organisationId })).safeParse(payload);
  if (!result.success) throw new InvalidSubmissionError(entity, fieldErrorsOf(result.error.issues));
  return result.data;
}

export function fieldErrorsOf(issues: { path: (string | number)[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.path.join(".") || "payload"] ??= []).push(issue.message);
  return out;
}

const SCHEMAS: { [E in SubmissionEntity]: (choices: RecordChoices) => z.ZodType<InputOf[E], z.ZodTypeDef, unknown> } = {
  organisation: organisationInputSchema,
  project: projectInputSchema,
  award: awardInputSchema,
};
