import { Link } from "@remix-run/react";
import { Fragment } from "react";
import { useLang } from "~/components/use-lang";
import { formatNumber, formatPartialDate } from "~/i18n/format";
import type { BriefingData } from "~/routes/briefing";
import { BriefingTable } from "./briefing-table";

/** Authorities named and linked to their profiles, in a comma-separated run that wraps in a table cell. */
export function AuthorityLinks({ authorities, asOf }: { authorities: { gss: string; nameEn: string; nameCy: string }[]; asOf: string | undefined }) {
  const { lang, href } = useLang();
  return (
    <>
      {authorities.map((a, i) => (
        <Fragment key={a.gss}>
          {i ? ", " : ""}
          <Link to={href(`/authorities/${a.gss}`, { asOf })}>{lang === "cy" ? a.nameCy : a.nameEn}</Link>
        </Fragment>
      ))}
    </>
  );
}

/**
 * For each theme: how many authorities have current local provision (linked to the map on that
 * theme), which have none (each linked to its profile) and the people out of reach (linked to the
 * theme's gaps).
 */
export function BriefingThemes({ data: d }: { data: BriefingData }) {
  const { lang, t, href } = useLang();
  const asOf = d.asOfParam;
  const n = (value: number) => formatNumber(lang, value);
  return (
    <section aria-labelledby="by-theme">
      <h2 id="by-theme">{t("briefing.themes.title")}</h2>
      <p className="note">{t("briefing.themes.intro")}</p>
      <BriefingTable caption={t("briefing.themes.caption", { date: formatPartialDate(lang, t, d.asOf) })} className="briefing-themes">
        <thead>
          <tr>
            <th scope="col">{t("briefing.themes.theme")}</th>
            <th scope="col" className="num">
              {t("briefing.themes.withProvision")}
            </th>
            <th scope="col">{t("briefing.themes.none")}</th>
            <th scope="col" className="num">
              {t("briefing.themes.outOfReach")}
            </th>
          </tr>
        </thead>
        <tbody>
          {d.themes.map((th) => (
            <tr key={th.id} data-theme={th.id}>
              <th scope="row">
                <Link to={href("/gaps", { theme: th.id, asOf })}>{lang === "cy" ? th.nameCy : th.nameEn}</Link>
              </th>
              <td className="num" data-col="with-provision">
                <Link to={href("/", { theme: th.id, asOf })}>{t("briefing.themes.ofTotal", { count: th.withProvision, total: th.authorities })}</Link>
              </td>
              <td data-col="none">
                {th.none.length === 0 ? (
                  t("briefing.themes.noneNamed")
                ) : th.withProvision === 0 ? (
                  <Link to={href("/gaps", { theme: th.id, asOf })}>{t("briefing.themes.everywhere", { count: th.none.length })}</Link>
                ) : (
                  <AuthorityLinks authorities={th.none} asOf={asOf} />
                )}
              </td>
              <td className="num" data-col="out-of-reach">
                <Link to={href("/gaps", { theme: th.id, asOf })}>{n(th.peopleOutOfReach)}</Link>
                {th.shareOutOfReach === null ? null : (
                  <span className="figure-note">{t("briefing.themes.share", { share: `${formatNumber(lang, th.shareOutOfReach * 100, 0)}%` })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </BriefingTable>
    </section>
  );
}
