import { Form, Link, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { CSRF_FIELD } from "~/platform/form-fields";
import type { GrantActionResult, getImportsPage } from "~/funding/grant-admin.server";
import type { GrantImportReport } from "~/funding/grant-import.server";
import { useLang } from "../use-lang";
import { FileField, UploadErrorSummary } from "./upload-parts";

type Page = ReturnType<typeof getImportsPage>;

/** The upload form; while the file is read, a polite status says so. */
export function GrantUploadForm({ csrf, uploadMb, error }: { csrf: string; uploadMb: number; error: Extract<GrantActionResult, { kind: "error" }> | null }) {
  const { t } = useLang();
  const busy = useNavigation().state === "submitting";
  return (
    <section aria-labelledby="grant-upload-heading">
      <h2 id="grant-upload-heading">{t("imports.uploadHeading")}</h2>
      {error ? <UploadErrorSummary heading={t("imports.errorHeading")} message={`${t(error.errorKey)} ${t("imports.nothingChanged")}`} detail={error.detail} /> : null}
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <FileField id="grant-file" label={t("imports.fileLabel")} hint={t("imports.fileHint", { mb: uploadMb })} accept=".json,.csv,.xlsx,application/json,text/csv" invalid={error !== null} />
        <button type="submit" disabled={busy}>
          {t("imports.check")}
        </button>
        <p role="status" className="hint">
          {busy ? t("imports.checking") : ""}
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

/** The dry run's report, and the confirmation (with the choice to leave out rows with problems). */
export function GrantCheckReport({ result, csrf }: { result: Extract<GrantActionResult, { kind: "checked" }>; csrf: string }) {
  const { t } = useLang();
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
      <Lines heading={t("imports.placedHeading")} lines={Object.entries(r.placedBy).map(([k, v]) => `${k}: ${v}`)} />
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
    <div className="table-wrap">
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
      <p id="rollback-hint" className="hint">
        {t("imports.rollbackHint")}
      </p>
    </div>
  );
}
