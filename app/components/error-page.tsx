import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { translateRef, type MessageRef } from "~/i18n/message-ref";
import { useLang } from "./use-lang";

/** The one error view every route's ErrorBoundary renders: a 4xx with its message, or 500. */
export function ErrorPage() {
  const error = useRouteError();
  const { t, href } = useLang();
  let title = t("errors.serverTitle");
  let message = t("errors.server");
  let status = 500;
  if (isRouteErrorResponse(error)) {
    status = error.status;
    // A page's error carries { message, ref }; a resource route's (an archive button's) is its text.
    const body = (typeof error.data === "object" && error.data ? error.data : {}) as { message?: unknown; ref?: MessageRef };
    const text = typeof error.data === "string" && error.data !== "" ? error.data : undefined;
    const detail = body.ref ? translateRef(t, body.ref) : body.message !== undefined ? String(body.message) : text;
    if (error.status === 404) {
      title = t("errors.notFoundTitle");
      message = detail ?? t("errors.notFound");
    } else if (error.status === 400) {
      title = t("errors.badRequestTitle");
      message = detail ?? title;
    } else if (error.status === 403) {
      title = t("errors.forbiddenTitle");
      message = detail ?? t("auth.forbidden");
    } else if (error.status === 429) {
      title = t("errors.tooManyTitle");
      message = detail ?? t("auth.rateLimited");
    } else if (error.status === 405 || error.status === 413 || error.status === 415) {
      title = t("errors.requestTitle");
      message = detail ?? title;
    }
  }
  return (
    <div className="error-page" data-status={status}>
      <h1>{title}</h1>
      <p role="alert">{message}</p>
      <p>
        <Link to={href("/")}>{t("errors.backHome")}</Link>
      </p>
    </div>
  );
}
