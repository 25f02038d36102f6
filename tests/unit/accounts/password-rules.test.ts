/**
 * The new-password rules the sign-up and change-password forms share: 10 to 200 characters, not
 * only spaces, not the account's email or the part before its "@", and not on the common-password
 * list. Each refusal names its rule.
 */
import { describe, expect, it } from "vitest";
// The server's forms come through accounts.server.ts, which brings the common-password list with it.
import "../../../app/accounts/accounts.server";
import { ChangePasswordSchema, changePasswordSchema, passwordProblem, SignUpSchema } from "../../../app/accounts/auth-forms";
import { isCommonPassword } from "../../../app/accounts/passwords.server";
import { tFor } from "../../../app/i18n";

const EMAIL = "Gwen.Jones@Example.org";
const GOOD = "correct horse battery staple";

/** The messages on each field, or {} when the form is valid. */
function errorsOf(schema: typeof SignUpSchema | typeof ChangePasswordSchema, input: Record<string, string>): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

const signUp = (password: string, email = EMAIL) => errorsOf(SignUpSchema, { email, password, confirmPassword: password });
const change = (newPassword: string, email?: string) =>
  errorsOf(email === undefined ? ChangePasswordSchema : changePasswordSchema(email), { currentPassword: "whatever it was", newPassword, confirmPassword: newPassword });

describe("the sign-up form", () => {
  it("refuses passwords on the common-password list, in any letter case, with auth.commonPassword", () => {
    for (const password of ["password12", "1234567890", "PASSWORD12", "Qwertyuiop", "iloveyou12", "1q2w3e4r5t"]) {
      expect(signUp(password), password).toEqual({ password: ["auth.commonPassword"] });
    }
  });

  it("refuses a password of only spaces or other white space with auth.passwordBlank", () => {
    for (const password of [" ".repeat(10), "\t".repeat(12), " \u00a0".repeat(6)]) {
      expect(signUp(password), JSON.stringify(password)).toEqual({ password: ["auth.passwordBlank"] });
    }
  });

  it("refuses the email address itself, or the part before the @, in any case, with auth.passwordIsEmail", () => {
    for (const password of ["Gwen.Jones@Example.org", "gwen.jones@example.org", "GWEN.JONES", "gwen.jones", " gwen.jones@example.org "]) {
      expect(signUp(password), password).toEqual({ password: ["auth.passwordIsEmail"] });
    }
  });

  it("keeps the length rules: 10 to 200 characters, counted in characters", () => {
    expect(signUp("short")).toEqual({ password: ["auth.weakPassword"] });
    expect(signUp("x".repeat(201))).toEqual({ password: ["form.tooLong"] });
    // Five emoji are ten UTF-16 units but five characters.
    expect(signUp("🐉🐉🐉🐉🐉")).toEqual({ password: ["auth.weakPassword"] });
    expect(signUp("ŵŷâêîôûŵŷâ")).toEqual({});
  });

  it("accepts a long passphrase that breaks no rule (control)", () => {
    expect(signUp(GOOD)).toEqual({});
    expect(signUp("Gwen.Jones's garden gate")).toEqual({});
  });
});

describe("the change-password form", () => {
  it("refuses a common password and a blank one, naming the rule", () => {
    expect(change("password12")).toEqual({ newPassword: ["auth.commonPassword"] });
    expect(change(" ".repeat(10))).toEqual({ newPassword: ["auth.passwordBlank"] });
    expect(change("short")).toEqual({ newPassword: ["auth.weakPassword"] });
    expect(change(GOOD)).toEqual({});
  });

  it("refuses the account's own email or its local part when given the account's email", () => {
    expect(change("gwen.jones@example.org", EMAIL)).toEqual({ newPassword: ["auth.passwordIsEmail"] });
    expect(change("Gwen.Jones", EMAIL)).toEqual({ newPassword: ["auth.passwordIsEmail"] });
    expect(change(GOOD, EMAIL)).toEqual({});
  });
});

describe("passwordProblem", () => {
  it("names one rule per password, or undefined", () => {
    expect(passwordProblem("password12")).toBe("auth.commonPassword");
    expect(passwordProblem(" ".repeat(10))).toBe("auth.passwordBlank");
    expect(passwordProblem("ann@example.org", "ann@example.org")).toBe("auth.passwordIsEmail");
    expect(passwordProblem(GOOD, "ann@example.org")).toBeUndefined();
  });
});

describe("isCommonPassword", () => {
  it("finds list entries whatever their letter case and surrounding spaces, and nothing else", () => {
    expect(isCommonPassword("password12")).toBe(true);
    expect(isCommonPassword("PassWord12")).toBe(true);
    expect(isCommonPassword(" 1234567890 ")).toBe(true);
    expect(isCommonPassword(GOOD)).toBe(false);
    expect(isCommonPassword("")).toBe(false);
  });
});

describe("the rules' messages", () => {
  it("exist in English and Welsh and say what the rule is", () => {
    for (const key of ["auth.commonPassword", "auth.passwordBlank", "auth.passwordIsEmail"]) {
      const [en, cy] = [tFor("en")(key), tFor("cy")(key)];
      expect(en, key).not.toBe(key);
      expect(cy, key).not.toBe(key);
      expect(cy, key).not.toBe(en);
    }
    expect(tFor("en")("auth.commonPassword")).toMatch(/common/i);
    expect(tFor("en")("auth.passwordBlank")).toMatch(/spaces/i);
    expect(tFor("en")("auth.passwordIsEmail")).toMatch(/email/i);
  });
});
