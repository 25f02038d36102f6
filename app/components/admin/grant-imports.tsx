import { Form, Link, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { CSRF_FIELD } from "~/platform/form-fields";
import type { GrantActionResult, getImportsPage } from "~/funding/grant-admin.server";
import type { GrantImportReport } from "~/funding/grant-import.server";
import type { PlacementReason } from "~/funding/giving360/place-grant";
import { useLang } from "../use-lang";
import { FileField, UploadErrorSummary } from "./upload-parts";
import { TableWrap } from "~/components/table-wrap";

type Page = ReturnType<typeof getImportsPage>;

/**
 * The upload form. With JavaScript the file is sent on its own first, with a progress bar, and then
 * checked (the check of a large file takes seconds, said in a polite status); without it the form
 * posts the file and the page waits for the report.
 */
export function GrantUploadForm({ csrf, uploadMb, error }: { csrf: string; uploadMb: number; error: Extract<GrantActionResult, { kind: "error" }> | null }) {
  const { t, href } = useLang();
  const submit = useSubmit();
  const checking = useNavigation().state === "submitting";
  const [sending, setSending] = useState<{ fraction: number; bytes: number } | null>(null);
  const [sendFailure, setSendFailure] = useState<string | null>(null);
  const send = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (!file) return; // the browser's own "required" message, or the server's
    event.preventDefault();
    setSendFailure(null);
    setSending({ fraction: 0, bytes: file.size });
    const xhr = new XMLHttpRequest();
    xhr.open("POST", href("/admin/imports/upload"));
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && setSending({ fraction: e.loaded / e.total, bytes: e.total });
    xhr.onload = () => {
      setSending(null);
      const body = xhr.response as { token?: string; fileName?: string; error?: { message?: string } } | null;
      if (xhr.status === 200 && body?.token) submit({ [CSRF_FIELD]: csrf, intent: "check", token: body.token, fileName: body.fileName ?? file.name }, { method: "post" });
      else setSendFailure(body?.error?.message ?? t("imports.sendFailed"));
    };
    xhr.onerror = () => {
      setSending(null);
      setSendFailure(t("imports.sendFailed"));
    };
    xhr.send(new FormData(form));
  };
  // Announced in tenths, so a screen reader is not flooded.
  const percent = sending ? Math.floor(sending.fraction * 10) * 10 : 0;
  const mb = sending ? (sending.bytes / 2 ** 20).toFixed(1) : "";
  return (
    <section aria-labelledby="grant-upload-heading">
      <h2 id="grant-upload-heading">{t("imports.uploadHeading")}</h2>
      {sendFailure ? (
        <UploadErrorSummary heading={t("imports.errorHeading")} message={`${sendFailure} ${t("imports.nothingChanged")}`} detail="" />
      ) : error ? (
        <UploadErrorSummary heading={t("imports.errorHeading")} message={`${t(error.errorKey)} ${t("imports.nothingChanged")}`} detail={error.detail} />
      ) : null}
      <Form method="post" encType="multipart/form-data" onSubmit={send}>
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <FileField id="grant-file" label={t("imports.fileLabel")} hint={t("imports.fileHint", { mb: uploadMb })} accept=".json,.csv,.xlsx,application/json,text/csv" invalid={error !== null || sendFailure !== null} />
        <button type="submit" disabled={checking || sending !== null}>
          {t("imports.check")}
        </button>
        {sending ? (
          <p>
            <label htmlFor="grant-upload-progress">{t("imports.sendingLabel")}</label>{" "}
            <progress id="grant-upload-progress" max={1} value={sending.fraction} />
          </p>
        ) : null}
        <p role="status" className="hint">
          {sending ? t("imports.sending", { percent, mb }) : checking ? t("imports.checkingLarge") : ""}
        </p>
      </Form>
    </section>
  );
}

function Counts({ r }: { r: GrantImportReport }) {
  const { t, lang } = useLang();
  const n = (v: number) => v.toLocaleString(lang === "cy" ? "cy-GB" : "en-GB");
  const rows: [string, number][] = [
    ["read", r.read.grantsRead],
    ["welsh", r.welsh],
    ["notWelsh", r.skipped.notWelsh],
    ["invalid", r.problemCount],
    ["unclassified", r.unclassified],
    ["ukDates", r.read.ukDates],
    ["swapped", r.read.swappedLocations],
    ...(Object.entries(r.counts) as [string, number][]),
  ];
  return (
    <table className="report-table">
      <tbody>
        {rows.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{t(`imports.rows.${key}`)}</th>
            <td className="num">{n(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Lines({ heading, lines }: { heading: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul lang="en">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** The importer's reasons for where a grant is placed (`placeGrant`), as catalogue keys under imports.placed. */
const PLACED_KEYS: Record<PlacementReason, string> = {
  "beneficiary W92000004: Wales-wide, all 22 authorities": "walesWide",
  "beneficiary W06 code": "code",
  "beneficiary ward/LSOA/MSOA code": "smallArea",
  "beneficiary authority name": "name",
  "beneficiary lat/long": "point",
  "beneficiary in Wales, authority not known": "unknownInWales",
  "recipient address only": "recipient",
  "no Welsh location": "notWelsh",
};

/** The dry run's report, and the confirmation (with the choice to leave out rows with problems). */
export function GrantCheckReport({ result, csrf }: { result: Extract<GrantActionResult, { kind: "checked" }>; csrf: string }) {
  const { t, lang } = useLang();
  const r = result.report;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="grant-report-heading">
      <h2 id="grant-report-heading" tabIndex={-1} ref={heading}>
        {t("imports.reportHeading", { file: result.fileName })}
      </h2>
      <p>{t("imports.noteDryRun")}</p>
      <Counts r={r} />
      <h3>{t("imports.placedHeading")}</h3>
      <ul>
        {Object.entries(r.placedBy).map(([reason, count]) => (
          <li key={reason}>
            {reason in PLACED_KEYS ? t(`imports.placed.${PLACED_KEYS[reason as PlacementReason]}`) : <span lang="en">{reason}</span>}: {count.toLocaleString(lang === "cy" ? "cy-GB" : "en-GB")}
          </li>
        ))}
      </ul>
      {r.placedBy["recipient address only"] ? <p className="note">{t("imports.headOffice")}</p> : null}
      {r.read.unknownColumns.length ? <p className="note">{t("imports.unknownColumns", { columns: r.read.unknownColumns.join(", ") })}</p> : null}
      <Lines heading={t("imports.mergesHeading")} lines={r.merges.map((m) => `“${m.name}” → “${m.into}” (${m.evidence})`)} />
      <Lines heading={t("imports.conflictsHeading")} lines={r.conflicts.map((c) => `${c.identifier}: ${c.reason}`)} />
      <Lines heading={t("imports.problemsHeading", { count: r.problemCount })} lines={r.problems.map((p) => p.message)} />
      <Form method="post">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <input type="hidden" name="intent" value="import" />
        <input type="hidden" name="token" value={result.token} />
        <input type="hidden" name="fileName" value={result.fileName} />
        {r.problemCount > 0 ? (
          <div className="field checkbox">
            <input id="skip-invalid" type="checkbox" name="skipInvalid" value="1" />
            <label htmlFor="skip-invalid">{t("imports.skipInvalid")}</label>
          </div>
        ) : null}
        <button type="submit">{t("imports.confirm")}</button> <a href="">{t("imports.cancel")}</a>
      </Form>
    </section>
  );
}

/** Every import, with its records and a roll-back for the applied ones. */
export function ImportList({ data }: { data: Page }) {
  const { t, href } = useLang();
  if (data.imports.length === 0) return <p>{t("imports.none")}</p>;
  return (
    <div>
      <TableWrap label={t("imports.listHeading")}>
      <table>
        <caption>{t("imports.listHeading")}</caption>
        <thead>
          <tr>
            {(["file", "by", "when", "grants", "awards", "status"] as const).map((c) => (
              <th key={c} scope="col">
                {t(`imports.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.imports.map((i) => (
            <tr key={i.id}>
              <th scope="row" lang="en">
                {i.fileName} <Link to={href("/admin/imports", { import: i.id })}>{t("imports.showRecords")}</Link>
              </th>
              <td>{i.email ?? t("imports.commandLine")}</td>
              <td>{i.importedAt.slice(0, 16).replace("T", " ")}</td>
              <td className="num">{i.report?.welsh ?? ""}</td>
              <td className="num">{i.publishedAwards}</td>
              <td>
                {t(`imports.status.${i.status}`)}
                {i.status === "applied" ? (
                  <Form method="post">
                    <input type="hidden" name={CSRF_FIELD} value={data.csrf} />
                    <input type="hidden" name="intent" value="rollback" />
                    <input type="hidden" name="importId" value={i.id} />
                    <button type="submit" className="secondary" aria-describedby="rollback-hint">
                      {t("imports.rollback")}
                    </button>
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableWrap>
      <p id="rollback-hint" className="hint">
        {t("imports.rollbackHint")}
      </p>
    </div>
  );
}
