import { useLang } from "~/components/use-lang";
import { ListSearch } from "./list-search";

/** The users page's search: part of an email, or of the name of an organisation a user edits. */
export function UserSearch({ q }: { q: string }) {
  const { t } = useLang();
  return <ListSearch id="users-q" q={q} label={t("admin.search")} hint={t("admin.searchHint")} clearTo="/admin/users" />;
}
