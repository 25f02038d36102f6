import { Link } from "@remix-run/react";
import { documentName } from "~/directory/document-name";
import { useRootData } from "~/root";
import { useLang } from "./use-lang";

/** "Title, Author, Date" for a document id, or the id when the document is not known. */
export function useCitationName(): (document: string) => string {
  const documents = useRootData()?.documents ?? {};
  return (document) => {
    const d = documents[document];
    return d ? documentName(d) : document;
  };
}

/**
 * A citation: the source document by title, author and date, linked to its entry on /about, with
 * the quote that supports the record shown on demand. A file name is never what a reader sees.
 */
export function SourceCite({ document, quote }: { document: string | null; quote: string | null }) {
  const { t, href } = useLang();
  const name = useCitationName();
  if (!document) return null;
  return (
    <figure className="source">
      <figcaption>
        {t("common.source")}:{" "}
        <Link to={href("/about") + `#doc-${document}`} lang="en">
          <cite>{name(document)}</cite>
        </Link>
      </figcaption>
      {quote ? (
        <details>
          <summary>{t("common.showQuote")}</summary>
          <blockquote lang="en">{t("common.quote", { quote })}</blockquote>
        </details>
      ) : null}
    </figure>
  );
}
