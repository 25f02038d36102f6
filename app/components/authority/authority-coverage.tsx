import { Form, Link } from "@remix-run/react";
import { TableWrap } from "../table-wrap";
import { formatNumber, formatPartialDate } from "~/i18n/format";
import { ColumnHeaders } from "../column-headers";
import type { AuthorityProfileData } from "~/routes/authorities.$gss";
import { FilterSelect, optionsOf } from "../filter-select";
import { HatchPattern } from "../map/hatch-pattern";
import { useLang } from "../use-lang";
import { AuthorityGapMap, OutOfReachPlaces } from "./authority-gaps";

type Data = AuthorityProfileData;
type Coverage = Data["coverage"];

/** How well the authority is covered, theme by theme, with the gap map and the places out of reach. */
export function AuthorityCoverage({ data: d, name, themeName }: { data: Data; name: string; themeName: (id: string | null) => string }) {
  const { t } = useLang();
  const a = d.authority;
  const sel = d.coverage.selected;
  return (
    <section aria-labelledby="coverage">
      <HatchPattern />
      <h2 id="coverage">{t("authority.coverage")}</h2>
      <CoverageTable rows={d.coverage.byTheme} gssCode={a.gssCode} name={name} asOf={d.asOf} asOfParam={d.asOfParam} themeName={themeName} />
      <CoverageThemeForm theme={d.theme} asOfParam={d.asOfParam} themes={d.projectsByTheme.map((g) => g.theme)} />
      <ScoreParts gapScore={sel.gapScore} weights={d.coverage.weights} />
      <AuthorityGapMap boundariesUrl={d.boundariesUrl} gssCode={a.gssCode} name={name} gaps={d.coverage.gaps} places={sel.outOfReach} label={t("authority.gapMap", { name, theme: themeName(d.theme) })} />
      <h3>{t("authority.outOfReach", { theme: themeName(d.theme) })}</h3>
      <OutOfReachPlaces places={sel.outOfReach} label={t("authority.outOfReach", { theme: themeName(d.theme) })} />
    </section>
  );
}

function CoverageTable({
  rows,
  gssCode,
  name,
  asOf,
  asOfParam,
  themeName,
}: {
  rows: Coverage["byTheme"];
  gssCode: string;
  name: string;
  asOf: Data["asOf"];
  asOfParam: Data["asOfParam"];
  themeName: (id: string | null) => string;
}) {
  const { lang, t, href } = useLang();
  const pct = (share: number | null) => (share === null ? t("common.unknown") : `${formatNumber(lang, share * 100, 1)}%`);
  const caption = t("authority.coverageCaption", { name, date: formatPartialDate(lang, t, asOf) });
  return (
    <TableWrap label={caption}>
      <table className="coverage-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("authority.coverageColumns.theme")}</th>
            <ColumnHeaders
              className="num"
              labels={[
                t("authority.coverageColumns.projects"),
                t("authority.coverageColumns.area"),
                t("authority.coverageColumns.people"),
                t("authority.coverageColumns.outOfReach"),
                t("authority.coverageColumns.score"),
              ]}
            />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.theme ?? "all"} data-theme={r.theme ?? "all"}>
              <th scope="row">
                <Link to={href(`/authorities/${gssCode}`, { theme: r.theme ?? undefined, asOf: asOfParam })} preventScrollReset>
                  {themeName(r.theme)}
                </Link>
                {r.ruralGap ? <span className="tag rural-gap"> {t("home.ruralGap")}</span> : null}
              </th>
              <td className="num">{formatNumber(lang, r.activeProjects)}</td>
              <td className="num">{pct(r.areaCoverage)}</td>
              <td className="num">{pct(r.peopleCoverage)}</td>
              <td className="num">{formatNumber(lang, r.outOfReachCount)}</td>
              <td className="num">{formatNumber(lang, r.gapScore.score, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function CoverageThemeForm({ theme, asOfParam, themes }: { theme: Data["theme"]; asOfParam: Data["asOfParam"]; themes: Data["projectsByTheme"][number]["theme"][] }) {
  const { lang, t } = useLang();
  return (
    <Form method="get" className="map-controls" preventScrollReset>
      {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
      {asOfParam ? <input type="hidden" name="asOf" value={asOfParam} /> : null}
      <FilterSelect name="theme" label={t("authority.chooseTheme")} value={theme} options={optionsOf.themes(lang, themes)} emptyLabel={t("home.allThemes")} />
      <button type="submit">{t("home.show")}</button>
    </Form>
  );
}

/** The selected theme's gap score taken apart into its weighted parts. */
function ScoreParts({ gapScore, weights: w }: { gapScore: Coverage["selected"]["gapScore"]; weights: Coverage["weights"] }) {
  const { lang, t } = useLang();
  const p = gapScore.parts;
  return (
    <p className="score-parts">
      {t("authority.scoreParts", {
        score: formatNumber(lang, gapScore.score, 1),
        wPeople: w.peopleOutOfReach,
        people: formatNumber(lang, p.peopleOutOfReach, 2),
        wArea: w.areaOutOfReach,
        area: formatNumber(lang, p.areaOutOfReach, 2),
        wRural: w.ruralPeopleOutOfReach,
        rural: formatNumber(lang, p.ruralPeopleOutOfReach, 2),
        pressure: formatNumber(lang, 1 - w.historicDispersal + w.historicDispersal * p.historicDispersal, 2),
      })}
    </p>
  );
}
