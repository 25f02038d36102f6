import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";
import { getHistoryPage } from "~/listing/moderation-pages.server";
import { TableWrap } from "~/components/table-wrap";

export const loader = ({ request, params }: LoaderFunctionArgs) => page(() => getHistoryPage(contextOf(request), request, params.entity ?? "", params.id ?? ""));

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : Array.isArray(v) ? v.join(", ") : String(v));

export default function History() {
  const d = useLoaderData<typeof loader>();
  const { t, href } = useLang();
  const what = `${t(`account.entities.${d.entity}`)} ${d.id}`;
  return (
    <div>
      <p className="breadcrumb">
        <Link to={href("/moderation")}>{t("moderation.title")}</Link>
      </p>
      <h1>{t("moderation.historyTitle", { what })}</h1>
      {d.rows.length ? (
        <TableWrap label={t("moderation.historyTitle", { what })}>
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">{t("moderation.historyColumns.at")}</th>
                <th scope="col">{t("moderation.historyColumns.who")}</th>
                <th scope="col">{t("moderation.historyColumns.action")}</th>
                <th scope="col">{t("moderation.historyColumns.changes")}</th>
              </tr>
            </thead>
            <tbody>
              {d.rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <time dateTime={r.at}>{r.at.replace("T", " ").slice(0, 16)}</time>
                  </td>
                  <td>{r.userEmail ?? "—"}</td>
                  <td>{t(`account.actions.${r.action}`)}</td>
                  <td>
                    <ul className="diff" lang="en">
                      {Object.entries(r.changes as Record<string, { before: unknown; after: unknown }>).map(([field, c]) => (
                        <li key={field}>
                          <strong>{field}</strong>: <del>{show(c.before)}</del> → <ins>{show(c.after)}</ins>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("moderation.historyNone")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
