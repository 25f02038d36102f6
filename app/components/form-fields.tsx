import { CSRF_FIELD } from "~/platform/form-fields";
import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { useLang } from "./use-lang";

/**
 * Form pieces shared by every form: labelled fields whose errors sit beside them (linked with
 * aria-describedby and aria-invalid), and an error summary that screen readers announce.
 * Field errors are message keys from app/records.ts, translated here.
 */

type AnyField = FieldMetadata<unknown, Record<string, unknown>, string[]>;

function FieldErrors({ meta }: { meta: AnyField }) {
  const { t } = useLang();
  if (!meta.errors?.length) return null;
  return (
    <p id={meta.errorId} className="field-error">
      {meta.errors.map((e) => t(e)).join(" ")}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={id} className="hint">
      {hint}
    </p>
  ) : null;
}

function describedByOf(meta: AnyField, hint: ReactNode): string | undefined {
  return [hint ? meta.descriptionId : null, meta.errors?.length ? meta.errorId : null].filter(Boolean).join(" ") || undefined;
}

/** A field's frame: its label, hint and errors above the control. */
function FieldFrame({ meta, label, hint, children }: { meta: AnyField; label: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className={`field${meta.errors?.length ? " has-error" : ""}`}>
      <label htmlFor={meta.id}>{label}</label>
      <Hint id={meta.descriptionId} hint={hint} />
      <FieldErrors meta={meta} />
      {children}
    </div>
  );
}

/** A select's options, with a first empty choice when `empty` is given. */
export function OptionList({ options, empty }: { options: { value: string; label: string }[]; empty?: string }) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}

export function TextField({
  meta,
  label,
  hint,
  type = "text",
  multiline = false,
  lang,
  autoComplete,
}: {
  meta: AnyField;
  label: string;
  hint?: ReactNode;
  type?: "text" | "email" | "password" | "url" | "number" | "date" | "month";
  multiline?: boolean;
  lang?: "en" | "cy";
  autoComplete?: string;
}) {
  const describedBy = describedByOf(meta, hint);
  return (
    <FieldFrame meta={meta} label={label} hint={hint}>
      {multiline ? (
        <textarea {...getTextareaProps(meta)} key={meta.key} rows={5} lang={lang} aria-describedby={describedBy} />
      ) : (
        <input {...getInputProps(meta, { type })} key={meta.key} lang={lang} autoComplete={autoComplete} aria-describedby={describedBy} step={type === "number" ? "any" : undefined} />
      )}
    </FieldFrame>
  );
}

export function SelectField({
  meta,
  label,
  options,
  hint,
  empty,
}: {
  meta: AnyField;
  label: string;
  options: { value: string; label: string }[];
  hint?: ReactNode;
  empty?: string;
}) {
  return (
    <FieldFrame meta={meta} label={label} hint={hint}>
      <select {...getSelectProps(meta)} key={meta.key} aria-describedby={describedByOf(meta, hint)}>
        <OptionList options={options} empty={empty} />
      </select>
    </FieldFrame>
  );
}

/** A group of checkboxes (themes, authorities) as a fieldset with its legend and errors. */
export function CheckboxGroup({
  meta,
  legend,
  options,
  hint,
  extra,
}: {
  meta: AnyField;
  legend: string;
  options: { value: string; label: string }[];
  hint?: ReactNode;
  extra?: ReactNode;
}) {
  const initial = new Set(([] as unknown[]).concat(meta.initialValue ?? []).map(String));
  return (
    <fieldset className={`field checkbox-group${meta.errors?.length ? " has-error" : ""}`} aria-describedby={meta.errors?.length ? meta.errorId : undefined} id={meta.id}>
      <legend>{legend}</legend>
      <Hint id={meta.descriptionId} hint={hint} />
      <FieldErrors meta={meta} />
      {extra}
      <div className="checkboxes">
        {options.map((o) => (
          <label key={o.value}>
            <input type="checkbox" name={meta.name} value={o.value} defaultChecked={initial.has(o.value)} key={`${meta.key}-${o.value}`} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Lists every error at the top of a form that failed, linked to its field; announced when it appears. */
export function ErrorSummary({ form, labels }: { form: Pick<FormMetadata<Record<string, unknown>, string[]>, "id" | "errors" | "allErrors">; labels: Record<string, string> }) {
  const { t } = useLang();
  const fieldErrors = Object.entries(form.allErrors ?? {}).filter(([name, errors]) => name !== "" && errors.length);
  const formErrors = form.errors ?? [];
  if (!fieldErrors.length && !formErrors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby={`${form.id}-summary`} tabIndex={-1}>
      <h2 id={`${form.id}-summary`}>{t("form.errorSummary")}</h2>
      <ul>
        {formErrors.map((e) => (
          <li key={e}>{t(e)}</li>
        ))}
        {fieldErrors.map(([name, errors]) => (
          <li key={name}>
            <a href={`#${form.id}-${name.replace(/\[\d+\]$/, "")}`}>
              {labels[name.replace(/\[\d+\]$/, "")] ?? name}: {errors.map((e) => t(e)).join(" ")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The per-session anti-forgery token every signed-in form sends back. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}

/** A field people leave empty and form-filling bots do not (hidden from sight and from screen readers). */
export function Honeypot({ label }: { label: string }) {
  return (
    <div className="hp" aria-hidden="true">
      <label htmlFor="website_url">{label}</label>
      <input id="website_url" name="website_url" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
