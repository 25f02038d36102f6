import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { contextOf } from "~/platform/context.server";
import { handleStatusChange, requireOrganisation } from "~/listing/editor.server";
import { page } from "~/platform/http.server";

/** POST: ask to archive this organisation (hidden, never deleted; a moderator can restore it). */
export const action = ({ request, params }: ActionFunctionArgs) =>
  page(() => {
    const ctx = contextOf(request);
    const organisation = requireOrganisation(ctx, params.slug ?? "");
    return handleStatusChange(ctx, request, { entity: "organisation", entityId: organisation.id, organisationId: organisation.id, action: "archive" });
  });

export const loader = ({ params }: ActionFunctionArgs) => redirect(`/organisations/${params.slug ?? ""}`);
