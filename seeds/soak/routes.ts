/**
 * What the fuzzer aims at, read from the code itself: the routes (app/routes file names, Remix's
 * flat-route convention), the query parameters and form fields the app reads (a grep of
 * `searchParams.get(`, the list-parameter helpers and `formData.get(`), and real values for each
 * URL parameter from the seeded database.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ROOT } from "./server";

/** One route: its file, its URL pattern ("/organisations/:slug/edit") and its parameters. */
export interface SoakRoute {
  file: string;
  pattern: string;
  params: string[];
  hasAction: boolean;
}

/**
 * The URL pattern of a flat route file name: "." separates segments, "$name" is a parameter,
 * "$" a splat ("*"), "_index" is the parent's index, a trailing "_" only opts out of layout
 * nesting, a leading "_" is a pathless layout and "[.]" an escaped dot.
 *
 * @example
 * routePattern("organisations.$slug_.edit.tsx") // "/organisations/:slug/edit"
 * routePattern("funding.ending[.]atom.tsx") // "/funding/ending.atom"
 */
export function routePattern(file: string): string {
  const stem = file.replace(/\.(tsx|ts|jsx|js)$/, "").replace(/\[\.\]/g, "\u0000");
  const segments = stem
    .split(".")
    .map((s) => s.replace(/\u0000/g, "."))
    .filter((s) => s !== "_index" && !(s.startsWith("_") && s !== "_"))
    .map((s) => (s === "$" ? "*" : s.startsWith("$") ? `:${s.slice(1).replace(/_$/, "")}` : s.replace(/_$/, "")));
  return "/" + segments.join("/");
}

/** Every route in app/routes. */
export function listRoutes(): SoakRoute[] {
  const dir = join(ROOT, "app", "routes");
  return readdirSync(dir)
    .filter((f) => /\.(tsx|ts)$/.test(f))
    .sort()
    .map((file) => {
      const pattern = routePattern(file);
      const params = [...pattern.matchAll(/:(\w+)|\*/g)].map((m) => m[1] ?? "*");
      const source = readFileSync(join(dir, file), "utf8");
      return { file, pattern, params, hasAction: /export (const|async function|function) action\b/.test(source) };
    });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/**
 * The names of the query parameters and form fields the app reads, found in its source (string
 * literals passed to searchParams.get, parseListParams, parseChoice and formData.get / form.get).
 */
export function namesReadByApp(): { query: string[]; form: string[] } {
  const query = new Set<string>(["lang", "sort", "dir"]);
  const form = new Set<string>(["csrf", "website_url"]);
  for (const file of sourceFiles(join(ROOT, "app"))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/searchParams\.get(?:All)?\(\s*"([^"]+)"/g)) query.add(m[1]);
    for (const m of text.matchAll(/\bget\(\s*"([^"]+)"\s*\)/g)) if (/searchParams/.test(text)) query.add(m[1]);
    for (const m of text.matchAll(/parseChoice(?:<[^>]*>)?\(\s*ctx,\s*"([^"]+)"/g)) query.add(m[1]);
    for (const m of text.matchAll(/parseListParams\(\s*ctx,\s*\[([^\]]*)\]/g)) for (const n of m[1].matchAll(/"([^"]+)"/g)) query.add(n[1]);
    for (const m of text.matchAll(/\b(?:formData|form)\.get(?:All)?\(\s*"([^"]+)"/g)) form.add(m[1]);
    for (const m of text.matchAll(/\bname="([A-Za-z_][\w-]*)"/g)) form.add(m[1]);
  }
  return { query: [...query].sort(), form: [...form].sort() };
}

/** Real values from the seeded database, for each kind of URL parameter. */
export interface RealValues {
  organisationSlugs: string[];
  funderSlugs: string[];
  projectIds: string[];
  awardIds: string[];
  submissionIds: string[];
  gssCodes: string[];
  themeIds: string[];
  userIds: string[];
  organisationIds: string[];
  downloads: string[];
}

/** Reads the real values from a database file (a sample of each kind). */
export function readRealValues(dbPath: string, victimEmail: string): RealValues {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  const col = (sql: string, ...args: unknown[]) => (db.prepare(sql).pluck().all(...args) as unknown[]).map(String);
  try {
    return {
      organisationSlugs: col("SELECT slug FROM organisations ORDER BY id LIMIT 40"),
      funderSlugs: col("SELECT slug FROM funders ORDER BY slug LIMIT 20"),
      projectIds: col("SELECT id FROM projects ORDER BY id LIMIT 40"),
      awardIds: col("SELECT id FROM awards ORDER BY id LIMIT 40"),
      submissionIds: col("SELECT id FROM submissions ORDER BY id LIMIT 20").concat(["1", "2"]),
      gssCodes: col("SELECT gss_code FROM local_authorities ORDER BY gss_code"),
      themeIds: col("SELECT id FROM themes ORDER BY sort_order"),
      userIds: col("SELECT id FROM users WHERE email = ?", victimEmail),
      organisationIds: col("SELECT id FROM organisations ORDER BY id LIMIT 20"),
      downloads: ["organisations", "projects", "awards", "funding", "authorities", "gaps", "coverage"]
        .flatMap((d) => [`${d}.csv`, `${d}.json`, `${d}.geojson`])
        .concat(["awards.360giving.csv", "awards.360giving.json"]),
    };
  } finally {
    db.close();
  }
}

/** The real values a route's parameter can take. */
export function realValuesFor(route: SoakRoute, param: string, values: RealValues): string[] {
  const base = route.pattern.split("/")[1];
  if (param === "gss") return values.gssCodes;
  if (param === "file") return values.downloads;
  if (param === "entity") return ["organisation", "project", "award"];
  if (param === "slug") return base === "funders" ? values.funderSlugs : values.organisationSlugs;
  // A listing draft and its parts: "new" starts one; the numbers are drafts and parts that may or may not be the actor's.
  if (base === "account" && (param === "id" || param === "key")) return ["new", "1", "2"];
  if (param === "id") {
    if (base === "projects") return values.projectIds;
    if (base === "awards") return values.awardIds;
    if (base === "moderation") return values.submissionIds;
    return [...values.organisationIds, ...values.projectIds.slice(0, 5)];
  }
  return ["authorities", "nothing-here", "about"];
}
