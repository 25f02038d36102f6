import { AttributionControl, ZoomControl } from "react-leaflet";
import { useLang } from "../use-lang";

/**
 * Leaflet's zoom buttons and attribution line in the page's language (Leaflet's own are English):
 * use inside a MapContainer made with `zoomControl={false} attributionControl={false}`.
 */
export function MapControls() {
  const { t } = useLang();
  return (
    <>
      <ZoomControl position="topleft" zoomInTitle={t("mapControls.zoomIn")} zoomOutTitle={t("mapControls.zoomOut")} />
      <AttributionControl position="bottomright" prefix={`<a href="https://leafletjs.com" hreflang="en">Leaflet</a>`} />
    </>
  );
}
