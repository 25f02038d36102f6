import { useRootData } from "~/root";
import { useLang } from "../use-lang";
import { boundaryCredit, type CreditText } from "./boundary-credit";

const Credit = ({ credit }: { credit: CreditText }) => (credit.lang ? <span lang={credit.lang}>{credit.text}</span> : <>{credit.text}</>);

/**
 * The map's credits as a caption line below it (inside the map they sat over the Welsh coast): the
 * map library, the active boundary set's credit and licence in the page's language, GeoNames for the
 * places, and the background tiles' credit when tiles are configured.
 */
export function MapCredit({ places = true }: { places?: boolean }) {
  const { t } = useLang();
  const root = useRootData();
  if (!root) return null;
  const credit = boundaryCredit(t, root.boundaryCredit);
  const licence = credit.licence.text ? credit.licence : { text: t("boundaries.notStated") };
  return (
    <p className="map-credit">
      {t("mapView.credit")}{" "}
      <a href="https://leafletjs.com" hrefLang="en">
        Leaflet
      </a>
      .{" "}
      <Credit credit={credit.attribution} /> (<Credit credit={licence} />).{places ? ` ${t("mapView.creditPlaces")}` : null}
      {root.tileUrl && root.tileAttribution ? (
        <>
          {" "}
          {t("mapView.creditTiles")} {/* The operator's credit for the tiles, as configured (it may hold links). */}
          <span dangerouslySetInnerHTML={{ __html: root.tileAttribution }} />
        </>
      ) : null}
    </p>
  );
}
