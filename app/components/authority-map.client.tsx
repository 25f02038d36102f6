import type { Feature, FeatureCollection, Geometry } from "geojson";
import L from "leaflet";
import { useEffect, useMemo } from "react";
import { GeoJSON, MapContainer, TileLayer, useMap } from "react-leaflet";

export interface MapAuthority {
  gssCode: string;
  name: string;
  /** Lines shown in the tooltip under the name. */
  details: string[];
  colour: string;
  href: string;
}

interface Props {
  boundaries: FeatureCollection<Geometry, { gss_code: string }>;
  authorities: MapAuthority[];
  label: string;
  openLabel: string;
  onOpen: (href: string) => void;
  tileUrl: string | null;
  tileAttribution: string | null;
  attribution: string;
}

function FitToWales({ data }: { data: FeatureCollection }) {
  const map = useMap();
  useEffect(() => {
    const bounds = L.geoJSON(data).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
  }, [map, data]);
  return null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The choropleth of the 22 authorities. Each outline is also a keyboard stop (Tab, then Enter opens
 * the profile); the table beside the map carries the same figures for every reader.
 */
export default function AuthorityMap({ boundaries, authorities, label, openLabel, onOpen, tileUrl, tileAttribution, attribution }: Props) {
  const byGss = useMemo(() => new Map(authorities.map((a) => [a.gssCode, a])), [authorities]);
  // A new key redraws the GeoJSON layer when the figures change.
  const key = authorities.map((a) => `${a.gssCode}:${a.colour}:${a.details.join("|")}`).join(",");
  return (
    <MapContainer
      className="authority-map"
      center={[52.4, -3.6]}
      zoom={7}
      zoomSnap={0.25}
      scrollWheelZoom={false}
      attributionControl
      aria-label={label}
    >
      {tileUrl ? <TileLayer url={tileUrl} attribution={tileAttribution ?? ""} /> : null}
      <FitToWales data={boundaries} />
      <GeoJSON
        key={key}
        data={boundaries}
        attribution={attribution}
        style={(feature) => ({
          color: "#1b1b1b",
          weight: 1,
          fillOpacity: 0.9,
          fillColor: byGss.get((feature as Feature<Geometry, { gss_code: string }>).properties.gss_code)?.colour ?? "#cccccc",
        })}
        onEachFeature={(feature, layer) => {
          const a = byGss.get((feature as Feature<Geometry, { gss_code: string }>).properties.gss_code);
          if (!a) return;
          const html = `<strong>${escapeHtml(a.name)}</strong>${a.details.map((d) => `<br>${escapeHtml(d)}`).join("")}`;
          layer.bindTooltip(html, { sticky: true });
          layer.on("click", () => onOpen(a.href));
          layer.on("mouseover", () => (layer as L.Path).setStyle({ weight: 3 }));
          layer.on("mouseout", () => (layer as L.Path).setStyle({ weight: 1 }));
          layer.on("add", () => {
            const el = (layer as L.Path).getElement();
            if (!el) return;
            el.setAttribute("tabindex", "0");
            el.setAttribute("role", "link");
            el.setAttribute("aria-label", `${a.name}: ${a.details.join(", ")}. ${openLabel}`);
            el.setAttribute("data-gss", a.gssCode);
            el.addEventListener("keydown", (event) => {
              if ((event as KeyboardEvent).key === "Enter") onOpen(a.href);
            });
            el.addEventListener("focus", () => (layer as L.Path).openTooltip());
            el.addEventListener("blur", () => (layer as L.Path).closeTooltip());
          });
        }}
      />
    </MapContainer>
  );
}
