import { ListSearch } from "~/components/admin/list-search";
import { useLang } from "~/components/use-lang";
import { SUBMISSION_ENTITIES } from "../../../db/enums";

/** The queue's search: part of a record's or organisation's name or of the submitter's email, and the kind of record. */
export function QueueSearch({ q, entity }: { q: string; entity: string }) {
  const { t } = useLang();
  return (
    <ListSearch id="queue-q" q={q} label={t("moderation.search")} hint={t("moderation.searchHint")} clearTo="/moderation">
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
    </ListSearch>
  );
}
