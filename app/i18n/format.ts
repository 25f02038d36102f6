import type { TFunction } from "i18next";
import type { Lang } from "./";

/**
 * Welsh and English write numbers alike; one fixed locale keeps server and browser output identical
 * (some browsers ship no Welsh locale data and would fall back to US formats).
 */
const NUMBER_LOCALE = "en-GB";

/**
 * A number, with thousands separators.
 *
 * @example
 * formatNumber("en", 3107489) // "3,107,489"
 */
export function formatNumber(_lang: Lang, value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(NUMBER_LOCALE, { maximumFractionDigits }).format(value);
}

/**
 * An amount in pence as pounds, e.g. "£1,630,000".
 *
 * @example
 * formatPence("en", 163000000) // "£1,630,000"
 */
export function formatPence(_lang: Lang, pence: number): string {
  return new Intl.NumberFormat(NUMBER_LOCALE, {
    style: "currency",
    currency: "GBP",
    maximumFractionDigits: pence % 100 === 0 ? 0 : 2,
  }).format(pence / 100);
}

/**
 * A partial date shown at its own precision: a day, a month, "during 2025", or "Unknown".
 *
 * @example
 * formatPartialDate("en", t, "2029-03") // "March 2029"
 * formatPartialDate("en", t, "2025")    // "during 2025"
 */
export function formatPartialDate(_lang: Lang, t: TFunction, date: string | null): string {
  if (!date) return t("common.unknown");
  // Month names come from the catalogue, not Intl: browsers without Welsh locale data would show English.
  const [y, m, d] = date.split("-").map(Number);
  if (d !== undefined) return `${d} ${t(`months.m${m}`)} ${y}`;
  if (m !== undefined) return `${t(`months.m${m}`)} ${y}`;
  return t("common.during", { year: y });
}

/**
 * An award amount with its period ("£400,000 a year"), or "Unknown".
 *
 * @example
 * formatAmount("en", t, 40000000, "per-year") // "£400,000 a year"
 * formatAmount("en", t, 163000000, "per-year", true) // "about £1,630,000 a year"
 */
export function formatAmount(lang: Lang, t: TFunction, pence: number | null, period: "total" | "per-year", approximate = false): string {
  if (pence === null) return t("common.unknown");
  const exact = formatPence(lang, pence);
  const amount = approximate ? t("common.about", { amount: exact }) : exact;
  return period === "per-year" ? t("common.perYear", { amount }) : amount;
}
