import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AwardRecipient } from "~/components/award-table";
import { Bilingual } from "~/components/bilingual";
import { DownloadLinks } from "~/components/download-links";
import { ErrorPage } from "~/components/error-page";
import { AsOfField, FilterSelect, optionsOf } from "~/components/filter-select";
import { PartialDate } from "~/components/partial-date";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { formatAmount, formatPartialDate } from "~/i18n/format";
import { getFundingPage } from "~/funding/funding.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getFundingPage(contextOf(request)));

type Data = ReturnType<typeof useLoaderData<typeof loader>>;
type Row = Data["ending"][number];

const SORTABLE = [
  { id: "programme", label: "awards.columns.programme" },
  { id: "funder", label: "awards.columns.funder" },
  { id: "amount", label: "awards.columns.amount" },
  { id: "end", label: "awards.columns.end" },
  { id: "status", label: "funding.status" },
] as const;

function FundingTable({ rows, caption, d }: { rows: Row[]; caption: string; d: Data }) {
  const { lang, t, href } = useLang();
  const p = d.params;
  const base = { endingWithin: p.window ?? "all", funder: p.funder, theme: p.theme, authority: p.authority, region: p.region, asOf: d.asOfParam };
  return (
    <div className="table-wrap">
      <table className="funding-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {SORTABLE.map((c) => {
              const sorted = p.sort === c.id;
              const dir = sorted ? (p.dir === "asc" ? "desc" : "asc") : c.id === "amount" ? "desc" : "asc";
              return (
                <th key={c.id} scope="col" aria-sort={sorted ? (p.dir === "asc" ? "ascending" : "descending") : undefined}>
                  <Link to={href("/funding", { ...base, sort: c.id, dir })} preventScrollReset aria-label={t("home.sortBy", { column: t(c.label) })}>
                    {t(c.label)}
                    {sorted ? <span aria-hidden="true">{p.dir === "asc" ? " ▲" : " ▼"}</span> : null}
                  </Link>
                </th>
              );
            })}
            <th scope="col">{t("awards.columns.recipient")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} data-status={a.status}>
              <th scope="row">
                <Bilingual en={a.programmeEn} cy={a.programmeCy} />
                {a.synthetic ? <span className="tag synthetic"> {t("common.synthetic")}</span> : null}
              </th>
              <td>
                <Link to={href(`/funders/${a.funderSlug}`)}>
                  <Bilingual en={a.funderNameEn} cy={a.funderNameCy} />
                </Link>
              </td>
              <td className="num">{formatAmount(lang, t, a.amountPence, a.amountPeriod)}</td>
              <td>
                <PartialDate date={a.endDate} end />
              </td>
              <td>
                <span className={`tag status-${a.status}`}>{t(`fundingStatus.${a.status}`)}</span>
              </td>
              <td>
                <AwardRecipient award={a} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function Funding() {
  const d = useLoaderData<typeof loader>();
  const { lang, t, href } = useLang();
  const p = d.params;
  const date = formatPartialDate(lang, t, p.asOf);
  const feedQuery = new URLSearchParams(
    Object.entries({ funder: p.funder, theme: p.theme, authority: p.authority, region: p.region, asOf: d.asOfParam, lang: lang === "cy" ? "cy" : undefined }).filter(
      (e): e is [string, string] => typeof e[1] === "string",
    ),
  ).toString();
  return (
    <div>
      <h1>{t("funding.title")}</h1>
      <p className="lede">{t("funding.intro")}</p>
      <Form method="get" className="filters" aria-label={t("organisations.filters")}>
        {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
        <div className="field">
          <label htmlFor="endingWithin">{t("funding.window")}</label>
          <select id="endingWithin" name="endingWithin" defaultValue={p.window === null ? "all" : String(p.window)}>
            <option value="3">{t("funding.windows.m3")}</option>
            <option value="6">{t("funding.windows.m6")}</option>
            <option value="12">{t("funding.windows.m12")}</option>
            <option value="all">{t("funding.windows.all")}</option>
          </select>
        </div>
        <FilterSelect name="funder" label={t("organisations.funder")} value={p.funder} options={optionsOf.funders(lang, d.funders)} />
        <FilterSelect name="theme" label={t("organisations.theme")} value={p.theme} options={optionsOf.themes(lang, d.themes)} />
        <FilterSelect name="authority" label={t("organisations.authority")} value={p.authority} options={optionsOf.authorities(lang, d.authorities)} />
        <FilterSelect name="region" label={t("funding.region")} value={p.region} options={optionsOf.regions(lang, d.regions)} />
        <AsOfField value={p.asOf} />
        <div className="actions">
          <button type="submit">{t("common.apply")}</button> <Link to={href("/funding")}>{t("common.clear")}</Link>
        </div>
      </Form>
      <p>
        <Link to={href("/funding/cliff", { funder: p.funder, theme: p.theme, authority: p.authority, region: p.region, asOf: d.asOfParam })}>{t("funding.cliffLink")}</Link>
      </p>
      <p role="status">{t("common.results", { count: d.ending.length })}</p>
      {d.ending.length ? (
        <FundingTable
          rows={d.ending}
          d={d}
          caption={p.window === null ? t("funding.captionAll", { date }) : t("funding.caption", { window: t(`funding.windows.m${p.window}`), date })}
        />
      ) : (
        <p>{t("funding.none")}</p>
      )}
      <DownloadLinks dataset="funding" params={{ endingWithin: p.window === null ? "all" : String(p.window) }} />
      {p.window !== null ? (
        <section aria-labelledby="unknown">
          <h2 id="unknown">{t("funding.unknownTitle")}</h2>
          <p>{t("funding.unknownIntro")}</p>
          {d.unknown.length ? <FundingTable rows={d.unknown} d={d} caption={t("funding.unknownTitle")} /> : <p>{t("common.none")}</p>}
        </section>
      ) : null}
      <p className="downloads">
        {t("funding.subscribe")} <a href={`/funding/ending.atom${feedQuery ? `?${feedQuery}` : ""}`}>{t("funding.atom")}</a> ·{" "}
        <a href={`/funding/ending.ics${feedQuery ? `?${feedQuery}` : ""}`}>{t("funding.ics")}</a>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
