import { CSRF_FIELD } from "~/platform/form-fields";
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { anonymousFormPage, handleSignUp } from "~/accounts/sign-in.server";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SignUpSchema } from "~/accounts/auth-forms";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, Honeypot, TextField } from "~/components/form-fields";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";
import { formAction } from "~/platform/forms.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => anonymousFormPage(contextOf(request), request));

export const action = ({ request }: ActionFunctionArgs) => formAction(request, () => handleSignUp(contextOf(request), request));

export default function SignUp() {
  const { csrf, redirectTo } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, href } = useLang();
  const [form, fields] = useForm({
    id: "sign-up",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignUpSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div>
      <h1>{t("auth.signUpTitle")}</h1>
      <p className="lede">{t("auth.signUpIntro")}</p>
      <Form method="post" {...getFormProps(form)} className="form">
        <ErrorSummary form={form} labels={{ email: t("auth.email"), password: t("auth.password"), confirmPassword: t("auth.confirmPassword") }} />
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField meta={fields.email} label={t("auth.email")} type="email" autoComplete="email" />
        <TextField meta={fields.password} label={t("auth.password")} hint={t("auth.passwordHint")} type="password" autoComplete="new-password" />
        <TextField meta={fields.confirmPassword} label={t("auth.confirmPassword")} type="password" autoComplete="new-password" />
        <Honeypot label={t("auth.honeypot")} />
        <p>
          <button type="submit">{t("auth.submitSignUp")}</button>
        </p>
      </Form>
      <p>
        {t("auth.haveAccount")} <Link to={href("/sign-in")}>{t("auth.signInTitle")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
