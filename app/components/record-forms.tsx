import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import type { z } from "zod";
import type { FeatureCollection, Geometry } from "geojson";
import { lazy, Suspense, useState } from "react";
import { ClientOnly } from "./client-only";
import { PlaceSearch } from "./map/place-search";
import { FUNDER_KINDS, ORGANISATION_KINDS } from "../../db/enums";
import { AMOUNT_PERIODS } from "~/listing/record-types";
import { awardInputSchema, organisationInputSchema, projectInputSchema } from "~/listing/form-schemas";
import { type FormValues } from "~/listing/form-values";
import { CheckboxGroup, CsrfField, ErrorSummary, Honeypot, SelectField, TextField } from "./form-fields";
import { useLang } from "./use-lang";

/**
 * The three listing forms (organisation, project, funding award). Validated in the browser for quick
 * feedback and again on the server (the same zod schemas); on an error the server's reply keeps
 * everything that was typed.
 */

export interface FormChoices {
  themes: { id: string; nameEn: string; nameCy: string }[];
  authorities: { gssCode: string; nameEn: string; nameCy: string }[];
  funders: { slug: string; nameEn: string; nameCy: string | null }[];
  projects?: { id: number; titleEn: string; titleCy: string | null }[];
  /** Outlines for the point picker's map. */
  boundaries?: FeatureCollection<Geometry, { gss_code: string }>;
  /** The boundary set's credit, shown on the picker's map. */
  boundaryAttribution?: string;
}

interface Props {
  lastResult: SubmissionResult<string[]> | null | undefined;
  defaultValue?: FormValues;
  choices: FormChoices;
  csrf: string;
  submitLabel: string;
}

type Field = Parameters<typeof TextField>[0]["meta"];
type DatePart = "Precision" | "Date" | "Day" | "Month" | "Year";
/** The ten date fields every form with a start and an end has (see DATE_FIELDS). */
type DateFields = Record<`${"start" | "end"}${DatePart}`, Field>;

const PointPicker = lazy(() => import("./map/point-picker.client"));

const PRECISIONS = ["day", "month", "year", "unknown"] as const;

/** A date with its precision: the exact day, the month, the year only, or not known. */
function DateField({ prefix, fields, legend }: { prefix: "start" | "end"; fields: DateFields; legend: string }) {
  const { t } = useLang();
  const precisionMeta = fields[`${prefix}Precision`];
  const [precision, setPrecision] = useState(String(precisionMeta.initialValue ?? "unknown"));
  const dateMeta = fields[`${prefix}Date`];
  return (
    <fieldset className={`field date-field${dateMeta.errors?.length ? " has-error" : ""}`} id={dateMeta.id}>
      <legend>{legend}</legend>
      {dateMeta.errors?.length ? (
        <p id={dateMeta.errorId} className="field-error">
          {dateMeta.errors.map((e) => t(e)).join(" ")}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={precisionMeta.id}>{t("editor.fields.precision")}</label>
        <select
          id={precisionMeta.id}
          name={precisionMeta.name}
          defaultValue={precision}
          onChange={(e) => setPrecision(e.currentTarget.value)}
          aria-describedby={dateMeta.errors?.length ? dateMeta.errorId : undefined}
        >
          {PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {t(`editor.fields.precisions.${p}`)}
            </option>
          ))}
        </select>
      </div>
      {precision === "day" ? <TextField meta={fields[`${prefix}Day`]} label={t("editor.fields.day")} type="date" /> : null}
      {precision === "month" ? <TextField meta={fields[`${prefix}Month`]} label={t("editor.fields.month")} type="month" hint="YYYY-MM" /> : null}
      {precision === "year" ? <TextField meta={fields[`${prefix}Year`]} label={t("editor.fields.year")} type="number" /> : null}
    </fieldset>
  );
}

/** The end of every listing form: the bot trap, the moderation note and the submit button. */
function FormFooter({ submitLabel }: { submitLabel: string }) {
  const { t } = useLang();
  return (
    <>
      <Honeypot label={t("auth.honeypot")} />
      <p className="hint">{t("editor.moderationNote")}</p>
      <p>
        <button type="submit">{submitLabel}</button>
      </p>
    </>
  );
}

/** Each field's label from the catalogue (`editor.fields.<name>`); the dates' under startDate and endDate. */
function fieldLabels(t: (key: string) => string, names: string[], withDates: boolean): Record<string, string> {
  const labels = Object.fromEntries(names.map((k) => [k, t(`editor.fields.${k}`)]));
  return withDates ? { ...labels, startDate: t("editor.fields.start"), endDate: t("editor.fields.end") } : labels;
}

/** A text in English and its optional Welsh version, each marked with its language. */
function BilingualText({ en, cy, labels, multiline = false }: { en: Field; cy: Field; labels: [string, string]; multiline?: boolean }) {
  const { t } = useLang();
  return (
    <>
      <TextField meta={en} label={labels[0]} multiline={multiline} lang="en" />
      <TextField meta={cy} label={labels[1]} hint={t("editor.welshOptional")} multiline={multiline} lang="cy" />
    </>
  );
}

function useRecordForm<Schema extends z.ZodTypeAny>(id: string, schema: Schema, { lastResult, defaultValue }: Pick<Props, "lastResult" | "defaultValue">) {
  return useForm<z.input<Schema>>({
    id,
    lastResult,
    // Form values are strings (and string lists) keyed by field name: what every schema reads.
    defaultValue: defaultValue as Parameters<typeof useForm<z.input<Schema>>>[0]["defaultValue"],
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
}

export function OrganisationForm({ lastResult, defaultValue, choices, csrf, submitLabel }: Props) {
  const { lang, t } = useLang();
  const schema = organisationInputSchema({ gssCodes: new Set(choices.authorities.map((a) => a.gssCode)) });
  const [form, fields] = useRecordForm("organisation", schema, { lastResult, defaultValue });
  const labels = fieldLabels(t, ["nameEn", "nameCy", "kind", "charityNumber", "companyNumber", "website", "email", "descriptionEn", "descriptionCy", "homeGss"], false);
  return (
    <Form method="post" {...getFormProps(form)} className="form">
      <ErrorSummary form={form} labels={labels} />
      <CsrfField token={csrf} />
      <BilingualText en={fields.nameEn} cy={fields.nameCy} labels={[labels.nameEn, labels.nameCy]} />
      <SelectField meta={fields.kind} label={labels.kind} options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`kinds.organisation.${k}`) }))} />
      <BilingualText en={fields.descriptionEn} cy={fields.descriptionCy} labels={[labels.descriptionEn, labels.descriptionCy]} multiline />
      <SelectField
        meta={fields.homeGss}
        label={labels.homeGss}
        empty={t("common.unknown")}
        options={choices.authorities.map((a) => ({ value: a.gssCode, label: lang === "cy" ? a.nameCy : a.nameEn }))}
      />
      <TextField meta={fields.website} label={labels.website} type="url" />
      <TextField meta={fields.email} label={labels.email} type="email" />
      <TextField meta={fields.charityNumber} label={labels.charityNumber} />
      <TextField meta={fields.companyNumber} label={labels.companyNumber} />
      <FormFooter submitLabel={submitLabel} />
    </Form>
  );
}

export function ProjectForm({ lastResult, defaultValue, choices, csrf, submitLabel }: Props) {
  const { lang, t } = useLang();
  const schema = projectInputSchema({ gssCodes: new Set(choices.authorities.map((a) => a.gssCode)), themeIds: new Set(choices.themes.map((x) => x.id)) });
  const [form, fields] = useRecordForm("project", schema, { lastResult, defaultValue });
  const [areaKind, setAreaKind] = useState(String(fields.areaKind.initialValue ?? "authorities"));
  const label = (k: string) => t(`editor.fields.${k}`);
  const labels = fieldLabels(t, ["titleEn", "titleCy", "descriptionEn", "descriptionCy", "themes", "areaKind", "areaGss", "pointLng", "pointLat", "radiusKm"], true);
  return (
    <Form method="post" {...getFormProps(form)} className="form">
      <ErrorSummary form={form} labels={labels} />
      <CsrfField token={csrf} />
      <BilingualText en={fields.titleEn} cy={fields.titleCy} labels={[labels.titleEn, labels.titleCy]} />
      <BilingualText en={fields.descriptionEn} cy={fields.descriptionCy} labels={[labels.descriptionEn, labels.descriptionCy]} multiline />
      <CheckboxGroup meta={fields.themes} legend={labels.themes} options={choices.themes.map((x) => ({ value: x.id, label: lang === "cy" ? x.nameCy : x.nameEn }))} />
      <fieldset className={`field${fields.areaKind.errors?.length ? " has-error" : ""}`} id={fields.areaKind.id}>
        <legend>{labels.areaKind}</legend>
        {fields.areaKind.errors?.length ? <p className="field-error">{fields.areaKind.errors.map((e) => t(e)).join(" ")}</p> : null}
        <div className="radios">
          {(["wales", "authorities", "point"] as const).map((k) => (
            <label key={k}>
              <input type="radio" name={fields.areaKind.name} value={k} defaultChecked={areaKind === k} onChange={() => setAreaKind(k)} />
              {label(k === "wales" ? "areaWales" : k === "authorities" ? "areaAuthorities" : "areaPoint")}
            </label>
          ))}
        </div>
      </fieldset>
      {areaKind === "authorities" ? (
        <CheckboxGroup
          meta={fields.areaGss}
          legend={labels.areaGss}
          options={choices.authorities.map((a) => ({ value: a.gssCode, label: lang === "cy" ? a.nameCy : a.nameEn }))}
        />
      ) : null}
      {areaKind === "point" ? (
        <fieldset className="field">
          <legend>{label("areaPoint")}</legend>
          <p className="hint">{label("pointHint")}</p>
          <ClientOnly fallback={null}>
            {() => <PlaceSearch inputIds={{ lat: fields.pointLat.id, lng: fields.pointLng.id, radius: fields.radiusKm.id }} />}
          </ClientOnly>
          {choices.boundaries ? (
            <div className="map-frame">
              <ClientOnly fallback={null}>
                {() => (
                  <Suspense fallback={null}>
                    <PointPicker
                      boundaries={choices.boundaries!}
                      attribution={choices.boundaryAttribution ?? ""}
                      inputIds={{ lat: fields.pointLat.id, lng: fields.pointLng.id, radius: fields.radiusKm.id }}
                      label={label("pickOnMap")}
                    />
                  </Suspense>
                )}
              </ClientOnly>
            </div>
          ) : null}
          <TextField meta={fields.pointLat} label={labels.pointLat} type="number" />
          <TextField meta={fields.pointLng} label={labels.pointLng} type="number" />
          <TextField meta={fields.radiusKm} label={labels.radiusKm} type="number" />
        </fieldset>
      ) : null}
      <DateField prefix="start" fields={fields} legend={labels.startDate} />
      <DateField prefix="end" fields={fields} legend={labels.endDate} />
      <FormFooter submitLabel={submitLabel} />
    </Form>
  );
}

export function AwardForm({ lastResult, defaultValue, choices, csrf, submitLabel }: Props) {
  const { lang, t } = useLang();
  const schema = awardInputSchema({
    funderSlugs: new Set(choices.funders.map((x) => x.slug)),
    projectIds: new Set((choices.projects ?? []).map((p) => p.id)),
  });
  const [form, fields] = useRecordForm("award", schema, { lastResult, defaultValue });
  const label = (k: string) => t(`editor.fields.${k}`);
  const labels = fieldLabels(t, ["funderSlug", "newFunderName", "newFunderKind", "programmeEn", "programmeCy", "projectId", "amountPounds", "amountPeriod"], true);
  return (
    <Form method="post" {...getFormProps(form)} className="form">
      <ErrorSummary form={form} labels={labels} />
      <CsrfField token={csrf} />
      <SelectField
        meta={fields.funderSlug}
        label={labels.funderSlug}
        empty="—"
        options={choices.funders.map((x) => ({ value: x.slug, label: lang === "cy" && x.nameCy ? x.nameCy : x.nameEn }))}
      />
      <TextField meta={fields.newFunderName} label={labels.newFunderName} />
      <SelectField meta={fields.newFunderKind} label={labels.newFunderKind} empty="—" options={FUNDER_KINDS.map((k) => ({ value: k, label: t(`kinds.funder.${k}`) }))} />
      <BilingualText en={fields.programmeEn} cy={fields.programmeCy} labels={[labels.programmeEn, labels.programmeCy]} />
      <SelectField
        meta={fields.projectId}
        label={labels.projectId}
        empty={label("wholeOrganisation")}
        options={(choices.projects ?? []).map((p) => ({ value: String(p.id), label: lang === "cy" && p.titleCy ? p.titleCy : p.titleEn }))}
      />
      <TextField meta={fields.amountPounds} label={labels.amountPounds} hint={label("amountHint")} />
      <SelectField meta={fields.amountPeriod} label={labels.amountPeriod} options={AMOUNT_PERIODS.map((k) => ({ value: k, label: t(`editor.fields.periods.${k}`) }))} />
      <DateField prefix="start" fields={fields} legend={labels.startDate} />
      <DateField prefix="end" fields={fields} legend={labels.endDate} />
      <FormFooter submitLabel={submitLabel} />
    </Form>
  );
}
