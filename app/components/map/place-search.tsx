import { useId, useRef, useState, type KeyboardEvent } from "react";
import { localHref } from "~/i18n";
import { useLang } from "../use-lang";

/** One answer of `/api/places?q=…` (see app/coverage/places.server.ts). */
export interface PlaceOption {
  name: string;
  otherName: string | null;
  kind: "place" | "ward";
  lng: number;
  lat: number;
  gss: string;
  authorityEn: string;
  authorityCy: string;
}

type Status =
  | { kind: "idle" }
  | { kind: "typeFirst" }
  | { kind: "searching" }
  | { kind: "found"; count: number }
  | { kind: "none" }
  | { kind: "failed" }
  | { kind: "set"; name: string; needsRadius: boolean };

const QUERY_MAX = 60;

/**
 * Sets a form input's value and tells the form library (and the point picker) about it, as if typed.
 *
 * @example
 * setInput("project-form-pointLat", "52.4155")
 */
export function setInput(id: string, value: string): void {
  const el = document.getElementById(id) as HTMLInputElement | null;
  if (!el) return;
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Degrees to 4 decimals (about 11 m), as the picker's clicks are. */
const round4 = (n: number) => Math.round(n * 10000) / 10000;

/**
 * A place search for the project form's point: type a town, village, ward or community in English or
 * Welsh, press Enter or "Find place", pick an answer, and the latitude and longitude fields are
 * filled in. It sits inside the project form, so it never submits it: its input has no name, Enter
 * is caught and its buttons are type="button". Counts and the point set are announced politely.
 *
 * @example
 * <PlaceSearch inputIds={{ lat: fields.pointLat.id, lng: fields.pointLng.id, radius: fields.radiusKm.id }} />
 */
export function PlaceSearch({ inputIds }: { inputIds: { lat: string; lng: string; radius: string } }) {
  const { lang, t } = useLang();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const pending = useRef<AbortController | null>(null);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<PlaceOption[]>([]);
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function search() {
    const q = query.trim();
    pending.current?.abort();
    setResults([]);
    if (q === "") {
      setStatus({ kind: "typeFirst" });
      return;
    }
    const controller = new AbortController();
    pending.current = controller;
    setStatus({ kind: "searching" });
    try {
      const response = await fetch(localHref(lang, "/api/places", { q }), { signal: controller.signal, headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`Place search answered ${response.status}`);
      const found = ((await response.json()) as { results: PlaceOption[] }).results;
      setResults(found);
      setStatus(found.length ? { kind: "found", count: found.length } : { kind: "none" });
    } catch {
      if (!controller.signal.aborted) setStatus({ kind: "failed" });
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter would submit the surrounding project form.
    if (event.key === "Enter" && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void search();
    }
  }

  function pick(place: PlaceOption) {
    setInput(inputIds.lat, String(round4(place.lat)));
    setInput(inputIds.lng, String(round4(place.lng)));
    const radius = (document.getElementById(inputIds.radius) as HTMLInputElement | null)?.value ?? "";
    setResults([]);
    setStatus({ kind: "set", name: place.name, needsRadius: radius.trim() === "" });
    // The picked button is gone with the list: bring focus back to where the search started.
    inputRef.current?.focus();
  }

  return (
    <div className="place-search">
      <label htmlFor={`${id}-q`}>{t("places.label")}</label>
      <p className="hint" id={`${id}-hint`}>
        {t("places.hint")}
      </p>
      <div className="place-search-row">
        <input
          ref={inputRef}
          id={`${id}-q`}
          type="search"
          value={query}
          maxLength={QUERY_MAX}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" onClick={() => void search()}>
          {t("places.find")}
        </button>
      </div>
      <p role="status" className="place-search-status">
        {statusMessage(t, status)}
      </p>
      {results.length ? <PlaceResults results={results} onPick={pick} /> : null}
    </div>
  );
}

/** What the live region says for a status. */
function statusMessage(t: ReturnType<typeof useLang>["t"], status: Status): string {
  switch (status.kind) {
    case "idle":
      return "";
    case "typeFirst":
      return t("places.typeFirst");
    case "searching":
      return t("places.searching");
    case "found":
      return t("places.found", { count: status.count });
    case "none":
      return t("places.none");
    case "failed":
      return t("places.failed");
    case "set":
      return status.needsRadius ? `${t("places.pointSet", { name: status.name })} ${t("places.radiusNext")}` : t("places.pointSet", { name: status.name });
  }
}

/** The answers as a list of buttons: "Aberystwyth — Ceredigion", wards tagged. */
function PlaceResults({ results, onPick }: { results: PlaceOption[]; onPick: (place: PlaceOption) => void }) {
  const { lang, t } = useLang();
  return (
    <ul className="place-results" aria-label={t("places.results")}>
      {results.map((place) => (
        <li key={`${place.kind}-${place.name}-${place.lng}-${place.lat}`}>
          <button type="button" onClick={() => onPick(place)}>
            <PlaceLabel place={place} lang={lang} wardLabel={t("places.ward")} />
          </button>
        </li>
      ))}
    </ul>
  );
}

/** "Aberystwyth — Ceredigion", with the other language's name and a "ward" tag when there are. */
function PlaceLabel({ place, lang, wardLabel }: { place: PlaceOption; lang: "en" | "cy"; wardLabel: string }) {
  return (
    <>
      <span className="place-name">{place.name}</span>
      {place.otherName ? (
        <span lang={lang === "cy" ? "en" : "cy"}> ({place.otherName})</span>
      ) : null}
      {` — ${lang === "cy" ? place.authorityCy : place.authorityEn}`}
      {place.kind === "ward" ? <span className="tag">{wardLabel}</span> : null}
    </>
  );
}
