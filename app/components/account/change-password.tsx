import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { ChangePasswordSchema } from "~/accounts/auth-forms";
import { CsrfField, ErrorSummary, TextField } from "~/components/form-fields";
import { useLang } from "~/components/use-lang";
import type { AccountActionData } from "~/routes/account._index";

/** The form to change one's password (current password, then the new one twice). */
export function ChangePassword({ csrf, lastResult }: { csrf: string; lastResult: AccountActionData }) {
  const { t } = useLang();
  const [form, fields] = useForm({
    id: "password",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <section aria-labelledby="change-password">
      <h2 id="change-password">{t("auth.changePassword")}</h2>
      <Form method="post" {...getFormProps(form)} className="form">
        <ErrorSummary
          form={form}
          labels={{ currentPassword: t("auth.currentPassword"), newPassword: t("auth.newPassword"), confirmPassword: t("auth.confirmPassword") }}
        />
        <CsrfField token={csrf} />
        <input type="hidden" name="intent" value="password" />
        <TextField meta={fields.currentPassword} label={t("auth.currentPassword")} type="password" autoComplete="current-password" />
        <TextField meta={fields.newPassword} label={t("auth.newPassword")} hint={t("auth.passwordHint")} type="password" autoComplete="new-password" />
        <TextField meta={fields.confirmPassword} label={t("auth.confirmPassword")} type="password" autoComplete="new-password" />
        <p>
          <button type="submit">{t("auth.submitChangePassword")}</button>
        </p>
      </Form>
    </section>
  );
}
