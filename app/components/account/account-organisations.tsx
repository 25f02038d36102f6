import { Form, Link } from "@remix-run/react";
import { CsrfField } from "~/components/form-fields";
import { PartialDate } from "~/components/partial-date";
import { useLang } from "~/components/use-lang";
import { OrganisationLink } from "~/components/organisation/organisation-link";
import type { AccountData } from "~/routes/account._index";

type Organisation = AccountData["organisations"][number];

/** The editor's organisations not confirmed for a while: confirm each as still correct, or edit it. */
export function NeedsReview({ organisations, csrf }: { organisations: Organisation[]; csrf: string }) {
  const { t, href } = useLang();
  return (
    <section aria-labelledby="needs-review" className="gaps">
      <h2 id="needs-review">{t("account.needsReview")}</h2>
      <p>{t("account.needsReviewIntro")}</p>
      <ul>
        {organisations.map((o) => (
          <li key={o.id}>
            <OrganisationLink organisation={o} />{" "}
            (<PartialDate date={o.lastConfirmed} />){" "}
            <Form method="post" className="inline-form">
              <CsrfField token={csrf} />
              <input type="hidden" name="intent" value="confirm" />
              <input type="hidden" name="organisationId" value={o.id} />
              <button type="submit">{t("account.stillCorrect")}</button>
            </Form>{" "}
            <Link to={href(`/organisations/${o.slug}/edit`)}>{t("account.edit")}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The organisations the editor may edit, with links to edit them and add projects and awards. */
export function MyOrganisations({ organisations }: { organisations: Organisation[] }) {
  const { t, href } = useLang();
  return (
    <section aria-labelledby="my-organisations">
      <h2 id="my-organisations">{t("account.organisations")}</h2>
      {organisations.length ? (
        <ul>
          {organisations.map((o) => (
            <li key={o.id}>
              <OrganisationLink organisation={o} />{" "}
              · <Link to={href(`/organisations/${o.slug}/edit`)}>{t("account.edit")}</Link> ·{" "}
              <Link to={href(`/organisations/${o.slug}/projects/new`)}>{t("account.addProject")}</Link> ·{" "}
              <Link to={href(`/organisations/${o.slug}/awards/new`)}>{t("account.addAward")}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("account.noOrganisations")}</p>
      )}
      <p>
        <Link to={href("/account/listings/new/organisation")}>{t("account.newOrganisation")}</Link>
      </p>
    </section>
  );
}
