import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { CsrfField } from "~/components/form-fields";
import { useLang } from "~/components/use-lang";

/** The green "approve" button: a form of its own posting `intent`. */
export function ApproveForm({ csrf, intent, label }: { csrf: string; intent: string; label: string }) {
  return (
    <Form method="post">
      <CsrfField token={csrf} />
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className="approve">
        {label}
      </button>
    </Form>
  );
}

/**
 * The red-outlined "reject" form: the reason the submitter will see is required before it is sent
 * (and again by the server, whose error keys show under the field, with what was typed kept).
 */
export function RejectForm(props: { csrf: string; intent: string; label: string; errors?: string[]; typed?: string; id?: string; heading?: ReactNode }) {
  const { t } = useLang();
  const errors = props.errors?.length ? props.errors : null;
  return (
    <Form method="post" className="form" id={props.id}>
      {props.heading}
      <CsrfField token={props.csrf} />
      <input type="hidden" name="intent" value={props.intent} />
      <div className={`field${errors ? " has-error" : ""}`}>
        <label htmlFor="reason">{t("moderation.reason")}</label>
        {errors ? (
          <p id="reason-error" className="field-error" role="alert">
            {errors.map((k) => t(k)).join(" ")}
          </p>
        ) : null}
        <textarea id="reason" name="reason" rows={3} maxLength={1000} required defaultValue={props.typed} aria-invalid={errors ? true : undefined} aria-describedby={errors ? "reason-error" : undefined} />
      </div>
      <p>
        <button type="submit" className="reject">
          {props.label}
        </button>
      </p>
    </Form>
  );
}
