import { Link } from "@remix-run/react";
import { formatNumber } from "~/i18n/format";
import type { AuthorityProfileData } from "~/routes/authorities.$gss";
import { Bilingual } from "../bilingual";
import { OrganisationLink } from "../organisation/organisation-link";
import { useLang } from "../use-lang";

type Data = AuthorityProfileData;

/** The authority's key figures, each with its source. */
export function AuthorityFacts({ authority: a, fieldSources }: { authority: Data["authority"]; fieldSources: Data["fieldSources"] }) {
  const { lang, t } = useLang();
  const source = (field: string) => fieldSources.find((f) => f.field === field);
  const facts: { label: string; value: string; field: string }[] = [
    { label: t("authority.population"), value: a.population2021 === null ? t("common.unknown") : formatNumber(lang, a.population2021), field: "population_2021" },
    { label: t("authority.landArea"), value: a.landAreaKm2 === null ? t("common.unknown") : t("authority.landAreaValue", { value: formatNumber(lang, a.landAreaKm2) }), field: "land_area_km2" },
    { label: t("authority.rural"), value: a.ruralWlga ? t("common.yes") : t("common.no"), field: "rural_wlga" },
    { label: t("authority.policeForce"), value: policeForceName(t, a.policeForceAreaCode, a.policeForce) ?? t("common.unknown"), field: "police_force" },
    { label: t("authority.dispersal"), value: a.historicDispersalArea ? t("common.yes") : t("common.no"), field: "historic_dispersal_area" },
  ];
  return (
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
  );
}

/** Links to the neighbouring authorities and to the others in the same region. */
export function AuthorityNeighbours({ neighbours, regionPeers }: { neighbours: Data["neighbours"]; regionPeers: Data["regionPeers"] }) {
  const { t } = useLang();
  return (
    <section aria-labelledby="neighbours">
      <h2 id="neighbours">{t("authority.neighbours")}</h2>
      <AuthorityLinks authorities={neighbours} />
      {regionPeers.length ? (
        <>
          <h3>{t("authority.otherRegionAuthorities")}</h3>
          <AuthorityLinks authorities={regionPeers} />
        </>
      ) : null}
    </section>
  );
}

function AuthorityLinks({ authorities }: { authorities: Data["neighbours"] }) {
  const { lang, href } = useLang();
  return (
    <ul className="inline-list">
      {authorities.map((n) => (
        <li key={n.gssCode}>
          <Link to={href(`/authorities/${n.gssCode}`)}>{lang === "cy" ? n.nameCy : n.nameEn}</Link>
        </li>
      ))}
    </ul>
  );
}

/** The organisations based in the authority. */
export function AuthorityOrganisations({ organisations }: { organisations: Data["organisations"] }) {
  const { t } = useLang();
  return (
    <section aria-labelledby="based">
      <h2 id="based">{t("authority.basedHere")}</h2>
      {organisations.length ? (
        <ul>
          {organisations.map((o) => (
            <li key={o.slug}>
              <OrganisationLink organisation={o} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("common.none")}</p>
      )}
    </section>
  );
}

/** A police force's name in the page's language, from its area code (the reference file gives the English name only). */
function policeForceName(t: ReturnType<typeof useLang>["t"], code: string | null, english: string | null): string | null {
  const key = `authority.policeForces.${code}`;
  return code && t(key) !== key ? t(key) : english;
}
