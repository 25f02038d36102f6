import { formatNumber } from "~/i18n/format";
import type { AuthorityProfileData } from "~/routes/authorities.$gss";
import { LazyAuthorityMap } from "../map/lazy-authority-map";
import { HatchSwatch } from "../map/hatch-pattern";
import { useLang } from "../use-lang";

type Data = AuthorityProfileData;
type Place = Data["coverage"]["selected"]["outOfReach"][number];

/** A small map of the authority with its gaps hatched and the places out of reach marked. */
export function AuthorityGapMap({
  boundariesUrl,
  gssCode,
  name,
  gaps,
  places,
  label,
  attribution,
}: {
  boundariesUrl: string;
  attribution: string;
  gssCode: string;
  name: string;
  gaps: Data["coverage"]["gaps"];
  places: Place[];
  label: string;
}) {
  const { t } = useLang();
  return (
    <>
      <h3>{label}</h3>
      <div className="map-frame small-map">
        <LazyAuthorityMap
          className="authority-map"
          boundariesUrl={boundariesUrl}
          authorities={[{ gssCode, name, details: [], colour: "#d0d1e6", href: "" }]}
          focus={[gssCode]}
          gaps={gaps}
          settlements={places.map((s) => ({ id: s.id, name: s.name, lng: s.lng, lat: s.lat, label: s.name }))}
          label={label}
          openLabel=""
          attribution={`${attribution} · © GeoNames`}
        />
      </div>
      <p className="legend-inline">
        <HatchSwatch /> {t("home.legendGaps")} · <span className="marker" aria-hidden="true" /> {t("home.legendSettlements")}
      </p>
    </>
  );
}

/** The places out of reach of the selected theme's projects, or a line saying there are none. */
export function OutOfReachPlaces({ places }: { places: Place[] }) {
  const { lang, t } = useLang();
  if (!places.length) return <p>{t("authority.noOutOfReach")}</p>;
  return (
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
          {places.map((s) => (
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
  );
}
