import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { lazy, Suspense } from "react";
import { ClientOnly } from "~/components/client-only";
import { HatchPattern, HatchSwatch } from "~/components/map/hatch-pattern";
import { useRootData } from "~/root";
import { getAuthorityProfile } from "~/directory/authorities.server";
import { AwardTable } from "~/components/award-table";
import { Bilingual } from "~/components/bilingual";
import { ErrorPage } from "~/components/error-page";
import { FilterSelect, optionsOf } from "~/components/filter-select";
import { ProjectList } from "~/components/project-list";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { parseCoverageParams } from "~/coverage/coverage.server";
import { formatNumber, formatPartialDate } from "~/i18n/format";
import { page } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    const { asOf, theme } = parseCoverageParams(ctx);
    return getAuthorityProfile(ctx, params.gss ?? "", asOf, theme);
  });

const AuthorityMap = lazy(() => import("~/components/map/authority-map.client"));

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
  const root = useRootData();
  const themeName = (id: string | null) => {
    const th = d.projectsByTheme.find((g) => g.theme.id === id)?.theme;
    return th ? (lang === "cy" ? th.nameCy : th.nameEn) : t("home.allThemes");
  };
  const pct = (share: number | null) => (share === null ? t("common.unknown") : `${formatNumber(lang, share * 100, 1)}%`);
  const sel = d.coverage.selected;
  const w = d.coverage.weights;
  const p = sel.gapScore.parts;
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


      <section aria-labelledby="risk" className={d.risk.atRisk ? "gaps" : undefined}>
        <h2 id="risk">{t("authority.atRiskTitle")}</h2>
        <p data-at-risk={d.risk.atRisk}>
          {t("authority.atRisk", { count: d.risk.atRisk, active: d.risk.active, name, share: `${formatNumber(lang, d.risk.share * 100, 0)}%` })}
        </p>
        {d.risk.cliffEdges.length ? (
          <>
            <p>{t("authority.cliffEdges")}</p>
            <ul className="cliff-edges">
              {d.risk.cliffEdges.map((id) => (
                <li key={id}>{themeName(id)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t("authority.noCliffEdges")}</p>
        )}
        {d.risk.endUnknown ? <p>{t("authority.endUnknownCount", { count: d.risk.endUnknown })}</p> : null}
        <p>
          <Link to={href("/funding", { authority: a.gssCode, asOf: d.asOfParam })}>{t("funding.title")}</Link>
        </p>
      </section>

      <section aria-labelledby="coverage">
        <HatchPattern />
        <h2 id="coverage">{t("authority.coverage")}</h2>
        <div className="table-wrap">
          <table className="coverage-table">
            <caption>{t("authority.coverageCaption", { name, date: formatPartialDate(lang, t, d.asOf) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("authority.coverageColumns.theme")}</th>
                <th scope="col" className="num">{t("authority.coverageColumns.projects")}</th>
                <th scope="col" className="num">{t("authority.coverageColumns.area")}</th>
                <th scope="col" className="num">{t("authority.coverageColumns.people")}</th>
                <th scope="col" className="num">{t("authority.coverageColumns.outOfReach")}</th>
                <th scope="col" className="num">{t("authority.coverageColumns.score")}</th>
              </tr>
            </thead>
            <tbody>
              {d.coverage.byTheme.map((r) => (
                <tr key={r.theme ?? "all"} data-theme={r.theme ?? "all"}>
                  <th scope="row">
                    <Link to={href(`/authorities/${a.gssCode}`, { theme: r.theme ?? undefined, asOf: d.asOfParam })} preventScrollReset>
                      {themeName(r.theme)}
                    </Link>
                    {r.ruralGap ? <span className="tag rural-gap"> {t("home.ruralGap")}</span> : null}
                  </th>
                  <td className="num">{formatNumber(lang, r.activeProjects)}</td>
                  <td className="num">{pct(r.areaCoverage)}</td>
                  <td className="num">{pct(r.peopleCoverage)}</td>
                  <td className="num">{formatNumber(lang, r.outOfReachCount)}</td>
                  <td className="num">{formatNumber(lang, r.gapScore.score, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Form method="get" className="map-controls" preventScrollReset>
          {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
          {d.asOfParam ? <input type="hidden" name="asOf" value={d.asOfParam} /> : null}
          <FilterSelect name="theme" label={t("authority.chooseTheme")} value={d.theme} options={optionsOf.themes(lang, d.projectsByTheme.map((g) => g.theme))} emptyLabel={t("home.allThemes")} />
          <button type="submit">{t("home.show")}</button>
        </Form>
        <p className="score-parts">
          {t("authority.scoreParts", {
            score: formatNumber(lang, sel.gapScore.score, 1),
            wPeople: w.peopleOutOfReach,
            people: formatNumber(lang, p.peopleOutOfReach, 2),
            wArea: w.areaOutOfReach,
            area: formatNumber(lang, p.areaOutOfReach, 2),
            wRural: w.rural,
            rural: formatNumber(lang, p.rural, 2),
            wPopulation: w.population,
            population: formatNumber(lang, p.population, 2),
            wDispersal: w.historicDispersal,
            dispersal: formatNumber(lang, p.historicDispersal, 2),
          })}
        </p>
        <h3>{t("authority.gapMap", { name, theme: themeName(d.theme) })}</h3>
        <div className="map-frame small-map">
          <ClientOnly fallback={<p className="map-placeholder">{t("home.mapLoading")}</p>}>
            {() => (
              <Suspense fallback={<p className="map-placeholder">{t("home.mapLoading")}</p>}>
                <AuthorityMap
                  className="authority-map"
                  boundaries={d.boundaries}
                  authorities={[{ gssCode: a.gssCode, name, details: [], colour: "#d0d1e6", href: "" }]}
                  focus={[a.gssCode]}
                  gaps={d.coverage.gaps}
                  settlements={sel.outOfReach.map((s) => ({ id: s.id, name: s.name, lng: s.lng, lat: s.lat, label: s.name }))}
                  label={t("authority.gapMap", { name, theme: themeName(d.theme) })}
                  openLabel=""
                  tileUrl={root?.tileUrl ?? null}
                  tileAttribution={root?.tileAttribution ?? null}
                  attribution="Boundaries: Natural Earth · © GeoNames"
                />
              </Suspense>
            )}
          </ClientOnly>
        </div>
        <p className="legend-inline">
          <HatchSwatch /> {t("home.legendGaps")} · <span className="marker" aria-hidden="true" /> {t("home.legendSettlements")}
        </p>
        <h3>{t("authority.outOfReach", { theme: themeName(d.theme) })}</h3>
        {sel.outOfReach.length ? (
          <div className="table-wrap">
            <table className="out-of-reach">
              <thead>
                <tr>
                  <th scope="col">{t("authority.place")}</th>
                  <th scope="col" className="num">{t("authority.placePopulation")}</th>
                  <th scope="col" className="num">{t("authority.nearest")}</th>
                </tr>
              </thead>
              <tbody>
                {sel.outOfReach.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      {s.name}
                      {s.rural ? <span className="tag"> {t("home.columns.rural")}</span> : null}
                    </th>
                    <td className="num">{s.population === null ? t("common.unknown") : formatNumber(lang, s.population)}</td>
                    <td className="num">{s.distanceKm === null ? t("home.noProjectAnywhere") : `${formatNumber(lang, s.distanceKm, 1)} km`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t("authority.noOutOfReach")}</p>
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
