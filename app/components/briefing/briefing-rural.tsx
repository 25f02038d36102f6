import { Link } from "@remix-run/react";
import { useLang } from "~/components/use-lang";
import { formatNumber, formatPartialDate } from "~/i18n/format";
import type { BriefingData } from "~/routes/briefing";
import { BriefingTable } from "./briefing-table";
import { LinkedText, slot } from "./linked-text";

/**
 * The predominantly rural authorities: each one's current local services, and how many themes have
 * none there or a rural gap, linked to its profile's coverage by theme.
 */
export function BriefingRural({ data: d }: { data: BriefingData }) {
  const { lang, t, href } = useLang();
  const asOf = d.asOfParam;
  const n = (value: number) => formatNumber(lang, value);
  const rural = d.rural;
  return (
    <section aria-labelledby="rural">
      <h2 id="rural">{t("briefing.rural.title")}</h2>
      <p className="note">{t("briefing.rural.intro")}</p>
      <p>
        <LinkedText
          text={t("briefing.rural.pairs", { n: slot(0), inRural: n(rural.ruralGapPairsInRural) })}
          links={[
            <Link key="g" to={href("/gaps", { asOf })}>
              {n(rural.ruralGapPairs)}
            </Link>,
          ]}
        />
      </p>
      <BriefingTable caption={t("briefing.rural.caption", { date: formatPartialDate(lang, t, d.asOf) })} className="briefing-rural">
        <thead>
          <tr>
            <th scope="col">{t("briefing.rural.authority")}</th>
            <th scope="col" className="num">
              {t("briefing.rural.population")}
            </th>
            <th scope="col" className="num">
              {t("briefing.rural.services")}
            </th>
            <th scope="col" className="num">
              {t("briefing.rural.themesNone")}
            </th>
            <th scope="col" className="num">
              {t("briefing.rural.ruralGaps")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rural.authorities.map((a) => {
            const profile = href(`/authorities/${a.gss}`, { asOf });
            return (
              <tr key={a.gss} data-gss={a.gss}>
                <th scope="row">
                  <Link to={profile}>{lang === "cy" ? a.nameCy : a.nameEn}</Link>
                </th>
                <td className="num">{a.population === null ? t("common.unknown") : n(a.population)}</td>
                <td className="num" data-col="services">
                  <Link to={`${profile}#coverage`}>{n(a.activeProjects)}</Link>
                </td>
                <td className="num" data-col="themes-none">
                  <Link to={`${profile}#coverage`}>{t("briefing.themes.ofTotal", { count: a.themesNone.length, total: d.headline.themes })}</Link>
                </td>
                <td className="num" data-col="rural-gaps">
                  <Link to={`${profile}#coverage`}>{t("briefing.themes.ofTotal", { count: a.ruralGapThemes.length, total: d.headline.themes })}</Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </BriefingTable>
    </section>
  );
}
