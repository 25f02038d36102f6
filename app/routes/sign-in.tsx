import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { clientIp, getCurrentUser, safeRedirect, sessionCookie, signIn, startSession } from "~/auth.server";
import { SignInSchema } from "~/auth-forms";
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
    return data({ csrf: token, redirectTo: ctx.url.searchParams.get("redirectTo") ?? "" }, setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined);
  });

export const action = ({ request }: ActionFunctionArgs) =>
  page(async () => {
    const ctx = contextOf(request);
    const formData = await request.formData();
    verifyAnonymousCsrf(request, formData, ctx.t("auth.csrf"));
    const submission = parseWithZod(formData, { schema: SignInSchema });
    if (submission.status !== "success" || isHoneypotTripped(formData)) {
      return data(submission.reply({ formErrors: submission.status === "success" ? ["auth.invalid"] : undefined, hideFields: ["password"] }), { status: 400 });
    }
    const result = await signIn(ctx.db, { email: submission.value.email, password: submission.value.password, ip: clientIp(request), nowMs: Date.now() });
    if (!result.ok) {
      const message = result.reason === "rate-limited" ? "auth.rateLimited" : "auth.invalid";
      return data(submission.reply({ formErrors: [message], hideFields: ["password"] }), { status: result.reason === "rate-limited" ? 429 : 400 });
    }
    const session = startSession(ctx.db, result.userId, Date.now());
    return redirect(localHref(ctx.lang, safeRedirect(submission.value.redirectTo, "/account")), {
      headers: { "Set-Cookie": sessionCookie(session.token, request, 30 * 24 * 3600) },
    });
  });

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
        <input type="hidden" name="csrf" value={csrf} />
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
