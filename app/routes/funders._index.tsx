import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Bilingual } from "~/components/bilingual";
import { DownloadLinks } from "~/components/download-links";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { listFunderRows } from "~/directory/directory.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => ({ funders: listFunderRows(contextOf(request)) }));

export default function Funders() {
  const { funders } = useLoaderData<typeof loader>();
  const { t, href } = useLang();
  return (
    <div>
      <h1>{t("funders.title")}</h1>
      <p className="lede">{t("funders.intro")}</p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("funders.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("funders.columns.name")}</th>
              <th scope="col">{t("funders.columns.kind")}</th>
              <th scope="col" className="num">
                {t("funders.columns.awards")}
              </th>
            </tr>
          </thead>
          <tbody>
            {funders.map((f) => (
              <tr key={f.slug}>
                <th scope="row">
                  <Link to={href(`/funders/${f.slug}`)}>
                    <Bilingual en={f.nameEn} cy={f.nameCy} />
                  </Link>
                </th>
                <td>{t(`kinds.funder.${f.kind}`)}</td>
                <td className="num">{f.awardCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DownloadLinks dataset="funders" />
      <DownloadLinks dataset="awards" label={`${t("funders.awards")}:`} />
      <DownloadLinks dataset="awards.360giving" formats={["json", "csv"]} label={`${t("funders.awards360")}:`} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
