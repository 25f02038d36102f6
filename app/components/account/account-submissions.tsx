import { Form } from "@remix-run/react";
import { ColumnHeaders } from "~/components/column-headers";
import { CsrfField } from "~/components/form-fields";
import { PartialDate } from "~/components/partial-date";
import { useLang } from "~/components/use-lang";
import type { AccountData } from "~/routes/account._index";
import { TableWrap } from "~/components/table-wrap";

type Submission = AccountData["submissions"][number];

/** The changes the editor has proposed and what became of them; a pending one can be withdrawn. */
export function MySubmissions({ submissions, csrf }: { submissions: Submission[]; csrf: string }) {
  const { t } = useLang();
  return (
    <section aria-labelledby="my-submissions">
      <h2 id="my-submissions">{t("account.submissions")}</h2>
      {submissions.length ? (
        <TableWrap label={t("account.submissions")}>
          <table className="submissions-table">
            <thead>
              <tr>
                <ColumnHeaders
                  labels={[t("account.columns.what"), t("account.columns.action"), t("account.columns.status"), t("account.columns.submitted"), t("account.columns.reason")]}
                />
              </tr>
            </thead>
            <tbody>
              {submissions.map((s) => (
                <SubmissionRow key={s.id} submission={s} csrf={csrf} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("account.noSubmissions")}</p>
      )}
    </section>
  );
}

function SubmissionRow({ submission: s, csrf }: { submission: Submission; csrf: string }) {
  const { t } = useLang();
  return (
    <tr data-status={s.status}>
      <th scope="row">
        {t(`account.entities.${s.entity}`)}: <span lang="en">{s.title}</span>
      </th>
      <td>{t(`account.actions.${s.action}`)}</td>
      <td>
        {t(`account.statuses.${s.status}`)}
        {s.status === "pending" ? (
          <Form method="post" className="inline-form">
            <CsrfField token={csrf} />
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
  );
}
