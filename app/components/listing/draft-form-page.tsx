import type { SubmissionResult } from "@conform-to/react";
import { Link } from "@remix-run/react";
import { AwardForm, OrganisationForm, ProjectForm, type FormChoices } from "~/components/record-forms";
import { useLang } from "~/components/use-lang";
import type { FormValues } from "~/listing/form-values";

interface DraftFormData {
  csrf: string;
  draftId: number | null;
  part: "organisation" | "project" | "award";
  isNew: boolean;
  organisationName: string | null;
  defaultValue?: FormValues;
  choices: FormChoices;
}

/**
 * One form of a listing being written (its organisation, a project, some funding): saving it keeps
 * it in the draft and goes back to the listing's task list. A new listing starts here, with its
 * organisation, and says what the steps are.
 */
export function DraftFormPage({ page: d, lastResult }: { page: DraftFormData; lastResult: SubmissionResult<string[]> | null | undefined }) {
  const { t, href } = useLang();
  const name = d.organisationName ?? "";
  const title =
    d.part === "organisation" ? t("listing.organisationFormTitle") : d.part === "project" ? t("listing.projectFormTitle", { name }) : t("listing.awardFormTitle", { name });
  const props = { lastResult, defaultValue: d.defaultValue, choices: d.choices, csrf: d.csrf, submitLabel: t("listing.saveAndContinue") };
  return (
    <div>
      {d.draftId !== null ? (
        <p className="breadcrumb">
          <Link to={href(`/account/listings/${d.draftId}`)}>{t("listing.backToDraft")}</Link>
        </p>
      ) : null}
      <h1>{d.draftId === null ? t("listing.startTitle") : title}</h1>
      {d.draftId === null ? (
        <>
          <p>{t("listing.intro")}</p>
          <ol>
            <li>{t("listing.steps.organisation")}</li>
            <li>{t("listing.steps.projects")}</li>
            <li>{t("listing.steps.awards")}</li>
            <li>{t("listing.steps.send")}</li>
          </ol>
          <h2>{title}</h2>
        </>
      ) : null}
      {d.part === "project" ? <p className="hint">{t("listing.projectHint")}</p> : null}
      {d.part === "award" ? <p className="hint">{t("listing.awardHint")}</p> : null}
      {d.part === "organisation" ? (
        <OrganisationForm {...props} />
      ) : d.part === "project" ? (
        <ProjectForm {...props} />
      ) : (
        <AwardForm {...props} />
      )}
    </div>
  );
}
