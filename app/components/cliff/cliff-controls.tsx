import { Form } from "@remix-run/react";
import { AsOfField } from "~/components/filter-select";
import { useLang } from "~/components/use-lang";
import type { CliffData } from "~/routes/funding.cliff";

/** How to group the chart (by funder or by theme) and the date it counts from; keeps the funding filters. */
export function CliffControls({ params: p }: { params: CliffData["params"] }) {
  const { lang, t } = useLang();
  return (
    <Form method="get" className="map-controls" aria-label={t("cliff.groupBy")}>
      {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
      {(["funder", "theme", "authority", "region"] as const).map((k) =>
        p[k] ? <input key={k} type="hidden" name={k} value={p[k]} /> : null,
      )}
      <fieldset>
        <legend>{t("cliff.groupBy")}</legend>
        <div className="radios">
          <label>
            <input type="radio" name="groupBy" value="funder" defaultChecked={p.groupBy === "funder"} /> {t("cliff.groupFunder")}
          </label>
          <label>
            <input type="radio" name="groupBy" value="theme" defaultChecked={p.groupBy === "theme"} /> {t("cliff.groupTheme")}
          </label>
        </div>
      </fieldset>
      <AsOfField value={p.asOf} />
      <button type="submit">{t("home.show")}</button>
    </Form>
  );
}
