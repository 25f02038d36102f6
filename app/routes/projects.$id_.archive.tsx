import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { handleStatusChange, requireProject } from "~/listing/editor.server";
import { page } from "~/platform/http.server";

/** POST: ask to archive this project (hidden, never deleted; a moderator can restore it). */
export const action = ({ request, params }: ActionFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    const project = requireProject(ctx, params.id ?? "");
    return handleStatusChange(ctx, request, { entity: "project", entityId: project.id, organisationId: project.organisationId, action: "archive" });
  });

export const loader = ({ params }: ActionFunctionArgs) => redirect(`/projects/${params.id ?? ""}`);
