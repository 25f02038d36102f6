/**
 * The password and email rules through the real sign-up and account routes: a refused password
 * gets a 400 naming its rule on the password field, keeps the email typed (never the password),
 * and creates or changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, closeWorld, importAppModules, openWorld, outcome, PASSWORD, postRequest, replyErrors, type AppModules, type Fields, type World } from "./harness";

let world: World;
let m: AppModules;

beforeAll(async () => {
  world = await openWorld();
  m = await importAppModules();
}, 60_000);

afterAll(() => closeWorld(world));

const CSRF = "c".repeat(43);
const anonymous = { csrf: CSRF, cookie: `cmw_csrf=${CSRF}` };
const signUp = (fields: Fields) => outcome(() => call(m.signUp.action, postRequest("/sign-up", undefined, fields, anonymous)));
const initialValue = (data: unknown) => (data as { initialValue?: Record<string, unknown> }).initialValue ?? {};

describe("sign-up", () => {
  const cases: [string, string, string][] = [
    ["a common password", "password12", "auth.commonPassword"],
    ["a common password of digits", "1234567890", "auth.commonPassword"],
    ["ten spaces", " ".repeat(10), "auth.passwordBlank"],
    ["the email itself", "Rhys.Evans@example.org", "auth.passwordIsEmail"],
    ["the email's local part in capitals", "RHYS.EVANS", "auth.passwordIsEmail"],
  ];
  for (const [what, password, key] of cases) {
    it(`with ${what} → 400, ${key} on the password, the email kept and no account`, async () => {
      const email = "rhys.evans@example.org";
      const result = await signUp({ email, password, confirmPassword: password });
      expect(result.status).toBe(400);
      expect(replyErrors(result.data).password).toEqual([key]);
      expect(initialValue(result.data).email).toBe(email);
      expect(initialValue(result.data).password).toBeUndefined();
      expect(initialValue(result.data).confirmPassword).toBeUndefined();
      expect(m.users.getUserByEmail(world.db, email)).toBeUndefined();
    });
  }

  it("with an email that would add mailto: parameters → 400 form.badEmail and no account", async () => {
    for (const email of ["rhys?cc=all@example.org", "rhys&x@example.org", "mailto:rhys@example.org", "rhys%0A@example.org"]) {
      const result = await signUp({ email, password: "a perfectly long password", confirmPassword: "a perfectly long password" });
      expect(result.status, email).toBe(400);
      expect(replyErrors(result.data).email, email).toEqual(["form.badEmail"]);
    }
  });

  it("with a good password (control) → 302 and the account exists", async () => {
    const result = await signUp({ email: "rhys.evans@example.org", password: "a perfectly long password", confirmPassword: "a perfectly long password" });
    expect(result).toMatchObject({ status: 302, location: "/account" });
    expect(m.users.getUserByEmail(world.db, "rhys.evans@example.org")).toBeDefined();
  });

  it("goes on to the listing form when it came from 'List your organisation', and never to another site", async () => {
    const password = "a perfectly long password";
    const listing = await signUp({ email: "group@example.org", password, confirmPassword: password, redirectTo: "/account/listings/new/organisation" });
    expect(listing).toMatchObject({ status: 302, location: "/account/listings/new/organisation" });
    const elsewhere = await signUp({ email: "group2@example.org", password, confirmPassword: password, redirectTo: "//evil.example/" });
    expect(elsewhere).toMatchObject({ status: 302, location: "/account" });
  });
});

describe("changing a password on the account page", () => {
  const changeTo = (newPassword: string) =>
    outcome(() =>
      call(m.account.action, postRequest("/account", world.accounts.editorB, { intent: "password", currentPassword: PASSWORD, newPassword, confirmPassword: newPassword })),
    );

  it("to a common password or only spaces → 400 naming the rule on the new password, and the old password still works", async () => {
    for (const [password, key] of [
      ["password12", "auth.commonPassword"],
      ["Qwertyuiop", "auth.commonPassword"],
      [" ".repeat(12), "auth.passwordBlank"],
    ]) {
      const result = await changeTo(password);
      expect(result.status, password).toBe(400);
      expect(replyErrors(result.data).newPassword, password).toEqual([key]);
      expect(initialValue(result.data).newPassword).toBeUndefined();
    }
    const { signIn } = await import("../../../app/accounts/accounts.server");
    expect((await signIn(world.db, { email: world.accounts.editorB.email, password: PASSWORD, ip: "192.0.2.77", nowMs: Date.now() })).ok).toBe(true);
  });
});
