import { data } from "@remix-run/node";

/**
 * An error the visitor caused, never a 500: a bad parameter or form (400), a forbidden action or
 * failed CSRF check (403), an unknown record (404), too many attempts (429, with Retry-After in
 * `headers`).
 */
export class HttpError extends Error {
  constructor(
    public readonly status: 400 | 403 | 404 | 429,
    message: string,
    public readonly headers: Record<string, string> = {},
  ) {
    super(message);
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
    if (error instanceof HttpError) throw data({ message: error.message }, { status: error.status, headers: error.headers });
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
