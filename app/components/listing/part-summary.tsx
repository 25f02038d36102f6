import { lazy, Suspense } from "react";
import type { FeatureCollection, Geometry } from "geojson";
import { ClientOnly } from "~/components/client-only";
import { useDiffWords, type WordNames } from "~/components/moderation/diff-words";
import { useLang } from "~/components/use-lang";

const ReachMap = lazy(() => import("~/components/map/reach-map.client"));

/** Fields a summary leaves out: a date's precision is shown by the date itself. */
const HIDDEN = new Set(["startPrecision", "endPrecision"]);

export interface Reach {
  lng: number;
  lat: number;
  radiusKm: number;
  reached: string[];
}

/**
 * One part of a listing as the form asked it: each stated field under its label, in words
 * (authority, theme and funder names, amounts, dates at their precision), what funding pays for,
 * and a point's reach in words and, with outlines, on a small map.
 */
export function PartSummary({
  entity,
  fields,
  names,
  funds,
  reach,
  boundaries,
}: {
  entity: string;
  fields: { field: string; after: unknown }[];
  names: WordNames;
  funds?: string | null;
  reach?: Reach | null;
  boundaries?: FeatureCollection<Geometry, { gss_code: string }> | null;
}) {
  const { t } = useLang();
  const words = useDiffWords(entity, names);
  const reachedNames = reach ? words.value("areaGss", reach.reached) : "";
  return (
    <>
      <dl className="summary-list">
        {fields
          .filter((f) => !HIDDEN.has(f.field))
          .map((f) => (
            <div key={f.field}>
              <dt>{words.label(f.field)}</dt>
              <dd lang={f.field.endsWith("En") ? "en" : f.field.endsWith("Cy") ? "cy" : undefined}>{words.value(f.field, f.after)}</dd>
            </div>
          ))}
        {funds !== undefined ? (
          <div>
            <dt>{t("editor.fields.projectId")}</dt>
            <dd>{funds ?? t("editor.fields.wholeOrganisation")}</dd>
          </div>
        ) : null}
        {reach ? (
          <div>
            <dt>{t("listing.reachLabel")}</dt>
            <dd>{t("listing.reach", { radius: reach.radiusKm, latitude: reach.lat, longitude: reach.lng, names: reachedNames })}</dd>
          </div>
        ) : null}
      </dl>
      {reach && boundaries ? (
        <ClientOnly fallback={null}>
          {() => (
            <Suspense fallback={null}>
              <ReachMap
                boundaries={boundaries}
                reached={reach.reached}
                lng={reach.lng}
                lat={reach.lat}
                radiusKm={reach.radiusKm}
                label={t("listing.reachMapLabel", { radius: reach.radiusKm, names: reachedNames })}
              />
            </Suspense>
          )}
        </ClientOnly>
      ) : null}
    </>
  );
}
