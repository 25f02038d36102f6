import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ListPagination } from "~/components/admin/list-pagination";
import { ErrorPage } from "~/components/error-page";
import { QueueSearch } from "~/components/moderation/queue-search";
import { QueueTable } from "~/components/moderation/queue-table";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";
import { getQueuePage } from "~/listing/moderation-pages.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getQueuePage(contextOf(request), request));

export type QueueData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function Queue() {
  const d = useLoaderData<typeof loader>();
  const { t, href } = useLang();
  const filtered = d.q !== "" || d.entity !== "";
  const pageHref = (n: number) => href("/moderation", { q: d.q || undefined, entity: d.entity || undefined, page: n > 1 ? n : undefined });
  return (
    <div>
      <h1>{t("moderation.title")}</h1>
      {d.done ? (
        <p className="notice" role="status">
          {t(d.done === "approved" ? "moderation.approved" : d.done === "decided" ? "listing.decided" : "moderation.rejected")}
        </p>
      ) : null}
      <p>
        <Link to={href("/moderation/stale")}>
          {t("moderation.stale")} ({d.staleCount})
        </Link>{" "}
        · <Link to={href("/moderation/archived")}>{t("moderation.archived")}</Link> · <Link to={href("/admin/users")}>{t("admin.users")}</Link> · <Link to={href("/admin/imports")}>{t("imports.title")}</Link> · <Link to={href("/admin/boundaries")}>{t("boundaries.title")}</Link>
      </p>
      <h2>{t("moderation.queue")}</h2>
      <QueueSearch q={d.q} entity={d.entity} />
      <ListPagination total={d.total} page={d.page} pages={d.pages} hrefOf={pageHref} />
      {d.pending.length ? <QueueTable pending={d.pending} /> : <p>{t(filtered ? "moderation.noMatches" : "moderation.empty")}</p>}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
