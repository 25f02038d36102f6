import { data } from "@remix-run/node";
import { tFor } from "../i18n";
import { translateRef, type MessageRef } from "../i18n/message-ref";

/**
 * An error the visitor caused, never a 500: a bad parameter or form (400), a forbidden action or
 * failed CSRF check (403), an unknown record (404), too many attempts (429, with Retry-After in
 * `headers`).
 */
export class HttpError extends Error {
  constructor(
    public readonly status: 400 | 403 | 404 | 413 | 415 | 429,
    message: string,
    public readonly headers: Record<string, string> = {},
    /** The message as a catalogue key, so the error page can show it in the reader's language. */
    public readonly ref?: MessageRef,
  ) {
    super(message);
  }

  /**
   * An error whose message comes from the catalogue: English in `message` (logs, the API), and
   * the key kept so the error page shows it in the page's language.
   *
   * @example
   * HttpError.translated(400, "errors.notArchived", { entity: { $t: "entity.organisation" }, id: 3 })
   * // message "The organisation 3 is not archived"; on a Welsh page "Nid yw'r sefydliad 3 wedi'i archifo"
   */
  static translated(status: HttpError["status"], key: string, values: MessageRef["values"] = {}): HttpError {
    const ref = { key, values };
    return new HttpError(status, translateRef(tFor("en"), ref), {}, ref);
  }
}

/**
 * Runs a page loader body; an HttpError becomes an error response that the route's
 * ErrorBoundary renders with its message.
 *
 * @example
 * export const loader = ({ request }) => page(() => getProfile(request));
 */
export async function page<T>(body: () => T | Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof HttpError) throw data({ message: error.message, ref: error.ref }, { status: error.status, headers: error.headers });
    throw error;
  }
}

/**
 * Runs an API loader body and answers JSON; an HttpError becomes `{ error: { status, message } }`.
 *
 * @example
 * export const loader = ({ request }) => api(() => listAuthoritiesJson(request));
 */
export async function api(body: () => unknown): Promise<Response> {
  try {
    return Response.json(await body(), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof HttpError) {
      return Response.json({ error: { status: error.status, message: error.message } }, { status: error.status, headers: error.headers });
    }
    throw error;
  }
}

/**
 * Runs a download body returning a Response; an HttpError becomes a plain-text error.
 */
export async function download(body: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof HttpError) {
      return new Response(error.message, { status: error.status, headers: { ...error.headers, "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
}
