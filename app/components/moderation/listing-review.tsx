import { Form, Link } from "@remix-run/react";
import { useState } from "react";
import { CsrfField } from "~/components/form-fields";
import { ListingParts } from "~/components/listing/listing-parts";
import { ApproveForm, RejectForm } from "./decision-forms";
import { PartialDate } from "~/components/partial-date";
import { useLang } from "~/components/use-lang";
import type { ListingDescription } from "~/listing/listing-review.server";

export interface DecisionErrors {
  intent: string;
  errors: Record<string, string[]>;
  typed: Record<string, string>;
}

/**
 * A moderator's review of a listing sent in one go: every part in the form's words (a point's reach
 * on a small map), then approve it all, turn it all down with one reason, or decide part by part.
 * A part can only be published with what it belongs to: the server turns down a project with its
 * organisation, and funding with its project, giving the same reason.
 */
export function ListingReview({ listing, csrf, result }: { listing: ListingDescription; csrf: string; result: DecisionErrors | null }) {
  const { t, href } = useLang();
  const organisation = listing.parts.find((p) => p.entity === "organisation");
  const count = (entity: string) => listing.parts.filter((p) => p.entity === entity).length;
  const errors = result?.errors ?? {};
  const typed = result?.typed ?? {};
  const pending = listing.status === "pending";
  return (
    <div>
      <p className="breadcrumb">
        <Link to={href("/moderation")}>{t("moderation.title")}</Link>
      </p>
      <h1>{t("listing.reviewTitle", { name: organisation?.title ?? "" })}</h1>
      <p>
        {t("listing.sentBy")} {listing.submitterEmail} · <PartialDate date={listing.submittedAt.slice(0, 10)} />
      </p>
      <p>{t("listing.reviewIntro", { projects: count("project"), awards: count("award") })}</p>
      {pending ? (
        <div className="button-row">
          <ApproveForm csrf={csrf} intent="approve-all" label={t("listing.approveAll")} />
          <a href="#reject-all">{t("listing.rejectAllLink")}</a>
        </div>
      ) : (
        <p>{t("moderation.notPending")}</p>
      )}

      <Form method="post" className="form" id="decide" aria-labelledby="decide-heading">
        <h2 id="decide-heading">{pending ? t("listing.partByPart") : t("listing.parts")}</h2>
        {pending ? <CsrfField token={csrf} /> : null}
        {pending ? <input type="hidden" name="intent" value="decide" /> : null}
        <ListingParts listing={listing} controls={pending ? (part) => <PartDecision part={part} errors={errors} typed={typed} /> : undefined} />
        {pending ? (
          <p>
            <button type="submit">{t("listing.recordDecisions")}</button>
          </p>
        ) : null}
      </Form>

      {pending ? (
        <RejectForm csrf={csrf} intent="reject-all" id="reject-all" label={t("listing.rejectAll")} errors={errors.reason} typed={typed.reason} heading={<h2>{t("listing.rejectAllHeading")}</h2>} />
      ) : null}
    </div>
  );
}

function PartDecision({ part, errors, typed }: { part: ListingDescription["parts"][number]; errors: Record<string, string[]>; typed: Record<string, string> }) {
  const { t } = useLang();
  const [choice, setChoice] = useState(typed[`decision-${part.id}`] ?? "approve");
  const decisionError = errors[`decision-${part.id}`];
  const reasonError = errors[`reason-${part.id}`];
  const reasonId = `reason-${part.id}`;
  return (
    <>
      <fieldset className={`decision${decisionError ? " has-error" : ""}`}>
        <legend>{t("listing.decisionFor", { what: part.title })}</legend>
        {decisionError ? <p className="field-error">{decisionError.map((k) => t(k)).join(" ")}</p> : null}
        <div className="radios">
          <label>
            <input type="radio" name={`decision-${part.id}`} value="approve" checked={choice === "approve"} onChange={() => setChoice("approve")} />
            {t("listing.approvePart")}
          </label>
          <label>
            <input type="radio" name={`decision-${part.id}`} value="reject" checked={choice === "reject"} onChange={() => setChoice("reject")} />
            {t("listing.rejectPart")}
          </label>
        </div>
      </fieldset>
      <div className={`field${reasonError ? " has-error" : ""}`}>
        <label htmlFor={reasonId}>{t("listing.partReason")}</label>
        {reasonError ? (
          <p id={`${reasonId}-error`} className="field-error" role="alert">
            {reasonError.map((k) => t(k)).join(" ")}
          </p>
        ) : null}
        <textarea
          id={reasonId}
          name={reasonId}
          rows={2}
          maxLength={1000}
          defaultValue={typed[reasonId]}
          required={choice === "reject"}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${reasonId}-error` : undefined}
        />
      </div>
    </>
  );
}
