import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { AwardAmount, AwardRecipient, PublishedAmountNote } from "~/components/award-table";
import { Bilingual } from "~/components/bilingual";
import { formatEvidenceDate } from "~/components/cliff/cliff-text";
import fundingCss from "~/components/cliff/funding.css?url";
import { DownloadLinks } from "~/components/download-links";
import { ErrorPage } from "~/components/error-page";
import { AsOfField, FilterSelect, optionsOf } from "~/components/filter-select";
import { PartialDate } from "~/components/partial-date";
import { TableWrap } from "~/components/table-wrap";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { formatPartialDate } from "~/i18n/format";
import { getFundingPage } from "~/funding/funding.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getFundingPage(contextOf(request)));

export const links: LinksFunction = () => [{ rel: "stylesheet", href: fundingCss }];

type Data = ReturnType<typeof useLoaderData<typeof loader>>;
type Row = Data["listed"][number];

/** The choices of the window control, the default (every end to come) first. */
const WINDOWS = [
  { value: "upcoming", label: "funding.windows.upcoming" },
  { value: "3", label: "funding.windows.m3" },
  { value: "6", label: "funding.windows.m6" },
  { value: "12", label: "funding.windows.m12" },
  { value: "all", label: "funding.windows.all" },
] as const;

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
  const base = { endingWithin: String(p.window), funder: p.funder, theme: p.theme, authority: p.authority, region: p.region, asOf: d.asOfParam };
  const noteId = useId();
  return (
    <TableWrap label={caption}>
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
                {a.programmeEn ? <Bilingual en={a.programmeEn} cy={a.programmeCy} /> : <span className="not-stated">{t("common.notStated")}</span>}
                {a.synthetic ? <span className="tag synthetic"> {t("common.synthetic")}</span> : null}
              </th>
              <td>
                <Link to={href(`/funders/${a.funderSlug}`)}>
                  <Bilingual en={a.funderNameEn} cy={a.funderNameCy} />
                </Link>
              </td>
              <td className="num">
                <AwardAmount award={a} noteId={noteId} />
              </td>
              <td>
                <PartialDate date={a.endDate} end />
              </td>
              <td>
                <span className={`tag status-${a.status}`}>{t(`fundingStatus.${a.status}`)}</span>
                {(a.status === "no-recent-evidence" || a.status === "end-unknown") && a.lastEvidenced ? (
                  <span className="evidence-note">{t("funding.lastEvidenced", { date: formatEvidenceDate(lang, t, a.lastEvidenced) })}</span>
                ) : null}
              </td>
              <td>
                <AwardRecipient award={a} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PublishedAmountNote awards={rows} id={noteId} />
    </TableWrap>
  );
}

/** The heading line of the main list: how many awards it holds, for the window chosen. */
function listedCount(d: Data, t: ReturnType<typeof useLang>["t"], date: string): string {
  const w = d.params.window;
  const count = d.listed.length;
  if (w === "upcoming") return t("funding.listed.upcoming", { count, date });
  if (w === "all") return t("funding.listed.all", { count });
  return t("funding.listed.window", { count, window: t(`funding.windows.m${w}`), date });
}

function captionOf(d: Data, t: ReturnType<typeof useLang>["t"], date: string): string {
  const w = d.params.window;
  if (w === "upcoming") return t("funding.captionUpcoming", { date });
  if (w === "all") return t("funding.captionAll", { date });
  return t("funding.caption", { window: t(`funding.windows.m${w}`), date });
}

export default function Funding() {
  const d = useLoaderData<typeof loader>();
  const { lang, t, href } = useLang();
  const p = d.params;
  const date = formatPartialDate(lang, t, p.asOf);
  const months = d.evidenceMonths;
  const feedQuery = new URLSearchParams(
    Object.entries({ funder: p.funder, theme: p.theme, authority: p.authority, region: p.region, asOf: d.asOfParam, lang: lang === "cy" ? "cy" : undefined }).filter(
      (e): e is [string, string] => typeof e[1] === "string",
    ),
  ).toString();
  return (
    <div>
      <h1>{t("funding.title")}</h1>
      <p className="lede">{t("funding.intro")}</p>
      <div role="status">
        <ul className="funding-counts">
          <li data-listed={d.listed.length}>{listedCount(d, t, date)}</li>
          <li data-end-unknown={d.endUnknown.length}>{t("funding.endUnknownCount", { count: d.endUnknown.length, months })}</li>
          <li data-no-recent-evidence={d.noRecentEvidence.length}>{t("funding.noRecentCount", { count: d.noRecentEvidence.length, months })}</li>
        </ul>
      </div>
      <Form method="get" className="filters" aria-label={t("organisations.filters")}>
        {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
        <div className="field">
          <label htmlFor="endingWithin">{t("funding.window")}</label>
          <select id="endingWithin" name="endingWithin" defaultValue={String(p.window)}>
            {WINDOWS.map((w) => (
              <option key={w.value} value={w.value}>
                {t(w.label)}
              </option>
            ))}
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
      {d.listed.length ? <FundingTable rows={d.listed} d={d} caption={captionOf(d, t, date)} /> : <p>{t("funding.none")}</p>}
      <DownloadLinks dataset="funding" params={{ endingWithin: String(p.window) }} />
      <section aria-labelledby="unknown">
        <h2 id="unknown">{t("funding.unknownTitle")}</h2>
        <p>{t("funding.unknownIntro", { months })}</p>
        {d.endUnknown.length ? <FundingTable rows={d.endUnknown} d={d} caption={t("funding.unknownTitle")} /> : <p>{t("common.none")}</p>}
      </section>
      <section aria-labelledby="no-recent-evidence">
        <h2 id="no-recent-evidence">{t("funding.noRecentTitle")}</h2>
        <p>{t("funding.noRecentIntro", { months })}</p>
        {d.noRecentEvidence.length ? <FundingTable rows={d.noRecentEvidence} d={d} caption={t("funding.noRecentTitle")} /> : <p>{t("common.none")}</p>}
      </section>
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
