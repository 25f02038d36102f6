import { Link } from "@remix-run/react";
import { useId } from "react";
import { formatAmount } from "~/i18n/format";
import type { AwardRow } from "../../db/queries/awards";
import { Bilingual } from "./bilingual";
import { formatEvidenceDate } from "./cliff/cliff-text";
import { PartialDate } from "./partial-date";
import { TableWrap } from "./table-wrap";
import { useCitationName } from "./source-cite";
import { useLang } from "./use-lang";

type Hide = ("funder" | "recipient")[];

/** Funding awards as a table: programme, funder, recipient, amount, dates and source. */
export function AwardTable({
  awards,
  caption,
  hide = [],
  editable = false,
}: {
  awards: AwardRow[];
  caption: string;
  hide?: Hide;
  /** Show an "Edit" link on each row (for the organisation's editors and moderators). */
  editable?: boolean;
}) {
  const { t } = useLang();
  const noteId = useId();
  return (
    <TableWrap label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("awards.columns.programme")}</th>
            {hide.includes("funder") ? null : <th scope="col">{t("awards.columns.funder")}</th>}
            {hide.includes("recipient") ? null : <th scope="col">{t("awards.columns.recipient")}</th>}
            <th scope="col">{t("awards.columns.amount")}</th>
            <th scope="col">{t("awards.columns.start")}</th>
            <th scope="col">{t("awards.columns.end")}</th>
            <th scope="col">{t("awards.columns.source")}</th>
          </tr>
        </thead>
        <tbody>
          {awards.map((a) => (
            <AwardTableRow key={a.id} award={a} hide={hide} editable={editable} noteId={noteId} />
          ))}
        </tbody>
      </table>
      <PublishedAmountNote awards={awards} id={noteId} />
      <EndsUnknownNote count={awards.filter((a) => !a.endDate).length} total={awards.length} />
    </TableWrap>
  );
}

/** One award: programme (with an edit link for editors), funder, recipient, amount, dates and source. */
function AwardTableRow({ award: a, hide, editable, noteId }: { award: AwardRow; hide: Hide; editable: boolean; noteId: string }) {
  const { lang, t, href } = useLang();
  const citationName = useCitationName();
  return (
    <tr>
      <th scope="row">
        {a.programmeEn ? <Bilingual en={a.programmeEn} cy={a.programmeCy} /> : <span className="not-stated">{t("common.notStated")}</span>}
        {a.synthetic ? <span className="tag synthetic"> {t("common.synthetic")}</span> : null}
        {editable ? (
          <>
            {" "}
            <Link to={href(`/awards/${a.id}/edit`)}>{t("account.edit")}</Link>
          </>
        ) : null}
      </th>
      {hide.includes("funder") ? null : (
        <td>
          <Link to={href(`/funders/${a.funderSlug}`)}>
            <Bilingual en={a.funderNameEn} cy={a.funderNameCy} />
          </Link>
        </td>
      )}
      {hide.includes("recipient") ? null : (
        <td>
          <AwardRecipient award={a} />
        </td>
      )}
      <td className="num">
        <AwardAmount award={a} noteId={noteId} />
      </td>
      <td>
        <PartialDate date={a.startDate} />
      </td>
      <td>
        {a.endDate ? (
          <PartialDate date={a.endDate} end />
        ) : (
          // Said once under the table, with a count; each row keeps it for screen readers.
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{t("common.endUnknown")}</span>
          </>
        )}
        {a.endDate === null && a.lastEvidenced ? (
          <>
            {" "}
            <span className="note">({t("funding.lastEvidenced", { date: formatEvidenceDate(lang, t, a.lastEvidenced) })})</span>
          </>
        ) : null}
        {a.dateNote ? (
          <details className="note">
            <summary>{t("common.derivedShort")}</summary>
            <span lang="en">{a.dateNote}</span>
          </details>
        ) : null}
      </td>
      <td>
        {a.sourceDocument ? (
          <details>
            <summary>
              <cite lang="en">{citationName(a.sourceDocument)}</cite>
            </summary>
            {a.sourceQuote ? <q lang="en">{a.sourceQuote}</q> : null}{" "}
            <Link to={href("/about") + `#doc-${a.sourceDocument}`}>{t("common.aboutSource")}</Link>
          </details>
        ) : (
          t("common.unknown")
        )}
      </td>
    </tr>
  );
}

type Recipient = Pick<AwardRow, "projectId" | "projectTitleEn" | "projectTitleCy" | "organisationSlug" | "organisationNameEn" | "organisationNameCy"> & {
  coRecipients?: AwardRow["coRecipients"];
};

/** Who an award funds: its project and organisation, linked. */
export function AwardRecipient({ award: a }: { award: Recipient }) {
  const { href } = useLang();
  return (
    <>
      {a.projectId !== null && a.projectTitleEn ? (
        <Link to={href(`/projects/${a.projectId}`)}>
          <Bilingual en={a.projectTitleEn} cy={a.projectTitleCy} />
        </Link>
      ) : null}
      {a.projectId !== null && a.organisationSlug ? " — " : null}
      {a.organisationSlug && a.organisationNameEn ? (
        <Link to={href(`/organisations/${a.organisationSlug}`)}>
          <Bilingual en={a.organisationNameEn} cy={a.organisationNameCy} />
        </Link>
      ) : null}
      {(a.coRecipients ?? []).map((o) => (
        <span key={o.slug}>
          {" & "}
          <Link to={href(`/organisations/${o.slug}`)}>
            <Bilingual en={o.nameEn} cy={o.nameCy} />
          </Link>
        </span>
      ))}
    </>
  );
}

type AmountFacts = Pick<AwardRow, "amountPence" | "amountPeriod" | "amountApproximate" | "importId">;
const publishedAsIs = (a: AmountFacts) => a.importId !== null && a.amountPence !== null;

/** An award's amount; one from a 360Giving file is marked, pointing to the table's note (`PublishedAmountNote`). */
export function AwardAmount({ award: a, noteId }: { award: AmountFacts; noteId: string }) {
  const { lang, t } = useLang();
  return (
    <>
      {formatAmount(lang, t, a.amountPence, a.amountPeriod, a.amountApproximate)}
      {publishedAsIs(a) ? (
        <a href={`#${noteId}`} className="note-mark" title={t("awards.publishedMark")} aria-label={t("awards.publishedMark")}>
          *
        </a>
      ) : null}
    </>
  );
}

/**
 * Said once under a table, with a count: amounts from 360Giving files are as the funders published
 * them, and the standard cannot say whether one is yearly or for the whole grant.
 */
export function PublishedAmountNote({ awards, id }: { awards: AmountFacts[]; id: string }) {
  const { t } = useLang();
  const count = awards.filter(publishedAsIs).length;
  return count > 0 ? (
    <p id={id} className="note">
      {t("awards.publishedNote", { count })}
    </p>
  ) : null;
}

/** Under a table: how many of its rows have no known end date (shown as "—"), said once. */
export function EndsUnknownNote({ count, total }: { count: number; total: number }) {
  const { t } = useLang();
  if (count === 0) return null;
  return <p className="note ends-unknown">{count === total ? t("project.endsAllUnknown") : t("project.endsUnknownNote", { count, total })}</p>;
}
