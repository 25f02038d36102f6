import type { ReactNode } from "react";

/**
 * A briefing table in its wrapper: a region that may scroll sideways on a phone, so it is focusable
 * and named by the table's caption (axe: scrollable-region-focusable).
 */
export function BriefingTable({ caption, className, children }: { caption: string; className: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className={`briefing-table ${className}`}>
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
