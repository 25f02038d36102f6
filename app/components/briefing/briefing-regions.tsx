import { Link } from "@remix-run/react";
import { useLang } from "~/components/use-lang";
import { formatNumber, formatPartialDate } from "~/i18n/format";
import type { BriefingData } from "~/routes/briefing";
import { BriefingTable } from "./briefing-table";
import { AuthorityLinks } from "./briefing-themes";
import { ThemeLinks } from "./theme-links";

/**
 * One row per cohesion region: its authorities (linked to their profiles), population, the
 * authority–theme pairs with no current local service (linked to the gaps), the themes with none
 * anywhere in it, and the awards ending within 12 months (linked to the funding list for the region).
 */
export function BriefingRegions({ data: d }: { data: BriefingData }) {
  const { lang, t, href } = useLang();
  const asOf = d.asOfParam;
  const n = (value: number) => formatNumber(lang, value);
  return (
    <section aria-labelledby="by-region">
      <h2 id="by-region">{t("briefing.regions.title")}</h2>
      <p className="note">{t("briefing.regions.intro")}</p>
      <BriefingTable caption={t("briefing.regions.caption", { date: formatPartialDate(lang, t, d.asOf) })} className="briefing-regions">
        <thead>
          <tr>
            <th scope="col">{t("briefing.regions.region")}</th>
            <th scope="col" className="num">
              {t("briefing.regions.population")}
            </th>
            <th scope="col" className="num">
              {t("briefing.regions.pairs")}
            </th>
            <th scope="col">{t("briefing.regions.themesAbsent")}</th>
            <th scope="col" className="num">
              {t("briefing.regions.awardsEnding")}
            </th>
          </tr>
        </thead>
        <tbody>
          {d.regions.map((r) => (
            <tr key={r.id ?? "none"} data-region={r.id ?? ""}>
              <th scope="row">
                {r.id === null ? t("briefing.regions.noRegion") : lang === "cy" ? r.nameCy : r.nameEn}
                <span className="figure-note">
                  <AuthorityLinks authorities={r.authorities} asOf={asOf} />
                </span>
              </th>
              <td className="num">{n(r.population)}</td>
              <td className="num" data-col="no-provision">
                <Link to={href("/gaps", { asOf })}>{t("briefing.themes.ofTotal", { count: r.noProvisionPairs, total: r.pairs })}</Link>
              </td>
              <td data-col="themes-absent">
                <ThemeLinks ids={r.themesAbsent} themes={d.themes} asOf={asOf} empty={t("briefing.themes.noneNamed")} />
              </td>
              <td className="num" data-col="awards-ending">
                {r.awardsEnding === null ? "—" : <Link to={href("/funding", { region: r.id, endingWithin: 12, asOf })}>{n(r.awardsEnding)}</Link>}
              </td>
            </tr>
          ))}
        </tbody>
      </BriefingTable>
    </section>
  );
}
