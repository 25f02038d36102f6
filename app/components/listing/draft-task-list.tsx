import { Form, Link } from "@remix-run/react";
import { CsrfField } from "~/components/form-fields";
import { PartialDate } from "~/components/partial-date";
import { useLang } from "~/components/use-lang";
import type { DraftPageData } from "~/routes/account.listings.$id._index";
import { PartSummary } from "./part-summary";

/**
 * A listing being written, as a task list (the GOV.UK pattern): its organisation, its projects, their
 * funding, each in words with Change and Remove, then "Check and send". The draft is kept as it is
 * saved, so its author can leave and come back from their account page.
 */
export function DraftTaskList({ draft: d }: { draft: DraftPageData }) {
  const { t, href } = useLang();
  const base = `/account/listings/${d.id}`;
  const partHref = (part: string, key: number | null) => href(part === "organisation" ? `${base}/organisation` : `${base}/${part}s/${key}`);
  const titleOf = (part: string, key: number | null) =>
    part === "organisation" ? (d.organisation?.name ?? "") : part === "project" ? (d.projects.find((p) => p.key === key)?.title ?? "") : (d.awards.find((a) => a.key === key)?.title ?? "");
  return (
    <div>
      <p className="breadcrumb">
        <Link to={href("/account")}>{t("account.title")}</Link>
      </p>
      <h1>{d.organisation ? t("listing.draftTitle", { name: d.organisation.name }) : t("listing.draftTitleUnnamed")}</h1>
      {d.saved ? (
        <p className="notice" role="status">
          {t(`listing.saved.${d.saved === "project" || d.saved === "award" ? d.saved : "organisation"}`)}
        </p>
      ) : null}
      {d.removed ? (
        <p className="notice" role="status">
          {t("listing.removed", { count: Number(d.removed) })}
        </p>
      ) : null}
      <p className="hint">
        {t("listing.lastSaved")} <PartialDate date={d.updatedAt.slice(0, 10)} />. {t("listing.comeBack")}
      </p>

      <ol className="task-list">
        <li>
          <div className="task-heading">
            <h2>{t("listing.steps.organisation")}</h2>
            <strong className={`tag ${d.organisation ? "done" : "todo"}`}>{t(d.organisation ? "listing.tags.done" : "listing.tags.notStarted")}</strong>
          </div>
          {d.organisation ? <PartSummary entity="organisation" fields={d.organisation.fields} names={d.names} /> : null}
          <p className="part-actions">
            <Link to={partHref("organisation", null)}>
              {t(d.organisation ? "listing.change" : "listing.addOrganisation")}
              {d.organisation ? <span className="visually-hidden"> {d.organisation.name}</span> : null}
            </Link>
          </p>
        </li>

        <li>
          <div className="task-heading">
            <h2>{t("listing.steps.projects")}</h2>
            <strong className={`tag ${d.projects.length ? "done" : "todo"}`}>{d.projects.length ? t("listing.tags.added", { count: d.projects.length }) : t("listing.tags.optional")}</strong>
          </div>
          {d.projects.length === 0 ? <p>{t("listing.noProjects")}</p> : null}
          {d.projects.map((p) => (
            <section key={p.key} className="listing-part" aria-labelledby={`project-${p.key}`}>
              <h3 id={`project-${p.key}`} lang="en">
                {p.title}
              </h3>
              <PartSummary entity="project" fields={p.fields} names={d.names} />
              <RemoveOrChange draftId={d.id} csrf={d.csrf} part="project" partKey={p.key} title={p.title} changeHref={partHref("project", p.key)} warning={p.awards ? t("listing.removeProjectWarning", { count: p.awards }) : null} />
            </section>
          ))}
          <p className="part-actions">
            <Link to={href(`${base}/projects/new`)}>{t(d.projects.length ? "listing.addAnotherProject" : "listing.addProject")}</Link>
          </p>
        </li>

        <li>
          <div className="task-heading">
            <h2>{t("listing.steps.awards")}</h2>
            <strong className={`tag ${d.awards.length ? "done" : "todo"}`}>{d.awards.length ? t("listing.tags.added", { count: d.awards.length }) : t("listing.tags.optional")}</strong>
          </div>
          {d.awards.length === 0 ? <p>{t("listing.noAwards")}</p> : null}
          {d.awards.map((a) => (
            <section key={a.key} className="listing-part" aria-labelledby={`award-${a.key}`}>
              <h3 id={`award-${a.key}`} lang="en">
                {a.title}
              </h3>
              <PartSummary entity="award" fields={a.fields} names={d.names} funds={a.funds} />
              <RemoveOrChange draftId={d.id} csrf={d.csrf} part="award" partKey={a.key} title={a.title} changeHref={partHref("award", a.key)} warning={null} />
            </section>
          ))}
          <p className="part-actions">
            <Link to={href(`${base}/awards/new`)}>{t(d.awards.length ? "listing.addAnotherAward" : "listing.addAward")}</Link>
          </p>
        </li>

        <li>
          <div className="task-heading">
            <h2>{t("listing.steps.send")}</h2>
            <strong className={`tag ${d.canSend ? "pending" : d.problems.length ? "problem" : "todo"}`}>
              {t(d.canSend ? "listing.tags.ready" : d.problems.length ? "listing.tags.needsChange" : "listing.tags.cannotYet")}
            </strong>
          </div>
          {d.problems.length ? (
            <div className="error-summary" role="alert">
              <p>{t("listing.errors.hasProblems", { count: d.problems.length })}</p>
              <ul>
                {d.problems.map((p) => (
                  <li key={`${p.part}-${p.key}`}>
                    <Link to={partHref(p.part, p.key)}>
                      {t(`account.entities.${p.part}`)}: {titleOf(p.part, p.key)}
                    </Link>{" "}
                    ({Object.values(p.fields).flat().map((k) => t(k)).join(" ")})
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p>{t("listing.sendIntro")}</p>
          {d.canSend ? (
            <Form method="post">
              <CsrfField token={d.csrf} />
              <input type="hidden" name="intent" value="send" />
              <button type="submit" className="approve">
                {t("listing.send")}
              </button>
            </Form>
          ) : !d.organisation ? (
            <p className="warning-text">{t("listing.errors.needsOrganisation")}</p>
          ) : null}
        </li>
      </ol>

      <Form method="post" className="form">
        <CsrfField token={d.csrf} />
        <input type="hidden" name="intent" value="discard" />
        <p className="hint">{t("listing.discardHint")}</p>
        <button type="submit" className="reject">
          {t("listing.discard")}
        </button>
      </Form>
    </div>
  );
}

function RemoveOrChange(props: { draftId: number; csrf: string; part: "project" | "award"; partKey: number; title: string; changeHref: string; warning: string | null }) {
  const { t } = useLang();
  return (
    <div className="part-actions">
      <Link to={props.changeHref}>
        {t("listing.change")}
        <span className="visually-hidden"> {props.title}</span>
      </Link>
      <Form method="post" className="inline-form">
        <CsrfField token={props.csrf} />
        <input type="hidden" name="intent" value={`remove-${props.part}`} />
        <input type="hidden" name="key" value={props.partKey} />
        <button type="submit" className="link-button">
          {t("listing.remove")}
          <span className="visually-hidden"> {props.title}</span>
        </button>
      </Form>
      {props.warning ? <span className="hint">{props.warning}</span> : null}
    </div>
  );
}
