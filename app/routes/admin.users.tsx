import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { getUsersPage, handleUsersAction } from "~/accounts/admin-page.server";
import { ErrorPage } from "~/components/error-page";
import { CsrfField } from "~/components/form-fields";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";
import { ROLES } from "../../db/enums";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getUsersPage(contextOf(request), request));
export const action = ({ request }: ActionFunctionArgs) => page(() => handleUsersAction(contextOf(request), request));

export default function Users() {
  const d = useLoaderData<typeof loader>();
  const { t } = useLang();
  return (
    <div>
      <h1>{t("admin.users")}</h1>
      <p>{t("admin.usersIntro")}</p>
      {d.saved ? (
        <p className="notice" role="status">
          {t("admin.saved")}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="users-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.columns.email")}</th>
              <th scope="col">{t("admin.columns.role")}</th>
              <th scope="col">{t("admin.columns.organisations")}</th>
            </tr>
          </thead>
          <tbody>
            {d.users.map((u) => (
              <tr key={u.id} data-email={u.email}>
                <th scope="row">{u.email}</th>
                <td>
                  <Form method="post" className="inline-form">
                    <CsrfField token={d.csrf} />
                    <input type="hidden" name="intent" value="role" />
                    <input type="hidden" name="userId" value={u.id} />
                    <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                      {t("admin.columns.role")} — {u.email}
                    </label>
                    <select id={`role-${u.id}`} name="role" defaultValue={u.role} disabled={u.id === d.selfId}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`account.roles.${r}`)}
                        </option>
                      ))}
                    </select>{" "}
                    {u.id === d.selfId ? null : <button type="submit">{t("admin.setRole")}</button>}
                  </Form>
                </td>
                <td>
                  <ul>
                    {u.organisations.map((o) => (
                      <li key={o.id} lang="en">
                        {o.nameEn}{" "}
                        <Form method="post" className="inline-form">
                          <CsrfField token={d.csrf} />
                          <input type="hidden" name="intent" value="remove-membership" />
                          <input type="hidden" name="userId" value={u.id} />
                          <input type="hidden" name="organisationId" value={o.id} />
                          <button type="submit" className="link-button">
                            {t("admin.removeMembership")}
                          </button>
                        </Form>
                      </li>
                    ))}
                  </ul>
                  <Form method="post">
                    <CsrfField token={d.csrf} />
                    <input type="hidden" name="intent" value="add-membership" />
                    <input type="hidden" name="userId" value={u.id} />
                    <label className="visually-hidden" htmlFor={`org-${u.id}`}>
                      {t("admin.addMembership")} — {u.email}
                    </label>
                    <select id={`org-${u.id}`} name="organisationId">
                      {d.organisations.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.nameEn}
                        </option>
                      ))}
                    </select>{" "}
                    <button type="submit">{t("admin.addMembership")}</button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
