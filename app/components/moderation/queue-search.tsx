import { Form, Link } from "@remix-run/react";
import { useLang } from "~/components/use-lang";
import { SUBMISSION_ENTITIES } from "../../../db/enums";

/** The queue's search: part of a record's or organisation's name or of the submitter's email, and the kind of record. */
export function QueueSearch({ q, entity }: { q: string; entity: string }) {
  const { lang, t, href } = useLang();
  return (
    <Form method="get" className="filters" role="search">
      {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
      <div className="field">
        <label htmlFor="queue-q">{t("moderation.search")}</label>
        <input id="queue-q" name="q" type="search" defaultValue={q} maxLength={200} aria-describedby="queue-q-hint" />
        <p id="queue-q-hint" className="hint">
          {t("moderation.searchHint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor="queue-entity">{t("moderation.entity")}</label>
        <select id="queue-entity" name="entity" defaultValue={entity}>
          <option value="">{t("common.any")}</option>
          {SUBMISSION_ENTITIES.map((e) => (
            <option key={e} value={e}>
              {t(`account.entities.${e}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit">{t("common.apply")}</button> <Link to={href("/moderation")}>{t("common.clear")}</Link>
      </div>
    </Form>
  );
}
