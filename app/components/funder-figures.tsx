import type { FunderFigures } from "~/directory/directory.server";
import { formatPence } from "~/i18n/format";
import { useLang } from "./use-lang";

/** A funder's known amounts: whole and yearly apart, and how many awards state none. */
export function KnownAmounts({ figures: f }: { figures: FunderFigures }) {
  const { t, lang } = useLang();
  // A sum that includes an approximate amount is itself approximate ("about £2,030,000 a year").
  const amount = (pence: number) => (f.approximate ? t("common.about", { amount: formatPence(lang, pence) }) : formatPence(lang, pence));
  const parts = [
    ...(f.totalPence ? [t("funders.knownTotal", { amount: amount(f.totalPence) })] : []),
    ...(f.perYearPence ? [t("funders.knownPerYear", { amount: amount(f.perYearPence) })] : []),
  ];
  return (
    <>
      {parts.length ? parts.join("; ") : <span className="not-stated">{t("funders.noneKnown")}</span>}
      {f.amountUnknown ? <span className="note"> ({t("funders.amountUnknown", { count: f.amountUnknown })})</span> : null}
    </>
  );
}
