import type { FeatureCollection, Geometry } from "geojson";
import L from "leaflet";
import { useEffect, useState } from "react";
import { Circle, CircleMarker, GeoJSON, MapContainer, useMap, useMapEvents } from "react-leaflet";

interface Props {
  boundaries: FeatureCollection<Geometry, { gss_code: string }>;
  /** Ids of the latitude, longitude and radius inputs the picker fills in. */
  inputIds: { lat: string; lng: string; radius: string };
  label: string;
}

function readNumber(id: string): number | null {
  const el = document.getElementById(id) as HTMLInputElement | null;
  const n = el ? Number(el.value) : Number.NaN;
  return el && el.value !== "" && Number.isFinite(n) ? n : null;
}

function setInput(id: string, value: string) {
  const el = document.getElementById(id) as HTMLInputElement | null;
  if (!el) return;
  el.value = value;
  // Let the form library see the change, as if typed.
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

function Fit({ data }: { data: FeatureCollection }) {
  const map = useMap();
  useEffect(() => {
    const bounds = L.geoJSON(data).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [4, 4], animate: false });
  }, [map, data]);
  return null;
}

/**
 * A small map to pick a project's centre with a click (the latitude and longitude fields beside it
 * stay the keyboard-friendly way, and show what was picked); the circle shows the radius typed.
 */
export default function PointPicker({ boundaries, inputIds, label }: Props) {
  const [point, setPoint] = useState<[number, number] | null>(() => {
    const lat = readNumber(inputIds.lat);
    const lng = readNumber(inputIds.lng);
    return lat !== null && lng !== null ? [lat, lng] : null;
  });
  const [radius, setRadius] = useState<number | null>(() => readNumber(inputIds.radius));
  useEffect(() => {
    const update = () => {
      const lat = readNumber(inputIds.lat);
      const lng = readNumber(inputIds.lng);
      setPoint(lat !== null && lng !== null ? [lat, lng] : null);
      setRadius(readNumber(inputIds.radius));
    };
    const ids = [inputIds.lat, inputIds.lng, inputIds.radius];
    ids.forEach((id) => document.getElementById(id)?.addEventListener("input", update));
    return () => ids.forEach((id) => document.getElementById(id)?.removeEventListener("input", update));
  }, [inputIds]);

  function ClickToPick() {
    useMapEvents({
      click(event) {
        const lat = Math.round(event.latlng.lat * 10000) / 10000;
        const lng = Math.round(event.latlng.lng * 10000) / 10000;
        setInput(inputIds.lat, String(lat));
        setInput(inputIds.lng, String(lng));
        setPoint([lat, lng]);
      },
    });
    return null;
  }

  return (
    <MapContainer className="point-picker" center={[52.4, -3.6]} zoom={7} scrollWheelZoom={false} aria-label={label} attributionControl>
      <Fit data={boundaries} />
      <GeoJSON data={boundaries} style={() => ({ color: "#1b1b1b", weight: 1, fillColor: "#d0d1e6", fillOpacity: 0.6 })} attribution="Boundaries: Natural Earth" />
      <ClickToPick />
      {point ? <CircleMarker center={point} radius={5} pathOptions={{ color: "#1b1b1b", fillColor: "#ffbf47", fillOpacity: 1 }} /> : null}
      {point && radius && radius > 0 && radius <= 300 ? <Circle center={point} radius={radius * 1000} pathOptions={{ color: "#045a8d", weight: 2, fillOpacity: 0.15 }} /> : null}
    </MapContainer>
  );
}
