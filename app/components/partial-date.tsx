import { formatPartialDate } from "~/i18n/format";
import { useLang } from "./use-lang";

/** A partial date at its own precision; an unknown end is flagged, since it is a warning sign. */
export function PartialDate({ date, end = false, endedNoDate = false }: { date: string | null; end?: boolean; endedNoDate?: boolean }) {
  const { lang, t } = useLang();
  if (end && !date) {
    return <span className="unknown-end">{endedNoDate ? t("common.endedNoDate") : t("common.endUnknown")}</span>;
  }
  return <time dateTime={date ?? undefined}>{formatPartialDate(lang, t, date)}</time>;
}
