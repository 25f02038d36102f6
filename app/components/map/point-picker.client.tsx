import type { FeatureCollection, Geometry } from "geojson";
import L from "leaflet";
import { useEffect, useId, useState } from "react";
import { Circle, CircleMarker, GeoJSON, MapContainer, Tooltip, useMap, useMapEvents } from "react-leaflet";
import { localHref, type Lang } from "~/i18n";
import { useRootData } from "~/root";
import { useLang } from "../use-lang";
import { boundaryCredit } from "./boundary-credit";
import { MapControls } from "./map-controls.client";
import { setInput, type PlaceOption } from "./place-search";

interface Props {
  boundaries: FeatureCollection<Geometry, { gss_code: string }>;
  /** The active boundary set's credit, as its licence asks. */
  attribution: string;
  /** Ids of the latitude, longitude and radius inputs the picker fills in. */
  inputIds: { lat: string; lng: string; radius: string };
  label: string;
}

/** A place around the point, from `/api/places?near=…`. */
type NearbyPlace = PlaceOption & { distanceKm: number };

/** The point (in degrees) and radius (km) the fields hold. */
interface Reach {
  lat: number;
  lng: number;
  radius: number | null;
}

const SETTLE_MS = 300;
/** The view shown around a point that has no radius yet. */
const DEFAULT_VIEW_KM = 5;

function readNumber(id: string): number | null {
  const el = document.getElementById(id) as HTMLInputElement | null;
  const n = el ? Number(el.value) : Number.NaN;
  return el && el.value !== "" && Number.isFinite(n) ? n : null;
}

const validRadius = (radius: number | null) => (radius !== null && radius > 0 && radius <= 300 ? radius : null);

function Fit({ data }: { data: FeatureCollection }) {
  const map = useMap();
  useEffect(() => {
    const bounds = L.geoJSON(data).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [4, 4], animate: false });
  }, [map, data]);
  return null;
}

/** Pans and zooms to the circle (without animation: animated fits raced unmounts, "_leaflet_pos"). */
function FitReach({ reach }: { reach: Reach | null }) {
  const map = useMap();
  useEffect(() => {
    if (!reach) return;
    const sizeMetres = 2 * 1000 * (validRadius(reach.radius) ?? DEFAULT_VIEW_KM);
    map.fitBounds(L.latLng(reach.lat, reach.lng).toBounds(sizeMetres), { padding: [16, 16], maxZoom: 14, animate: false });
  }, [map, reach]);
  return null;
}

/** Names the map's container (react-leaflet does not pass aria props to it) and points to the text twin. */
function DescribeMap({ label, describedBy }: { label: string; describedBy: string }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute("role", "group");
    el.setAttribute("aria-label", label);
    el.setAttribute("aria-describedby", describedBy);
  }, [map, label, describedBy]);
  return null;
}

/** The point and radius typed (or picked), live, and the same once settled (for fitting and fetching). */
function useReach(inputIds: Props["inputIds"]): { live: Reach | null; settled: Reach | null } {
  const read = (): Reach | null => {
    const lat = readNumber(inputIds.lat);
    const lng = readNumber(inputIds.lng);
    return lat !== null && lng !== null && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng, radius: readNumber(inputIds.radius) } : null;
  };
  const [live, setLive] = useState<Reach | null>(read);
  const [settled, setSettled] = useState<Reach | null>(live);
  useEffect(() => {
    const update = () => setLive(read());
    const ids = [inputIds.lat, inputIds.lng, inputIds.radius];
    ids.forEach((id) => document.getElementById(id)?.addEventListener("input", update));
    return () => ids.forEach((id) => document.getElementById(id)?.removeEventListener("input", update));
  }, [inputIds]);
  // Settle on the key: it holds everything `live` does, and `live` is a new object on every input event.
  const key = live ? `${live.lat},${live.lng},${live.radius}` : "";
  useEffect(() => {
    const timer = setTimeout(() => setSettled(live), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return { live, settled };
}

/** The places around a settled point, in the reader's language (none while there is no point). */
function useNearby(reach: Reach | null, lang: Lang): NearbyPlace[] {
  const [nearby, setNearby] = useState<NearbyPlace[]>([]);
  useEffect(() => {
    if (!reach) {
      setNearby([]);
      return;
    }
    const controller = new AbortController();
    const radius = validRadius(reach.radius);
    const near = `${Math.round(reach.lng * 1e5) / 1e5},${Math.round(reach.lat * 1e5) / 1e5}`;
    const url = localHref(lang, "/api/places", { near, radius: radius === null ? null : Math.round(radius * 1000) / 1000 });
    fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? (response.json() as Promise<{ results: NearbyPlace[] }>) : { results: [] }))
      .then((body) => setNearby(body.results))
      // The labels are an aid: without them the circle and the fields still say it all.
      .catch(() => {});
    return () => controller.abort();
  }, [reach, lang]);
  return nearby;
}

/** "Point: 52.4155, -4.0829; radius 5 km; places within reach: Aberystwyth, Penparcau." */
function describeReach(t: ReturnType<typeof useLang>["t"], reach: Reach | null, nearby: NearbyPlace[]): string {
  if (!reach) return t("places.noPoint");
  const radius = validRadius(reach.radius);
  // Not "lat"/"lng" as values: i18next reads an option named lng as the language.
  const parts = [t("places.summaryPoint", { latitude: reach.lat, longitude: reach.lng })];
  if (radius === null) parts.push(t("places.summaryNoRadius"));
  else {
    const within = nearby.filter((p) => p.distanceKm <= radius).map((p) => p.name);
    parts.push(t("places.summaryRadius", { radius }), within.length ? t("places.summaryPlaces", { names: within.join(", ") }) : t("places.summaryNoPlaces"));
  }
  return `${parts.join("; ")}.`;
}

/**
 * A small map to pick a project's centre with a click (the latitude and longitude fields beside it
 * stay the keyboard-friendly way, and show what was picked); the circle shows the radius typed, the
 * places around it are named, and a sentence under the map says the same in words.
 */
export default function PointPicker({ boundaries, attribution, inputIds, label }: Props) {
  const { lang, t } = useLang();
  // The boundary set's credit in the page's language where the catalogue has it (the stored one otherwise).
  const root = useRootData();
  const credit = root ? boundaryCredit(t, root.boundaryCredit) : null;
  const summaryId = useId();
  const { live, settled } = useReach(inputIds);
  const nearby = useNearby(settled, lang);
  const point: [number, number] | null = live ? [live.lat, live.lng] : null;
  const radius = validRadius(live?.radius ?? null);

  function ClickToPick() {
    useMapEvents({
      click(event) {
        setInput(inputIds.lat, String(Math.round(event.latlng.lat * 10000) / 10000));
        setInput(inputIds.lng, String(Math.round(event.latlng.lng * 10000) / 10000));
      },
    });
    return null;
  }

  return (
    <>
      <MapContainer className="point-picker" center={[52.4, -3.6]} zoom={7} scrollWheelZoom={false} zoomControl={false} attributionControl={false}>
        <MapControls />
        <DescribeMap label={label} describedBy={summaryId} />
        <Fit data={boundaries} />
        <GeoJSON data={boundaries} style={() => ({ color: "#1b1b1b", weight: 1, fillColor: "#d0d1e6", fillOpacity: 0.6 })} attribution={credit ? `${credit.attribution.text} (${credit.licence.text})` : attribution} />
        <ClickToPick />
        <FitReach reach={settled} />
        {nearby.map((p) => (
          <CircleMarker key={`${p.name}-${p.lng}-${p.lat}`} center={[p.lat, p.lng]} radius={3} interactive={false} pathOptions={{ color: "#1b1b1b", weight: 1, fillColor: "#ffffff", fillOpacity: 1 }}>
            <Tooltip permanent direction="right" offset={[4, 0]} className="place-label">
              {p.name}
            </Tooltip>
          </CircleMarker>
        ))}
        {point && radius ? <Circle center={point} radius={radius * 1000} className="reach-circle" pathOptions={{ color: "#045a8d", weight: 2, fillOpacity: 0.15 }} /> : null}
        {point ? <CircleMarker center={point} radius={5} className="reach-centre" pathOptions={{ color: "#1b1b1b", fillColor: "#ffbf47", fillOpacity: 1 }} /> : null}
      </MapContainer>
      <p id={summaryId} className="point-picker-summary">
        {describeReach(t, live, nearby)}
      </p>
    </>
  );
}
