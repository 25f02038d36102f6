import { Link } from "@remix-run/react";
import type { DataBasis as Basis } from "~/coverage/data-basis.server";
import { formatPartialDate } from "~/i18n/format";
import { useLang } from "~/components/use-lang";

/**
 * What the figures rest on: the records counted as provision and those that are not (with why), and
 * the documents they come from, each linked to its entry on /about.
 */
export function DataBasis({ basis: b }: { basis: Basis }) {
  const { lang, t, href } = useLang();
  const kinds = Object.entries(b.contextByKind)
    .map(([kind, n]) => `${t(`kinds.project.${kind}`)}: ${n}`)
    .join("; ");
  return (
    <section className="data-basis" aria-labelledby="data-basis-title">
      <h2 id="data-basis-title">{t("basis.title", { date: formatPartialDate(lang, t, b.asOf) })}</h2>
      <ul>
        <li>{t("basis.provision", { count: b.provision, unknownEnd: b.provisionEndUnknown })}</li>
        <li>{t("basis.national", { count: b.national })}</li>
        <li>
          {t("basis.context", { count: b.context })}
          {kinds ? ` (${kinds})` : ""}
        </li>
        <li>{t("basis.areaNotStated", { count: b.areaNotStated })}</li>
        <li>{t("basis.noRecentEvidence", { count: b.noRecentEvidence, months: b.evidenceMonths })}</li>
        {b.listedOnSite > 0 ? <li>{t("basis.listedOnSite", { count: b.listedOnSite })}</li> : null}
      </ul>
      <p>{t("basis.sources")}</p>
      <ul>
        {b.documents.map((d) => (
          <li key={d.id}>
            <Link to={href("/about") + `#doc-${d.id}`} lang="en">
              {d.title}
            </Link>
            {` — ${d.author}${d.date ? `, ${d.date}` : ""} `}
            {t("basis.records", { count: d.projects })}
          </li>
        ))}
      </ul>
    </section>
  );
}
