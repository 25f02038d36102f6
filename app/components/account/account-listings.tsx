import { Form, Link } from "@remix-run/react";
import { CsrfField } from "~/components/form-fields";
import { ListingParts } from "~/components/listing/listing-parts";
import { PartialDate } from "~/components/partial-date";
import { useLang } from "~/components/use-lang";
import type { AccountData } from "~/routes/account._index";

/** Listings being written: each can be continued where it was left. */
export function MyDrafts({ drafts }: { drafts: AccountData["drafts"] }) {
  const { t, href } = useLang();
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="my-drafts">
      <h2 id="my-drafts">{t("listing.drafts")}</h2>
      <ul>
        {drafts.map((d) => (
          <li key={d.id}>
            <Link to={href(`/account/listings/${d.id}`)}>
              {t("listing.continueDraft")}: <span lang="en">{d.name ?? t("listing.draftTitleUnnamed")}</span>
            </Link>{" "}
            ({t("listing.draftCounts", { projects: d.projects, awards: d.awards })}; {t("listing.lastSaved")} <PartialDate date={d.updatedAt.slice(0, 10)} />)
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Listings sent in one go, each in full: what happens next while it waits (with Change and
 * Withdraw), then the moderator's decision part by part, with reasons.
 */
export function MyListings({ listings, csrf, sent }: { listings: AccountData["listings"]; csrf: string; sent: string | null }) {
  const { t } = useLang();
  if (listings.length === 0) return null;
  return (
    <section aria-labelledby="my-listings">
      <h2 id="my-listings">{t("listing.sentListings")}</h2>
      {listings.map((l) => {
        const name = l.parts.find((p) => p.entity === "organisation")?.title ?? "";
        const pending = l.status === "pending";
        return (
          <article key={l.groupId} id={`listing-${l.groupId}`} className="listing" aria-labelledby={`listing-${l.groupId}-title`}>
            <h3 id={`listing-${l.groupId}-title`}>
              {t("listing.listingTitle")}: <span lang="en">{name}</span>
            </h3>
            <p>
              {t("listing.sentOn")} <PartialDate date={l.submittedAt.slice(0, 10)} />
            </p>
            {pending ? (
              <>
                <div className={String(l.groupId) === sent ? "notice" : undefined} role={String(l.groupId) === sent ? "status" : undefined}>
                  {String(l.groupId) === sent ? <p>{t("listing.sentThanks")}</p> : null}
                  <h4>{t("listing.nextTitle")}</h4>
                  <p>{t("listing.next")}</p>
                </div>
                <div className="button-row">
                  <Form method="post">
                    <CsrfField token={csrf} />
                    <input type="hidden" name="intent" value="amend-listing" />
                    <input type="hidden" name="groupId" value={l.groupId} />
                    <button type="submit">
                      {t("listing.amend")}
                      <span className="visually-hidden"> {name}</span>
                    </button>
                  </Form>
                  <Form method="post">
                    <CsrfField token={csrf} />
                    <input type="hidden" name="intent" value="withdraw-listing" />
                    <input type="hidden" name="groupId" value={l.groupId} />
                    <button type="submit" className="reject">
                      {t("listing.withdraw")}
                      <span className="visually-hidden"> {name}</span>
                    </button>
                  </Form>
                </div>
                <p className="hint">{t("listing.amendHint")}</p>
              </>
            ) : null}
            {!pending && l.status !== "withdrawn" ? (
              <p>
                <strong>
                  {t("listing.outcome", {
                    approved: l.parts.filter((p) => p.status === "approved").length,
                    rejected: l.parts.filter((p) => p.status === "rejected").length,
                  })}
                </strong>
              </p>
            ) : null}
            {/* Open while it waits, and when anything was turned down, so the reasons show. */}
            <details open={pending || l.parts.some((p) => p.status === "rejected")}>
              <summary>{t("listing.inFull")}</summary>
              <ListingParts listing={l} headingLevel={3} />
            </details>
          </article>
        );
      })}
    </section>
  );
}
