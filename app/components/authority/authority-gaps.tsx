import { formatNumber } from "~/i18n/format";
import { TableWrap } from "../table-wrap";
import type { AuthorityProfileData } from "~/routes/authorities.$gss";
import { LazyAuthorityMap } from "../map/lazy-authority-map";
import { BLUES } from "../map/choropleth";
import { HatchSwatch } from "../map/hatch-pattern";
import { MapCredit } from "../map/map-credit";
import { useLang } from "../use-lang";

type Data = AuthorityProfileData;
type Place = Data["coverage"]["selected"]["outOfReach"][number];

/**
 * A small map framing the whole authority (fitted to its outline with room around it), its gaps
 * hatched and the places out of reach marked, with the map's credits below it.
 */
export function AuthorityGapMap({
  boundariesUrl,
  gssCode,
  name,
  gaps,
  places,
  label,
}: {
  boundariesUrl: string;
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
      <div className="map-frame small-map" data-gss={gssCode}>
        <LazyAuthorityMap
          className="authority-map"
          boundariesUrl={boundariesUrl}
          authorities={[{ gssCode, name, details: [], colour: BLUES[1], href: "" }]}
          focus={[gssCode]}
          gaps={gaps}
          settlements={places.map((s) => ({ id: s.id, name: s.name, lng: s.lng, lat: s.lat, label: s.name }))}
          label={label}
          openLabel=""
        />
      </div>
      <MapCredit />
      <ul className="legend-inline">
        <li>
          <HatchSwatch /> <span>{t("home.legendGaps")}</span>
        </li>
        <li>
          <span className="marker" aria-hidden="true" /> <span>{t("mapView.placesListed")}</span>
        </li>
      </ul>
    </>
  );
}

/** The places out of reach of the selected theme's projects, or a line saying there are none. */
export function OutOfReachPlaces({ places, label }: { places: Place[]; label: string }) {
  const { lang, t } = useLang();
  if (!places.length) return <p>{t("authority.noOutOfReach")}</p>;
  return (
    <TableWrap label={label}>
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
    </TableWrap>
  );
}
