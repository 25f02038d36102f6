import { Link } from "@remix-run/react";
import { describeCell } from "~/components/cliff/cliff-text";
import { useLang } from "~/components/use-lang";
import { formatNumber, formatPartialDate } from "~/i18n/format";
import type { BriefingData } from "~/routes/briefing";
import { LinkedText, slot } from "./linked-text";

/** The headline figures in a few sentences, each figure linked to the page that lists what it counts. */
export function BriefingSummary({ data: d }: { data: BriefingData }) {
  const { lang, t, href } = useLang();
  const h = d.headline;
  const asOf = d.asOfParam;
  const n = (value: number) => formatNumber(lang, value);
  const cliffEnd = d.cliff.quarters.at(-1)?.end ?? d.asOf;
  const amounts = describeCell(lang, t, d.cliff.total).join("; ");
  const noEnd = d.cliff.unknownEnd.awards + d.cliff.noRecentEvidence.awards;
  return (
    <section aria-labelledby="summary" className="briefing-summary">
      <h2 id="summary">{t("briefing.summary.title")}</h2>
      <p>
        <LinkedText
          text={t("briefing.summary.provision", {
            n: slot(0),
            count: h.provision,
            date: formatPartialDate(lang, t, d.asOf),
            authorities: h.authorities,
            national: n(h.national),
          })}
          links={[
            <Link key="p" to={href("/", { asOf })}>
              {n(h.provision)}
            </Link>,
          ]}
        />{" "}
        <LinkedText
          text={t("briefing.summary.pairs", {
            n: slot(0),
            pairs: n(h.pairs),
            themesWithNone: n(h.themesWithNone),
            themes: n(h.themes),
            authoritiesWithNone: n(h.authoritiesWithNone),
            authorities: n(h.authorities),
          })}
          links={[
            <Link key="g" to={href("/gaps", { asOf })}>
              {n(h.noProvisionPairs)}
            </Link>,
          ]}
        />{" "}
        {d.rural.authorities.length ? (
          <LinkedText
            text={t("briefing.summary.rural", { n: slot(0), rural: n(d.rural.authorities.length) })}
            links={[
              <a key="r" href="#rural">
                {n(d.rural.withNone)}
              </a>,
            ]}
          />
        ) : null}
      </p>
      <p>
        {d.cliff.total.awards ? (
          <LinkedText
            text={t("briefing.summary.cliffKnown", { amounts: slot(0), end: formatPartialDate(lang, t, cliffEnd) })}
            links={[
              <Link key="c" to={href("/funding/cliff", { asOf })}>
                {amounts}
              </Link>,
            ]}
          />
        ) : (
          t("briefing.summary.cliffNone", { end: formatPartialDate(lang, t, cliffEnd) })
        )}{" "}
        {noEnd ? (
          <LinkedText
            text={t("briefing.summary.unknownEnd", { n: slot(0), count: noEnd })}
            links={[
              <Link key="u" to={href("/funding", { asOf }) + "#unknown"}>
                {n(noEnd)}
              </Link>,
            ]}
          />
        ) : null}
      </p>
    </section>
  );
}
