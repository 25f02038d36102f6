/**
 * /admin/imports (moderators and administrators): upload a 360Giving file, read the dry-run report,
 * confirm; every import listed with who, when, which file and its counts; an import rolled back
 * through moderation (its records archived, nothing deleted).
 */
import { redirect } from "@remix-run/node";
import { WRITE_LOCK } from "../../db/client";
import { importProjects, listImports, rollbackImport } from "../../db/queries/imports";
import { requireAllowed } from "../accounts/guard.server";
import { localHref } from "../i18n";
import type { RequestContext } from "../platform/context.server";
import { nowIso } from "../platform/clock.server";
import { verifyCsrf } from "../platform/csrf.server";
import { HttpError } from "../platform/http.server";
import { parseId } from "../platform/params.server";
import { discardUpload, receiveUpload, uploadedFile } from "../platform/uploads.server";
import { GrantFileError } from "./giving360";
import { importGrantFile, type GrantImportReport } from "./grant-import.server";

/** Imports are larger than boundary files: 100,000 grants as JSON are about 90 MB. */
export const MAX_GRANT_FILE_BYTES = 200 * 2 ** 20;
const KIND = "grants";

export type GrantActionResult =
  | { kind: "checked"; token: string; fileName: string; report: GrantImportReport }
  | { kind: "error"; errorKey: string; detail: string };

/** Every import, and what the last action did. */
export function getImportsPage(ctx: RequestContext, request: Request) {
  const user = requireAllowed(ctx, request, "import-grants");
  const done = parseId(ctx.url.searchParams.get("done"));
  const rolledBack = parseId(ctx.url.searchParams.get("rolledBack"));
  const selected = parseId(ctx.url.searchParams.get("import"));
  return {
    csrf: user.csrfToken,
    uploadMb: MAX_GRANT_FILE_BYTES / 2 ** 20,
    imports: listImports(ctx.db).map((i) => ({ ...i, report: i.report as Partial<GrantImportReport> | null })),
    done: done ?? null,
    rolledBack: rolledBack ?? null,
    selected: selected === undefined ? null : { id: selected, projects: importProjects(ctx.db, selected) },
  };
}

/** Check an upload, import a checked upload, or roll an import back. */
export async function handleImportsAction(ctx: RequestContext, request: Request): Promise<GrantActionResult | Response> {
  const user = requireAllowed(ctx, request, "import-grants");
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) return checkUpload(ctx, request, user);
  if (!type.startsWith("application/x-www-form-urlencoded")) throw new HttpError(415, ctx.t("errors.badForm"));
  const form = await request.formData();
  verifyCsrf(request, form, user, ctx.t("auth.csrf"));
  const intent = form.get("intent");
  if (intent === "import") return confirmImport(ctx, form, user.id);
  if (intent === "check") return checkStored(ctx, String(form.get("token") ?? ""), fileNameOf(String(form.get("fileName") ?? "")), user.id);
  if (intent === "rollback") {
    const id = parseId(form.get("importId"));
    const archived = id === undefined ? undefined : ctx.db.transaction((tx) => rollbackImport(tx, id, user.id, nowIso()), WRITE_LOCK);
    if (archived === undefined) throw new HttpError(404, ctx.t("errors.notFound"));
    return redirect(localHref(ctx.lang, "/admin/imports", { rolledBack: id }));
  }
  throw new HttpError(400, ctx.t("errors.badForm"));
}

async function checkUpload(ctx: RequestContext, request: Request, user: { id: number; csrfToken: string }): Promise<GrantActionResult> {
  const upload = await storeUpload(ctx, request, user);
  if (!upload.path) return { kind: "error", errorKey: "imports.noFile", detail: "" };
  return checkStored(ctx, upload.token, fileNameOf(upload.fileName), user.id);
}

/** Streams the posted file to disk; an oversized or broken body, or a failed CSRF check, leaves no file behind. */
async function storeUpload(ctx: RequestContext, request: Request, user: { csrfToken: string }) {
  const upload = await receiveUpload(request, KIND, "file", MAX_GRANT_FILE_BYTES);
  if (!upload.ok) {
    if (upload.reason === "tooLarge") throw new HttpError(413, ctx.t("imports.tooLarge", { mb: MAX_GRANT_FILE_BYTES / 2 ** 20 }));
    throw new HttpError(400, ctx.t("errors.badForm"));
  }
  try {
    verifyCsrf(request, upload.form, user, ctx.t("auth.csrf"));
  } catch (error) {
    discardUpload(KIND, upload.token);
    throw error;
  }
  return upload;
}

/** The dry run of a stored upload: its report, or what is wrong with the whole file (and the upload discarded). */
async function checkStored(ctx: RequestContext, token: string, fileName: string, userId: number): Promise<GrantActionResult> {
  const path = uploadedFile(KIND, token);
  if (!path) return { kind: "error", errorKey: "imports.expired", detail: "" };
  try {
    const report = await importGrantFile(ctx.db, path, { fileName, userId, dryRun: true });
    return { kind: "checked", token, fileName, report };
  } catch (error) {
    discardUpload(KIND, token);
    if (error instanceof GrantFileError) return { kind: "error", errorKey: `imports.errors.${error.key}`, detail: error.message };
    throw error;
  }
}

/**
 * The first step of an upload from the page with JavaScript, which sends the file on its own so the
 * browser can show its progress: the file is stored and its token returned as JSON; the page then
 * asks for the check (`intent=check`). Without JavaScript the form posts the file and is checked at once.
 */
export async function receiveGrantUpload(ctx: RequestContext, request: Request): Promise<{ token: string; fileName: string }> {
  const user = requireAllowed(ctx, request, "import-grants");
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) throw new HttpError(415, ctx.t("errors.badForm"));
  const upload = await storeUpload(ctx, request, user);
  if (!upload.path) throw new HttpError(400, ctx.t("imports.noFile"));
  return { token: upload.token, fileName: fileNameOf(upload.fileName) };
}

/** A file name as shown and stored: at most 255 characters, "upload" when the browser sent none. */
function fileNameOf(name: string): string {
  return name.slice(0, 255) || "upload";
}

async function confirmImport(ctx: RequestContext, form: FormData, userId: number): Promise<GrantActionResult | Response> {
  const token = String(form.get("token") ?? "");
  const fileName = fileNameOf(String(form.get("fileName") ?? ""));
  const path = uploadedFile(KIND, token);
  if (!path) return { kind: "error", errorKey: "imports.expired", detail: "" };
  try {
    const report = await importGrantFile(ctx.db, path, { fileName, userId, skipInvalid: form.get("skipInvalid") === "1" });
    if (!report.written) return { kind: "checked", token, fileName, report };
    discardUpload(KIND, token);
    return redirect(localHref(ctx.lang, "/admin/imports", { done: report.importId ?? undefined }));
  } catch (error) {
    discardUpload(KIND, token);
    if (error instanceof GrantFileError) return { kind: "error", errorKey: `imports.errors.${error.key}`, detail: error.message };
    throw error;
  }
}
