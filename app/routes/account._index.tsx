import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { getAccountPage, handleAccountAction } from "~/accounts/account-page.server";
import { MyOrganisations, NeedsReview } from "~/components/account/account-organisations";
import { MySubmissions } from "~/components/account/account-submissions";
import { MyDrafts, MyListings } from "~/components/account/account-listings";
import listingCss from "~/components/listing/listing.css?url";
import { ChangePassword } from "~/components/account/change-password";
import { ErrorPage } from "~/components/error-page";
import { useLang } from "~/components/use-lang";
import { contextOf } from "~/platform/context.server";
import { formAction } from "~/platform/forms.server";
import { page } from "~/platform/http.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: listingCss }];

export const loader = ({ request }: LoaderFunctionArgs) => page(() => getAccountPage(contextOf(request), request));
export const action = ({ request }: ActionFunctionArgs) => formAction(request, () => handleAccountAction(contextOf(request), request));

export type AccountData = ReturnType<typeof useLoaderData<typeof loader>>;
export type AccountActionData = ReturnType<typeof useActionData<typeof action>>;

export default function Account() {
  const d = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useLang();
  const stale = d.organisations.filter((o) => o.stale);
  const confirmedName = d.organisations.find((o) => String(o.id) === d.confirmed)?.nameEn;
  return (
    <div>
      <h1>{t("account.title")}</h1>
      <p>
        {t("auth.signedInAs", { email: d.user.email })} · {t("account.role")}: {t(`account.roles.${d.user.role}`)}
      </p>
      {d.submitted ? (
        <p className="notice" role="status">
          {t("account.submitted")}
        </p>
      ) : null}
      {confirmedName ? (
        <p className="notice" role="status">
          {t("account.confirmed", { name: confirmedName })}
        </p>
      ) : null}
      {d.discarded ? (
        <p className="notice" role="status">
          {t("listing.discarded")}
        </p>
      ) : null}
      {d.withdrawn ? (
        <p className="notice" role="status">
          {t("listing.withdrawn")}
        </p>
      ) : null}
      {d.passwordChanged ? (
        <p className="notice" role="status">
          {t("auth.passwordChanged")}
        </p>
      ) : null}

      {stale.length ? <NeedsReview organisations={stale} csrf={d.user.csrf} /> : null}
      <MyDrafts drafts={d.drafts} />
      <MyListings listings={d.listings} csrf={d.user.csrf} sent={d.sent} />
      <MyOrganisations organisations={d.organisations} />
      <MySubmissions submissions={d.submissions} csrf={d.user.csrf} />
      <ChangePassword csrf={d.user.csrf} lastResult={lastResult} />
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
