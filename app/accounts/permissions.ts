/**
 * Who may do what. Pure (no server imports), so components can use it to show or hide controls;
 * the server checks the same rules again in every action.
 *
 * | action                  | anonymous | editor           | moderator | admin |
 * | ----------------------- | --------- | ---------------- | --------- | ----- |
 * | submit-new-organisation | no        | yes              | yes       | yes   |
 * | edit-organisation       | no        | member of target | yes       | yes   |
 * | edit-project            | no        | member of target | yes       | yes   |
 * | edit-award              | no        | member of target | yes       | yes   |
 * | confirm-fresh           | no        | member of target | yes       | yes   |
 * | archive                 | no        | member of target | yes       | yes   |
 * | restore                 | no        | member of target | yes       | yes   |
 * | review-submissions      | no        | no               | yes       | yes   |
 * | view-history            | no        | no               | yes       | yes   |
 * | list-stale              | no        | no               | yes       | yes   |
 * | manage-users            | no        | no               | no        | yes   |
 * | manage-boundaries       | no        | no               | no        | yes   |
 * | import-grants           | no        | no               | yes       | yes   |
 *
 * "member of target": the target's `organisationId` is one of the editor's organisations; without
 * a target the answer is no. For an editor, an edit, archive or restore is a request (a
 * submission a moderator reviews); `can` answers whether they may make it.
 */
import type { Role } from "../../db/enums";

/** The signed-in person as far as permissions care, or null for an anonymous visitor. */
export type Actor = { id: number; role: Role; organisationIds: readonly number[] } | null;

/** The record an action is about: the organisation it belongs to. */
export interface PermissionTarget {
  organisationId: number;
}

export const ACTIONS = [
  "submit-new-organisation",
  "edit-organisation",
  "edit-project",
  "edit-award",
  "confirm-fresh",
  "archive",
  "restore",
  "review-submissions",
  "view-history",
  "list-stale",
  "manage-users",
  "manage-boundaries",
  "import-grants",
] as const;
export type Action = (typeof ACTIONS)[number];

/** "yes", "no", or "member": only for a target of one of the actor's organisations. */
export type Rule = "yes" | "no" | "member";

/** The table above, as data; `can` reads it, so the documentation cannot drift from the code. */
export const PERMISSIONS: Readonly<Record<Action, Readonly<Record<Role, Rule>>>> = {
  "submit-new-organisation": { editor: "yes", moderator: "yes", admin: "yes" },
  "edit-organisation": { editor: "member", moderator: "yes", admin: "yes" },
  "edit-project": { editor: "member", moderator: "yes", admin: "yes" },
  "edit-award": { editor: "member", moderator: "yes", admin: "yes" },
  "confirm-fresh": { editor: "member", moderator: "yes", admin: "yes" },
  archive: { editor: "member", moderator: "yes", admin: "yes" },
  restore: { editor: "member", moderator: "yes", admin: "yes" },
  "review-submissions": { editor: "no", moderator: "yes", admin: "yes" },
  "view-history": { editor: "no", moderator: "yes", admin: "yes" },
  "list-stale": { editor: "no", moderator: "yes", admin: "yes" },
  "manage-users": { editor: "no", moderator: "no", admin: "yes" },
  "manage-boundaries": { editor: "no", moderator: "no", admin: "yes" },
  "import-grants": { editor: "no", moderator: "yes", admin: "yes" },
};

/**
 * Whether `actor` may do `action` (on `target`, for actions about one organisation's records).
 * Anonymous visitors may do none of them; an unknown role or action is refused.
 *
 * @example
 * can(user, "edit-project", { organisationId: project.organisationId })
 * can(user, "manage-users")
 */
export function can(actor: Actor, action: Action, target?: PermissionTarget): boolean {
  if (!actor) return false;
  const rule = PERMISSIONS[action]?.[actor.role];
  if (rule === "yes") return true;
  if (rule === "member") return target !== undefined && actor.organisationIds.includes(target.organisationId);
  return false;
}
