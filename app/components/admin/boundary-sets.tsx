import { Form } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { CSRF_FIELD } from "~/platform/form-fields";
import type { BoundaryActionResult, BoundaryCheck, getBoundariesPage } from "~/coverage/boundary-admin.server";
import { useLang } from "../use-lang";
import { FileField, UploadErrorSummary } from "./upload-parts";
import { TableWrap } from "~/components/table-wrap";

type Sets = ReturnType<typeof getBoundariesPage>["sets"];
type ErrorResult = Extract<BoundaryActionResult, { kind: "error" }>;

function TextInput({ name, label, hint, value }: { name: string; label: string; hint: string; value: string }) {
  return (
    <div className="field">
      <label htmlFor={`boundary-${name}`}>{label}</label>
      <p id={`boundary-${name}-hint`} className="hint">
        {hint}
      </p>
      <input id={`boundary-${name}`} name={name} type="text" defaultValue={value} maxLength={name === "name" ? 200 : 500} aria-describedby={`boundary-${name}-hint`} />
    </div>
  );
}

/** The upload form: the file and what the licence asks to be said about it; a fault is summarised first and focused. */
export function BoundaryUploadForm({ csrf, uploadMb, error }: { csrf: string; uploadMb: number; error: ErrorResult | null }) {
  const { t } = useLang();
  const values = error?.values ?? { name: "", licence: "", attribution: "" };
  return (
    <section aria-labelledby="boundary-import-heading">
      <h2 id="boundary-import-heading">{t("boundaries.importHeading")}</h2>
      {error ? <UploadErrorSummary heading={t("boundaries.errorHeading")} message={`${t(error.errorKey)} ${t("boundaries.nothingChanged")}`} detail={error.detail} /> : null}
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <FileField id="boundary-file" label={t("boundaries.fileLabel")} hint={t("boundaries.fileHint", { mb: uploadMb })} accept=".geojson,.json,.topojson,application/geo+json,application/json" invalid={error !== null} />
        <TextInput name="name" label={t("boundaries.nameLabel")} hint={t("boundaries.nameHint")} value={values.name} />
        <TextInput name="licence" label={t("boundaries.licenceLabel")} hint={t("boundaries.licenceHint")} value={values.licence} />
        <TextInput name="attribution" label={t("boundaries.attributionLabel")} hint={t("boundaries.attributionHint")} value={values.attribution} />
        <button type="submit">{t("boundaries.check")}</button>
      </Form>
    </section>
  );
}

/** The dry run's report, and the confirmation that imports the checked file. */
export function BoundaryCheckReport({ check, csrf }: { check: BoundaryCheck; csrf: string }) {
  const { t, lang } = useLang();
  const r = check.report;
  const n = (v: number, digits = 0) => v.toLocaleString(lang === "cy" ? "cy-GB" : "en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="boundary-report-heading">
      <h2 id="boundary-report-heading" tabIndex={-1} ref={heading}>
        {t("boundaries.reportHeading", { file: check.fileName })}
      </h2>
      <p>{t("boundaries.reportRead", { read: r.featuresRead, outside: r.featuresOutsideWales, code: r.codeProperty, crs: r.crs, crsSource: r.crsSource })}</p>
      <p>{t("boundaries.reportVertices", { vertices: n(r.vertices), display: n(r.displayVertices) })}</p>
      {r.warnings.length > 0 ? (
        <>
          <h3>{t("boundaries.warnings")}</h3>
          <ul lang="en">
            {r.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
      <TableWrap label={t("boundaries.areasHeading")}>
        <table>
          <caption>{t("boundaries.areasHeading")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("boundaries.areaColumns.authority")}</th>
              <th scope="col" className="num">{t("boundaries.areaColumns.area")}</th>
              <th scope="col" className="num">{t("boundaries.areaColumns.reference")}</th>
              <th scope="col" className="num">{t("boundaries.areaColumns.difference")}</th>
            </tr>
          </thead>
          <tbody>
            {r.areaDifferences.map((a) => (
              <tr key={a.gss}>
                <th scope="row">{a.nameEn}</th>
                <td className="num">{n(a.areaKm2, 1)}</td>
                <td className="num">{n(a.referenceKm2)}</td>
                <td className="num">{`${a.differencePct >= 0 ? "+" : "−"}${n(Math.abs(a.differencePct), 2)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <Form method="post">
        <input type="hidden" name={CSRF_FIELD} value={csrf} />
        <input type="hidden" name="intent" value="import" />
        {(["token", "fileName", "name", "licence", "attribution"] as const).map((k) => (
          <input key={k} type="hidden" name={k} value={check[k]} />
        ))}
        <p className="hint">{t("boundaries.confirmHint")}</p>
        <button type="submit">{t("boundaries.confirm")}</button> <a href="">{t("boundaries.cancel")}</a>
      </Form>
    </section>
  );
}

/** Every set held: the active one marked, the others with a button to switch back to them. */
export function BoundarySetTable({ sets, csrf }: { sets: Sets; csrf: string }) {
  const { t, lang } = useLang();
  return (
    <section aria-labelledby="boundary-sets-heading">
      <h2 id="boundary-sets-heading">{t("boundaries.setsHeading")}</h2>
      <TableWrap label={t("boundaries.setsHeading")}>
        <table>
          <thead>
            <tr>
              {(["name", "source", "licence", "loaded", "by", "area", "status"] as const).map((c) => (
                <th key={c} scope="col" className={c === "area" ? "num" : undefined}>
                  {t(`boundaries.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sets.map((s) => (
              <tr key={s.id}>
                <th scope="row" lang="en">{s.name}</th>
                <td>{s.source === "seed" ? t("boundaries.seed") : <span lang="en">{s.source}</span>}</td>
                <td lang="en">
                  {s.licence === "not stated" ? <span lang={lang}>{t("boundaries.notStated")}</span> : s.licence}. {s.attribution}
                </td>
                <td>{s.loadedAt.slice(0, 10)}</td>
                <td>{s.importedByEmail ?? (s.source === "seed" ? t("boundaries.seed") : t("boundaries.commandLine"))}</td>
                <td className="num">{Math.round(s.totalAreaKm2).toLocaleString(lang === "cy" ? "cy-GB" : "en-GB")} km²</td>
                <td>
                  {s.active ? (
                    <strong>{t("boundaries.active")}</strong>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name={CSRF_FIELD} value={csrf} />
                      <input type="hidden" name="intent" value="activate" />
                      <input type="hidden" name="setId" value={s.id} />
                      <button type="submit" className="secondary" aria-label={`${t("boundaries.activate")}: ${s.name}`}>
                        {t("boundaries.activate")}
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
