import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Bilingual } from "~/components/bilingual";
import { DownloadLinks } from "~/components/download-links";
import { ErrorPage } from "~/components/error-page";
import { TableWrap } from "~/components/table-wrap";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { KnownAmounts } from "~/components/funder-figures";
import { listFunderSummaries } from "~/directory/directory.server";
import { formatNumber } from "~/i18n/format";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => ({ funders: listFunderSummaries(contextOf(request)) }));

export default function Funders() {
  const { funders } = useLoaderData<typeof loader>();
  const { t, href, lang } = useLang();
  return (
    <div>
      <h1>{t("funders.title")}</h1>
      <p className="lede">{t("funders.intro")}</p>
      <TableWrap label={t("funders.title")}>
        <table>
          <caption className="visually-hidden">{t("funders.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("funders.columns.name")}</th>
              <th scope="col">{t("funders.columns.kind")}</th>
              <th scope="col" className="num">
                {t("funders.columns.awards")}
              </th>
              <th scope="col">{t("funders.columns.known")}</th>
              <th scope="col" className="num">
                {t("funders.columns.endUnknown")}
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
                <td>
                  <KnownAmounts figures={f.figures} />
                </td>
                <td className="num">
                  {f.awardCount ? t("funders.endUnknownShare", { count: f.figures.endUnknown, total: f.awardCount, share: `${formatNumber(lang, (100 * f.figures.endUnknown) / f.awardCount)}%` }) : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p className="note">{t("funders.figuresNote")}</p>
      <DownloadLinks dataset="funders" />
      <DownloadLinks dataset="awards" label={`${t("funders.awards")}:`} />
      <DownloadLinks dataset="awards.360giving" formats={["json", "csv"]} label={`${t("funders.awards360")}:`} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
