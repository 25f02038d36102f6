import type { TFunction } from "i18next";
import { formatPartialDate, formatPence } from "~/i18n/format";
import type { Lang } from "~/i18n";

/** The figures of a cliff cell, as the page and its table count them. */
export interface CellFigures {
  awards: number;
  perYearPence: number;
  perYearAwards: number;
  totalPence: number;
  totalAwards: number;
  unknownAmount: number;
}

/**
 * What a cell holds, in words: its yearly figures ("£400,000 a year (1 award)"), its whole amounts
 * ("£5,000 in total (1 award)") and its awards of unknown amount ("2 awards, amount unknown"). An
 * unknown amount is never written as £0; an empty cell gives no parts.
 *
 * @example
 * describeCell("en", t, cell) // ["£400,000 a year (1 award)", "2 awards, amount unknown"]
 */
export function describeCell(lang: Lang, t: TFunction, c: CellFigures): string[] {
  const parts: string[] = [];
  if (c.perYearAwards) parts.push(`${t("common.perYear", { amount: formatPence(lang, c.perYearPence) })} (${t("cliff.awardCount", { count: c.perYearAwards })})`);
  if (c.totalAwards) parts.push(`${t("cliff.inTotal", { amount: formatPence(lang, c.totalPence) })} (${t("cliff.awardCount", { count: c.totalAwards })})`);
  if (c.unknownAmount) parts.push(t("cliff.amountUnknown", { count: c.unknownAmount }));
  return parts;
}

/**
 * The date of a record's newest evidence as the funding views show it: a bare year ("2015"), or a month
 * or day as the catalogue writes them ("February 2025", "27 February 2025").
 *
 * @example
 * formatEvidenceDate("en", t, "2015") // "2015"
 */
export function formatEvidenceDate(lang: Lang, t: TFunction, date: string): string {
  return /^\d{4}$/.test(date) ? date : formatPartialDate(lang, t, date);
}

/**
 * A quarter's label as the page's language writes it, from the cliff's "2026 Q4".
 *
 * @example
 * quarterName(t, "2026 Q4") // "Q4 2026" in English, "Ch4 2026" in Welsh
 */
export function quarterName(t: TFunction, label: string): string {
  const match = /^(\d{4}) Q([1-4])$/.exec(label);
  return match ? t("cliff.quarterName", { year: match[1], quarter: match[2] }) : label;
}
