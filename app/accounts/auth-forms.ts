import { z } from "zod";
import { EMAIL } from "../platform/form-fields";
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN } from "./limits";

/** Sign-in and sign-up fields. Messages are catalogue keys (translated where they are shown). */
const email = z
  .string({ required_error: "form.required" })
  .trim()
  .max(EMAIL_MAX, "form.tooLong")
  .regex(EMAIL, "form.badEmail");

export type PasswordProblem = "auth.weakPassword" | "form.tooLong" | "auth.passwordBlank" | "auth.passwordIsEmail" | "auth.commonPassword";

/**
 * The common-password check. Only the server has the list (380 kB, too much to send to every
 * browser): passwords.server.ts installs it when it loads, and every server path that takes a new
 * password (the sign-up and account pages, `npm run user:create`) loads it through
 * accounts.server.ts. In the browser the rule is left to the server.
 */
let isCommon: (password: string) => boolean = () => false;

/** Installs the server's common-password check (called once, by passwords.server.ts). */
export function setCommonPasswordCheck(check: (password: string) => boolean): void {
  isCommon = check;
}

/**
 * The first rule a new password breaks, as a catalogue key, or undefined: 10 to 200 characters
 * (code points, so "ŵ" and "🐉" each count one), not only white space, not the account's email or
 * the part before its "@" (ignoring case and surrounding spaces), not a common password.
 *
 * @example
 * passwordProblem("password12")                                  // "auth.commonPassword"
 * passwordProblem("Gwen.Jones", "gwen.jones@example.org")        // "auth.passwordIsEmail"
 * passwordProblem("correct horse battery staple", "gwen@example.org") // undefined
 */
export function passwordProblem(password: string, email?: string): PasswordProblem | undefined {
  const length = [...password].length;
  if (password.trim() === "") return password === "" ? "auth.weakPassword" : "auth.passwordBlank";
  if (length < PASSWORD_MIN) return "auth.weakPassword";
  if (length > PASSWORD_MAX) return "form.tooLong";
  if (email !== undefined && isEmailOrLocalPart(password, email)) return "auth.passwordIsEmail";
  if (isCommon(password)) return "auth.commonPassword";
  return undefined;
}

function isEmailOrLocalPart(password: string, email: string): boolean {
  const typed = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  return typed === address || (at > 0 && typed === address.slice(0, at));
}

/** A new password: every rule that does not need the account's email (that one is checked on the whole form). */
const newPassword = z.string({ required_error: "form.required" }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
});

export const SignInSchema = z.object({
  email,
  password: z.string({ required_error: "form.required" }).max(PASSWORD_MAX, "form.tooLong"),
  redirectTo: z.string().optional(),
});

export const SignUpSchema = z
  .object({
    email,
    password: newPassword,
    confirmPassword: z.string({ required_error: "form.required" }),
    /** Where to go once the account exists (a path on this site; see safeRedirect). */
    redirectTo: z.string().max(500).optional(),
  })
  .superRefine((v, ctx) => {
    if (!passwordProblem(v.password) && isEmailOrLocalPart(v.password, v.email)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "auth.passwordIsEmail", path: ["password"] });
    if (v.password !== v.confirmPassword) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "auth.mismatch", path: ["confirmPassword"] });
  });

/**
 * The change-password form; given the account's email, it also refuses that email (or its local
 * part) as the new password. The browser's copy has no email to hand.
 *
 * @example
 * parseWithZod(formData, { schema: changePasswordSchema(user.email) })
 */
export function changePasswordSchema(accountEmail?: string) {
  return z
    .object({
      currentPassword: z.string({ required_error: "form.required" }),
      newPassword,
      confirmPassword: z.string({ required_error: "form.required" }),
    })
    .superRefine((v, ctx) => {
      if (accountEmail !== undefined && !passwordProblem(v.newPassword) && isEmailOrLocalPart(v.newPassword, accountEmail)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: "auth.passwordIsEmail", path: ["newPassword"] });
      }
      if (v.newPassword !== v.confirmPassword) ctx.addIssue({ code: z.ZodIssueCode.custom, message: "auth.mismatch", path: ["confirmPassword"] });
    });
}

export const ChangePasswordSchema = changePasswordSchema();
