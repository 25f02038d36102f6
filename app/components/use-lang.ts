import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { langFromSearch, localHref, type Lang } from "~/i18n";

/**
 * The reader's language (from the URL, so it also works on error pages), the translate
 * function, and `href` to build links that keep the language.
 */
export function useLang() {
  const location = useLocation();
  const lang: Lang = langFromSearch(location.search) ?? "en";
  const { t } = useTranslation();
  const href = (path: string, params?: Record<string, string | number | undefined | null>) => localHref(lang, path, params);
  return { lang, t, href };
}
