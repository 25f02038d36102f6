import { Form, useNavigate } from "@remix-run/react";
import { useRef } from "react";
import { ClientOnly } from "~/components/client-only";
import { ConfirmedOnlyField, FilterSelect, optionsOf } from "~/components/filter-select";
import { useLang } from "~/components/use-lang";
import { formatPartialDate } from "~/i18n/format";
import type { MapPageData } from "~/routes/_index";
import { LAYERS, type MapParams } from "./map-layers";

/** The map's form: which layer to shade by, which theme, and which month. */
export function MapControls({ data: d, params }: { data: Pick<MapPageData, "layer" | "theme" | "themes" | "monthSteps" | "asOf" | "today" | "confirmedOnly">; params: MapParams }) {
  const { lang, t } = useLang();
  return (
    <Form method="get" className="map-controls" aria-label={t("home.controls")} preventScrollReset>
      {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
      <fieldset>
        <legend>{t("home.layer")}</legend>
        <div className="radios">
          {LAYERS.map((l) => (
            <label key={l}>
              <input type="radio" name="layer" value={l} defaultChecked={d.layer === l} />
              {t(`home.layers.${l}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <FilterSelect name="theme" label={t("home.theme")} value={d.theme} options={optionsOf.themes(lang, d.themes)} emptyLabel={t("home.allThemes")} />
      <MonthControl steps={d.monthSteps} asOf={d.asOf} today={d.today} params={params} />
      <ConfirmedOnlyField checked={d.confirmedOnly} />
      <button type="submit">{t("home.show")}</button>
    </Form>
  );
}

/**
 * The map's date: a list of months (works without JavaScript, submitted with the form) and, once the
 * page is interactive, a slider that moves through the same months and redraws the map at once.
 */
function MonthControl({ steps, asOf, today, params }: { steps: string[]; asOf: string; today: string; params: MapParams }) {
  const { lang, t, href } = useLang();
  const navigate = useNavigate();
  const options = steps.includes(asOf) ? steps : [...steps, asOf].sort();
  const index = Math.max(0, steps.indexOf(asOf));
  const label = (date: string) => (date === today ? `${t("home.today")} (${formatPartialDate(lang, t, date)})` : formatPartialDate(lang, t, date));
  const timer = useRef<ReturnType<typeof setTimeout>>();
  return (
    <div className="field month-control">
      <label htmlFor="asOf">{t("home.asOfMonth")}</label>
      <select id="asOf" name="asOf" defaultValue={asOf} key={asOf}>
        {options.map((date) => (
          <option key={date} value={date}>
            {label(date)}
          </option>
        ))}
      </select>
      <ClientOnly>
        {() => (
          <input
            type="range"
            min={0}
            max={steps.length - 1}
            step={1}
            defaultValue={index}
            key={asOf}
            aria-label={t("home.monthSlider")}
            aria-valuetext={label(steps[index])}
            onChange={(event) => {
              const next = steps[Number(event.currentTarget.value)];
              event.currentTarget.setAttribute("aria-valuetext", label(next));
              clearTimeout(timer.current);
              timer.current = setTimeout(() => navigate(href("/", { ...params, asOf: next === today ? undefined : next }), { preventScrollReset: true, replace: true }), 250);
            }}
          />
        )}
      </ClientOnly>
    </div>
  );
}
