import { z } from "zod";
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN } from "./limits";

/** Sign-in and sign-up fields. Messages are catalogue keys (translated where they are shown). */
const email = z
  .string({ required_error: "form.required" })
  .trim()
  .max(EMAIL_MAX, "form.tooLong")
  .email("form.badEmail");

export const SignInSchema = z.object({
  email,
  password: z.string({ required_error: "form.required" }).max(PASSWORD_MAX, "form.tooLong"),
  redirectTo: z.string().optional(),
});

export const SignUpSchema = z
  .object({
    email,
    password: z.string({ required_error: "form.required" }).min(PASSWORD_MIN, "auth.weakPassword").max(PASSWORD_MAX, "form.tooLong"),
    confirmPassword: z.string({ required_error: "form.required" }),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "auth.mismatch", path: ["confirmPassword"] });

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string({ required_error: "form.required" }),
    newPassword: z.string({ required_error: "form.required" }).min(PASSWORD_MIN, "auth.weakPassword").max(PASSWORD_MAX, "form.tooLong"),
    confirmPassword: z.string({ required_error: "form.required" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "auth.mismatch", path: ["confirmPassword"] });
