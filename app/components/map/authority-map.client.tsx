import type { Feature, FeatureCollection, Geometry, MultiPolygon } from "geojson";
import L from "leaflet";
import { useEffect, useMemo, useState } from "react";
import { CircleMarker, GeoJSON, MapContainer, Pane, TileLayer, Tooltip, useMap, useMapEvents } from "react-leaflet";
import { OUTLINE_COLOUR, UNKNOWN_COLOUR } from "./choropleth";
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
  /** The link in an authority's figures, shown when it is tapped ("Open the profile"). */
  openLabel: string;
  /** The close button of those figures. */
  closeLabel?: string;
  onOpen?: (href: string) => void;
  tileUrl: string | null;
  tileAttribution: string | null;
  /** Fit to these authorities only (a profile's small map). */
  focus?: string[];
  className?: string;
}

type Boundaries = FeatureCollection<Geometry, { gss_code: string }>;

/**
 * Fits the map to the authorities shown (all of Wales, or the focus authority with room around it),
 * and again whenever the map's box changes size, so the whole of them is always in view.
 */
function FitTo({ data, focus }: { data: Boundaries; focus?: string[] }) {
  const map = useMap();
  // By value: a new array with the same authorities (each render of a profile) keeps the reader's view.
  const focusKey = focus?.join(",");
  useEffect(() => {
    const only = focusKey?.split(",");
    const features = only ? data.features.filter((f) => only.includes(f.properties.gss_code)) : data.features;
    const bounds = L.geoJSON({ type: "FeatureCollection", features } as FeatureCollection).getBounds();
    if (!bounds.isValid()) return;
    const pad = only ? 24 : 8;
    const fit = () => {
      map.invalidateSize({ animate: false });
      map.fitBounds(bounds, { padding: [pad, pad], animate: false });
    };
    fit();
    const box = map.getContainer();
    let size = `${box.clientWidth}x${box.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const next = `${box.clientWidth}x${box.clientHeight}`;
      if (next === size) return;
      size = next;
      fit();
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [map, data, focusKey]);
  return null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A tap (touch or pen), or any click on a screen that cannot hover: the reader has not seen the tooltip. */
function isTap(event: L.LeafletMouseEvent): boolean {
  const pointer = (event.originalEvent as PointerEvent | undefined)?.pointerType;
  return pointer === "touch" || pointer === "pen" || window.matchMedia("(hover: none)").matches;
}

/** Settlement dots grow a little once the map is zoomed in far enough for them not to crowd. */
function useSettlementRadius(): number {
  const map = useMap();
  const [zoom, setZoom] = useState(map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  return zoom >= 10 ? 4 : 2.5;
}

function Settlements({ settlements }: { settlements: MapSettlement[] }) {
  const radius = useSettlementRadius();
  return (
    <Pane name="settlements" style={{ zIndex: 460 }}>
      {settlements.map((s) => (
        <CircleMarker
          key={s.id}
          center={[s.lat, s.lng]}
          radius={radius}
          className="settlement-marker"
          pathOptions={{ color: OUTLINE_COLOUR, weight: 1, fillColor: "#ffffff", fillOpacity: 1 }}
        >
          <Tooltip>{s.label}</Tooltip>
        </CircleMarker>
      ))}
    </Pane>
  );
}

/**
 * The choropleth of the 22 authorities, with optional hatched gaps and out-of-reach settlements.
 * Hovering or focusing an authority shows its name and figures; with a mouse a click opens its
 * profile, and a tap (where there is no hover) shows the figures first with a link to the profile.
 * Each outline is also a keyboard stop (Tab, then Enter opens the profile); the table beside the map
 * carries the same figures for every reader. The credits are a caption below the map (MapCredit).
 */
export default function AuthorityMap(props: Props) {
  const { boundaries, authorities, gaps, settlements, label, openLabel, closeLabel, onOpen, tileUrl, tileAttribution, focus } = props;
  const byGss = useMemo(() => new Map(authorities.map((a) => [a.gssCode, a])), [authorities]);
  // A new key redraws a GeoJSON layer when its data changes (react-leaflet does not diff GeoJSON).
  const key = authorities.map((a) => `${a.gssCode}:${a.colour}:${a.details.join("|")}:${a.name}`).join(",");
  const gapsKey = gaps ? gaps.features.map((f) => `${f.properties.gss_code}:${JSON.stringify(f.geometry.coordinates).length}`).join(",") : "";
  return (
    <MapContainer className={props.className ?? "authority-map"} center={[52.4, -3.6]} zoom={7} zoomSnap={0.25} scrollWheelZoom={false} zoomControl={false} attributionControl={false} aria-label={label}>
      <MapControls attribution={false} />
      {tileUrl ? <TileLayer url={tileUrl} attribution={tileAttribution ?? ""} /> : null}
      <FitTo data={boundaries} focus={focus} />
      <GeoJSON
        key={key}
        data={boundaries}
        style={(feature) => {
          const gss = (feature as Feature<Geometry, { gss_code: string }>).properties.gss_code;
          const dim = focus && !focus.includes(gss);
          return { color: OUTLINE_COLOUR, weight: dim ? 0.5 : 1, fillOpacity: dim ? 0.35 : 1, fillColor: byGss.get(gss)?.colour ?? UNKNOWN_COLOUR };
        }}
        onEachFeature={(feature, layer) => {
          const a = byGss.get((feature as Feature<Geometry, { gss_code: string }>).properties.gss_code);
          if (!a) return;
          const path = layer as L.Path;
          const figures = `<strong>${escapeHtml(a.name)}</strong>${a.details.map((d) => `<br>${escapeHtml(d)}`).join("")}`;
          path.bindTooltip(figures, { sticky: true });
          path.on("mouseover", () => path.setStyle({ weight: 3 }));
          path.on("mouseout", () => path.setStyle({ weight: 1 }));
          path.on("add", () => path.getElement()?.setAttribute("data-gss", a.gssCode));
          if (!onOpen) return;
          path.bindPopup(`${figures}<br><a class="map-popup-link" href="${escapeHtml(a.href)}">${escapeHtml(openLabel)}</a>`, { autoPanPadding: [12, 12], className: "authority-popup" });
          // Leaflet opens a bound popup on any click: only a tap keeps it, a mouse click opens the profile.
          path.off("click");
          path.on("click", (event: L.LeafletMouseEvent) => {
            if (!isTap(event)) return onOpen(a.href);
            path.closeTooltip();
            path.openPopup(event.latlng);
          });
          path.on("popupopen", (event: L.PopupEvent) => {
            const box = event.popup.getElement();
            box?.querySelector(".map-popup-link")?.addEventListener("click", (click) => {
              click.preventDefault();
              onOpen(a.href);
            });
            const close = box?.querySelector(".leaflet-popup-close-button");
            if (close && closeLabel) {
              close.setAttribute("aria-label", closeLabel);
              close.setAttribute("title", closeLabel);
            }
          });
          path.on("add", () => {
            const el = path.getElement();
            if (!el) return;
            el.setAttribute("tabindex", "0");
            el.setAttribute("role", "link");
            el.setAttribute("aria-label", `${a.name}: ${a.details.join(", ")}. ${openLabel}`);
            el.addEventListener("keydown", (event) => {
              if ((event as KeyboardEvent).key === "Enter") onOpen(a.href);
              if ((event as KeyboardEvent).key === "Escape") path.closeTooltip();
            });
            el.addEventListener("focus", () => {
              path.setStyle({ weight: 3 });
              path.openTooltip();
            });
            el.addEventListener("blur", () => {
              path.setStyle({ weight: 1 });
              path.closeTooltip();
            });
          });
        }}
      />
      {gaps && gaps.features.length ? (
        <Pane name="gaps" style={{ zIndex: 450, pointerEvents: "none" }}>
          {/* One dissolved outline per gap: a hatched fill with a single outer stroke, no seams between cells. */}
          <GeoJSON
            key={gapsKey}
            data={gaps}
            interactive={false}
            style={() => ({ className: "gap-area", stroke: true, color: "#8c2d04", weight: 1.25, opacity: 0.9, fillOpacity: 1, lineJoin: "round" })}
            onEachFeature={(feature, layer) => {
              layer.on("add", () => (layer as L.Path).getElement()?.setAttribute("data-gap-gss", (feature.properties as { gss_code: string }).gss_code));
            }}
          />
        </Pane>
      ) : null}
      {settlements?.length ? <Settlements settlements={settlements} /> : null}
    </MapContainer>
  );
}
