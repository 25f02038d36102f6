import { Form } from "@remix-run/react";
import { useEffect, useState } from "react";
import { AsOfField } from "~/components/filter-select";
import { useLang } from "~/components/use-lang";

/**
 * The briefing's date and a "Print this briefing" button: neither is printed. The button is shown
 * only once the page runs JavaScript, since printing needs it.
 */
export function BriefingControls({ asOf }: { asOf: string }) {
  const { lang, t } = useLang();
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(true), []);
  return (
    <div className="briefing-controls">
      <Form method="get" className="map-controls" aria-label={t("briefing.dateForm")}>
        {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
        <AsOfField value={asOf} />
        <button type="submit">{t("briefing.show")}</button>
      </Form>
      {canPrint ? (
        <button type="button" className="print-button" onClick={() => window.print()}>
          {t("briefing.print")}
        </button>
      ) : null}
    </div>
  );
}
