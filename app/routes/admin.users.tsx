import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getUsersPage, handleUsersAction } from "~/accounts/admin-page.server";
import { UserRow } from "~/components/admin/user-row";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getUsersPage(contextOf(request), request));
export const action = ({ request }: ActionFunctionArgs) => page(() => handleUsersAction(contextOf(request), request));

export type UsersData = ReturnType<typeof useLoaderData<typeof loader>>;

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
              <UserRow key={u.id} user={u} data={d} />
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
