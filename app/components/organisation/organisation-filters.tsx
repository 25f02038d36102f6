import { Form, Link } from "@remix-run/react";
import { FilterSelect, optionsOf } from "~/components/filter-select";
import { useLang } from "~/components/use-lang";
import type { OrganisationsData } from "~/routes/organisations._index";
import { ORGANISATION_KINDS } from "../../../db/enums";

/** The organisation directory's filters: a search, theme, authority, funder and kind. */
export function OrganisationFilters({ data: d }: { data: Pick<OrganisationsData, "params" | "themes" | "authorities" | "funders"> }) {
  const { lang, t, href } = useLang();
  const p = d.params;
  return (
    <Form method="get" className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="visually-hidden">
        {t("organisations.filters")}
      </h2>
      {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
      <div className="field">
        <label htmlFor="q">{t("organisations.q")}</label>
        <input id="q" name="q" type="search" defaultValue={p.q ?? ""} maxLength={200} />
      </div>
      <FilterSelect name="theme" label={t("organisations.theme")} value={p.theme} options={optionsOf.themes(lang, d.themes)} />
      <FilterSelect name="authority" label={t("organisations.authority")} value={p.authority} options={optionsOf.authorities(lang, d.authorities)} />
      <FilterSelect name="funder" label={t("organisations.funder")} value={p.funder} options={optionsOf.funders(lang, d.funders)} />
      <div className="field">
        <label htmlFor="kind">{t("organisations.kind")}</label>
        <select id="kind" name="kind" defaultValue={p.kind ?? ""}>
          <option value="">{t("common.any")}</option>
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.organisation.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit">{t("common.apply")}</button> <Link to={href("/organisations")}>{t("common.clear")}</Link>
      </div>
    </Form>
  );
}
