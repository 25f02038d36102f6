/**
 * What the forms share between the server and the browser (components cannot import *.server.ts
 * modules): the names of the hidden fields the security checks read, and the text rules every
 * form applies to email addresses, web addresses, and names and titles.
 */

/** The hidden field carrying the CSRF token in every form that changes something. */
export const CSRF_FIELD = "csrf";

/**
 * The honeypot: a text field hidden from people (visually and from assistive technology) that
 * form-filling bots tend to complete. Render it with `autoComplete="off"` and `tabIndex={-1}`.
 */
export const HONEYPOT_FIELD = "website_url";

/**
 * An email address as every form takes it (account and contact emails alike): letters, digits and
 * `_ ' + - .` before the "@" (no leading, trailing or doubled dot), then a domain with a
 * letters-only top level. Nothing that would add parameters or headers to a `mailto:` link
 * (`? & % # =`, spaces, a second "@", a "mailto:" prefix) can get through.
 *
 * @example
 * EMAIL.test("o'brien+wales@alpha.org.uk") // true
 * EMAIL.test("info?cc=everyone@alpha.org")  // false
 */
export const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+.-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

/**
 * A `mailto:` link for a stored address, each side of the last "@" percent-encoded, so an address
 * stored before the rules above still cannot open a query (`?cc=…`, `&subject=…`) or a fragment.
 *
 * @example
 * mailtoHref("first+wales@alpha.org") // "mailto:first%2Bwales@alpha.org"
 */
export function mailtoHref(email: string): string {
  const at = email.lastIndexOf("@");
  const [local, domain] = at < 0 ? [email, ""] : [email.slice(0, at), email.slice(at + 1)];
  return `mailto:${encodeURIComponent(local)}${at < 0 ? "" : `@${encodeURIComponent(domain)}`}`;
}

/**
 * A web address in the form it is stored: `new URL(value).href` (lower-case scheme and host,
 * punycode, dot segments resolved, percent-encoding), or null when it is not an http(s) address
 * with a dotted host and no user name or password (credentials, as in
 * "https://trusted.org@elsewhere.example", only serve to mislead).
 *
 * @example
 * normaliseWebsite("HTTPS://Alpha.Example.ORG") // "https://alpha.example.org/"
 * normaliseWebsite("javascript:alert(1)")       // null
 */
export function normaliseWebsite(value: string): string | null {
  if (/\s/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const ok = (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") && !url.username && !url.password;
  return ok ? url.href : null;
}

/**
 * Invisible formatting characters (Unicode category Cf): the bidirectional controls (U+061C,
 * U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) that can make a name read backwards or hide part
 * of it, zero-width spaces and joiners, the soft hyphen, tag characters. None belongs in a name or
 * a title, where they only serve to make two different names look the same.
 */
export const INVISIBLE_FORMAT = /\p{Cf}/u;
