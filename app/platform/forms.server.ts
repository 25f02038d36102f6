/**
 * The one door every form action goes through (`formAction`), before the route's own code runs:
 *
 * 1. the Origin check (403): a form posted from another site is refused before anything else;
 * 2. the body's type (415): only `application/x-www-form-urlencoded`, or `multipart/form-data` on
 *    the routes that take uploads;
 * 3. the body's shape (400): a form body that cannot be read.
 *
 * The route then reads the form as before (`request.formData()`, or the upload reader): the
 * check reads a clone, so the body is still there. Upload bodies are not read here, as the upload
 * reader streams them to disk and answers a broken one itself.
 */
import { asHttpError, HttpError, langOfRequest, page, textError } from "./http.server";
import { originMatches } from "./request.server";

const URLENCODED = "application/x-www-form-urlencoded";
const MULTIPART = "multipart/form-data";

export interface FormActionOptions {
  /** The route takes file uploads: multipart bodies are accepted and left to its upload reader. */
  uploads?: boolean;
  /** The route has no page of its own (a resource route): errors answer as plain text. */
  resource?: boolean;
}

/**
 * The media type of a Content-Type header, lower case and without parameters ("" when absent).
 *
 * @example
 * mediaTypeOf("Multipart/Form-Data; boundary=x") // "multipart/form-data"
 */
export function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * Throws the 403 for a request whose Origin (or Sec-Fetch-Site) says it came from another site.
 *
 * @example
 * refuseCrossOrigin(request) // throws for Origin: https://evil.example
 */
export function refuseCrossOrigin(request: Request): void {
  if (originMatches(request)) return;
  const origin = request.headers.get("Origin") ?? request.headers.get("Sec-Fetch-Site") ?? "";
  throw HttpError.translated(403, "errors.crossOrigin", { origin });
}

/**
 * Throws the 415 for a body that is not a form (or is multipart where no upload is taken) and the
 * 400 for a form body that cannot be parsed.
 *
 * @example
 * await checkFormBody(request, { uploads: false })
 */
export async function checkFormBody(request: Request, { uploads = false }: Pick<FormActionOptions, "uploads"> = {}): Promise<void> {
  const type = mediaTypeOf(request.headers.get("Content-Type"));
  const accepted = uploads ? [URLENCODED, MULTIPART] : [URLENCODED];
  if (!accepted.includes(type)) {
    throw HttpError.translated(415, "errors.notAForm", { accepted: accepted.join(", "), type: type || { $t: "errors.noContentType" } });
  }
  if (type === MULTIPART) return;
  try {
    await request.clone().formData();
  } catch {
    throw HttpError.translated(400, "errors.unreadableForm");
  }
}

/**
 * Both checks in order, Origin first (403), then the body (415/400): for an action that answers
 * JSON through `api()` instead of `formAction`.
 *
 * @example
 * export const action = ({ request }) => api(async () => { await checkFormRequest(request, { uploads: true }); return receive(request); });
 */
export async function checkFormRequest(request: Request, options: Pick<FormActionOptions, "uploads"> = {}): Promise<void> {
  refuseCrossOrigin(request);
  await checkFormBody(request, options);
}

/**
 * Runs a route's action body after the Origin and body checks. On a page route an HttpError
 * becomes the error page (as `page` does); on a resource route (`resource: true`) it becomes a
 * plain-text answer with its status, in the page's language.
 *
 * @example
 * export const action = ({ request }: ActionFunctionArgs) => formAction(request, () => handleReview(contextOf(request), request));
 * export const action = ({ request }: ActionFunctionArgs) => formAction(request, () => handleImportsAction(contextOf(request), request), { uploads: true });
 */
export async function formAction<T>(request: Request, body: () => T | Promise<T>, options: FormActionOptions = {}): Promise<T> {
  const run = async () => {
    await checkFormRequest(request, options);
    return body();
  };
  if (!options.resource) return page(run);
  try {
    return await run();
  } catch (error) {
    const httpError = asHttpError(error);
    if (httpError) throw textError(httpError, langOfRequest(request));
    throw error;
  }
}
