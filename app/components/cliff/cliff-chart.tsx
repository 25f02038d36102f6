import { useLang } from "~/components/use-lang";
import { formatPence } from "~/i18n/format";
import type { CliffData } from "~/routes/funding.cliff";
import { describeCell, quarterName } from "./cliff-text";

type Cliff = CliffData["cliff"];
type GroupBy = CliffData["params"]["groupBy"];
type Cell = Cliff["totals"][number];
type Series = "per-year" | "total";

/** Colour-blind-safe categorical colours (Okabe–Ito), one per group, grey for the rest. */
const GROUP_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];
const OTHER_COLOUR = "#999999";
const colour = (i: number) => GROUP_COLOURS[i] ?? OTHER_COLOUR;

const pence = (c: Cell, series: Series) => (series === "per-year" ? c.perYearPence : c.totalPence);
const count = (c: Cell, series: Series) => (series === "per-year" ? c.perYearAwards : c.totalAwards);

/**
 * Funding ending each quarter as horizontal bars whose length is the known amount in pounds (yearly
 * figures and whole amounts in bars of their own, on one scale), split by funder, with the amount and
 * the number of awards beside each bar and the awards of unknown amount counted, never drawn as £0.
 * The unknown ends follow as counts. The table next to it carries every figure.
 */
export function CliffChart({ cliff: c, groupBy, groupName }: { cliff: Cliff; groupBy: GroupBy; groupName: (key: string) => string }) {
  const { t } = useLang();
  const max = Math.max(1, ...c.totals.flatMap((q) => [q.perYearPence, q.totalPence]));
  const shown = groupBy === "funder" ? c.groups.slice(0, GROUP_COLOURS.length) : [];
  return (
    <figure className="cliff-chart" aria-labelledby="cliff-chart-title" aria-describedby="cliff-chart-desc">
      <figcaption>
        <h2 id="cliff-chart-title">{t("cliff.chartTitle")}</h2>
        <p id="cliff-chart-desc" className="note">
          {t("cliff.chartDesc")}
        </p>
        <ul className="cliff-legend">
          {shown.map((g, i) => (
            <li key={g.key}>
              <span className="swatch" style={{ background: colour(i) }} aria-hidden="true" />
              {groupName(g.key)}
            </li>
          ))}
          {c.groups.length > shown.length && groupBy === "funder" ? (
            <li>
              <span className="swatch" style={{ background: OTHER_COLOUR }} aria-hidden="true" />…
            </li>
          ) : null}
          {/* The kinds of amount need a key only when both are drawn (whole amounts are hatched). */}
          {c.total.perYearAwards && c.total.totalAwards ? (
            <li>
              <span className="swatch" style={{ background: "#6f6f6f" }} aria-hidden="true" />
              {t("cliff.perYearSeries")}
            </li>
          ) : null}
          {c.total.perYearAwards && c.total.totalAwards ? (
            <li>
              <span className="swatch hatched" style={{ background: "#6f6f6f" }} aria-hidden="true" />
              {t("cliff.totalSeries")}
            </li>
          ) : null}
        </ul>
      </figcaption>
      <ol className="cliff-bars">
        {c.quarters.map((q, qi) => (
          <li key={q.label} data-quarter={q.label}>
            <span className="cliff-label">{quarterName(t, q.label)}</span>
            <QuarterFigures cliff={c} qi={qi} max={max} groupBy={groupBy} />
          </li>
        ))}
        <OpenRow label={t("cliff.unknownEndRow")} cell={c.unknownEnd} kind="end-unknown" />
        <OpenRow label={t("cliff.noRecentRow")} cell={c.noRecentEvidence} kind="no-recent-evidence" />
      </ol>
    </figure>
  );
}

/** One quarter: a bar for each kind of known amount, with its figure, then the awards of unknown amount. */
function QuarterFigures({ cliff: c, qi, max, groupBy }: { cliff: Cliff; qi: number; max: number; groupBy: GroupBy }) {
  const { lang, t } = useLang();
  const total = c.totals[qi];
  if (total.awards === 0) {
    return (
      <div className="cliff-figures">
        <p className="cliff-none">{t("cliff.nothingEnds")}</p>
      </div>
    );
  }
  return (
    <div className="cliff-figures">
      {(["per-year", "total"] as const).map((series) =>
        count(total, series) ? (
          <div key={series} className="cliff-line">
            {/* The longest bar takes --bar-share of the line (funding.css): 60% leaves room for its figure beside
                it; on a phone the figure goes under the bar, and the bar may take the whole line. */}
            <span className="cliff-bar" data-series={series} aria-hidden="true" style={{ width: `calc(${(100 * pence(total, series)) / max}% * var(--bar-share, 0.6))` }}>
              {groupBy === "funder" ? (
                c.groups.map((g, gi) =>
                  pence(g.quarters[qi], series) > 0 ? (
                    <span key={g.key} style={{ width: `${(100 * pence(g.quarters[qi], series)) / pence(total, series)}%`, background: colour(gi) }} />
                  ) : null,
                )
              ) : (
                <span style={{ width: "100%", background: GROUP_COLOURS[0] }} />
              )}
            </span>
            <span className="cliff-figure" data-series={series} data-amount-pence={pence(total, series)} data-awards={count(total, series)}>
              {series === "per-year"
                ? t("common.perYear", { amount: formatPence(lang, total.perYearPence) })
                : t("cliff.inTotal", { amount: formatPence(lang, total.totalPence) })}{" "}
              · {t("cliff.awardCount", { count: count(total, series) })}
            </span>
          </div>
        ) : null,
      )}
      {total.unknownAmount ? (
        <p className="cliff-unknown" data-unknown-amount={total.unknownAmount}>
          {t("cliff.amountUnknown", { count: total.unknownAmount })}
        </p>
      ) : null}
    </div>
  );
}

/** Awards with no end: counted apart, with any known amounts in words (they end in no quarter). */
function OpenRow({ label, cell, kind }: { label: string; cell: Cell; kind: "end-unknown" | "no-recent-evidence" }) {
  const { lang, t } = useLang();
  if (cell.awards === 0) return null;
  return (
    <li className="cliff-open" data-open={kind} data-awards={cell.awards}>
      <span className="cliff-label">{label}</span>
      <div className="cliff-figures">
        <p className={cell.unknownAmount === cell.awards ? "cliff-unknown" : "cliff-figure"}>{describeCell(lang, t, cell).join("; ")}</p>
      </div>
    </li>
  );
}
