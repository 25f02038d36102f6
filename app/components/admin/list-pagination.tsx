import { Link } from "@remix-run/react";
import { useLang } from "~/components/use-lang";

/**
 * How many rows match, and "Page N of M" with previous and next links (when there is more than one
 * page), built by `hrefOf(page)` so each link keeps the list's search.
 */
export function ListPagination({ total, page, pages, hrefOf }: { total: number; page: number; pages: number; hrefOf: (page: number) => string }) {
  const { t } = useLang();
  return (
    <>
      <p role="status" className="result-count">
        {t("common.results", { count: total })}
      </p>
      {pages > 1 ? (
        <nav className="pagination" aria-label={t("common.pagination")}>
          {page > 1 ? (
            <Link to={hrefOf(page - 1)} rel="prev">
              {t("common.previous")}
            </Link>
          ) : null}
          <span>{t("common.page", { page, pages })}</span>
          {page < pages ? (
            <Link to={hrefOf(page + 1)} rel="next">
              {t("common.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
