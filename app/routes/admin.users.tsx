import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getUsersPage, handleUsersAction } from "~/accounts/admin-page.server";
import { ListPagination } from "~/components/admin/list-pagination";
import { OrganisationChoices, UserRow } from "~/components/admin/user-row";
import { UserSearch } from "~/components/admin/user-search";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";
import { TableWrap } from "~/components/table-wrap";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getUsersPage(contextOf(request), request));
export const action = ({ request }: ActionFunctionArgs) => formAction(request, () => handleUsersAction(contextOf(request), request));

export type UsersData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function Users() {
  const d = useLoaderData<typeof loader>();
  const { t, href } = useLang();
  const pageHref = (n: number) => href("/admin/users", { q: d.q || undefined, page: n > 1 ? n : undefined });
  return (
    <div>
      <h1>{t("admin.users")}</h1>
      <p>{t("admin.usersIntro")}</p>
      {d.saved ? (
        <p className="notice" role="status">
          {t("admin.saved")}
        </p>
      ) : null}
      <UserSearch q={d.q} />
      <ListPagination total={d.total} page={d.page} pages={d.pages} hrefOf={pageHref} />
      {d.users.length ? (
        <>
          <p id="organisation-hint" className="hint">
            {t("admin.organisationHint")}
          </p>
          <OrganisationChoices names={d.organisationNames} />
          <TableWrap label={t("admin.users")}>
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
          </TableWrap>
        </>
      ) : (
        <p>{t("admin.noUsers")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
