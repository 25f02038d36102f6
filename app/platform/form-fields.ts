/**
 * Names of the hidden fields the security checks read, shared by server code and components
 * (components cannot import *.server.ts modules).
 */

/** The hidden field carrying the CSRF token in every form that changes something. */
export const CSRF_FIELD = "csrf";

/**
 * The honeypot: a text field hidden from people (visually and from assistive technology) that
 * form-filling bots tend to complete. Render it with `autoComplete="off"` and `tabIndex={-1}`.
 */
export const HONEYPOT_FIELD = "website_url";
