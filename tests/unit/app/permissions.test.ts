import { describe, expect, it } from "vitest";
import { ACTIONS, can, PERMISSIONS, type Action, type Actor } from "../../../app/accounts/permissions";
import { ROLES } from "../../../db/enums";

const ORG_A = 1;
const ORG_B = 2;

const ACTORS: Record<string, Actor> = {
  anonymous: null,
  editorOfA: { id: 10, role: "editor", organisationIds: [ORG_A] },
  editorOfB: { id: 11, role: "editor", organisationIds: [ORG_B] },
  moderator: { id: 12, role: "moderator", organisationIds: [] },
  admin: { id: 13, role: "admin", organisationIds: [] },
};

// Written out by hand, not derived from PERMISSIONS: every action against a record of organisation A.
// Columns: anonymous, editor of A, editor of B, moderator, admin.
const EXPECTED: Record<Action, [boolean, boolean, boolean, boolean, boolean]> = {
  "submit-new-organisation": [false, true, true, true, true],
  "edit-organisation": [false, true, false, true, true],
  "edit-project": [false, true, false, true, true],
  "edit-award": [false, true, false, true, true],
  "confirm-fresh": [false, true, false, true, true],
  archive: [false, true, false, true, true],
  restore: [false, true, false, true, true],
  "review-submissions": [false, false, false, true, true],
  "view-history": [false, false, false, true, true],
  "list-stale": [false, false, false, true, true],
  "manage-users": [false, false, false, false, true],
  "manage-boundaries": [false, false, false, false, true],
  "import-grants": [false, false, false, true, true],
};

describe("can", () => {
  it("covers every action in the matrix", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
    for (const action of ACTIONS) expect(Object.keys(PERMISSIONS[action]).sort()).toEqual([...ROLES].sort());
  });

  for (const action of ACTIONS) {
    it(`answers "${action}" on an organisation A record for anonymous, editor of A, editor of B, moderator and admin`, () => {
      const answers = Object.values(ACTORS).map((actor) => can(actor, action, { organisationId: ORG_A }));
      expect(answers).toEqual(EXPECTED[action]);
    });
  }

  it("never lets an editor touch another organisation's records", () => {
    for (const action of ["edit-organisation", "edit-project", "edit-award", "confirm-fresh", "archive", "restore"] as const) {
      expect(can(ACTORS.editorOfA, action, { organisationId: ORG_B })).toBe(false);
      expect(can(ACTORS.editorOfB, action, { organisationId: ORG_B })).toBe(true);
    }
  });

  it("refuses an editor an organisation action when no target is given, but not a moderator", () => {
    expect(can(ACTORS.editorOfA, "edit-project")).toBe(false);
    expect(can(ACTORS.moderator, "edit-project")).toBe(true);
    expect(can(ACTORS.admin, "archive")).toBe(true);
  });

  it("lets an editor of several organisations edit each of them", () => {
    const both: Actor = { id: 14, role: "editor", organisationIds: [ORG_A, ORG_B] };
    expect(can(both, "edit-award", { organisationId: ORG_A })).toBe(true);
    expect(can(both, "edit-award", { organisationId: ORG_B })).toBe(true);
    expect(can(both, "edit-award", { organisationId: 3 })).toBe(false);
  });

  it("refuses an unknown action or role rather than guessing", () => {
    expect(can(ACTORS.admin, "delete-everything" as Action)).toBe(false);
    expect(can({ id: 1, role: "owner" as "admin", organisationIds: [] }, "manage-users")).toBe(false);
  });
});
