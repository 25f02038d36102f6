import { Form, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { ClientOnly } from "~/components/client-only";
import { ConfirmedOnlyField, FilterSelect, optionsOf } from "~/components/filter-select";
import { useLang } from "~/components/use-lang";
import { formatPartialDate } from "~/i18n/format";
import type { MapPageData } from "~/routes/_index";
import { LAYERS } from "./map-layers";

/**
 * The map's form: which layer to shade by, which theme, and which month. Where JavaScript runs,
 * every control applies at once (the button stays for pages without it), the form's current
 * choices always travel together (moving the month keeps the theme and layer shown), and a polite
 * live region says what the map now shows.
 */
export function MapControls({ data: d }: { data: Pick<MapPageData, "layer" | "theme" | "themes" | "monthSteps" | "asOf" | "today" | "confirmedOnly"> }) {
  const { lang, t } = useLang();
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  // The form as it stands, sent as a GET once the controls rest for a moment, so quick changes (or a
  // slider held down) make one redraw rather than a trail of interrupted ones. An empty choice, such
  // as all themes, and today's date are left out of the address.
  const apply = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!form.current) return;
      const fields = new FormData(form.current);
      for (const [key, value] of [...fields.entries()]) if (value === "" || (key === "asOf" && value === d.today)) fields.delete(key);
      submit(fields, { method: "get", preventScrollReset: true, replace: true });
    }, 250);
  };
  const theme = d.themes.find((x) => x.id === d.theme);
  const shows = t("home.nowShows", {
    layer: t(`home.layers.${d.layer}`),
    theme: theme ? (lang === "cy" ? (theme.nameCy ?? theme.nameEn) : theme.nameEn) : t("home.allThemes"),
    date: formatPartialDate(lang, t, d.asOf),
  });
  return (
    <Form
      method="get"
      className="map-controls"
      aria-label={t("home.controls")}
      preventScrollReset
      ref={form}
      onChange={(event) => {
        // The slider applies itself, once its month is in the select.
        if ((event.target as HTMLInputElement).type !== "range") apply();
      }}
      // The button (kept for pages without JavaScript) sends the form now, instead of the pending redraw.
      onSubmit={() => clearTimeout(timer.current)}
    >
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
      <MonthControl steps={d.monthSteps} asOf={d.asOf} today={d.today} apply={apply} />
      <ConfirmedOnlyField checked={d.confirmedOnly} />
      <button type="submit">{t("home.show")}</button>
      <p role="status" className="visually-hidden">
        {shows}
      </p>
    </Form>
  );
}

/**
 * The map's date: a list of months (works without JavaScript, submitted with the form) and, once the
 * page is interactive, a slider that moves through the same months. The slider stays the same
 * element across the redraws it causes, so keyboard focus stays on it while it steps.
 */
function MonthControl({ steps, asOf, today, apply }: { steps: string[]; asOf: string; today: string; apply: () => void }) {
  const { lang, t } = useLang();
  const options = steps.includes(asOf) ? steps : [...steps, asOf].sort();
  const label = (date: string) => (date === today ? `${t("home.today")} (${formatPartialDate(lang, t, date)})` : formatPartialDate(lang, t, date));
  const [month, setMonth] = useState(asOf);
  useEffect(() => setMonth(asOf), [asOf]);
  const index = Math.max(0, steps.indexOf(month));
  return (
    <div className="field month-control">
      <label htmlFor="asOf">{t("home.asOfMonth")}</label>
      <select id="asOf" name="asOf" value={month} onChange={(event) => setMonth(event.currentTarget.value)}>
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
            value={index}
            aria-label={t("home.monthSlider")}
            aria-valuetext={label(steps[index])}
            onChange={(event) => {
              setMonth(steps[Number(event.currentTarget.value)]);
              // The select holds the new month by the time the form is read.
              apply();
            }}
          />
        )}
      </ClientOnly>
    </div>
  );
}
