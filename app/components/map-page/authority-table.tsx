import { Link } from "@remix-run/react";
import { TableWrap } from "~/components/table-wrap";
import { Bilingual } from "~/components/bilingual";
import { useLang } from "~/components/use-lang";
import { formatNumber, formatPartialDate } from "~/i18n/format";
import type { MapPageData } from "~/routes/_index";
import type { MapParams, MapRow } from "./map-layers";

type Data = Pick<MapPageData, "rows" | "theme" | "layer" | "sort" | "dir" | "asOf">;
type Column = { id: MapPageData["sort"]; numeric: boolean; label?: string };

const COLUMNS: Column[] = [
  { id: "name", numeric: false },
  { id: "region", numeric: false },
  { id: "population", numeric: true },
  { id: "projects", numeric: true },
  { id: "per10k", numeric: true },
  { id: "area", numeric: true },
  { id: "people", numeric: true },
  // The places drawn as dots on the map, counted here for every authority (its profile lists them).
  { id: "places", numeric: true, label: "authority.coverageColumns.outOfReach" },
  { id: "score", numeric: true },
];

const percent = (share: number | null, unknown: string) => (share === null ? unknown : `${formatNumber("en", share * 100, 1)}%`);

/** Every authority's figures for the chosen theme and date, sortable by any column. */
export function AuthorityTable({ data: d, params, themeLabel }: { data: Data; params: MapParams; themeLabel: string }) {
  const { lang, t } = useLang();
  const caption = t("home.tableCaptionTheme", { theme: themeLabel, date: formatPartialDate(lang, t, d.asOf) });
  return (
    <TableWrap label={caption}>
      <table className="authority-table" data-theme={d.theme ?? "all"} data-layer={d.layer}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <SortHeader key={c.id} column={c} sort={d.sort} dir={d.dir} params={params} />
            ))}
          </tr>
        </thead>
        <tbody>
          {d.rows.map((r) => (
            <AuthorityRow key={r.gss} row={r} />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function SortHeader({ column: c, sort, dir, params }: { column: Column; sort: Data["sort"]; dir: Data["dir"]; params: MapParams }) {
  const { t, href } = useLang();
  const sorted = sort === c.id;
  const label = t(c.label ?? `home.columns.${c.id}`);
  const next = sorted ? (dir === "asc" ? "desc" : "asc") : c.numeric ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={sorted ? (dir === "asc" ? "ascending" : "descending") : undefined} className={c.numeric ? "num" : undefined}>
      <Link to={href("/", { ...params, sort: c.id, dir: next })} preventScrollReset aria-label={t("home.sortBy", { column: label })}>
        {label}
        {sorted ? <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
}

function AuthorityRow({ row: r }: { row: MapRow }) {
  const { lang, t, href } = useLang();
  return (
    <tr data-gss={r.gss}>
      <th scope="row">
        <Link to={href(`/authorities/${r.gss}`)}>{lang === "cy" ? r.nameCy : r.nameEn}</Link>
        {r.ruralWlga ? <span className="tag"> {t("home.columns.rural")}</span> : null}
        {r.ruralGap ? <span className="tag rural-gap"> {t("home.ruralGap")}</span> : null}
      </th>
      <td>{r.regionNameEn ? <Bilingual en={r.regionNameEn} cy={r.regionNameCy} /> : t("common.unknown")}</td>
      <td className="num">{r.population2021 === null ? t("common.unknown") : formatNumber(lang, r.population2021)}</td>
      <td className="num" data-col="projects">
        {formatNumber(lang, r.activeProjects)}
      </td>
      <td className="num" data-col="per10k">
        {r.projectsPer10k === null ? t("common.unknown") : formatNumber(lang, r.projectsPer10k, 2)}
      </td>
      <td className="num" data-col="area">
        {percent(r.areaCoverage, t("common.unknown"))}
      </td>
      <td className="num" data-col="people">
        {percent(r.peopleCoverage, t("common.unknown"))}
      </td>
      <td className="num" data-col="places">
        {formatNumber(lang, r.outOfReachCount)}
      </td>
      <td className="num" data-col="score">
        {formatNumber(lang, r.gapScore.score, 1)}
      </td>
    </tr>
  );
}
