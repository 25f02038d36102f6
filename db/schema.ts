/**
 * The Cohesion Map Wales data model (drizzle, SQLite).
 *
 * Conventions:
 * - Local authorities are keyed by GSS code.
 * - Dates are partial ISO strings ("2025", "2024-12", "2024-12-31") with an explicit precision
 *   column, so that no day is ever made up.
 * - Every seeded row points at a citation (`source_id`): a document and a short quote.
 * - Nothing is hard-deleted: records carry a status.
 */
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { AREA_KINDS, DATE_PRECISIONS, FUNDER_KINDS, ORGANISATION_KINDS, RECORD_STATUSES } from "./enums";

export * from "./enums";

/** Where a fact came from: a document (seed file, reference file, or external dataset). */
export const documents = sqliteTable("documents", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  author: text("author").notNull(),
  date: text("date"),
  kind: text("kind", { enum: ["seed", "reference", "dataset"] }).notNull(),
});

/** A citation: a document and a short quote from it that supports a row. */
export const sources = sqliteTable(
  "sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    quote: text("quote").notNull(),
  },
  (t) => [uniqueIndex("sources_document_quote").on(t.documentId, t.quote)],
);

export const regions = sqliteTable("regions", {
  id: text("id").primaryKey(),
  nameEn: text("name_en").notNull(),
  nameCy: text("name_cy"),
});

export const localAuthorities = sqliteTable("local_authorities", {
  gssCode: text("gss_code").primaryKey(),
  iso31662: text("iso_3166_2").notNull().unique(),
  nameEn: text("name_en").notNull(),
  nameCy: text("name_cy").notNull(),
  population2021: integer("population_2021"),
  landAreaKm2: real("land_area_km2"),
  ruralWlga: integer("rural_wlga", { mode: "boolean" }).notNull(),
  policeForce: text("police_force"),
  policeForceAreaCode: text("police_force_area_code"),
  regionId: text("region_id").references(() => regions.id),
  regionSource: text("region_source"),
  historicDispersalArea: integer("historic_dispersal_area", { mode: "boolean" }).notNull(),
});

/** The source of each authority field (one line per field, from shared/reference/SOURCES.md). */
export const authorityFieldSources = sqliteTable("authority_field_sources", {
  field: text("field").primaryKey(),
  source: text("source").notNull(),
  quality: text("quality").notNull(),
});

/** A set of boundaries from one source; exactly one set is active at a time. */
export const boundarySets = sqliteTable("boundary_sets", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  attribution: text("attribution").notNull(),
  licence: text("licence").notNull(),
  generalised: integer("generalised", { mode: "boolean" }).notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(false),
  loadedAt: text("loaded_at").notNull(),
});

export const boundaries = sqliteTable(
  "boundaries",
  {
    boundarySetId: text("boundary_set_id")
      .notNull()
      .references(() => boundarySets.id),
    gssCode: text("gss_code")
      .notNull()
      .references(() => localAuthorities.gssCode),
    /** GeoJSON Polygon or MultiPolygon geometry, [lng, lat]. */
    geometry: text("geometry", { mode: "json" }).notNull(),
    areaKm2: real("area_km2").notNull(),
  },
  (t) => [primaryKey({ columns: [t.boundarySetId, t.gssCode] })],
);

export const themes = sqliteTable("themes", {
  id: text("id").primaryKey(),
  nameEn: text("name_en").notNull(),
  nameCy: text("name_cy").notNull(),
  sortOrder: integer("sort_order").notNull(),
});

export const organisations = sqliteTable(
  "organisations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    nameEn: text("name_en").notNull(),
    nameCy: text("name_cy"),
    kind: text("kind", { enum: ORGANISATION_KINDS }).notNull(),
    charityNumber: text("charity_number"),
    companyNumber: text("company_number"),
    website: text("website"),
    email: text("email"),
    descriptionEn: text("description_en").notNull().default(""),
    descriptionCy: text("description_cy"),
    homeGss: text("home_gss").references(() => localAuthorities.gssCode),
    status: text("status", { enum: RECORD_STATUSES }).notNull().default("published"),
    lastConfirmed: text("last_confirmed"),
    sourceId: integer("source_id").references(() => sources.id),
    synthetic: integer("synthetic", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("organisations_home").on(t.homeGss)],
);

export const projects = sqliteTable(
  "projects",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stable key for seeded rows (so the seed is idempotent); null for records made on the site. */
    seedKey: text("seed_key").unique(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    titleEn: text("title_en").notNull(),
    titleCy: text("title_cy"),
    descriptionEn: text("description_en").notNull().default(""),
    descriptionCy: text("description_cy"),
    areaKind: text("area_kind", { enum: AREA_KINDS }).notNull(),
    pointLng: real("point_lng"),
    pointLat: real("point_lat"),
    radiusKm: real("radius_km"),
    startDate: text("start_date"),
    startPrecision: text("start_precision", { enum: DATE_PRECISIONS }).notNull().default("unknown"),
    endDate: text("end_date"),
    endPrecision: text("end_precision", { enum: DATE_PRECISIONS }).notNull().default("unknown"),
    /** How a date was derived, when it was not stated outright. */
    dateNote: text("date_note"),
    /** True when a source says the work has stopped even though no end date is known. */
    endedNoDate: integer("ended_no_date", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: RECORD_STATUSES }).notNull().default("published"),
    sourceId: integer("source_id").references(() => sources.id),
    synthetic: integer("synthetic", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("projects_organisation").on(t.organisationId),
    // Every operand is tested for NULL: a CHECK that evaluates to NULL passes, so "radius_km > 0"
    // alone would let a point project without a radius through.
    check(
      "projects_point_complete",
      sql`${t.areaKind} <> 'point' OR (${t.pointLng} IS NOT NULL AND ${t.pointLat} IS NOT NULL AND ${t.radiusKm} IS NOT NULL AND ${t.radiusKm} > 0)`,
    ),
  ],
);

export const projectThemes = sqliteTable(
  "project_themes",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    themeId: text("theme_id")
      .notNull()
      .references(() => themes.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.themeId] }), index("project_themes_theme").on(t.themeId)],
);

/**
 * The authorities a project serves: chosen ones for area kind "authorities", or those its circle
 * reaches for kind "point" (derived). A Wales-wide project has no rows: it serves all 22.
 */
export const projectAreas = sqliteTable(
  "project_areas",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    gssCode: text("gss_code")
      .notNull()
      .references(() => localAuthorities.gssCode),
    /** True when computed from a point and radius (the authorities the circle reaches). */
    derived: integer("derived", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.gssCode] }), index("project_areas_gss").on(t.gssCode)],
);

export const funders = sqliteTable("funders", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  nameEn: text("name_en").notNull(),
  nameCy: text("name_cy"),
  kind: text("kind", { enum: FUNDER_KINDS }).notNull(),
  website: text("website"),
  sourceId: integer("source_id").references(() => sources.id),
  synthetic: integer("synthetic", { mode: "boolean" }).notNull().default(false),
});

export const awards = sqliteTable(
  "awards",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    seedKey: text("seed_key").unique(),
    funderId: integer("funder_id")
      .notNull()
      .references(() => funders.id),
    programmeEn: text("programme_en").notNull(),
    programmeCy: text("programme_cy"),
    projectId: integer("project_id").references(() => projects.id),
    organisationId: integer("organisation_id").references(() => organisations.id),
    amountPence: integer("amount_pence"),
    amountPeriod: text("amount_period", { enum: ["total", "per-year"] }).notNull().default("total"),
    startDate: text("start_date"),
    startPrecision: text("start_precision", { enum: DATE_PRECISIONS }).notNull().default("unknown"),
    endDate: text("end_date"),
    endPrecision: text("end_precision", { enum: DATE_PRECISIONS }).notNull().default("unknown"),
    dateNote: text("date_note"),
    status: text("status", { enum: RECORD_STATUSES }).notNull().default("published"),
    sourceId: integer("source_id").references(() => sources.id),
    synthetic: integer("synthetic", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    index("awards_funder").on(t.funderId),
    index("awards_project").on(t.projectId),
    check("awards_has_recipient", sql`${t.projectId} IS NOT NULL OR ${t.organisationId} IS NOT NULL`),
    check("awards_amount_positive", sql`${t.amountPence} IS NULL OR ${t.amountPence} >= 0`),
  ],
);

/** Key/value facts about the database itself (e.g. the data version used to key caches). */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
