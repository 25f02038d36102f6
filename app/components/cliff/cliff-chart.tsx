import { useLang } from "~/components/use-lang";
import { formatNumber, formatPence } from "~/i18n/format";
import type { CliffData } from "~/routes/funding.cliff";

type Cliff = CliffData["cliff"];
type GroupBy = CliffData["params"]["groupBy"];

/** Colour-blind-safe categorical colours (Okabe–Ito), one per group, grey for the rest. */
const GROUP_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];
const OTHER_COLOUR = "#999999";
const colour = (i: number) => GROUP_COLOURS[i] ?? OTHER_COLOUR;

/** Chart geometry (SVG user units); bars are stacked by group. */
const CHART = { width: 760, height: 300, left: 72, bottom: 40, top: 24 };

/** Awards ending each quarter as stacked bars (one colour a group), with the known amounts above. */
export function CliffChart({ cliff: c, groupBy, groupName }: { cliff: Cliff; groupBy: GroupBy; groupName: (key: string) => string }) {
  const { lang, t } = useLang();
  const { width, height, left, bottom, top } = CHART;
  const shown = c.groups.slice(0, GROUP_COLOURS.length);
  const barSlot = (width - left - 8) / c.quarters.length;
  // Bars count awards (always known); many amounts are not. Known amounts label each bar.
  const max = Math.max(1, ...c.totals.map((q) => q.awards));
  const y = (awards: number) => ((height - top - bottom) * awards) / max;
  const ticks = [...new Set([0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f)))];
  return (
    <figure className="cliff-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="cliff-chart-title cliff-chart-desc">
        <title id="cliff-chart-title">{t("cliff.chartTitle")}</title>
        <desc id="cliff-chart-desc">{t("cliff.chartDesc")}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width - 8} y1={height - bottom - y(tick)} y2={height - bottom - y(tick)} stroke="#d0d0d0" />
            <text x={left - 6} y={height - bottom - y(tick) + 4} textAnchor="end" fontSize="11">
              {formatNumber(lang, tick)}
            </text>
          </g>
        ))}
        {c.quarters.map((q, qi) => (
          <QuarterBar key={q.label} cliff={c} qi={qi} x={left + qi * barSlot + 6} w={barSlot - 12} y={y} groupBy={groupBy} />
        ))}
        <line x1={left} x2={width - 8} y1={height - bottom} y2={height - bottom} stroke="#1b1b1b" />
      </svg>
      <figcaption>
        {groupBy === "funder" ? (
          <ul className="inline-list">
            {shown.map((g, i) => (
              <li key={g.key}>
                <span className="swatch" style={{ background: colour(i) }} aria-hidden="true" /> {groupName(g.key)}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="note">{t("cliff.chartDesc")}</p>
      </figcaption>
    </figure>
  );
}

/** One quarter's bar: stacked by group, or the total alone when grouped by theme. */
function QuarterBar({ cliff: c, qi, x, w, y, groupBy }: { cliff: Cliff; qi: number; x: number; w: number; y: (awards: number) => number; groupBy: GroupBy }) {
  const { lang } = useLang();
  const { height, bottom } = CHART;
  const q = c.quarters[qi];
  let stacked = 0;
  const segments = c.groups.map((g, gi) => {
    const count = g.quarters[qi].awards;
    // With groupBy theme, rows overlap, so the bar shows the total only.
    if (groupBy === "theme") return null;
    const h = y(count);
    const rect = count > 0 ? <rect key={g.key} x={x} y={height - bottom - y(stacked) - h} width={w} height={h} fill={colour(gi)} /> : null;
    stacked += count;
    return rect;
  });
  const total = c.totals[qi];
  return (
    <g data-quarter={q.label}>
      {groupBy === "theme" ? <rect x={x} y={height - bottom - y(total.awards)} width={w} height={y(total.awards)} fill="#0072B2" /> : segments}
      <text x={x + w / 2} y={height - bottom - y(total.awards) - 4} textAnchor="middle" fontSize="10">
        {total.amountPence > 0 ? formatPence(lang, total.amountPence) : total.awards > 0 ? "£?" : ""}
      </text>
      <text x={x + w / 2} y={height - bottom + 14} textAnchor="middle" fontSize="10">
        {q.label.replace(" ", "\u00a0")}
      </text>
    </g>
  );
}
