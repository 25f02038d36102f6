import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ArchiveButton } from "~/components/archive-button";
import { AwardTable } from "~/components/award-table";
import { Bilingual } from "~/components/bilingual";
import { ErrorPage } from "~/components/error-page";
import { PartialDate } from "~/components/partial-date";
import { SourceCite } from "~/components/source-cite";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { getProjectPage } from "~/directory/directory.server";
import { formatNumber } from "~/i18n/format";
import { page } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => page(() => getProjectPage(contextOf(request), params.id ?? "", request));

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.project.titleEn} · Cohesion Map Wales` : "Cohesion Map Wales" }];

export default function ProjectPage() {
  const d = useLoaderData<typeof loader>();
  const { lang, t, href } = useLang();
  const p = d.project;
  const name = (gss: string) => {
    const a = d.authorities.find((x) => x.gssCode === gss);
    return a ? (lang === "cy" ? a.nameCy : a.nameEn) : gss;
  };
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
      <dl className="facts">
        <div>
          <dt>{t("project.deliveredBy")}</dt>
          <dd>
            <Link to={href(`/organisations/${p.organisationSlug}`)}>
              <Bilingual en={p.organisationNameEn} cy={p.organisationNameCy} />
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t("project.state")}</dt>
          <dd>{t(`status.${p.state}`)}</dd>
        </div>
        <div>
          <dt>{t("project.start")}</dt>
          <dd>
            <PartialDate date={p.startDate} />
          </dd>
        </div>
        <div>
          <dt>{t("project.end")}</dt>
          <dd>
            <PartialDate date={p.endDate} end endedNoDate={p.endedNoDate} />
            {p.dateNote ? <div className="note" lang="en">{t("common.derived", { note: p.dateNote })}</div> : null}
          </dd>
        </div>
        <div>
          <dt>{t("project.themes")}</dt>
          <dd>
            {p.themeIds
              .map((id) => d.themes.find((th) => th.id === id))
              .map((th) => (th ? (lang === "cy" ? th.nameCy : th.nameEn) : ""))
              .join("; ")}
          </dd>
        </div>
        <div>
          <dt>{t("project.areaServed")}</dt>
          <dd>
            {p.areaKind === "wales" ? (
              t("common.allWales")
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
          </dd>
        </div>
      </dl>
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
