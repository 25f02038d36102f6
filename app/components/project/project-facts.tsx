import { Link } from "@remix-run/react";
import { Bilingual } from "~/components/bilingual";
import { Fact } from "~/components/fact";
import { PartialDate } from "~/components/partial-date";
import { useLang } from "~/components/use-lang";
import { formatNumber, formatPartialDate } from "~/i18n/format";
import type { ProjectPageData } from "~/routes/projects.$id";

/** A project's facts: who delivers it, its state and dates, its themes and the area it serves. */
export function ProjectFacts({ project: p, themes, authorities, evidenceMonths }: Pick<ProjectPageData, "project" | "themes" | "authorities" | "evidenceMonths">) {
  const { lang, t, href } = useLang();
  const name = (gss: string) => {
    const a = authorities.find((x) => x.gssCode === gss);
    return a ? (lang === "cy" ? a.nameCy : a.nameEn) : gss;
  };
  return (
    <dl className="facts">
      <Fact label={t("project.deliveredBy")}>
        {p.deliveryNotNamed ? <p>{t("common.deliveryNotNamed", { name: lang === "cy" && p.organisationNameCy ? p.organisationNameCy : p.organisationNameEn })}</p> : null}
        <Link to={href(`/organisations/${p.organisationSlug}`)}>
          <Bilingual en={p.organisationNameEn} cy={p.organisationNameCy} />
        </Link>
      </Fact>
      <Fact label={t("project.kind")}>{t(`kinds.project.${p.kind}`)}</Fact>
      <Fact label={t("project.state")}>{t(`status.${p.state}`)}</Fact>
      <Fact label={t("project.lastEvidenced")}>
        {p.lastEvidenced ? formatPartialDate(lang, t, p.lastEvidenced) : t("common.notStated")}
        <div className="note">{t("project.lastEvidencedNote", { months: evidenceMonths })}</div>
      </Fact>
      <Fact label={t("project.start")}>
        <PartialDate date={p.startDate} />
      </Fact>
      <Fact label={t("project.end")}>
        <PartialDate date={p.endDate} end endedNoDate={p.endedNoDate} />
        {p.dateNote ? <div className="note" lang="en">{t("common.derived", { note: p.dateNote })}</div> : null}
      </Fact>
      <Fact label={t("project.themes")}>
        {p.themeIds
          .map((id) => themes.find((th) => th.id === id))
          .map((th) => (th ? (lang === "cy" ? th.nameCy : th.nameEn) : ""))
          .join("; ")}
      </Fact>
      <Fact label={t("project.areaServed")}>
        {p.areaKind === "wales" ? (
          t("common.allWales")
        ) : p.areaKind === "unstated" ? (
          <>
            {t("common.areaNotStated")}
            {p.importId !== null && p.organisationHomeGss ? (
              <p className="note">{t("project.headOffice", { authority: name(p.organisationHomeGss) })}</p>
            ) : null}
          </>
        ) : (
          <>
            {p.areaKind === "point" && p.pointLat !== null && p.pointLng !== null && p.radiusKm !== null ? (
              <p>{t("common.kmRadius", { radius: formatNumber(lang, p.radiusKm, 1), lat: p.pointLat.toFixed(4), lng: p.pointLng.toFixed(4) })}</p>
            ) : null}
            <ul className="inline-list">
              {p.areaGss.map((g) => (
                <li key={g}>
                  <Link to={href(`/authorities/${g}`)}>{name(g)}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </Fact>
    </dl>
  );
}
