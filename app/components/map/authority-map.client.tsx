import type { Feature, FeatureCollection, Geometry, MultiPolygon } from "geojson";
import L from "leaflet";
import { useEffect, useMemo } from "react";
import { CircleMarker, GeoJSON, MapContainer, Pane, TileLayer, Tooltip, useMap } from "react-leaflet";
import { MapControls } from "./map-controls.client";

export interface MapAuthority {
  gssCode: string;
  name: string;
  /** Lines shown in the tooltip under the name. */
  details: string[];
  colour: string;
  href: string;
}

export interface MapSettlement {
  id: number;
  name: string;
  lng: number;
  lat: number;
  label: string;
}

interface Props {
  boundaries: FeatureCollection<Geometry, { gss_code: string }>;
  authorities: MapAuthority[];
  /** Areas out of reach of every active project, drawn hatched on top. */
  gaps?: FeatureCollection<MultiPolygon, { gss_code: string }>;
  settlements?: MapSettlement[];
  label: string;
  openLabel: string;
  onOpen?: (href: string) => void;
  tileUrl: string | null;
  tileAttribution: string | null;
  attribution: string;
  /** Fit to these authorities only (a profile's small map). */
  focus?: string[];
  className?: string;
}

function FitTo({ data, focus }: { data: FeatureCollection<Geometry, { gss_code: string }>; focus?: string[] }) {
  const map = useMap();
  useEffect(() => {
    const features = focus ? data.features.filter((f) => focus.includes(f.properties.gss_code)) : data.features;
    const bounds = L.geoJSON({ type: "FeatureCollection", features } as FeatureCollection).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8], animate: false });
  }, [map, data, focus]);
  return null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The choropleth of the 22 authorities, with optional hatched gaps and out-of-reach settlements.
 * Each outline is also a keyboard stop (Tab, then Enter opens the profile); the table beside the map
 * carries the same figures for every reader.
 */
export default function AuthorityMap(props: Props) {
  const { boundaries, authorities, gaps, settlements, label, openLabel, onOpen, tileUrl, tileAttribution, attribution, focus } = props;
  const byGss = useMemo(() => new Map(authorities.map((a) => [a.gssCode, a])), [authorities]);
  // A new key redraws a GeoJSON layer when its data changes (react-leaflet does not diff GeoJSON).
  const key = authorities.map((a) => `${a.gssCode}:${a.colour}:${a.details.join("|")}`).join(",");
  const gapsKey = gaps ? gaps.features.map((f) => `${f.properties.gss_code}:${JSON.stringify(f.geometry.coordinates).length}`).join(",") : "";
  return (
    <MapContainer className={props.className ?? "authority-map"} center={[52.4, -3.6]} zoom={7} zoomSnap={0.25} scrollWheelZoom={false} zoomControl={false} attributionControl={false} aria-label={label}>
      <MapControls />
      {tileUrl ? <TileLayer url={tileUrl} attribution={tileAttribution ?? ""} /> : null}
      <FitTo data={boundaries} focus={focus} />
      <GeoJSON
        key={key}
        data={boundaries}
        attribution={attribution}
        style={(feature) => {
          const gss = (feature as Feature<Geometry, { gss_code: string }>).properties.gss_code;
          const dim = focus && !focus.includes(gss);
          return { color: "#1b1b1b", weight: 1, fillOpacity: dim ? 0.25 : 0.9, fillColor: byGss.get(gss)?.colour ?? "#cccccc" };
        }}
        onEachFeature={(feature, layer) => {
          const a = byGss.get((feature as Feature<Geometry, { gss_code: string }>).properties.gss_code);
          if (!a) return;
          const html = `<strong>${escapeHtml(a.name)}</strong>${a.details.map((d) => `<br>${escapeHtml(d)}`).join("")}`;
          layer.bindTooltip(html, { sticky: true });
          if (!onOpen) return;
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
      {gaps && gaps.features.length ? (
        <Pane name="gaps" style={{ zIndex: 450, pointerEvents: "none" }}>
          <GeoJSON
            key={gapsKey}
            data={gaps}
            interactive={false}
            style={() => ({ className: "gap-area", stroke: false, fillOpacity: 1 })}
            onEachFeature={(feature, layer) => {
              layer.on("add", () => (layer as L.Path).getElement()?.setAttribute("data-gap-gss", (feature.properties as { gss_code: string }).gss_code));
            }}
          />
        </Pane>
      ) : null}
      {settlements?.length ? (
        <Pane name="settlements" style={{ zIndex: 460 }}>
          {settlements.map((s) => (
            <CircleMarker
              key={s.id}
              center={[s.lat, s.lng]}
              radius={4}
              className="settlement-marker"
              pathOptions={{ color: "#1b1b1b", weight: 1, fillColor: "#ffbf47", fillOpacity: 1 }}
            >
              <Tooltip>{s.label}</Tooltip>
            </CircleMarker>
          ))}
        </Pane>
      ) : null}
    </MapContainer>
  );
}
