import { Link } from "@remix-run/react";
import { Fact } from "~/components/fact";
import { PartialDate } from "~/components/partial-date";
import { useLang } from "~/components/use-lang";
import type { OrganisationPageData } from "~/routes/organisations.$slug";
import { mailtoHref } from "~/platform/form-fields";

/** An organisation's facts: its kind, where it is based, its registered numbers and contacts. */
export function OrganisationFacts({ organisation: o, authorities }: Pick<OrganisationPageData, "organisation" | "authorities">) {
  const { lang, t, href } = useLang();
  const home = authorities.find((a) => a.gssCode === o.homeGss);
  return (
    <dl className="facts">
      <Fact label={t("organisations.columns.kind")}>{t(`kinds.organisation.${o.kind}`)}</Fact>
      <Fact label={t("organisations.basedIn")}>
        {home ? <Link to={href(`/authorities/${home.gssCode}`)}>{lang === "cy" ? home.nameCy : home.nameEn}</Link> : t("common.unknown")}
        {home && o.importId !== null ? <p className="note">{t("organisations.basedInFromAddress")}</p> : null}
      </Fact>
      {o.charityNumber ? <Fact label={t("common.charityNumber")}>{o.charityNumber}</Fact> : null}
      {o.companyNumber ? <Fact label={t("common.companyNumber")}>{o.companyNumber}</Fact> : null}
      {o.website ? (
        <Fact label={t("common.website")}>
          <a href={o.website} rel="noopener noreferrer">
            {o.website}
          </a>
        </Fact>
      ) : null}
      {o.email ? (
        <Fact label={t("common.email")}>
          <a href={mailtoHref(o.email)}>{o.email}</a>
        </Fact>
      ) : null}
      <Fact label={t("common.lastConfirmed")}>
        <PartialDate date={o.lastConfirmed} />
        {o.stale ? <span className="tag status-end-unknown"> {t("account.needsReview")}</span> : null}
      </Fact>
    </dl>
  );
}
