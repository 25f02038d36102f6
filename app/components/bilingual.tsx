import type { ElementType } from "react";
import { pickText } from "~/i18n";
import { useLang } from "./use-lang";

/**
 * Shows a bilingual field in the reader's language; when the Welsh version is missing it shows the
 * English one marked lang="en", so screen readers pronounce it correctly.
 */
export function Bilingual({ en, cy, as: Tag = "span" }: { en: string; cy: string | null | undefined; as?: ElementType }) {
  const { lang } = useLang();
  const picked = pickText(lang, en, cy);
  return <Tag lang={picked.lang !== lang ? picked.lang : undefined}>{picked.text}</Tag>;
}
