import { useLocation } from "@remix-run/react";
import { useLang } from "./use-lang";

/** Links to download the current list (with the page's filters) in each format. */
export function DownloadLinks({
  dataset,
  formats = ["csv", "json"],
  label,
  params: extra = {},
}: {
  dataset: string;
  formats?: ("csv" | "json" | "geojson")[];
  label?: string;
  /** Filters fixed by the page itself (e.g. the funder on a funder's page). */
  params?: Record<string, string>;
}) {
  const { t, lang } = useLang();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.delete("page");
  params.delete("lang");
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  if (lang === "cy") params.set("lang", "cy");
  const query = params.toString();
  return (
    <p className="downloads">
      {label ?? t("common.downloadAs")}{" "}
      {formats.map((f, i) => (
        <span key={f}>
          {i > 0 ? " · " : null}
          <a href={`/download/${dataset}.${f}${query ? `?${query}` : ""}`} download>
            {t(`common.${f}`)}
          </a>
        </span>
      ))}
    </p>
  );
}
