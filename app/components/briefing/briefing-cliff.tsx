import { Link } from "@remix-run/react";
import { quarterName } from "~/components/cliff/cliff-text";
import { useLang } from "~/components/use-lang";
import { formatNumber, formatPartialDate, formatPence } from "~/i18n/format";
import type { BriefingData } from "~/routes/briefing";
import { BriefingTable } from "./briefing-table";
import { LinkedText, slot } from "./linked-text";

type Cell = BriefingData["cliff"]["total"];

/** One quarter (or the total): stated yearly and whole amounts ending ("—" where none is stated, never £0) and the awards. */
function CliffRow({ label, cell, awardsLink, quarter }: { label: string; cell: Cell; awardsLink: string; quarter?: string }) {
  const { lang, t } = useLang();
  const n = (value: number) => formatNumber(lang, value);
  return (
    <tr data-quarter={quarter}>
      <th scope="row">{label}</th>
      <td className="num" data-col="per-year">
        {cell.perYearAwards ? t("common.perYear", { amount: formatPence(lang, cell.perYearPence) }) : "—"}
      </td>
      <td className="num" data-col="total">
        {cell.totalAwards ? t("cliff.inTotal", { amount: formatPence(lang, cell.totalPence) }) : "—"}
      </td>
      <td className="num" data-col="awards">
        {cell.awards ? <Link to={awardsLink}>{n(cell.awards)}</Link> : n(0)}
      </td>
      <td className="num" data-col="not-stated">
        {n(cell.unknownAmount)}
      </td>
    </tr>
  );
}

/**
 * The funding cliff over the next two years in pounds, from the cliff page's own figures, with the
 * awards that state no end or no amount counted beside it and linked to where they are listed.
 */
export function BriefingCliff({ data: d }: { data: BriefingData }) {
  const { lang, t, href } = useLang();
  const c = d.cliff;
  const asOf = d.asOfParam;
  const n = (value: number) => formatNumber(lang, value);
  const first = c.quarters[0];
  const last = c.quarters.at(-1)!;
  const span = { start: quarterName(t, first.label), end: quarterName(t, last.label) };
  const funding = href("/funding", { asOf });
  const cliffPage = href("/funding/cliff", { asOf });
  return (
    <section aria-labelledby="cliff">
      <h2 id="cliff">{t("briefing.cliff.title")}</h2>
      <p className="note">{t("briefing.cliff.intro", span)}</p>
      <BriefingTable caption={t("briefing.cliff.caption", span)} className="briefing-cliff">
        <thead>
          <tr>
            <th scope="col">{t("briefing.cliff.quarter")}</th>
            <th scope="col" className="num">
              {t("briefing.cliff.perYear")}
            </th>
            <th scope="col" className="num">
              {t("briefing.cliff.total")}
            </th>
            <th scope="col" className="num">
              {t("briefing.cliff.awards")}
            </th>
            <th scope="col" className="num">
              {t("briefing.cliff.notStated")}
            </th>
          </tr>
        </thead>
        <tbody>
          {c.quarters.map((q) => (
            <CliffRow key={q.label} label={quarterName(t, q.label)} quarter={q.label} cell={q} awardsLink={funding} />
          ))}
        </tbody>
        <tfoot>
          <CliffRow label={t("briefing.cliff.totalRow", { count: c.quarters.length })} cell={c.total} awardsLink={funding} />
        </tfoot>
      </BriefingTable>
      <ul className="funding-counts">
        <li data-unknown-end={c.unknownEnd.awards}>
          <LinkedText
            text={t("briefing.cliff.unknownEnd", { n: slot(0), count: c.unknownEnd.awards, months: c.evidenceMonths })}
            links={[
              <Link key="u" to={`${funding}#unknown`}>
                {n(c.unknownEnd.awards)}
              </Link>,
            ]}
          />
        </li>
        <li data-no-recent-evidence={c.noRecentEvidence.awards}>
          <LinkedText
            text={t("briefing.cliff.noRecent", { n: slot(0), count: c.noRecentEvidence.awards, months: c.evidenceMonths })}
            links={[
              <Link key="s" to={`${funding}#no-recent-evidence`}>
                {n(c.noRecentEvidence.awards)}
              </Link>,
            ]}
          />
        </li>
        <li data-later={c.laterAwards}>
          <LinkedText
            text={t("briefing.cliff.later", { n: slot(0), count: c.laterAwards, end: formatPartialDate(lang, t, last.end) })}
            links={[
              <Link key="l" to={cliffPage}>
                {n(c.laterAwards)}
              </Link>,
            ]}
          />
        </li>
        {c.total.approximateAwards ? <li>{t("briefing.cliff.approximate", { count: c.total.approximateAwards })}</li> : null}
      </ul>
      <p>
        <Link to={cliffPage}>{t("briefing.cliff.more")}</Link>
      </p>
    </section>
  );
}
