import { CSRF_FIELD } from "~/platform/form-fields";
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { anonymousFormPage, handleSignIn } from "~/accounts/sign-in.server";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SignInSchema } from "~/accounts/auth-forms";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, Honeypot, TextField } from "~/components/form-fields";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => anonymousFormPage(contextOf(request), request));

export const action = ({ request }: ActionFunctionArgs) => formAction(request, () => handleSignIn(contextOf(request), request));

export default function SignIn() {
  const { csrf, redirectTo } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, href } = useLang();
  const [form, fields] = useForm({
    id: "sign-in",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignInSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  return (
    <div>
      <h1>{t("auth.signInTitle")}</h1>
      <Form method="post" {...getFormProps(form)} className="form">
        <ErrorSummary form={form} labels={{ email: t("auth.email"), password: t("auth.password") }} />
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField meta={fields.email} label={t("auth.email")} type="email" autoComplete="email" />
        <TextField meta={fields.password} label={t("auth.password")} type="password" autoComplete="current-password" />
        <Honeypot label={t("auth.honeypot")} />
        <p>
          <button type="submit">{t("auth.submitSignIn")}</button>
        </p>
      </Form>
      <p>
        {t("auth.noAccount")} <Link to={href("/sign-up")}>{t("auth.signUpTitle")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
