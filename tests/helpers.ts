/** Small helpers shared by the unit and route tests. */
import { HttpError } from "../app/platform/http.server";

/**
 * The HttpError a call throws (any other error is rethrown; no error fails the test).
 *
 * @example
 * expect(httpErrorOf(() => requireAuthority(ctx, "W06000007")).status).toBe(404);
 */
export function httpErrorOf(call: () => unknown): HttpError {
  try {
    call();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error("Expected an HttpError");
}

/**
 * A Set-Cookie value as its name=value first, then its attributes sorted, so tests do not depend
 * on the order a cookie library writes them in.
 *
 * @example
 * cookieParts("a=1; Secure; Path=/") // ["a=1", "Path=/", "Secure"]
 */
export function cookieParts(setCookie: string): string[] {
  const [first, ...rest] = setCookie.split("; ");
  return [first, ...rest.sort()];
}
