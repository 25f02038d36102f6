import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CliffChart } from "~/components/cliff/cliff-chart";
import { CliffControls } from "~/components/cliff/cliff-controls";
import { CliffTable } from "~/components/cliff/cliff-table";
import { formatEvidenceDate } from "~/components/cliff/cliff-text";
import fundingCss from "~/components/cliff/funding.css?url";
import { DownloadLinks } from "~/components/download-links";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { formatPartialDate } from "~/i18n/format";
import { getCliff } from "~/funding/funding.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getCliff(contextOf(request)));

export const links: LinksFunction = () => [{ rel: "stylesheet", href: fundingCss }];

export type CliffData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function Cliff() {
  const d = useLoaderData<typeof loader>();
  const { lang, t, href } = useLang();
  const c = d.cliff;
  const p = d.params;
  const date = formatPartialDate(lang, t, p.asOf);
  const months = c.evidenceMonths;
  const funderName = new Map(d.funders.map((f) => [f.slug, lang === "cy" && f.nameCy ? f.nameCy : f.nameEn]));
  const themeName = new Map(d.themes.map((th) => [th.id, lang === "cy" ? th.nameCy : th.nameEn]));
  const groupName = (key: string) => (p.groupBy === "funder" ? funderName.get(key) : key === "none" ? t("cliff.noTheme") : themeName.get(key)) ?? key;
  const newest = c.noRecentEvidence.lastEvidenced;
  return (
    <div className="cliff-page">
      <p className="breadcrumb">
        <Link to={href("/funding", { funder: p.funder, theme: p.theme, authority: p.authority, region: p.region, asOf: d.asOfParam })}>{t("cliff.back")}</Link>
      </p>
      <h1>{t("cliff.title")}</h1>
      <p className="lede">{t("cliff.intro", { date })}</p>
      <CliffControls params={p} />
      <ul className="funding-counts">
        <li data-unknown-end={c.unknownEnd.awards}>{t("funding.endUnknownCount", { count: c.unknownEnd.awards, months })}</li>
        <li data-no-recent-evidence={c.noRecentEvidence.awards}>
          {t("funding.noRecentCount", { count: c.noRecentEvidence.awards, months })}
          {newest ? ` ${t("cliff.noRecentNewest", { date: formatEvidenceDate(lang, t, newest) })}` : null}
        </li>
        {c.beyondHorizon ? <li>{t("cliff.beyond", { count: c.beyondHorizon })}</li> : null}
      </ul>

      <CliffChart cliff={c} groupBy={p.groupBy} groupName={groupName} />
      <DownloadLinks dataset="cliff" label={t("cliff.download")} />

      <CliffTable cliff={c} caption={t("cliff.tableCaption", { group: p.groupBy === "funder" ? t("cliff.groupFunder") : t("cliff.groupTheme"), date })} groupName={groupName} />
      <p className="note">{t("cliff.perYearNote")}</p>
      <p className="note">{t("cliff.approximateNote")}</p>
      {p.groupBy === "theme" ? <p className="note">{t("cliff.overlapNote")}</p> : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
