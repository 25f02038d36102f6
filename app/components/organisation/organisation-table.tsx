import { ColumnHeaders } from "~/components/column-headers";
import { TableWrap } from "~/components/table-wrap";
import { useLang } from "~/components/use-lang";
import { OrganisationLink } from "./organisation-link";
import type { OrganisationsData } from "~/routes/organisations._index";

/** One page of the organisation directory: name, kind, where based and themes. */
export function OrganisationTable({ data: d }: { data: Pick<OrganisationsData, "pageRows" | "themes" | "authorities"> }) {
  const { lang, t } = useLang();
  const themeName = new Map(d.themes.map((th) => [th.id, lang === "cy" ? th.nameCy : th.nameEn]));
  const authorityName = new Map(d.authorities.map((a) => [a.gssCode, lang === "cy" ? a.nameCy : a.nameEn]));
  return (
    <TableWrap label={t("organisations.title")}>
      <table className="organisation-table">
        <caption className="visually-hidden">{t("organisations.title")}</caption>
        <thead>
          <tr>
            <ColumnHeaders labels={[t("organisations.columns.name"), t("organisations.columns.kind"), t("organisations.columns.basedIn"), t("organisations.columns.themes")]} />
          </tr>
        </thead>
        <tbody>
          {d.pageRows.map((o) => (
            <tr key={o.slug}>
              <th scope="row">
                <OrganisationLink organisation={o} />
                {o.synthetic ? <span className="tag synthetic"> {t("common.synthetic")}</span> : null}
              </th>
              <td>{t(`kinds.organisation.${o.kind}`)}</td>
              <td>{o.homeGss ? authorityName.get(o.homeGss) : t("common.unknown")}</td>
              <td>{o.themeIds.map((id) => themeName.get(id)).join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
