import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ArchiveButton } from "~/components/archive-button";
import { AwardTable } from "~/components/award-table";
import { Bilingual } from "~/components/bilingual";
import { ErrorPage } from "~/components/error-page";
import { ProjectFacts } from "~/components/project/project-facts";
import { SourceCite } from "~/components/source-cite";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { getProjectPage } from "~/directory/directory.server";
import { page } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => page(() => getProjectPage(contextOf(request), params.id ?? "", request));

export type ProjectPageData = ReturnType<typeof useLoaderData<typeof loader>>;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.project.titleEn} · Cohesion Map Wales` : "Cohesion Map Wales" }];

export default function ProjectPage() {
  const d = useLoaderData<typeof loader>();
  const { t, href } = useLang();
  const p = d.project;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={href(`/organisations/${p.organisationSlug}`)}>
          <Bilingual en={p.organisationNameEn} cy={p.organisationNameCy} />
        </Link>
      </p>
      <h1>
        <Bilingual en={p.titleEn} cy={p.titleCy} />
        {p.synthetic ? <span className="tag synthetic"> {t("common.synthetic")}</span> : null}
      </h1>
      <p className="lede">
        <Bilingual en={p.descriptionEn} cy={p.descriptionCy} />
      </p>
      <ProjectFacts project={p} themes={d.themes} authorities={d.authorities} evidenceMonths={d.evidenceMonths} />
      {p.sourceDocument ? <SourceCite document={p.sourceDocument} quote={p.sourceQuote} /> : <p className="note">{t("organisations.listedByGroup")}</p>}
      {d.canEdit || d.canViewHistory ? (
        <div className="record-actions">
          {d.canEdit ? (
            <>
              <Link to={href(`/projects/${p.id}/edit`)}>{t("account.edit")}</Link> ·{" "}
              <ArchiveButton action={`/projects/${p.id}/archive`} csrf={d.csrf} />
            </>
          ) : null}
          {d.canEdit && d.canViewHistory ? " · " : null}
          {d.canViewHistory ? <Link to={href(`/history/project/${p.id}`)}>{t("moderation.history")}</Link> : null}
        </div>
      ) : null}
      <section aria-labelledby="funding">
        <h2 id="funding">{t("project.funding")}</h2>
        {d.awards.length ? <AwardTable awards={d.awards} caption={t("project.funding")} hide={["recipient"]} editable={d.canEdit} /> : <p>{t("project.noFunding")}</p>}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
