import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getAccountPage, handleAccountAction } from "~/accounts/account-page.server";
import { ChangePasswordSchema } from "~/accounts/auth-forms";
import { Bilingual } from "~/components/bilingual";
import { ErrorPage } from "~/components/error-page";
import { CsrfField, ErrorSummary, TextField } from "~/components/form-fields";
import { PartialDate } from "~/components/partial-date";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getAccountPage(contextOf(request), request));
export const action = ({ request }: ActionFunctionArgs) => page(() => handleAccountAction(contextOf(request), request));

export default function Account() {
  const d = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t, href } = useLang();
  const [form, fields] = useForm({
    id: "password",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const stale = d.organisations.filter((o) => o.stale);
  const confirmedName = d.organisations.find((o) => String(o.id) === d.confirmed)?.nameEn;
  return (
    <div>
      <h1>{t("account.title")}</h1>
      <p>
        {t("auth.signedInAs", { email: d.user.email })} · {t("account.role")}: {t(`account.roles.${d.user.role}`)}
      </p>
      {d.submitted ? (
        <p className="notice" role="status">
          {t("account.submitted")}
        </p>
      ) : null}
      {confirmedName ? (
        <p className="notice" role="status">
          {t("account.confirmed", { name: confirmedName })}
        </p>
      ) : null}
      {d.passwordChanged ? (
        <p className="notice" role="status">
          {t("auth.passwordChanged")}
        </p>
      ) : null}

      {stale.length ? (
        <section aria-labelledby="needs-review" className="gaps">
          <h2 id="needs-review">{t("account.needsReview")}</h2>
          <p>{t("account.needsReviewIntro")}</p>
          <ul>
            {stale.map((o) => (
              <li key={o.id}>
                <Link to={href(`/organisations/${o.slug}`)}>
                  <Bilingual en={o.nameEn} cy={o.nameCy} />
                </Link>{" "}
                (<PartialDate date={o.lastConfirmed} />){" "}
                <Form method="post" className="inline-form">
                  <CsrfField token={d.user.csrf} />
                  <input type="hidden" name="intent" value="confirm" />
                  <input type="hidden" name="organisationId" value={o.id} />
                  <button type="submit">{t("account.stillCorrect")}</button>
                </Form>{" "}
                <Link to={href(`/organisations/${o.slug}/edit`)}>{t("account.edit")}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="my-organisations">
        <h2 id="my-organisations">{t("account.organisations")}</h2>
        {d.organisations.length ? (
          <ul>
            {d.organisations.map((o) => (
              <li key={o.id}>
                <Link to={href(`/organisations/${o.slug}`)}>
                  <Bilingual en={o.nameEn} cy={o.nameCy} />
                </Link>{" "}
                · <Link to={href(`/organisations/${o.slug}/edit`)}>{t("account.edit")}</Link> ·{" "}
                <Link to={href(`/organisations/${o.slug}/projects/new`)}>{t("account.addProject")}</Link> ·{" "}
                <Link to={href(`/organisations/${o.slug}/awards/new`)}>{t("account.addAward")}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("account.noOrganisations")}</p>
        )}
        <p>
          <Link to={href("/account/organisations/new")}>{t("account.newOrganisation")}</Link>
        </p>
      </section>

      <section aria-labelledby="my-submissions">
        <h2 id="my-submissions">{t("account.submissions")}</h2>
        {d.submissions.length ? (
          <div className="table-wrap">
            <table className="submissions-table">
              <thead>
                <tr>
                  <th scope="col">{t("account.columns.what")}</th>
                  <th scope="col">{t("account.columns.action")}</th>
                  <th scope="col">{t("account.columns.status")}</th>
                  <th scope="col">{t("account.columns.submitted")}</th>
                  <th scope="col">{t("account.columns.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {d.submissions.map((s) => (
                  <tr key={s.id} data-status={s.status}>
                    <th scope="row">
                      {t(`account.entities.${s.entity}`)}: <span lang="en">{s.title}</span>
                    </th>
                    <td>{t(`account.actions.${s.action}`)}</td>
                    <td>
                      {t(`account.statuses.${s.status}`)}
                      {s.status === "pending" ? (
                        <Form method="post" className="inline-form">
                          <CsrfField token={d.user.csrf} />
                          <input type="hidden" name="intent" value="withdraw" />
                          <input type="hidden" name="submissionId" value={s.id} />{" "}
                          <button type="submit" className="link-button">
                            {t("account.withdraw")}
                          </button>
                        </Form>
                      ) : null}
                    </td>
                    <td>
                      <PartialDate date={s.submittedAt.slice(0, 10)} />
                    </td>
                    <td>{s.reason ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("account.noSubmissions")}</p>
        )}
      </section>

      <section aria-labelledby="change-password">
        <h2 id="change-password">{t("auth.changePassword")}</h2>
        <Form method="post" {...getFormProps(form)} className="form">
          <ErrorSummary
            form={form}
            labels={{ currentPassword: t("auth.currentPassword"), newPassword: t("auth.newPassword"), confirmPassword: t("auth.confirmPassword") }}
          />
          <CsrfField token={d.user.csrf} />
          <input type="hidden" name="intent" value="password" />
          <TextField meta={fields.currentPassword} label={t("auth.currentPassword")} type="password" autoComplete="current-password" />
          <TextField meta={fields.newPassword} label={t("auth.newPassword")} hint={t("auth.passwordHint")} type="password" autoComplete="new-password" />
          <TextField meta={fields.confirmPassword} label={t("auth.confirmPassword")} type="password" autoComplete="new-password" />
          <p>
            <button type="submit">{t("auth.submitChangePassword")}</button>
          </p>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
