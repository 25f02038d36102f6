import { CSRF_FIELD } from "~/platform/form-fields";
import { Form } from "@remix-run/react";
import { useLang } from "./use-lang";

/** "Ask to archive": a POST (with the session's anti-forgery token) to the record's archive action. */
export function ArchiveButton({ action, csrf }: { action: string; csrf: string | null }) {
  const { t, href } = useLang();
  return (
    <Form method="post" action={href(action)} className="inline-form">
      <input type="hidden" name={CSRF_FIELD} value={csrf ?? ""} />
      <button type="submit" className="link-button">
        {t("account.archive")}
      </button>
    </Form>
  );
}
