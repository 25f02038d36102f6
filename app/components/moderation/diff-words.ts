import { formatAmount, formatPartialDate } from "~/i18n/format";
import { useLang } from "~/components/use-lang";

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : Array.isArray(v) ? v.join(", ") : String(v));

type Names = Record<string, { en: string; cy: string | null }>;

/** The names a record's coded values are shown by: authorities, and where known themes, funders and (a listing's) projects. */
export interface WordNames {
  authorities: Names;
  themes?: Names;
  funders?: Names;
  projects?: Names;
}

/** Fields whose values are codes, and the names they are shown by. */
const NAMED_FIELDS: Record<string, keyof WordNames> = { homeGss: "authorities", areaGss: "authorities", themes: "themes", funderSlug: "funders", projectId: "projects" };

/** A diff row as the form said it: the field's label, and values in words (authority names, kinds) where the form offered choices. */
export function useDiffWords(entity: string, names: WordNames) {
  const { t, lang } = useLang();
  const known = (key: string) => (t(key) === key ? null : t(key));
  const label = (field: string) => known(`editor.fields.${field}`) ?? known(`moderation.fields.${field}`) ?? field;
  const named = (dictionary: Names | undefined, code: unknown) => {
    const n = dictionary?.[String(code)];
    return n ? (lang === "cy" && n.cy ? n.cy : n.en) : String(code);
  };
  const value = (field: string, v: unknown): string => {
    const dictionary = NAMED_FIELDS[field];
    if (dictionary) {
      const codes = Array.isArray(v) ? v : v !== null && v !== undefined && v !== "" ? [v] : [];
      return codes.length ? codes.map((c) => named(names[dictionary], c)).join(", ") : "—";
    }
    if (field === "kind" && typeof v === "string") return known(`kinds.${entity}.${v}`) ?? v;
    if (field === "newFunderKind" && typeof v === "string") return known(`kinds.funder.${v}`) ?? v;
    if (field === "areaKind" && typeof v === "string") return known(`editor.fields.area${v[0].toUpperCase()}${v.slice(1)}`) ?? v;
    if (field === "amountPeriod" && typeof v === "string") return known(`editor.fields.periods.${v}`) ?? v;
    if (field.endsWith("Precision") && typeof v === "string") return known(`editor.fields.precisions.${v}`) ?? v;
    if (field === "amountPence" && typeof v === "number") return formatAmount(lang, t, v, "total");
    if ((field === "startDate" || field === "endDate") && typeof v === "string") return formatPartialDate(lang, t, v);
    return show(v);
  };
  return { label, value };
}
