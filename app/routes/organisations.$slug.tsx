import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ArchiveButton } from "~/components/archive-button";
import { AwardTable } from "~/components/award-table";
import { Bilingual } from "~/components/bilingual";
import { ErrorPage } from "~/components/error-page";
import { OrganisationFacts } from "~/components/organisation/organisation-facts";
import { ProjectList } from "~/components/project-list";
import { SourceCite } from "~/components/source-cite";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { getOrganisationPage } from "~/directory/directory.server";
import { page } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => page(() => getOrganisationPage(contextOf(request), params.slug ?? "", request));

export type OrganisationPageData = ReturnType<typeof useLoaderData<typeof loader>>;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.organisation.nameEn} · Cohesion Map Wales` : "Cohesion Map Wales" }];

export default function OrganisationPage() {
  const d = useLoaderData<typeof loader>();
  const { t, href } = useLang();
  const o = d.organisation;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={href("/organisations")}>{t("nav.organisations")}</Link>
      </p>
      <h1>
        <Bilingual en={o.nameEn} cy={o.nameCy} />
        {o.synthetic ? <span className="tag synthetic"> {t("common.synthetic")}</span> : null}
      </h1>
      <p className="lede">
        <Bilingual en={o.descriptionEn} cy={o.descriptionCy} />
      </p>
      <OrganisationFacts organisation={o} authorities={d.authorities} />
      {o.sourceDocument ? <SourceCite document={o.sourceDocument} quote={o.sourceQuote} /> : <p className="note">{t("organisations.listedByGroup")}</p>}
      {d.canEdit || d.canViewHistory ? (
        <div className="record-actions">
          {d.canEdit ? (
            <>
              <Link to={href(`/organisations/${o.slug}/edit`)}>{t("account.edit")}</Link> · <Link to={href(`/organisations/${o.slug}/projects/new`)}>{t("account.addProject")}</Link> ·{" "}
              <Link to={href(`/organisations/${o.slug}/awards/new`)}>{t("account.addAward")}</Link> ·{" "}
              <ArchiveButton action={`/organisations/${o.slug}/archive`} csrf={d.csrf} />
            </>
          ) : null}
          {d.canViewHistory ? (
            <>
              {d.canEdit ? " · " : null}
              <Link to={href(`/history/organisation/${o.id}`)}>{t("moderation.history")}</Link>
            </>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="projects">
        <h2 id="projects">{t("organisations.projects")}</h2>
        {d.projects.length ? <ProjectList projects={d.projects} showOrganisation={false} /> : <p>{t("organisations.noProjects")}</p>}
      </section>
      <section aria-labelledby="awards">
        <h2 id="awards">{t("organisations.awards")}</h2>
        {d.awards.length ? <AwardTable awards={d.awards} caption={t("organisations.awards")} editable={d.canEdit} /> : <p>{t("organisations.noAwards")}</p>}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
