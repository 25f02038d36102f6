import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PartialDate } from "~/components/partial-date";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";
import { getQueuePage } from "~/listing/moderation-pages.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getQueuePage(contextOf(request), request));

export default function Queue() {
  const d = useLoaderData<typeof loader>();
  const { t, href } = useLang();
  return (
    <div>
      <h1>{t("moderation.title")}</h1>
      {d.done ? (
        <p className="notice" role="status">
          {t(d.done === "approved" ? "moderation.approved" : "moderation.rejected")}
        </p>
      ) : null}
      <p>
        <Link to={href("/moderation/stale")}>
          {t("moderation.stale")} ({d.staleCount})
        </Link>{" "}
        · <Link to={href("/moderation/archived")}>{t("moderation.archived")}</Link> · <Link to={href("/admin/users")}>{t("admin.users")}</Link> · <Link to={href("/admin/imports")}>{t("imports.title")}</Link> · <Link to={href("/admin/boundaries")}>{t("boundaries.title")}</Link>
      </p>
      <h2>{t("moderation.queue")}</h2>
      {d.pending.length ? (
        <div className="table-wrap">
          <table className="queue-table">
            <thead>
              <tr>
                <th scope="col">{t("account.columns.what")}</th>
                <th scope="col">{t("account.columns.action")}</th>
                <th scope="col">{t("account.columns.submitted")}</th>
                <th scope="col">{t("moderation.review")}</th>
              </tr>
            </thead>
            <tbody>
              {d.pending.map((s) => (
                <tr key={s.id}>
                  <th scope="row" lang="en">
                    {t(`account.entities.${s.entity}`)}: {s.title}
                  </th>
                  <td>{t(`account.actions.${s.action}`)}</td>
                  <td>
                    <PartialDate date={s.submittedAt.slice(0, 10)} /> · {s.submitterEmail}
                  </td>
                  <td>
                    <Link to={href(`/moderation/${s.id}`)}>{t("moderation.review")}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("moderation.empty")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
