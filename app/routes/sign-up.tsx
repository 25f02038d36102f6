import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AuthError, clientIp, getCurrentUser, hitSignUpLimit, sessionCookie, signUp, startSession } from "~/auth.server";
import { SignUpSchema } from "~/auth-forms";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, Honeypot, TextField } from "~/components/form-fields";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/context.server";
import { anonymousCsrf, verifyAnonymousCsrf } from "~/csrf.server";
import { isHoneypotTripped } from "~/honeypot.server";
import { page } from "~/http.server";
import { localHref } from "~/i18n";

export const loader = ({ request }: LoaderFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    if (getCurrentUser(ctx, request)) throw redirect(localHref(ctx.lang, "/account"));
    const { token, setCookie } = anonymousCsrf(request);
    return data({ csrf: token }, setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined);
  });

export const action = ({ request }: ActionFunctionArgs) =>
  page(async () => {
    const ctx = contextOf(request);
    const formData = await request.formData();
    verifyAnonymousCsrf(request, formData, ctx.t("auth.csrf"));
    const submission = parseWithZod(formData, { schema: SignUpSchema });
    const hide = { hideFields: ["password", "confirmPassword"] };
    if (submission.status !== "success") return data(submission.reply(hide), { status: 400 });
    // A bot that filled the hidden field gets the same answer as a refused sign-up, and nothing is stored.
    if (isHoneypotTripped(formData)) return data(submission.reply({ formErrors: ["auth.refused"], ...hide }), { status: 400 });
    const limit = hitSignUpLimit(ctx.db, clientIp(request), Date.now());
    if (!limit.allowed) return data(submission.reply({ formErrors: ["auth.rateLimited"], ...hide }), { status: 429 });
    try {
      const { userId } = await signUp(ctx.db, { email: submission.value.email, password: submission.value.password, now: new Date().toISOString() });
      const session = startSession(ctx.db, userId, Date.now());
      return redirect(localHref(ctx.lang, "/account"), { headers: { "Set-Cookie": sessionCookie(session.token, request, 30 * 24 * 3600) } });
    } catch (error) {
      if (error instanceof AuthError) {
        const field = error.code === "email-taken" || error.code === "bad-email" ? "email" : "password";
        const key = error.code === "email-taken" ? "auth.emailTaken" : error.code === "bad-email" ? "form.badEmail" : "auth.weakPassword";
        return data(submission.reply({ fieldErrors: { [field]: [key] }, ...hide }), { status: 400 });
      }
      throw error;
    }
  });

export default function SignUp() {
  const { csrf } = useLoaderData<typeof loader>();
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
        <input type="hidden" name="csrf" value={csrf} />
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
