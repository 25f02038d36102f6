import type { FeatureCollection, Geometry } from "geojson";
import L from "leaflet";
import { useEffect } from "react";
import { Circle, CircleMarker, GeoJSON, MapContainer, useMap } from "react-leaflet";

interface Props {
  boundaries: FeatureCollection<Geometry, { gss_code: string }>;
  /** The authorities the circle reaches, drawn a little darker. */
  reached: string[];
  lng: number;
  lat: number;
  radiusKm: number;
  /** What the map shows, in words (the map itself is hidden from screen readers). */
  label: string;
}

function FitCircle({ lat, lng, radiusKm }: { lat: number; lng: number; radiusKm: number }) {
  const map = useMap();
  useEffect(() => {
    map.fitBounds(L.latLng(lat, lng).toBounds(2 * 1000 * radiusKm), { padding: [12, 12], maxZoom: 12, animate: false });
  }, [map, lat, lng, radiusKm]);
  return null;
}

/** A small, still map of a point-and-radius reach over the authority outlines (for a moderator's review). */
export default function ReachMap({ boundaries, reached, lng, lat, radiusKm, label }: Props) {
  const reachedSet = new Set(reached);
  return (
    // Sized here, not only in the stylesheet: a map drawn before a route's stylesheet arrives would measure 0 px.
    <div className="reach-map" role="img" aria-label={label} style={{ height: 220, maxWidth: 360 }}>
      <MapContainer
        center={[lat, lng]}
        zoom={9}
        zoomControl={false}
        attributionControl={false}
        dragging={false}
        scrollWheelZoom={false}
        doubleClickZoom={false}
        touchZoom={false}
        boxZoom={false}
        keyboard={false}
        style={{ height: "100%", width: "100%" }}
      >
        <GeoJSON
          data={boundaries}
          interactive={false}
          style={(f) => ({ color: "#505a5f", weight: 1, fillColor: reachedSet.has(String(f?.properties?.gss_code)) ? "#b1b4b6" : "#f3f2f1", fillOpacity: 1 })}
        />
        <Circle center={[lat, lng]} radius={radiusKm * 1000} interactive={false} className="reach-circle" pathOptions={{ color: "#1d70b8", weight: 2, fillOpacity: 0.15 }} />
        <CircleMarker center={[lat, lng]} radius={4} interactive={false} pathOptions={{ color: "#0b0c0c", fillColor: "#1d70b8", fillOpacity: 1, weight: 1 }} />
        <FitCircle lat={lat} lng={lng} radiusKm={radiusKm} />
      </MapContainer>
    </div>
  );
}
