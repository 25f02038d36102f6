import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { TFunction } from "i18next";
import { createDb, type Db } from "../../db/client";
import { databasePath } from "../../db/path";
import { langFromSearch, tFor, type Lang } from "../i18n";
import { HttpError } from "./http.server";

let db: Db | undefined;

/** The app's one database connection (opened on first use). */
export function getDb(): Db {
  if (!db) {
    const path = databasePath();
    mkdirSync(dirname(path), { recursive: true });
    db = createDb(path);
  }
  return db;
}

export interface RequestContext {
  url: URL;
  lang: Lang;
  t: TFunction;
  db: Db;
}

/**
 * What every use-case needs from a request: its URL, language (400 for an unknown one),
 * translate function and the database.
 */
export function contextOf(request: Request): RequestContext {
  const url = new URL(request.url);
  const lang = langFromSearch(url.searchParams);
  if (!lang) {
    const value = url.searchParams.get("lang") ?? "";
    throw new HttpError(400, tFor("en")("errors.badLang", { value }));
  }
  return { url, lang, t: tFor(lang), db: getDb() };
}
