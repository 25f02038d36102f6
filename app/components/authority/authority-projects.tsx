import type { AuthorityProfileData } from "~/routes/authorities.$gss";
import { ProjectList } from "../project-list";
import { useLang } from "../use-lang";

/** The authority's projects grouped by theme, then the themes with none. */
export function AuthorityProjectsByTheme({ groups, name }: { groups: AuthorityProfileData["projectsByTheme"]; name: string }) {
  const { lang, t } = useLang();
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
          </section>
        ))}
      {missing.length ? (
        <section className="gaps" aria-labelledby="missing">
          <h3 id="missing">{t("authority.themesMissing")}</h3>
          <ul>
            {missing.map((g) => (
              <li key={g.theme.id}>{lang === "cy" ? g.theme.nameCy : g.theme.nameEn}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
