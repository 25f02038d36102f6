import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { handleStatusChange, requireOrganisation } from "~/listing/editor.server";
import { formAction } from "~/platform/forms.server";
import { pathSegment } from "~/platform/params.server";
import { safeRedirect } from "~/platform/request.server";

/** POST: ask to archive this organisation (hidden, never deleted; a moderator can restore it). */
export const action = ({ request, params }: ActionFunctionArgs) =>
  formAction(
    request,
    () => {
      const ctx = contextOf(request);
      const organisation = requireOrganisation(ctx, params.slug ?? "");
      return handleStatusChange(ctx, request, { entity: "organisation", entityId: organisation.id, organisationId: organisation.id, action: "archive" });
    },
    { resource: true },
  );

export const loader = ({ params }: ActionFunctionArgs) => redirect(safeRedirect(`/organisations/${pathSegment(params.slug ?? "")}`));
