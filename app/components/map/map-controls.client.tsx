import { AttributionControl, ZoomControl } from "react-leaflet";
import { useLang } from "../use-lang";

/**
 * Leaflet's zoom buttons and attribution line in the page's language (Leaflet's own are English):
 * use inside a MapContainer made with `zoomControl={false} attributionControl={false}`. A map that
 * credits its sources in a caption below it (MapCredit) leaves the attribution line out.
 */
export function MapControls({ attribution = true }: { attribution?: boolean }) {
  const { t } = useLang();
  return (
    <>
      <ZoomControl position="topleft" zoomInTitle={t("mapControls.zoomIn")} zoomOutTitle={t("mapControls.zoomOut")} />
      {attribution ? <AttributionControl position="bottomright" prefix={`<a href="https://leafletjs.com" hreflang="en">Leaflet</a>`} /> : null}
    </>
  );
}
