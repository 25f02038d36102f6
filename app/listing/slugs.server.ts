/** URL slugs for new organisations and funders: readable, unique, never a reserved path. */
import type { Queryable } from "../../db/client";
import { isSlugTaken } from "../../db/queries/records";

/** Slugs that would clash with site paths such as /organisations/new. */
const RESERVED_SLUGS = new Set(["new", "edit"]);

/**
 * A kebab-case slug from a name: accents dropped, "&" as "and", at most 80 characters.
 *
 * @example
 * slugify("Cymdeithas Gŵyr & Co.") // "cymdeithas-gwyr-and-co"
 */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "organisation";
}

export function uniqueSlug(db: Queryable, table: "organisations" | "funders", name: string): string {
  const base = slugify(name);
  const free = (slug: string) => !RESERVED_SLUGS.has(slug) && !isSlugTaken(db, table, slug);
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}
