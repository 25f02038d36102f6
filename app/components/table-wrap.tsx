import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useLang } from "./use-lang";

/**
 * A table that may be wider than the screen: it scrolls sideways inside its box (the page never
 * does), keeps each row's name in view (a sticky first column, styles.css) and says it scrolls. The
 * line shows on narrow screens before the page is interactive, then exactly when the table is wider
 * than its box; the box is then a named, focusable region, so a keyboard can scroll it.
 *
 * @example
 * <TableWrap label={caption}><table>…</table></TableWrap>
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useLang();
  const hintId = useId();
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState<boolean | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      <p id={hintId} className="table-scroll-hint" data-scrolls={scrolls === null ? undefined : String(scrolls)}>
        {t("common.tableScrolls")}
      </p>
      <div
        ref={box}
        className="table-wrap"
        tabIndex={scrolls ? 0 : undefined}
        role={scrolls ? "region" : undefined}
        aria-label={scrolls ? label : undefined}
        aria-describedby={scrolls ? hintId : undefined}
      >
        {children}
      </div>
    </>
  );
}
