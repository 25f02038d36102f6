/**
 * /admin/boundaries: the boundary sets held, an upload that is checked first (a dry run whose
 * report the administrator reads) and imported on confirmation, and switching the active set.
 * Uploads stream to disk with a size limit, are kept only between the check and the confirmation,
 * and are named by a random token, never by what the browser sent.
 */
import { readFileSync } from "node:fs";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { listBoundarySets } from "../../db/queries/boundaries";
import { BoundaryFileError, MAX_BOUNDARY_FILE_BYTES, type BoundaryFileReport } from "../../geo/boundaries/boundary-file";
import { requireAllowed } from "../accounts/guard.server";
import { localHref } from "../i18n";
import type { RequestContext } from "../platform/context.server";
import { verifyCsrf } from "../platform/csrf.server";
import { HttpError } from "../platform/http.server";
import { discardUpload, receiveUpload, uploadedFile } from "../platform/uploads.server";
import { importBoundaryFile, switchBoundarySet } from "./boundary-import.server";

const UPLOAD_MB = MAX_BOUNDARY_FILE_BYTES / 2 ** 20;
const KIND = "boundaries";

const details = z.object({
  name: z.string().trim().max(200).optional(),
  licence: z.string().trim().max(500).optional(),
  attribution: z.string().trim().max(500).optional(),
  fileName: z.string().trim().max(255).optional(),
});

export interface BoundaryCheck {
  token: string;
  fileName: string;
  name: string;
  licence: string;
  attribution: string;
  report: BoundaryFileReport;
}

export type BoundaryActionResult =
  | { kind: "checked"; check: BoundaryCheck }
  | { kind: "error"; errorKey: string; detail: string; values: { name: string; licence: string; attribution: string } };

/** The sets held and what the last action said. */
export function getBoundariesPage(ctx: RequestContext, request: Request) {
  const admin = requireAllowed(ctx, request, "manage-boundaries");
  const done = ctx.url.searchParams.get("done");
  const count = (k: string) => Number(ctx.url.searchParams.get(k)) || 0;
  return {
    csrf: admin.csrfToken,
    uploadMb: UPLOAD_MB,
    sets: listBoundarySets(ctx.db).map((s) => ({
      id: s.id,
      name: s.name,
      source: s.source,
      licence: s.licence,
      attribution: s.attribution,
      loadedAt: s.loadedAt,
      importedByEmail: s.importedByEmail,
      active: s.active,
      totalAreaKm2: s.totalAreaKm2,
      authorities: s.authorities,
    })),
    done: done === "imported" || done === "switched" ? { kind: done, changed: count("changed"), projects: count("projects") } : null,
  };
}

/** Check an upload, import a checked upload, or switch the active set. */
export async function handleBoundariesAction(ctx: RequestContext, request: Request): Promise<BoundaryActionResult | Response> {
  const admin = requireAllowed(ctx, request, "manage-boundaries");
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) return checkUpload(ctx, request, admin);
  if (!type.startsWith("application/x-www-form-urlencoded")) throw new HttpError(415, ctx.t("errors.badForm"));
  const form = await request.formData();
  verifyCsrf(request, form, admin, ctx.t("auth.csrf"));
  const intent = form.get("intent");
  if (intent === "activate") {
    const done = switchBoundarySet(ctx.db, String(form.get("setId") ?? ""), admin.id);
    if (!done) throw new HttpError(404, ctx.t("errors.notFound"));
    return redirect(localHref(ctx.lang, "/admin/boundaries", { done: "switched", changed: done.changedProjects, projects: done.recomputedProjects }));
  }
  if (intent === "import") return confirmImport(ctx, form, admin.id);
  throw new HttpError(400, ctx.t("errors.badForm"));
}

async function checkUpload(ctx: RequestContext, request: Request, admin: { id: number; csrfToken: string }): Promise<BoundaryActionResult> {
  const upload = await receiveUpload(request, KIND, "file", MAX_BOUNDARY_FILE_BYTES);
  if (!upload.ok) {
    if (upload.reason === "tooLarge") throw new HttpError(413, ctx.t("boundaries.tooLarge", { mb: UPLOAD_MB }));
    throw new HttpError(400, ctx.t("errors.badForm"));
  }
  const { form, token, fileName, path } = upload;
  verifyCsrf(request, form, admin, ctx.t("auth.csrf"));
  const d = details.parse({ name: form.get("name") ?? undefined, licence: form.get("licence") ?? undefined, attribution: form.get("attribution") ?? undefined });
  const values = { name: d.name ?? "", licence: d.licence ?? "", attribution: d.attribution ?? "" };
  if (!path) return { kind: "error", errorKey: "boundaries.noFile", detail: "", values };
  try {
    const outcome = importBoundaryFile(ctx.db, readFileSync(path), { fileName, ...values, userId: admin.id, dryRun: true });
    return { kind: "checked", check: { token, fileName, ...values, name: values.name || fileName, report: outcome.report } };
  } catch (error) {
    discardUpload(KIND, token);
    if (error instanceof BoundaryFileError) return { kind: "error", errorKey: `boundaries.errors.${error.key}`, detail: error.message, values };
    throw error;
  }
}

function confirmImport(ctx: RequestContext, form: FormData, userId: number): BoundaryActionResult | Response {
  const token = String(form.get("token") ?? "");
  const d = details.safeParse(Object.fromEntries(["name", "licence", "attribution", "fileName"].map((k) => [k, form.get(k) ?? undefined])));
  const path = uploadedFile(KIND, token);
  if (!d.success || !path) return { kind: "error", errorKey: "boundaries.expired", detail: "", values: { name: "", licence: "", attribution: "" } };
  try {
    const done = importBoundaryFile(ctx.db, readFileSync(path), { ...d.data, fileName: d.data.fileName || "upload", userId });
    return redirect(localHref(ctx.lang, "/admin/boundaries", { done: "imported", changed: done.changedProjects, projects: done.recomputedProjects }));
  } catch (error) {
    if (error instanceof BoundaryFileError) return { kind: "error", errorKey: `boundaries.errors.${error.key}`, detail: error.message, values: { name: d.data.name ?? "", licence: d.data.licence ?? "", attribution: d.data.attribution ?? "" } };
    throw error;
  } finally {
    discardUpload(KIND, token);
  }
}
