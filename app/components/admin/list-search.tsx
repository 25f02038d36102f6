import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useLang } from "~/components/use-lang";

/**
 * An admin list's search form (GET, kept in the address): a text box with its hint, any further
 * fields the list filters by, Apply, and a Clear link back to the whole list.
 */
export function ListSearch({ id, q, label, hint, clearTo, children }: { id: string; q: string; label: string; hint: string; clearTo: string; children?: ReactNode }) {
  const { lang, t, href } = useLang();
  return (
    <Form method="get" className="filters" role="search">
      {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} name="q" type="search" defaultValue={q} maxLength={200} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      </div>
      {children}
      <div className="actions">
        <button type="submit">{t("common.apply")}</button> <Link to={href(clearTo)}>{t("common.clear")}</Link>
      </div>
    </Form>
  );
}
