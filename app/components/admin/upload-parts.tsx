import { useEffect, useRef } from "react";

/**
 * What went wrong with an uploaded file, focused when it appears so a screen reader reads it: the
 * reason in the page's language, "nothing was changed", and the reader's detail (in English).
 */
export function UploadErrorSummary({ heading, message, detail }: { heading: string; message: string; detail: string }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), [message, detail]);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
      <h3>{heading}</h3>
      <p>{message}</p>
      {detail ? <p lang="en">{detail}</p> : null}
    </div>
  );
}

/** The file input of an upload form, with its label and hint. */
export function FileField({ id, label, hint, accept, invalid }: { id: string; label: string; hint: string; accept: string; invalid: boolean }) {
  return (
    <div className={`field${invalid ? " has-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <input id={id} name="file" type="file" accept={accept} required aria-describedby={`${id}-hint`} />
    </div>
  );
}
