import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import { deleteExpiredSessions, deleteSession, deleteUserSessions, getSessionWithUser, insertSession } from "../../../db/queries/sessions";
import { createUser, setUserDisabled } from "../../../db/queries/users";
import { makeDb } from "../../factories";

const CREATED = "2026-01-15T09:00:00.000Z";
const EXPIRES = "2026-02-14T09:00:00.000Z";
const HASH = "scrypt$32768$8$1$c2FsdA==$aGFzaA==";

let db: Db;
let ann: number;
let bob: number;
beforeAll(() => {
  db = makeDb();
  ann = createUser(db, { email: "ann@example.org", passwordHash: HASH, role: "moderator", now: CREATED }).id;
  bob = createUser(db, { email: "bob@example.org", passwordHash: HASH, role: "editor", now: CREATED }).id;
});

const session = (tokenHash: string, userId: number, expiresAt = EXPIRES) => insertSession(db, { tokenHash, userId, csrfToken: `csrf-${tokenHash}`, createdAt: CREATED, expiresAt });

describe("getSessionWithUser", () => {
  it("returns the session with its user's email and role until the moment it expires", () => {
    session("live", ann);
    expect(getSessionWithUser(db, "live", "2026-02-14T08:59:59.999Z")).toEqual({
      tokenHash: "live",
      userId: ann,
      email: "ann@example.org",
      role: "moderator",
      csrfToken: "csrf-live",
      createdAt: CREATED,
      expiresAt: EXPIRES,
    });
    expect(getSessionWithUser(db, "live", EXPIRES)).toBeUndefined();
    expect(getSessionWithUser(db, "unknown", CREATED)).toBeUndefined();
  });

  it("returns nothing for a disabled user's session", () => {
    const { id } = createUser(db, { email: "gone@example.org", passwordHash: HASH, role: "editor", now: CREATED });
    session("disabled", id);
    setUserDisabled(db, id, CREATED);
    expect(getSessionWithUser(db, "disabled", CREATED)).toBeUndefined();
  });
});

describe("deleting sessions", () => {
  it("ends one session, every session of a user but one, or every expired session", () => {
    session("b1", bob);
    session("b2", bob);
    session("b3", bob);
    session("b-old", bob, "2026-01-01T00:00:00.000Z");
    deleteSession(db, "b1");
    expect(getSessionWithUser(db, "b1", CREATED)).toBeUndefined();
    expect(deleteUserSessions(db, bob, "b2")).toBe(2);
    expect(getSessionWithUser(db, "b2", CREATED)?.userId).toBe(bob);
    expect(deleteExpiredSessions(db, CREATED)).toBe(0);
    expect(deleteExpiredSessions(db, EXPIRES)).toBeGreaterThanOrEqual(2);
    expect(getSessionWithUser(db, "b2", CREATED)).toBeUndefined();
    session("b4", bob);
    expect(deleteUserSessions(db, bob)).toBe(1);
  });

  it("ends a user's sessions when the user row is deleted", () => {
    const { id } = createUser(db, { email: "temp@example.org", passwordHash: HASH, role: "editor", now: CREATED });
    session("temp", id);
    db.$client.prepare("DELETE FROM users WHERE id = ?").run(id);
    expect(db.$client.prepare("SELECT count(*) AS n FROM sessions WHERE token_hash = 'temp'").get()).toEqual({ n: 0 });
  });
});
