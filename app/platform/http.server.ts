import { data } from "@remix-run/node";
import { langFromSearch, tFor, type Lang } from "../i18n";
import { translateRef, type MessageRef } from "../i18n/message-ref";

/**
 * An error the visitor caused, never a 500: a bad parameter or form (400), a forbidden action or
 * failed CSRF check (403), an unknown record (404), a method the address does not answer (405,
 * with Allow in `headers`), a body that is too large (413) or not a form (415), too many attempts
 * (429, with Retry-After in `headers`).
 */
export class HttpError extends Error {
  constructor(
    public readonly status: 400 | 403 | 404 | 405 | 413 | 415 | 429,
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
  } catch (thrown) {
    const error = asHttpError(thrown);
    if (error) return Response.json({ error: { status: error.status, message: error.message } }, { status: error.status, headers: error.headers });
    throw thrown;
  }
}

/**
 * An HttpError, or the error answer a nested `page()` made of one (a `data()` thrown with a 4xx
 * status and a message), as an HttpError again; else undefined. A resource route must answer
 * these itself: Remix would turn a thrown `data()` into `{"message":"Unexpected Server Error"}`.
 */
export function asHttpError(thrown: unknown): HttpError | undefined {
  if (thrown instanceof HttpError) return thrown;
  const d = thrown as { type?: unknown; data?: { message?: unknown; ref?: MessageRef }; init?: ResponseInit | null } | null;
  const status = d?.init?.status;
  if (d?.type !== "DataWithResponseInit" || typeof status !== "number" || status < 400 || status > 499 || typeof d.data?.message !== "string") return undefined;
  return new HttpError(status as HttpError["status"], d.data.message, Object.fromEntries(new Headers(d.init?.headers)), d.data.ref);
}

/**
 * Runs a download body returning a Response; an HttpError becomes a plain-text error.
 */
export async function download(body: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    const httpError = asHttpError(error);
    if (httpError) return textError(httpError);
    throw error;
  }
}

/**
 * The language a request's address asks for (`?lang=cy`), English for none or an unknown one: for
 * messages written before (or without) a RequestContext.
 */
export function langOfRequest(request: Request): Lang {
  return langFromSearch(new URL(request.url).searchParams) ?? "en";
}

/**
 * An HttpError as a plain-text answer with its status and headers: the message in `lang` when it
 * came from the catalogue, else as written.
 *
 * @example
 * textError(HttpError.translated(403, "errors.crossOrigin", { origin: "https://evil.example" }), "cy")
 */
export function textError(error: HttpError, lang: Lang = "en"): Response {
  const message = error.ref ? translateRef(tFor(lang), error.ref) : error.message;
  return new Response(message, { status: error.status, headers: { ...error.headers, "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * The 405 for a method a resource route does not answer (its `action` when it only serves GET):
 * JSON under /api, plain text elsewhere, with an Allow header.
 *
 * @example
 * export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "json");
 */
export function onlyGet(request: Request, format: "json" | "text"): Response {
  const error = HttpError.translated(405, "errors.methodNotAllowed", { allowed: "GET", method: request.method });
  const withAllow = new HttpError(405, error.message, { Allow: "GET, HEAD" }, error.ref);
  if (format === "text") return textError(withAllow, langOfRequest(request));
  return Response.json({ error: { status: 405, message: error.message } }, { status: 405, headers: withAllow.headers });
}
