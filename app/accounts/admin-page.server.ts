import { redirect } from "@remix-run/node";
import { z } from "zod";
import { ADMIN_PAGE_SIZE, badParam, pageOf, parseId, parseListParams } from "../platform/params.server";
import { nowIso } from "../platform/clock.server";
import { insertAudit } from "../../db/queries/audit";
import { findOrganisationsByName, listOrganisationNames } from "../../db/queries/organisations";
import { addMembership, getUserById, isMember, listUsersPage, removeMembership, setUserRole } from "../../db/queries/users";
import { ROLES, type Role } from "../../db/enums";
import { requireAllowed } from "./guard.server";
import type { RequestContext } from "../platform/context.server";
import { verifyCsrf } from "../platform/csrf.server";
import { HttpError } from "../platform/http.server";
import { localHref } from "../i18n";

/**
 * One page of users (50, ordered by email; `?q=` searches emails and the names of the organisations
 * they edit, `?page=` picks the page) with their roles and organisations, and the organisations an
 * admin can grant (once for the page's shared picker, not once per row).
 */
export function getUsersPage(ctx: RequestContext, request: Request) {
  const admin = requireAllowed(ctx, request, "manage-users");
  const params = parseListParams(ctx, ["q", "page"]);
  const { total, users } = listUsersPage(ctx.db, { q: params.q, limit: ADMIN_PAGE_SIZE, offset: (params.page - 1) * ADMIN_PAGE_SIZE });
  const { page, pages } = pageOf(ctx, total, params.page);
  return {
    csrf: admin.csrfToken,
    selfId: admin.id,
    q: params.q ?? "",
    page,
    pages,
    total,
    // Only what the rows show: the page carries its data to the browser as well as its HTML.
    users: users.map((u) => ({ id: u.id, email: u.email, role: u.role, organisations: u.organisations.map((o) => ({ id: o.id, nameEn: o.nameEn })) })),
    organisationNames: listOrganisationNames(ctx.db),
    saved: ctx.url.searchParams.get("saved") === "1",
  };
}

/** The organisation picked for a membership: a published organisation's English name or slug, typed or chosen from the list. */
const OrganisationPickSchema = z.string().trim().min(1).max(200);

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
      const organisationId = intent === "add-membership" ? pickedOrganisation(ctx, formData.get("organisation")) : memberOrganisation(ctx, target.id, formData.get("organisationId"));
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
  return redirect(localHref(ctx.lang, "/admin/users", { saved: 1, ...listPlace(ctx) }));
}

/**
 * The published organisation named (English name, any case, or slug) in the add-membership form;
 * 400 in the page's language for none, or for a name several organisations share (their slugs
 * tell them apart).
 */
function pickedOrganisation(ctx: RequestContext, value: FormDataEntryValue | null): number {
  const text = OrganisationPickSchema.safeParse(value);
  const found = text.success ? findOrganisationsByName(ctx.db, text.data) : [];
  if (found.length === 0) throw new HttpError(400, ctx.t("admin.unknownOrganisation", { value: String(value ?? "").slice(0, 200) }));
  if (found.length > 1) throw new HttpError(400, ctx.t("admin.ambiguousOrganisation", { value: found[0].nameEn, slugs: found.map((o) => o.slug).join(", ") }));
  return found[0].id;
}

/** An organisation the user belongs to, by id, for removing the membership; 400 otherwise. */
function memberOrganisation(ctx: RequestContext, userId: number, value: FormDataEntryValue | null): number {
  const organisationId = parseId(value);
  if (organisationId === undefined) throw badParam(ctx, "organisationId", value);
  if (!isMember(ctx.db, userId, organisationId)) throw new HttpError(400, ctx.t("admin.notMember"));
  return organisationId;
}

/**
 * The search and page the form was posted from (a form without an action posts to the page's own
 * address), so that the admin comes back to the same place in the list; nothing when absent or not
 * valid.
 */
function listPlace(ctx: RequestContext): { q?: string; page?: number } {
  try {
    const { q, page } = parseListParams(ctx, ["q", "page"]);
    return { q, page: page > 1 ? page : undefined };
  } catch {
    return {};
  }
}
