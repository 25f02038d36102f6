import { Link } from "@remix-run/react";
import { DataBasis } from "~/components/coverage/data-basis";
import { useLang } from "~/components/use-lang";
import { formatNumber } from "~/i18n/format";
import type { BriefingData } from "~/routes/briefing";
import { LinkedText, slot } from "./linked-text";

/**
 * What the figures cannot tell: unconfirmed listings, awards with no stated amount or end, amounts
 * as published in 360Giving files, records that are context rather than provision, how people are
 * counted; then the data basis the map and gaps pages show, with the documents behind it.
 */
export function BriefingLimits({ data: d }: { data: BriefingData }) {
  const { lang, t, href } = useLang();
  const l = d.limits;
  const n = (value: number) => formatNumber(lang, value);
  const allAwards = href("/funding", { endingWithin: "all", asOf: d.asOfParam });
  const unknownEnds = href("/funding", { asOf: d.asOfParam }) + "#unknown";
  return (
    <>
      <section aria-labelledby="limits">
        <h2 id="limits">{t("briefing.limits.title")}</h2>
        <p>{t("briefing.limits.intro")}</p>
        <ul>
          <li data-stale={l.staleOrganisations}>{t("briefing.limits.stale", { count: l.staleOrganisations, months: l.staleAfterMonths })}</li>
          <li data-amount-not-stated={l.awardsAmountNotStated}>
            <LinkedText
              text={t("briefing.limits.amountNotStated", { n: slot(0), awards: n(l.awards) })}
              links={[
                <Link key="a" to={allAwards}>
                  {n(l.awardsAmountNotStated)}
                </Link>,
              ]}
            />
          </li>
          <li data-end-not-stated={l.awardsEndNotStated}>
            <LinkedText
              text={t("briefing.limits.endNotStated", { n: slot(0), awards: n(l.awards) })}
              links={[
                <Link key="e" to={unknownEnds}>
                  {n(l.awardsEndNotStated)}
                </Link>,
              ]}
            />
          </li>
          {l.awardsApproximate ? <li>{t("briefing.limits.approximate", { count: l.awardsApproximate })}</li> : null}
          {l.awardsImported ? (
            <li data-imported={l.awardsImported}>
              <LinkedText
                text={t("briefing.limits.imported", { n: slot(0), count: l.awardsImported })}
                links={[
                  <Link key="i" to={allAwards}>
                    {n(l.awardsImported)}
                  </Link>,
                ]}
              />
            </li>
          ) : null}
          <li>{t("briefing.limits.policies", { n: n(l.basis.context), count: l.basis.context })}</li>
          <li>
            {l.peopleBasis.kind === "imported"
              ? t("briefing.limits.peopleImported", { source: l.peopleBasis.source, date: l.peopleBasis.importedAt.slice(0, 10) })
              : t("briefing.limits.peopleEqualShares")}
          </li>
        </ul>
      </section>
      <DataBasis basis={l.basis} />
    </>
  );
}

/** Where the groupings and facts come from, and the licences the data is used under. */
export function BriefingSources({ data: d }: { data: BriefingData }) {
  const { t, href } = useLang();
  const b = d.credits.boundaries;
  const source = (field: string) => d.credits.fieldSources.find((f) => f.field === field)?.source;
  const rows: [label: string, text: string | undefined][] = [
    [t("briefing.sources.regions"), source("region")],
    [t("briefing.sources.rural"), source("rural_wlga")],
    [t("briefing.sources.population"), source("population_2021")],
  ];
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{t("briefing.sources.title")}</h2>
      <ul>
        {rows.map(([label, text]) =>
          text ? (
            <li key={label}>
              {label}: <span lang="en">{text}.</span>
            </li>
          ) : null
        )}
        <li>
          {t("briefing.sources.boundaries")}: <span lang="en">{b.name}</span> — <span lang="en">{b.attribution}</span> (<span lang="en">{b.licence}</span>).
        </li>
        <li>{t("briefing.sources.settlements")}</li>
        <li>{t("briefing.sources.ons")}</li>
      </ul>
      <p>
        <Link to={href("/about")}>{t("briefing.sources.about")}</Link>
      </p>
    </section>
  );
}
