import { lazy, Suspense, type ComponentProps } from "react";
import { useRootData } from "~/root";
import { ClientOnly } from "../client-only";
import { useLang } from "../use-lang";

const AuthorityMap = lazy(() => import("./authority-map.client"));

type Props = Omit<ComponentProps<typeof AuthorityMap>, "tileUrl" | "tileAttribution">;

/**
 * The authority map, loaded only in the browser (Leaflet needs `window`) with the site's tiles;
 * a placeholder stands in on the server and while it loads.
 */
export function LazyAuthorityMap(props: Props) {
  const root = useRootData();
  const { t } = useLang();
  return (
    <ClientOnly fallback={<p className="map-placeholder">{t("home.mapLoading")}</p>}>
      {() => (
        <Suspense fallback={<p className="map-placeholder">{t("home.mapLoading")}</p>}>
          <AuthorityMap {...props} tileUrl={root?.tileUrl ?? null} tileAttribution={root?.tileAttribution ?? null} />
        </Suspense>
      )}
    </ClientOnly>
  );
}
