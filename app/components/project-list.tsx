import { Link } from "@remix-run/react";
import type { ProjectRow } from "../../db/queries/projects";
import { Bilingual } from "./bilingual";
import { PartialDate } from "./partial-date";
import { formatPartialDate } from "~/i18n/format";
import { EndsUnknownNote } from "./award-table";
import { useLang } from "./use-lang";

/** A list of projects with their organisation, reach and end date. */
export function ProjectList({ projects, showOrganisation = true }: { projects: (ProjectRow & { state?: string; currency?: string })[]; showOrganisation?: boolean }) {
  const { lang, t, href } = useLang();
  // An unknown end is said once under the list, with a count, not on every line.
  const endUnknown = projects.filter((p) => !p.endDate && !p.endedNoDate).length;
  return (
    <>
      <ul className="project-list">
        {projects.map((p) => (
          <li key={p.id}>
            <Link to={href(`/projects/${p.id}`)}>
              <Bilingual en={p.titleEn} cy={p.titleCy} />
            </Link>
            {p.synthetic ? <span className="tag synthetic"> {t("common.synthetic")}</span> : null}
            {p.areaKind === "wales" ? <span className="tag"> {t("common.walesWide")}</span> : null}
            {p.state ? <span className={`tag state-${p.state}`}> {t(`status.${p.state}`)}</span> : null}
            {p.kind !== "service" ? <span className="tag kind"> {t(`kinds.project.${p.kind}`)}</span> : null}
            {(p.state ?? p.currency) === "no-recent-evidence" ? (
              <span className="tag stale"> {p.lastEvidenced ? t("project.lastEvidencedOn", { date: formatPartialDate(lang, t, p.lastEvidenced) }) : t("project.neverEvidenced")}</span>
            ) : null}
            {showOrganisation ? (
              <>
                {" — "}
                <Link to={href(`/organisations/${p.organisationSlug}`)}>
                  <Bilingual en={p.organisationNameEn} cy={p.organisationNameCy} />
                </Link>
              </>
            ) : null}
            {p.endDate || p.endedNoDate ? (
              <span className="ends">
                {" · "}
                {t("project.end")}: <PartialDate date={p.endDate} end endedNoDate={p.endedNoDate} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <EndsUnknownNote count={endUnknown} total={projects.length} />
    </>
  );
}
