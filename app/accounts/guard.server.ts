/** The one permission guard every page and action goes through. */
import type { RequestContext } from "../platform/context.server";
import { HttpError } from "../platform/http.server";
import { can, type Action } from "./permissions";
import { requireUser, type CurrentUser } from "./sessions.server";

/**
 * The signed-in user allowed to do `action` (on an organisation's records, when given): a
 * redirect to sign in for an anonymous visitor, a 403 for anyone the permission table refuses.
 *
 * @example
 * const user = requireAllowed(ctx, request, "edit-project", project.organisationId);
 * const moderator = requireAllowed(ctx, request, "review-submissions");
 */
export function requireAllowed(ctx: RequestContext, request: Request, action: Action, organisationId?: number): CurrentUser {
  const user = requireUser(ctx, request);
  if (!can(user, action, organisationId === undefined ? undefined : { organisationId })) throw new HttpError(403, ctx.t("auth.forbidden"));
  return user;
}
