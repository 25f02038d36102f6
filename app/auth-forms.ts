import { z } from "zod";

/** Sign-in and sign-up fields. Messages are catalogue keys (translated where they are shown). */
const email = z
  .string({ required_error: "form.required" })
  .trim()
  .max(200, "form.tooLong")
  .email("form.badEmail");

export const SignInSchema = z.object({
  email,
  password: z.string({ required_error: "form.required" }).max(200, "form.tooLong"),
  redirectTo: z.string().optional(),
});

export const SignUpSchema = z
  .object({
    email,
    password: z.string({ required_error: "form.required" }).min(10, "auth.weakPassword").max(200, "form.tooLong"),
    confirmPassword: z.string({ required_error: "form.required" }),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "auth.mismatch", path: ["confirmPassword"] });

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string({ required_error: "form.required" }),
    newPassword: z.string({ required_error: "form.required" }).min(10, "auth.weakPassword").max(200, "form.tooLong"),
    confirmPassword: z.string({ required_error: "form.required" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "auth.mismatch", path: ["confirmPassword"] });
