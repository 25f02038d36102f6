import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getAuthorityProfile } from "~/authorities.server";
import { AwardTable } from "~/components/award-table";
import { Bilingual } from "~/components/bilingual";
import { ErrorPage } from "~/components/error-page";
import { ProjectList } from "~/components/project-list";
import { useLang } from "~/components/use-lang";
import { contextOf, today } from "~/context.server";
import { formatNumber, formatPartialDate } from "~/format";
import { page } from "~/http.server";
import { parseListParams } from "~/params.server";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    const { asOf } = parseListParams(ctx, ["asOf"]);
    return getAuthorityProfile(ctx, params.gss ?? "", asOf ?? today());
  });

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.authority.nameEn} · Cohesion Map Wales` : "Cohesion Map Wales" }];

export default function AuthorityProfile() {
  const d = useLoaderData<typeof loader>();
  const { lang, t, href } = useLang();
  const a = d.authority;
  const name = lang === "cy" ? a.nameCy : a.nameEn;
  const source = (field: string) => d.fieldSources.find((f) => f.field === field);
  const facts: { label: string; value: string; field: string }[] = [
    { label: t("authority.population"), value: a.population2021 === null ? t("common.unknown") : formatNumber(lang, a.population2021), field: "population_2021" },
    { label: t("authority.landArea"), value: a.landAreaKm2 === null ? t("common.unknown") : t("authority.landAreaValue", { value: formatNumber(lang, a.landAreaKm2) }), field: "land_area_km2" },
    { label: t("authority.rural"), value: a.ruralWlga ? t("common.yes") : t("common.no"), field: "rural_wlga" },
    { label: t("authority.policeForce"), value: a.policeForce ?? t("common.unknown"), field: "police_force" },
    { label: t("authority.dispersal"), value: a.historicDispersalArea ? t("common.yes") : t("common.no"), field: "historic_dispersal_area" },
  ];
  const missing = d.projectsByTheme.filter((g) => g.projects.length === 0);
  return (
    <article className="profile">
      <p className="breadcrumb">
        <Link to={href("/")}>{t("nav.map")}</Link> › {a.gssCode}
      </p>
      <h1>{name}</h1>
      <p className="lede">
        {t("authority.activeCount", { count: d.projectCount, name, local: d.projectCount - d.walesWideCount, wales: d.walesWideCount })}{" "}
        {t("common.asOf", { date: formatPartialDate(lang, t, d.asOf) })}
      </p>

      <section aria-labelledby="facts">
        <h2 id="facts">{t("authority.facts")}</h2>
        <dl className="facts">
          {facts.map((f) => (
            <div key={f.field}>
              <dt>{f.label}</dt>
              <dd data-field={f.field}>{f.value}</dd>
            </div>
          ))}
          <div>
            <dt>{t("authority.region")}</dt>
            <dd>{a.regionNameEn ? <Bilingual en={a.regionNameEn} cy={a.regionNameCy} /> : t("common.unknown")}</dd>
          </div>
        </dl>
        <details className="fact-sources">
          <summary>{t("authority.factSources")}</summary>
          <ul>
            {facts.map((f) => (
              <li key={f.field} lang="en">
                <strong>{f.label}:</strong> {source(f.field)?.source ?? t("common.unknown")}
              </li>
            ))}
            <li lang="en">
              <strong>{t("authority.region")}:</strong> {source("region")?.source} — {a.regionSource}
            </li>
          </ul>
        </details>
      </section>

      <section aria-labelledby="neighbours">
        <h2 id="neighbours">{t("authority.neighbours")}</h2>
        <ul className="inline-list">
          {d.neighbours.map((n) => (
            <li key={n.gssCode}>
              <Link to={href(`/authorities/${n.gssCode}`)}>{lang === "cy" ? n.nameCy : n.nameEn}</Link>
            </li>
          ))}
        </ul>
        {d.regionPeers.length ? (
          <>
            <h3>{t("authority.otherRegionAuthorities")}</h3>
            <ul className="inline-list">
              {d.regionPeers.map((n) => (
                <li key={n.gssCode}>
                  <Link to={href(`/authorities/${n.gssCode}`)}>{lang === "cy" ? n.nameCy : n.nameEn}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="based">
        <h2 id="based">{t("authority.basedHere")}</h2>
        {d.organisations.length ? (
          <ul>
            {d.organisations.map((o) => (
              <li key={o.slug}>
                <Link to={href(`/organisations/${o.slug}`)}>
                  <Bilingual en={o.nameEn} cy={o.nameCy} />
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("common.none")}</p>
        )}
      </section>

      <section aria-labelledby="by-theme">
        <h2 id="by-theme">{t("authority.projectsByTheme", { name })}</h2>
        {d.projectsByTheme
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

      <section aria-labelledby="funding">
        <h2 id="funding">{t("authority.funding")}</h2>
        {d.awards.length ? <AwardTable awards={d.awards} caption={t("authority.funding")} /> : <p>{t("authority.noFunding")}</p>}
      </section>
      <p className="print-hint">{t("authority.printHint")}</p>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
