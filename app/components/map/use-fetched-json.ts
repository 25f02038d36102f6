import { useEffect, useState } from "react";

/**
 * JSON fetched in the browser after the page, for what only the map draws (outlines, gap areas,
 * places): null until it arrives, and again while a new URL loads (never the last URL's answer).
 * A failed fetch leaves null: the map then lacks that layer, and the table beside it still holds
 * every figure.
 *
 * @example
 * const layers = useFetchedJson<MapLayers>("/api/map-layers?theme=hate-crime");
 */
export function useFetchedJson<T>(url: string | null): T | null {
  const [state, setState] = useState<{ url: string; data: T } | null>(null);
  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? (r.json() as Promise<T>) : null))
      .then((data) => {
        if (data !== null) setState({ url, data });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [url]);
  return state !== null && state.url === url ? state.data : null;
}
