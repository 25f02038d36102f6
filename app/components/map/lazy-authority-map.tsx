import { lazy, Suspense, type ComponentProps } from "react";
import { useRootData } from "~/root";
import { ClientOnly } from "../client-only";
import { useLang } from "../use-lang";
import { useFetchedJson } from "./use-fetched-json";
import type { BoundaryCollection } from "~/coverage/boundaries.server";

const AuthorityMap = lazy(() => import("./authority-map.client"));

type Props = Omit<ComponentProps<typeof AuthorityMap>, "tileUrl" | "tileAttribution" | "boundaries"> & {
  /** Where the outlines come from (/api/boundaries?v=…, cached for good: the version changes with the set). */
  boundariesUrl: string;
};

/**
 * The authority map, loaded only in the browser (Leaflet needs `window`) with the site's tiles and
 * the outlines fetched apart from the page; a placeholder stands in on the server and while they load.
 */
export function LazyAuthorityMap({ boundariesUrl, ...props }: Props) {
  const { t } = useLang();
  const placeholder = <p className="map-placeholder">{t("home.mapLoading")}</p>;
  return <ClientOnly fallback={placeholder}>{() => <FetchedMap boundariesUrl={boundariesUrl} props={props} placeholder={placeholder} />}</ClientOnly>;
}

function FetchedMap({ boundariesUrl, props, placeholder }: { boundariesUrl: string; props: Omit<Props, "boundariesUrl">; placeholder: JSX.Element }) {
  const root = useRootData();
  const boundaries = useFetchedJson<BoundaryCollection>(boundariesUrl);
  if (!boundaries) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <AuthorityMap {...props} boundaries={boundaries} tileUrl={root?.tileUrl ?? null} tileAttribution={root?.tileAttribution ?? null} />
    </Suspense>
  );
}
