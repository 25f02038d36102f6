import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PartialDate } from "~/components/partial-date";
import { useDiffWords } from "~/components/moderation/diff-words";
import { useLang } from "~/components/use-lang";
import { ListingReview } from "~/components/moderation/listing-review";
import { ApproveForm, RejectForm } from "~/components/moderation/decision-forms";
import { PartSummary } from "~/components/listing/part-summary";
import listingCss from "~/components/listing/listing.css?url";
import { contextOf } from "~/platform/context.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";
import { getReviewPage, handleReview } from "~/listing/moderation-pages.server";
import { TableWrap } from "~/components/table-wrap";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: listingCss }];

export const loader = ({ request, params }: LoaderFunctionArgs) => page(() => getReviewPage(contextOf(request), request, params.id ?? ""));
export const action = ({ request, params }: ActionFunctionArgs) => formAction(request, () => handleReview(contextOf(request), request, params.id ?? ""));

export default function Review() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (d.kind === "listing") return <ListingReview listing={d.listing} csrf={d.csrf} result={result && "errors" in result ? result : null} />;
  return <SingleReview review={d} result={result && "error" in result ? result : null} />;
}

function SingleReview({ review, result }: { review: Extract<ReturnType<typeof useLoaderData<typeof loader>>, { kind: "single" }>; result: { error: string } | null }) {
  const { submission: s, diff, csrf, authorityNames } = review;
  const words = useDiffWords(s.entity, { authorities: authorityNames });
  const { t, href } = useLang();
  const what = `${t(`account.entities.${s.entity}`)}: ${s.title}`;
  const error = result?.error ?? null;
  return (
    <div>
      <p className="breadcrumb">
        <Link to={href("/moderation")}>{t("moderation.title")}</Link>
      </p>
      <h1>{t("moderation.reviewTitle", { what })}</h1>
      <p>
        {t(`account.actions.${s.action}`)} · {s.submitterEmail} · <PartialDate date={s.submittedAt.slice(0, 10)} />
        {s.entityId !== null ? (
          <>
            {" "}
            · <Link to={href(`/history/${s.entity}/${s.entityId}`)}>{t("moderation.history")}</Link>
          </>
        ) : null}
      </p>
      <TableWrap label={t("moderation.diffCaption")}>
        <table className="diff">
          <caption>{t("moderation.diffCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("moderation.field")}</th>
              <th scope="col">{t("moderation.before")}</th>
              <th scope="col">{t("moderation.after")}</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((row) => (
              <tr key={row.field} data-field={row.field}>
                <th scope="row">{words.label(row.field)}</th>
                <td lang={row.field.endsWith("En") ? "en" : row.field.endsWith("Cy") ? "cy" : undefined}>
                  <del>{words.value(row.field, row.before)}</del>
                </td>
                <td lang={row.field.endsWith("En") ? "en" : row.field.endsWith("Cy") ? "cy" : undefined}>
                  <ins>{words.value(row.field, row.after)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {review.reach ? <PartSummary entity="project" fields={[]} names={{ authorities: authorityNames }} reach={review.reach} boundaries={review.boundaries} /> : null}
      {s.status === "pending" ? (
        <>
          <ApproveForm csrf={csrf} intent="approve" label={t("moderation.approve")} />
          <RejectForm csrf={csrf} intent="reject" label={t("moderation.reject")} errors={error ? [error] : undefined} />
        </>
      ) : (
        <p>{t("moderation.notPending")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
