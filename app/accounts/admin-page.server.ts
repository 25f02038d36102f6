import { redirect } from "@remix-run/node";
import { badParam, parseId } from "../platform/params.server";
import { nowIso } from "../platform/clock.server";
import { insertAudit } from "../../db/queries/audit";
import { listOrganisations } from "../../db/queries/organisations";
import { addMembership, getUserById, listUsers, removeMembership, setUserRole } from "../../db/queries/users";
import { ROLES, type Role } from "../../db/enums";
import { requireAllowed } from "./guard.server";
import type { RequestContext } from "../platform/context.server";
import { verifyCsrf } from "../platform/csrf.server";
import { HttpError } from "../platform/http.server";
import { localHref } from "../i18n";

/** Every user with their role and organisations, and the organisations an admin can grant. */
export function getUsersPage(ctx: RequestContext, request: Request) {
  const admin = requireAllowed(ctx, request, "manage-users");
  return {
    csrf: admin.csrfToken,
    selfId: admin.id,
    users: listUsers(ctx.db),
    organisations: listOrganisations(ctx.db).map((o) => ({ id: o.id, nameEn: o.nameEn })),
    saved: ctx.url.searchParams.get("saved") === "1",
  };
}

/** Change a role, or grant or remove an editor's organisation; each change is audited. */
export async function handleUsersAction(ctx: RequestContext, request: Request) {
  const admin = requireAllowed(ctx, request, "manage-users");
  const formData = await request.formData();
  verifyCsrf(request, formData, admin, ctx.t("auth.csrf"));
  const userId = parseId(formData.get("userId"));
  const target = userId === undefined ? undefined : getUserById(ctx.db, userId);
  if (!target) throw new HttpError(404, ctx.t("errors.notFound"));
  const intent = formData.get("intent");
  const at = nowIso();
  const bad = (param: string, value: unknown) => badParam(ctx, param, value);
  ctx.db.transaction(() => {
    if (intent === "role") {
      const role = String(formData.get("role"));
      if (!(ROLES as readonly string[]).includes(role)) throw bad("role", role);
      // An admin cannot demote themselves (so at least one admin always remains).
      if (target.id === admin.id && role !== "admin") throw new HttpError(400, ctx.t("auth.forbidden"));
      setUserRole(ctx.db, target.id, role as Role);
      insertAudit(ctx.db, { at, userId: admin.id, entity: "user", entityId: target.id, action: "update", changes: { role: { before: target.role, after: role } }, submissionId: null });
    } else if (intent === "add-membership" || intent === "remove-membership") {
      const organisationId = Number(formData.get("organisationId"));
      if (!listOrganisations(ctx.db).some((o) => o.id === organisationId)) throw bad("organisationId", formData.get("organisationId"));
      if (intent === "add-membership") addMembership(ctx.db, target.id, organisationId, at);
      else removeMembership(ctx.db, target.id, organisationId);
      insertAudit(ctx.db, {
        at,
        userId: admin.id,
        entity: "user",
        entityId: target.id,
        action: "update",
        changes: { organisation: { before: intent === "add-membership" ? null : organisationId, after: intent === "add-membership" ? organisationId : null } },
        submissionId: null,
      });
    } else throw bad("intent", intent);
  });
  return redirect(localHref(ctx.lang, "/admin/users", { saved: 1 }));
}
