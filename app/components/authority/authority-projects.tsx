import { Link } from "@remix-run/react";
import type { AuthorityProfileData } from "~/routes/authorities.$gss";
import { ProjectList } from "../project-list";
import { useLang } from "../use-lang";

/**
 * What is recorded here but is not current provision: plans, programmes, networks, campaigns and
 * reports (context), and records with no recent evidence (each with the date it was last evidenced).
 */
export function AuthorityContext({ context, stale, months }: { context: AuthorityProfileData["context"]; stale: AuthorityProfileData["noRecentEvidence"]; months: number }) {
  const { t } = useLang();
  return (
    <>
      <section aria-labelledby="context">
        <h2 id="context">{t("authority.context")}</h2>
        <p>{t("authority.contextIntro")}</p>
        {context.length ? <ProjectList projects={context} /> : <p>{t("authority.noContext")}</p>}
      </section>
      <section aria-labelledby="no-recent-evidence">
        <h2 id="no-recent-evidence">{t("authority.noRecentEvidence")}</h2>
        <p>{t("authority.noRecentEvidenceIntro", { months })}</p>
        {stale.length ? <ProjectList projects={stale} /> : <p>{t("authority.noStale")}</p>}
      </section>
    </>
  );
}

/** The authority's projects grouped by theme, then the themes with none. */
export function AuthorityProjectsByTheme({ groups, name }: { groups: AuthorityProfileData["projectsByTheme"]; name: string }) {
  const { lang, t, href } = useLang();
  const missing = groups.filter((g) => g.projects.length === 0);
  return (
    <section aria-labelledby="by-theme">
      <h2 id="by-theme">{t("authority.projectsByTheme", { name })}</h2>
      {groups
        .filter((g) => g.projects.length > 0)
        .map((g) => (
          <section key={g.theme.id} className="theme-group" aria-labelledby={`theme-${g.theme.id}`}>
            <h3 id={`theme-${g.theme.id}`}>{lang === "cy" ? g.theme.nameCy : g.theme.nameEn}</h3>
            <ProjectList projects={g.projects} />
            <p className="practice-link">
              <Link to={href("/practice", { theme: g.theme.id })}>{t("practice.link")}</Link>
            </p>
          </section>
        ))}
      {missing.length ? (
        <section className="gaps" aria-labelledby="missing">
          <h3 id="missing">{t("authority.themesMissing")}</h3>
          <ul>
            {missing.map((g) => (
              <li key={g.theme.id}>
                {lang === "cy" ? g.theme.nameCy : g.theme.nameEn} — <Link to={href("/practice", { theme: g.theme.id })}>{t("practice.link")}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
