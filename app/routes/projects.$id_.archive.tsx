import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { handleStatusChange, requireProject } from "~/listing/editor.server";
import { formAction } from "~/platform/forms.server";
import { pathSegment } from "~/platform/params.server";
import { safeRedirect } from "~/platform/request.server";

/** POST: ask to archive this project (hidden, never deleted; a moderator can restore it). */
export const action = ({ request, params }: ActionFunctionArgs) =>
  formAction(
    request,
    () => {
      const ctx = contextOf(request);
      const project = requireProject(ctx, params.id ?? "");
      return handleStatusChange(ctx, request, { entity: "project", entityId: project.id, organisationId: project.organisationId, action: "archive" });
    },
    { resource: true },
  );

export const loader = ({ params }: ActionFunctionArgs) => redirect(safeRedirect(`/projects/${pathSegment(params.id ?? "")}`));
