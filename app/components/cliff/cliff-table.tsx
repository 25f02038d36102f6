import { ColumnHeaders } from "~/components/column-headers";
import { TableWrap } from "~/components/table-wrap";
import { useLang } from "~/components/use-lang";
import { formatNumber, formatPence } from "~/i18n/format";
import type { CliffData } from "~/routes/funding.cliff";
import { describeCell, quarterName } from "./cliff-text";

type Cliff = CliffData["cliff"];
type Cell = Cliff["totals"][number];

/**
 * The chart's figures as a table: each quarter's known amounts (yearly figures and whole amounts apart,
 * "—" where none is known, never £0) and awards by group, with the totals and the unknown ends.
 */
export function CliffTable({ cliff: c, caption, groupName }: { cliff: Cliff; caption: string; groupName: (key: string) => string }) {
  const { t } = useLang();
  const byKey = (cells: (Cell & { key: string })[]) => new Map(cells.map((g) => [g.key, g]));
  const unknownByGroup = byKey(c.unknownEnd.byGroup);
  const staleByGroup = byKey(c.noRecentEvidence.byGroup);
  return (
    <TableWrap label={caption}>
      <table className="cliff-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("cliff.quarter")}</th>
            {c.groups.map((g) => (
              <th key={g.key} scope="col">
                {groupName(g.key)}
              </th>
            ))}
            <ColumnHeaders
              className="num"
              labels={[t("cliff.perYearAmount"), t("cliff.totalAmount"), t("cliff.awards"), t("cliff.projects"), t("cliff.unknownAmount"), t("cliff.approximate")]}
            />
          </tr>
        </thead>
        <tbody>
          {c.quarters.map((q, qi) => (
            <Row key={q.label} label={quarterName(t, q.label)} quarter={q.label} cells={c.groups.map((g) => g.quarters[qi])} total={c.totals[qi]} />
          ))}
        </tbody>
        <tfoot>
          <Row label={t("cliff.total")} cells={c.groups.map((g) => g.total)} total={c.total} />
          {c.unknownEnd.awards ? <Row label={t("cliff.unknownEndRow")} cells={c.groups.map((g) => unknownByGroup.get(g.key))} total={c.unknownEnd} /> : null}
          {c.noRecentEvidence.awards ? <Row label={t("cliff.noRecentRow")} cells={c.groups.map((g) => staleByGroup.get(g.key))} total={c.noRecentEvidence} /> : null}
        </tfoot>
      </table>
    </TableWrap>
  );
}

/** One row: a cell per group (its figures in words), then the totals in numbers. */
function Row({ label, quarter, cells, total }: { label: string; quarter?: string; cells: (Cell | undefined)[]; total: Cell }) {
  const { lang, t } = useLang();
  return (
    <tr data-quarter={quarter}>
      <th scope="row">{label}</th>
      {cells.map((cell, i) => (
        <td key={i}>{cell && cell.awards ? describeCell(lang, t, cell).join("; ") : "—"}</td>
      ))}
      <td className="num" data-col="amount-per-year">
        {total.perYearAwards ? t("common.perYear", { amount: formatPence(lang, total.perYearPence) }) : "—"}
      </td>
      <td className="num" data-col="amount-total">
        {total.totalAwards ? t("cliff.inTotal", { amount: formatPence(lang, total.totalPence) }) : "—"}
      </td>
      <td className="num" data-col="awards">
        {formatNumber(lang, total.awards)}
      </td>
      <td className="num">{formatNumber(lang, total.projects)}</td>
      <td className="num" data-col="unknown-amount">
        {formatNumber(lang, total.unknownAmount)}
      </td>
      <td className="num">{formatNumber(lang, total.approximateAwards)}</td>
    </tr>
  );
}
