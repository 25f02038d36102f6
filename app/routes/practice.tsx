import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { FilterSelect, optionsOf } from "~/components/filter-select";
import { SourceCite } from "~/components/source-cite";
import { useLang } from "~/components/use-lang";
import { getPracticePage } from "~/directory/practice.server";
import { contextOf } from "~/platform/context.server";
import { page } from "~/platform/http.server";

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getPracticePage(contextOf(request)));

export default function Practice() {
  const d = useLoaderData<typeof loader>();
  const { lang, t, href } = useLang();
  const themeName = new Map(d.themes.map((th) => [th.id, lang === "cy" ? th.nameCy : th.nameEn]));
  return (
    <div>
      <h1>{t("practice.title")}</h1>
      <p className="lede">{t("practice.intro")}</p>
      <Form method="get" className="filters" aria-label={t("practice.filter")}>
        {lang === "cy" ? <input type="hidden" name="lang" value="cy" /> : null}
        <FilterSelect name="theme" label={t("home.theme")} value={d.theme} options={optionsOf.themes(lang, d.themes)} emptyLabel={t("home.allThemes")} />
        <button type="submit">{t("practice.filter")}</button>
      </Form>
      <p role="status">{t("practice.count", { count: d.notes.length })}</p>
      <ul className="practice-list">
        {d.notes.map((n) => (
          <li key={n.key} id={`practice-${n.key}`}>
            <h2 lang="en">{n.titleEn}</h2>
            <p>
              <span className="tag">{n.inWales ? t("practice.inWales") : t("practice.elsewhere")}</span>
              {n.place ? <span lang="en"> {n.place}</span> : null}
              {" · "}
              {n.themeIds.map((id) => themeName.get(id) ?? id).join("; ")}
            </p>
            <p lang="en">{n.descriptionEn}</p>
            {n.projectId !== null ? (
              <p>
                <Link to={href(`/projects/${n.projectId}`)}>{t("practice.inDirectory")}</Link>
              </p>
            ) : null}
            <SourceCite document={n.sourceDocument} quote={n.sourceQuote} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
