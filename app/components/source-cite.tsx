import { useLang } from "./use-lang";

/** A citation: the quote from the source document that supports a record, and its file name. */
export function SourceCite({ document, quote }: { document: string | null; quote: string | null }) {
  const { t } = useLang();
  if (!document) return null;
  return (
    <figure className="source">
      <figcaption>
        {t("common.source")}: <cite>{document}</cite>
      </figcaption>
      {quote ? <blockquote lang="en">{t("common.quote", { quote })}</blockquote> : null}
    </figure>
  );
}
