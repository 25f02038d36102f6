import { Link } from "@remix-run/react";
import { formatNumber } from "~/i18n/format";
import type { AuthorityProfileData } from "~/routes/authorities.$gss";
import { useLang } from "../use-lang";

/** How many of the authority's projects are at risk of ending, and the themes that would go with them. */
export function AuthorityRisk({
  risk,
  name,
  gssCode,
  asOfParam,
  themeName,
}: {
  risk: AuthorityProfileData["risk"];
  name: string;
  gssCode: string;
  asOfParam: AuthorityProfileData["asOfParam"];
  themeName: (id: string | null) => string;
}) {
  const { lang, t, href } = useLang();
  return (
    <section aria-labelledby="risk" className={risk.atRisk ? "gaps" : undefined}>
      <h2 id="risk">{t("authority.atRiskTitle")}</h2>
      <p data-at-risk={risk.atRisk}>
        {t("authority.atRisk", { count: risk.atRisk, active: risk.active, name, share: `${formatNumber(lang, risk.share * 100, 0)}%` })}
      </p>
      {risk.cliffEdges.length ? (
        <>
          <p>{t("authority.cliffEdges")}</p>
          <ul className="cliff-edges">
            {risk.cliffEdges.map((id) => (
              <li key={id}>{themeName(id)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("authority.noCliffEdges")}</p>
      )}
      {risk.endUnknown ? <p>{t("authority.endUnknownCount", { count: risk.endUnknown })}</p> : null}
      <p>
        <Link to={href("/funding", { authority: gssCode, asOf: asOfParam })}>{t("funding.title")}</Link>
      </p>
    </section>
  );
}
