import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BriefingCliff } from "~/components/briefing/briefing-cliff";
import { BriefingControls } from "~/components/briefing/briefing-controls";
import { BriefingLimits, BriefingSources } from "~/components/briefing/briefing-limits";
import { BriefingRegions } from "~/components/briefing/briefing-regions";
import { BriefingRural } from "~/components/briefing/briefing-rural";
import { BriefingSummary } from "~/components/briefing/briefing-summary";
import { BriefingThemes } from "~/components/briefing/briefing-themes";
import { formatEvidenceDate } from "~/components/cliff/cliff-text";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { getBriefing } from "~/directory/briefing.server";
import { langFromSearch, tFor } from "~/i18n";
import { formatPartialDate } from "~/i18n/format";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getBriefing(contextOf(request)));

export type BriefingData = ReturnType<typeof useLoaderData<typeof loader>>;

export const meta: MetaFunction = ({ location }) => [{ title: tFor(langFromSearch(location.search) ?? "en")("briefing.metaTitle") }];

/** The national briefing: the Wales-wide picture for a committee or a funder, written to print on A4. */
export default function Briefing() {
  const d = useLoaderData<typeof loader>();
  const { lang, t } = useLang();
  return (
    <article className="briefing">
      <h1>{t("briefing.title")}</h1>
      <p className="lede" data-as-of={d.asOf}>
        {t("briefing.asOf", {
          date: formatPartialDate(lang, t, d.asOf),
          version: d.dataVersion,
          evidence: d.newestEvidence ? formatEvidenceDate(lang, t, d.newestEvidence) : t("common.unknown"),
        })}
      </p>
      <p>{t("briefing.intro")}</p>
      <BriefingControls asOf={d.asOf} />
      <BriefingSummary data={d} />
      <BriefingThemes data={d} />
      <BriefingRegions data={d} />
      <BriefingRural data={d} />
      <BriefingCliff data={d} />
      <BriefingLimits data={d} />
      <BriefingSources data={d} />
    </article>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
