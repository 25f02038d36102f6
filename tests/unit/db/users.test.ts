import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../db/client";
import {
  addMembership,
  createUser,
  getUserByEmail,
  getUserById,
  isMember,
  listMemberships,
  listUsers,
  removeMembership,
  setUserDisabled,
  setUserPassword,
  setUserRole,
} from "../../../db/queries/users";
import { makeWorld, type World } from "../../factories";

const NOW = "2026-01-15T09:00:00.000Z";
const HASH = "scrypt$32768$8$1$c2FsdA==$aGFzaA==";

let world: World;
let db: Db;
let alpha: number;
let beta: number;
beforeAll(() => {
  world = makeWorld();
  db = world.db;
  alpha = world.ids.organisations["alpha-trust"];
  beta = world.ids.organisations["beta-network"];
});

describe("createUser", () => {
  it("stores the email trimmed and lower-cased and returns the new id", () => {
    const { id } = createUser(db, { email: "  Ann@Example.ORG ", passwordHash: HASH, role: "editor", now: NOW });
    expect(getUserById(db, id)).toEqual({ id, email: "ann@example.org", passwordHash: HASH, role: "editor", createdAt: NOW, disabledAt: null });
  });

  it("throws on a second user with the same email in another case, naming the email", () => {
    createUser(db, { email: "dup@example.org", passwordHash: HASH, role: "editor", now: NOW });
    expect(() => createUser(db, { email: "DUP@example.org ", passwordHash: HASH, role: "admin", now: NOW })).toThrow(
      "A user with this email already exists: dup@example.org",
    );
  });
});

describe("getUserByEmail and getUserById", () => {
  it("find a user by email in any case, and answer undefined for unknown ones", () => {
    const { id } = createUser(db, { email: "bob@example.org", passwordHash: HASH, role: "moderator", now: NOW });
    expect(getUserByEmail(db, " BOB@example.org")?.id).toBe(id);
    expect(getUserByEmail(db, "nobody@example.org")).toBeUndefined();
    expect(getUserById(db, 999_999)).toBeUndefined();
  });
});

describe("setUserRole, setUserPassword and setUserDisabled", () => {
  it("change one user and throw for an unknown id", () => {
    const { id } = createUser(db, { email: "carol@example.org", passwordHash: HASH, role: "editor", now: NOW });
    setUserRole(db, id, "admin");
    setUserPassword(db, id, "scrypt$32768$8$1$bmV3$bmV3");
    setUserDisabled(db, id, NOW);
    expect(getUserById(db, id)).toMatchObject({ role: "admin", passwordHash: "scrypt$32768$8$1$bmV3$bmV3", disabledAt: NOW });
    setUserDisabled(db, id, null);
    expect(getUserById(db, id)?.disabledAt).toBeNull();
    expect(() => setUserRole(db, 999_999, "admin")).toThrow("Unknown user: 999999");
    expect(() => setUserPassword(db, 999_999, HASH)).toThrow("Unknown user: 999999");
    expect(() => setUserDisabled(db, 999_999, NOW)).toThrow("Unknown user: 999999");
  });
});

describe("memberships", () => {
  it("add, list, check and remove a user's organisations; adding twice is harmless", () => {
    const { id } = createUser(db, { email: "dave@example.org", passwordHash: HASH, role: "editor", now: NOW });
    expect(listMemberships(db, id)).toEqual([]);
    addMembership(db, id, beta, NOW);
    addMembership(db, id, alpha, NOW);
    addMembership(db, id, alpha, NOW);
    expect(listMemberships(db, id)).toEqual([alpha, beta].sort((a, b) => a - b));
    expect(isMember(db, id, alpha)).toBe(true);
    removeMembership(db, id, alpha);
    removeMembership(db, id, alpha);
    expect(isMember(db, id, alpha)).toBe(false);
    expect(listMemberships(db, id)).toEqual([beta]);
  });

  it("throws for an unknown user or organisation, naming it", () => {
    const { id } = createUser(db, { email: "erin@example.org", passwordHash: HASH, role: "editor", now: NOW });
    expect(() => addMembership(db, id, 999_999, NOW)).toThrow("Unknown organisation: 999999");
    expect(() => addMembership(db, 999_999, alpha, NOW)).toThrow("Unknown user: 999999");
  });
});

describe("listUsers", () => {
  it("lists every user by email with their organisations and without password hashes", () => {
    const { id } = createUser(db, { email: "aaron@example.org", passwordHash: HASH, role: "editor", now: NOW });
    addMembership(db, id, beta, NOW);
    addMembership(db, id, alpha, NOW);
    const users = listUsers(db);
    expect(users.map((u) => u.email)).toEqual([...users.map((u) => u.email)].sort());
    const aaron = users.find((u) => u.id === id)!;
    expect(aaron).toEqual({
      id,
      email: "aaron@example.org",
      role: "editor",
      createdAt: NOW,
      disabledAt: null,
      organisations: [
        { id: alpha, slug: "alpha-trust", nameEn: "Alpha Trust" },
        { id: beta, slug: "beta-network", nameEn: "Beta Network" },
      ],
    });
    expect(users.every((u) => !("passwordHash" in u))).toBe(true);
    expect(users.find((u) => u.email === "bob@example.org")?.organisations).toEqual([]);
  });
});
