import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Bilingual } from "~/components/bilingual";
import { ErrorPage } from "~/components/error-page";
import { PartialDate } from "~/components/partial-date";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";
import { getStalePage } from "~/listing/moderation-pages.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getStalePage(contextOf(request), request));

export default function Stale() {
  const { stale } = useLoaderData<typeof loader>();
  const { t, href } = useLang();
  return (
    <div>
      <p className="breadcrumb">
        <Link to={href("/moderation")}>{t("moderation.title")}</Link>
      </p>
      <h1>{t("moderation.stale")}</h1>
      <p>{t("moderation.staleIntro")}</p>
      {stale.length ? (
        <ul className="stale-list">
          {stale.map((o) => (
            <li key={o.id}>
              <Link to={href(`/organisations/${o.slug}`)}>
                <Bilingual en={o.nameEn} cy={o.nameCy} />
              </Link>{" "}
              — {o.lastConfirmed ? <PartialDate date={o.lastConfirmed} /> : t("moderation.neverConfirmed")}
              {o.monthsSinceConfirmed !== null ? ` (${t("moderation.monthsSince", { count: o.monthsSinceConfirmed })})` : null} ·{" "}
              <Link to={href(`/history/organisation/${o.id}`)}>{t("moderation.history")}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("moderation.staleNone")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
