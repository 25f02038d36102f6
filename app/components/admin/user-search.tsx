import { Form, Link } from "@remix-run/react";
import { useLang } from "~/components/use-lang";

/** The users page's search: part of an email, or of the name of an organisation a user edits. */
export function UserSearch({ q }: { q: string }) {
  const { lang, t, href } = useLang();
  return (
    <Form method="get" className="filters" role="search">
      {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
      <div className="field">
        <label htmlFor="users-q">{t("admin.search")}</label>
        <input id="users-q" name="q" type="search" defaultValue={q} maxLength={200} aria-describedby="users-q-hint" />
        <p id="users-q-hint" className="hint">
          {t("admin.searchHint")}
        </p>
      </div>
      <div className="actions">
        <button type="submit">{t("common.apply")}</button> <Link to={href("/admin/users")}>{t("common.clear")}</Link>
      </div>
    </Form>
  );
}
