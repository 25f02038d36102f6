/**
 * The honeypot: a field people never see, so anything typed into it came from a bot. Routes
 * that find it filled do nothing and answer with their ordinary generic failure (or success)
 * message, never a special one, so the bot learns nothing.
 */
import { HONEYPOT_FIELD } from "./form-fields";

export { HONEYPOT_FIELD } from "./form-fields";

/**
 * Whether the hidden honeypot field was filled in.
 *
 * @example
 * if (isHoneypotTripped(form)) return redirect("/");
 */
export function isHoneypotTripped(formData: FormData): boolean {
  const value = formData.get(HONEYPOT_FIELD);
  if (value === null) return false;
  return typeof value === "string" ? value.trim() !== "" : value.size > 0 || value.name !== "";
}
