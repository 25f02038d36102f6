import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AwardTable } from "~/components/award-table";
import { Bilingual } from "~/components/bilingual";
import { DownloadLinks } from "~/components/download-links";
import { ErrorPage } from "~/components/error-page";
import { SourceCite } from "~/components/source-cite";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { getFunderPage } from "~/directory/directory.server";
import { page } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => page(() => getFunderPage(contextOf(request), params.slug ?? ""));

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.funder.nameEn} · Cohesion Map Wales` : "Cohesion Map Wales" }];

export default function FunderPage() {
  const { funder, awards } = useLoaderData<typeof loader>();
  const { t, href } = useLang();
  return (
    <article>
      <p className="breadcrumb">
        <Link to={href("/funders")}>{t("nav.funders")}</Link>
      </p>
      <h1>
        <Bilingual en={funder.nameEn} cy={funder.nameCy} />
      </h1>
      <p>{t(`kinds.funder.${funder.kind}`)}</p>
      <SourceCite document={funder.sourceDocument} quote={funder.sourceQuote} />
      <h2>{t("funders.awards")}</h2>
      {awards.length ? <AwardTable awards={awards} caption={t("funders.awards")} hide={["funder"]} /> : <p>{t("funders.noAwards")}</p>}
      <DownloadLinks dataset="awards" params={{ funder: funder.slug }} />
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
