import i18next, { type i18n, type TFunction } from "i18next";
import { cy } from "./cy";
import { en } from "./en";
import { withPreposition } from "./mutations";

export const LANGS = ["en", "cy"] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A catalogue with every plural form its language has: a form it leaves out is copied from its
 * `_other` form. Welsh has six (zero, one, two, few, many, other); without this, i18next answers a
 * Welsh count of 0, 2, 3 or 6 from the English fallback ("2 results").
 */
function withAllPluralForms(catalogue: object, lang: Lang): Record<string, unknown> {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const fill = (tree: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(tree)) out[key] = typeof value === "string" ? value : fill(value as Record<string, unknown>);
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value !== "string" || !key.endsWith("_other")) continue;
      const base = key.slice(0, -"_other".length);
      for (const category of categories) out[`${base}_${category}`] ??= value;
    }
    return out;
  };
  return fill(catalogue as Record<string, unknown>);
}

const RESOURCES = {
  en: { translation: withAllPluralForms(en, "en") },
  cy: { translation: withAllPluralForms(cy, "cy") },
};

const instances = new Map<Lang, i18n>();

/**
 * A ready i18next instance for a language (created once, synchronously).
 *
 * @example
 * i18nFor("cy").t("nav.organisations") // "Sefydliadau"
 */
export function i18nFor(lang: Lang): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: lang,
      fallbackLng: "en",
      resources: RESOURCES,
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes output.
      returnNull: false,
      showSupportNotice: false,
    });
    // "{{name, yn}}", "{{name, o}}", "{{name, i}}": a place name after a Welsh preposition, mutated.
    for (const preposition of ["yn", "o", "i"] as const) {
      instance.services.formatter?.add(preposition, (value: unknown) => withPreposition(preposition, String(value)));
    }
    instances.set(lang, instance);
  }
  return instance;
}

/**
 * The translate function for a language, for server code (error messages, CSV headings).
 *
 * @example
 * tFor("en")("errors.unknownAuthority", { code: "W06000007" })
 */
export function tFor(lang: Lang): TFunction {
  return i18nFor(lang).t;
}

/**
 * The language a URL asks for: `?lang=cy` is Welsh, no parameter (or `lang=en`) English.
 * Returns null for any other value, so the caller can answer 400.
 *
 * @example
 * langFromSearch("?lang=cy") // "cy"
 */
export function langFromSearch(search: string | URLSearchParams): Lang | null {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const value = params.get("lang");
  if (value === null || value === "en") return "en";
  if (value === "cy") return "cy";
  return null;
}

/**
 * A site path with the language kept in it (English is the default, so it adds nothing).
 *
 * @example
 * localHref("cy", "/organisations", { theme: "hate-crime" }) // "/organisations?theme=hate-crime&lang=cy"
 */
export function localHref(lang: Lang, path: string, params?: Record<string, string | number | undefined | null>): string {
  const [pathname, existing] = path.split("?");
  const search = new URLSearchParams(existing);
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v === undefined || v === null || v === "") search.delete(k);
    else search.set(k, String(v));
  }
  search.delete("lang");
  if (lang === "cy") search.set("lang", "cy");
  const q = search.toString();
  return q ? `${pathname}?${q}` : pathname;
}

/**
 * The text to show for a bilingual field, and the language it is really in
 * (Welsh falls back to English, which the page marks with lang="en").
 *
 * @example
 * pickText("cy", "Powys", null) // { text: "Powys", lang: "en" }
 */
export function pickText(lang: Lang, textEn: string, textCy: string | null | undefined): { text: string; lang: Lang } {
  if (lang === "cy" && textCy) return { text: textCy, lang: "cy" };
  return { text: textEn, lang: "en" };
}
