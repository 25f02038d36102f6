import { Link } from "@remix-run/react";
import { PartialDate } from "~/components/partial-date";
import { useLang } from "~/components/use-lang";
import type { QueueData } from "~/routes/moderation._index";
import { TableWrap } from "~/components/table-wrap";

/** One page of the queue: what each submission is, the change, who sent it and when, and a link to review it. */
export function QueueTable({ pending }: Pick<QueueData, "pending">) {
  const { t, href } = useLang();
  return (
    <TableWrap label={t("moderation.queue")}>
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
          {pending.map((s) => (
            <tr key={s.id}>
              <th scope="row" lang="en">
                {t(`account.entities.${s.entity}`)}: {s.title}
              </th>
              <td>{s.parts > 1 ? t("listing.queueParts", { count: s.parts }) : t(`account.actions.${s.action}`)}</td>
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
    </TableWrap>
  );
}
