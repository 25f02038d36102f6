/**
 * File uploads for the admin pages: streamed to disk beside the database under a random name (never
 * the name the browser sent), with a size limit, kept only between a check and its confirmation.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers,
  unstable_createFileUploadHandler,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { databasePath } from "../../db/path";

const TOKEN = /^[a-f0-9]{32}$/;

/** Where uploads wait between the check and the confirmation: beside the database. */
function uploadDir(): string {
  const db = databasePath();
  const dir = db === ":memory:" ? join(tmpdir(), "cmw-uploads") : join(dirname(db), "uploads");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The stored upload for a token, or null when the token is malformed or its file is gone.
 *
 * @example
 * uploadedFile("boundaries", token) // "/…/data/uploads/boundaries-3f….upload"
 */
export function uploadedFile(kind: string, token: string): string | null {
  if (!TOKEN.test(token)) return null;
  const path = join(uploadDir(), `${kind}-${token}.upload`);
  return existsSync(path) ? path : null;
}

/** Deletes a stored upload (nothing when it is already gone). */
export function discardUpload(kind: string, token: string): void {
  if (TOKEN.test(token)) rmSync(join(uploadDir(), `${kind}-${token}.upload`), { force: true });
}

export type UploadResult =
  | { ok: true; form: FormData; token: string; fileName: string; path: string | null }
  | { ok: false; reason: "tooLarge" | "malformed" };

/**
 * Reads a multipart form: the part named `field` streams to disk (at most `maxBytes`), the other
 * fields (small text) stay in memory. A part over its limit or a broken body gives `ok: false`
 * and leaves no file behind.
 *
 * @example
 * const upload = await receiveUpload(request, "boundaries", "file", 100 * 2 ** 20);
 */
export async function receiveUpload(request: Request, kind: string, field: string, maxBytes: number): Promise<UploadResult> {
  const token = randomBytes(16).toString("hex");
  let fileName = "";
  const fileHandler = unstable_createFileUploadHandler({
    directory: uploadDir(),
    maxPartSize: maxBytes,
    avoidFileConflicts: false,
    file: ({ filename }) => {
      fileName = filename;
      return `${kind}-${token}.upload`;
    },
    filter: ({ name }) => name === field,
  });
  const handler = unstable_composeUploadHandlers(fileHandler, unstable_createMemoryUploadHandler({ maxPartSize: 10_000 }));
  try {
    const form = await unstable_parseMultipartFormData(request, handler);
    return { ok: true, form, token, fileName, path: fileName ? uploadedFile(kind, token) : null };
  } catch (error) {
    discardUpload(kind, token);
    return { ok: false, reason: error instanceof MaxPartSizeExceededError ? "tooLarge" : "malformed" };
  }
}
