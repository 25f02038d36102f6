import { Link } from "@remix-run/react";
import { Fragment } from "react";
import { useLang } from "~/components/use-lang";
import type { BriefingData } from "~/routes/briefing";

/** Themes named by id and linked to their gaps, comma-separated; `empty` when there are none. */
export function ThemeLinks({ ids, themes, asOf, empty }: { ids: string[]; themes: BriefingData["themes"]; asOf: string | undefined; empty: string }) {
  const { lang, href } = useLang();
  if (!ids.length) return <>{empty}</>;
  const byId = new Map(themes.map((th) => [th.id, lang === "cy" ? th.nameCy : th.nameEn]));
  return (
    <>
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i ? ", " : ""}
          <Link to={href("/gaps", { theme: id, asOf })}>{byId.get(id) ?? id}</Link>
        </Fragment>
      ))}
    </>
  );
}
