import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getAuthorityProfile } from "~/directory/authorities.server";
import { AuthorityCoverage } from "~/components/authority/authority-coverage";
import { AuthorityFacts, AuthorityNeighbours, AuthorityOrganisations } from "~/components/authority/authority-facts";
import { AuthorityContext, AuthorityProjectsByTheme } from "~/components/authority/authority-projects";
import { AuthorityRisk } from "~/components/authority/authority-risk";
import { AwardTable } from "~/components/award-table";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { parseCoverageParams } from "~/coverage/coverage.server";
import { formatPartialDate } from "~/i18n/format";
import { page } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    const { asOf, theme } = parseCoverageParams(ctx);
    return getAuthorityProfile(ctx, params.gss ?? "", asOf, theme);
  });

export type AuthorityProfileData = ReturnType<typeof useLoaderData<typeof loader>>;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.authority.nameEn} · Cohesion Map Wales` : "Cohesion Map Wales" }];

export default function AuthorityProfile() {
  const d = useLoaderData<typeof loader>();
  const { lang, t, href } = useLang();
  const a = d.authority;
  const name = lang === "cy" ? a.nameCy : a.nameEn;
  const themeName = (id: string | null) => {
    const th = d.projectsByTheme.find((g) => g.theme.id === id)?.theme;
    return th ? (lang === "cy" ? th.nameCy : th.nameEn) : t("home.allThemes");
  };
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

      <AuthorityFacts authority={a} fieldSources={d.fieldSources} />
      <AuthorityNeighbours neighbours={d.neighbours} regionPeers={d.regionPeers} />
      <AuthorityOrganisations organisations={d.organisations} />
      <AuthorityRisk risk={d.risk} name={name} gssCode={a.gssCode} asOfParam={d.asOfParam} themeName={themeName} />
      <AuthorityCoverage data={d} name={name} themeName={themeName} />
      <AuthorityProjectsByTheme groups={d.projectsByTheme} name={name} />
      <AuthorityContext context={d.context} stale={d.noRecentEvidence} months={d.evidenceMonths} />

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
