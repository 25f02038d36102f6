import { pickText, type Lang } from "~/i18n";
import { OptionList } from "./form-fields";
import { useLang } from "./use-lang";

export interface Option {
  value: string;
  label: string;
}

/** A labelled filter `<select>` whose first option means "no filter". */
export function FilterSelect({ name, label, value, options, emptyLabel }: { name: string; label: string; value?: string | null; options: Option[]; emptyLabel?: string }) {
  const { t } = useLang();
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value ?? ""}>
        <OptionList options={options} empty={emptyLabel ?? t("common.any")} />
      </select>
    </div>
  );
}

/** The "as of" date of a filter form. */
export function AsOfField({ value }: { value: string }) {
  const { t } = useLang();
  // Day, month and year boxes (GOV.UK's date input): the same day-month-year order in both
  // languages, whatever the browser's locale; the server turns them into ?asOf=YYYY-MM-DD.
  const [year, month, day] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.split("-") : ["", "", ""];
  const box = (part: "day" | "month" | "year", initial: string, width: number) => (
    <div className="date-input-item">
      <label htmlFor={`asOf-${part}`}>{t(`home.${part}`)}</label>
      <input
        id={`asOf-${part}`}
        name={`asOf${part[0].toUpperCase()}${part.slice(1)}`}
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={width}
        size={width}
        className={`date-input-${part}`}
        defaultValue={part === "year" ? initial : initial.replace(/^0/, "")}
      />
    </div>
  );
  return (
    <fieldset className="field date-input" role="group" aria-describedby="asOf-hint">
      <legend>{t("home.asOf")}</legend>
      <p id="asOf-hint" className="hint">
        {t("home.asOfHint")}
      </p>
      <div className="date-input-items">
        {box("day", day, 2)}
        {box("month", month, 2)}
        {box("year", year, 4)}
      </div>
    </fieldset>
  );
}

/** The "count only provision with a known end date" switch of the map and gaps forms (`confirmed=1`). */
export function ConfirmedOnlyField({ checked }: { checked: boolean }) {
  const { t } = useLang();
  return (
    <div className="field checkbox-field">
      <label>
        <input type="checkbox" name="confirmed" value="1" defaultChecked={checked} aria-describedby="confirmed-hint" /> {t("home.confirmedOnly")}
      </label>
      <p id="confirmed-hint" className="hint">
        {t("home.confirmedOnlyHint")}
      </p>
    </div>
  );
}

type Named = { nameEn: string; nameCy: string | null };
const named = (lang: Lang, x: Named) => pickText(lang, x.nameEn, x.nameCy).text;

/** Options for the choices the filters offer, named in the reader's language. */
export const optionsOf = {
  themes: (lang: Lang, themes: ({ id: string } & Named)[]): Option[] => themes.map((x) => ({ value: x.id, label: named(lang, x) })),
  authorities: (lang: Lang, authorities: ({ gssCode: string } & Named)[]): Option[] => authorities.map((x) => ({ value: x.gssCode, label: named(lang, x) })),
  funders: (lang: Lang, funders: ({ slug: string } & Named)[]): Option[] => funders.map((x) => ({ value: x.slug, label: named(lang, x) })),
  regions: (lang: Lang, regions: ({ id: string } & Named)[]): Option[] => regions.map((x) => ({ value: x.id, label: named(lang, x) })),
};
