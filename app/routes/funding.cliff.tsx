import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { formatNumber, formatPartialDate, formatPence } from "~/i18n/format";
import { getCliff } from "~/funding/funding.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getCliff(contextOf(request)));

/** Colour-blind-safe categorical colours (Okabe–Ito), one per group, grey for the rest. */
const GROUP_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];
const OTHER_COLOUR = "#999999";

export default function Cliff() {
  const d = useLoaderData<typeof loader>();
  const { lang, t, href } = useLang();
  const c = d.cliff;
  const p = d.params;
  const date = formatPartialDate(lang, t, p.asOf);
  const funderName = new Map(d.funders.map((f) => [f.slug, lang === "cy" && f.nameCy ? f.nameCy : f.nameEn]));
  const themeName = new Map(d.themes.map((th) => [th.id, lang === "cy" ? th.nameCy : th.nameEn]));
  const groupName = (key: string) => (p.groupBy === "funder" ? funderName.get(key) : key === "none" ? t("cliff.noTheme") : themeName.get(key)) ?? key;
  const shown = c.groups.slice(0, GROUP_COLOURS.length);
  const colour = (i: number) => GROUP_COLOURS[i] ?? OTHER_COLOUR;
  // Chart geometry (SVG user units); bars are stacked by group.
  const width = 760;
  const height = 300;
  const left = 72;
  const bottom = 40;
  const top = 24;
  const barSlot = (width - left - 8) / c.quarters.length;
  // Bars count awards (always known); many amounts are not. Known amounts label each bar.
  const max = Math.max(1, ...c.totals.map((q) => q.awards));
  const y = (awards: number) => ((height - top - bottom) * awards) / max;
  const ticks = [...new Set([0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f)))];
  return (
    <div className="cliff-page">
      <p className="breadcrumb">
        <Link to={href("/funding", { funder: p.funder, theme: p.theme, authority: p.authority, region: p.region, asOf: d.asOfParam })}>{t("cliff.back")}</Link>
      </p>
      <h1>{t("cliff.title")}</h1>
      <p className="lede">{t("cliff.intro", { date })}</p>
      <Form method="get" className="map-controls" aria-label={t("cliff.groupBy")}>
        {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
        {(["funder", "theme", "authority", "region"] as const).map((k) =>
          p[k] ? <input key={k} type="hidden" name={k} value={p[k]} /> : null,
        )}
        <fieldset>
          <legend>{t("cliff.groupBy")}</legend>
          <div className="radios">
            <label>
              <input type="radio" name="groupBy" value="funder" defaultChecked={p.groupBy === "funder"} /> {t("cliff.groupFunder")}
            </label>
            <label>
              <input type="radio" name="groupBy" value="theme" defaultChecked={p.groupBy === "theme"} /> {t("cliff.groupTheme")}
            </label>
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="asOf">{t("home.asOf")}</label>
          <input id="asOf" name="asOf" type="date" defaultValue={p.asOf} />
        </div>
        <button type="submit">{t("home.show")}</button>
      </Form>

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
          {c.quarters.map((q, qi) => {
            let stacked = 0;
            const x = left + qi * barSlot + 6;
            const w = barSlot - 12;
            const segments = c.groups.map((g, gi) => {
              const count = g.quarters[qi].awards;
              // With groupBy theme, rows overlap, so the bar shows the total only.
              if (p.groupBy === "theme") return null;
              const h = y(count);
              const rect = count > 0 ? <rect key={g.key} x={x} y={height - bottom - y(stacked) - h} width={w} height={h} fill={colour(gi)} /> : null;
              stacked += count;
              return rect;
            });
            const total = c.totals[qi];
            return (
              <g key={q.label} data-quarter={q.label}>
                {p.groupBy === "theme" ? <rect x={x} y={height - bottom - y(total.awards)} width={w} height={y(total.awards)} fill="#0072B2" /> : segments}
                <text x={x + w / 2} y={height - bottom - y(total.awards) - 4} textAnchor="middle" fontSize="10">
                  {total.amountPence > 0 ? formatPence(lang, total.amountPence) : total.awards > 0 ? "£?" : ""}
                </text>
                <text x={x + w / 2} y={height - bottom + 14} textAnchor="middle" fontSize="10">
                  {q.label.replace(" ", "\u00a0")}
                </text>
              </g>
            );
          })}
          <line x1={left} x2={width - 8} y1={height - bottom} y2={height - bottom} stroke="#1b1b1b" />
        </svg>
        <figcaption>
          {p.groupBy === "funder" ? (
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

      <div className="table-wrap">
        <table className="cliff-table">
          <caption>{t("cliff.tableCaption", { group: p.groupBy === "funder" ? t("cliff.groupFunder") : t("cliff.groupTheme"), date })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("cliff.quarter")}</th>
              {c.groups.map((g) => (
                <th key={g.key} scope="col" className="num">
                  {groupName(g.key)}
                </th>
              ))}
              <th scope="col" className="num">
                {t("cliff.total")}
              </th>
              <th scope="col" className="num">
                {t("cliff.awards")}
              </th>
              <th scope="col" className="num">
                {t("cliff.projects")}
              </th>
              <th scope="col" className="num">
                {t("cliff.unknownAmount")}
              </th>
              <th scope="col" className="num">
                {t("cliff.approximate")}
              </th>
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
      <p data-unknown-end={c.unknownEnd.awards}>{t("cliff.unknownEnd", { awards: c.unknownEnd.awards, amount: formatPence(lang, c.unknownEnd.amountPence) })}</p>
      {c.beyondHorizon ? <p>{t("cliff.beyond", { count: c.beyondHorizon })}</p> : null}
      <p className="note">{t("cliff.approximateNote")}</p>
      <p className="note">{t("cliff.perYearNote")}</p>
      {p.groupBy === "theme" ? <p className="note">{t("cliff.overlapNote")}</p> : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
