import { ColumnHeaders } from "~/components/column-headers";
import { useLang } from "~/components/use-lang";
import { formatNumber, formatPence } from "~/i18n/format";
import type { CliffData } from "~/routes/funding.cliff";

/** The chart's figures as a table: each quarter's amount and awards by group, with totals. */
export function CliffTable({ cliff: c, caption, groupName }: { cliff: CliffData["cliff"]; caption: string; groupName: (key: string) => string }) {
  const { lang, t } = useLang();
  return (
    <div className="table-wrap">
      <table className="cliff-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("cliff.quarter")}</th>
            {c.groups.map((g) => (
              <th key={g.key} scope="col" className="num">
                {groupName(g.key)}
              </th>
            ))}
            <ColumnHeaders className="num" labels={[t("cliff.total"), t("cliff.awards"), t("cliff.projects"), t("cliff.unknownAmount"), t("cliff.approximate")]} />
          </tr>
        </thead>
        <tbody>
          {c.quarters.map((q, qi) => {
            const total = c.totals[qi];
            return (
              <tr key={q.label} data-quarter={q.label}>
                <th scope="row">{q.label}</th>
                {c.groups.map((g) => (
                  <td key={g.key} className="num">
                    {g.quarters[qi].awards ? `${formatPence(lang, g.quarters[qi].amountPence)} (${g.quarters[qi].awards})` : "—"}
                  </td>
                ))}
                <td className="num" data-col="amount">
                  {formatPence(lang, total.amountPence)}
                </td>
                <td className="num" data-col="awards">
                  {formatNumber(lang, total.awards)}
                </td>
                <td className="num">{formatNumber(lang, total.projects)}</td>
                <td className="num">{formatNumber(lang, total.unknownAmount)}</td>
                <td className="num">{formatNumber(lang, total.approximateAwards)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
