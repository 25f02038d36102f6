import { useLang } from "~/components/use-lang";

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : Array.isArray(v) ? v.join(", ") : String(v));

/** Fields whose values are authority codes, shown by name. */
const AUTHORITY_FIELDS = new Set(["homeGss", "areaGss"]);

/** A diff row as the form said it: the field's label, and values in words (authority names, kinds) where the form offered choices. */
export function useDiffWords(entity: string, authorityNames: Record<string, { en: string; cy: string | null }>) {
  const { t, lang } = useLang();
  const known = (key: string) => (t(key) === key ? null : t(key));
  const label = (field: string) => known(`editor.fields.${field}`) ?? known(`moderation.fields.${field}`) ?? field;
  const value = (field: string, v: unknown): string => {
    if (AUTHORITY_FIELDS.has(field)) {
      const codes = Array.isArray(v) ? v : v ? [v] : [];
      const names = codes.map((c) => {
        const n = authorityNames[String(c)];
        return n ? (lang === "cy" && n.cy ? n.cy : n.en) : String(c);
      });
      return names.length ? names.join(", ") : "—";
    }
    if (field === "kind" && typeof v === "string") return known(`kinds.${entity}.${v}`) ?? v;
    if (field === "areaKind" && typeof v === "string") return known(`editor.fields.area${v[0].toUpperCase()}${v.slice(1)}`) ?? v;
    return show(v);
  };
  return { label, value };
}
