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
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  AREA_KINDS,
  DATE_PRECISIONS,
  FUNDER_KINDS,
  ORGANISATION_KINDS,
  PROJECT_KINDS,
  RECORD_STATUSES,
  ROLES,
  SUBMISSION_ACTIONS,
  SUBMISSION_ENTITIES,
  SUBMISSION_STATUSES,
} from "./enums";

export * from "./enums";

/** Where a fact came from: a document (seed file, reference file, or external dataset). */
export const documents = sqliteTable("documents", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  author: text("author").notNull(),
  date: text("date"),
  /** How the date was worked out when the document does not state it (shown on /about). */
  dateNote: text("date_note"),
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
  /** "seed" for the sets `npm run seed` loads, else the imported file's name. */
  source: text("source").notNull().default("seed"),
  /** Who imported it (null: the seed or the command line). */
  importedBy: integer("imported_by").references((): AnySQLiteColumn => users.id),
  /** The import's validation report (JSON: areas against the reference, warnings). */
  report: text("report", { mode: "json" }),
  /** When and by whom it was last made the active set (null: by the seed). */
  activatedAt: text("activated_at"),
  activatedBy: integer("activated_by").references((): AnySQLiteColumn => users.id),
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
    /** GeoJSON Polygon or MultiPolygon geometry, [lng, lat], full detail (analysis uses this). */
    geometry: text("geometry", { mode: "json" }).notNull(),
    /** The simplified copy the browser gets (topology kept between neighbours); null: use `geometry`. */
    displayGeometry: text("display_geometry", { mode: "json" }),
    areaKm2: real("area_km2").notNull(),
  },
  (t) => [primaryKey({ columns: [t.boundarySetId, t.gssCode] })],
);

/**
 * Real small-area populations imported with `npm run import:population` (e.g. Census 2021 by LSOA);
 * when present they replace the equal shares of each authority's Census population.
 */
export const smallAreaPopulations = sqliteTable("small_area_populations", {
  code: text("code").primaryKey(),
  population: integer("population").notNull(),
  /** The imported file's name and when it came in. */
  source: text("source").notNull(),
  importedAt: text("imported_at").notNull(),
});

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
    /** Partial ISO date of the latest evidence that the record is current (see geo/dates/currency.ts). */
    lastEvidenced: text("last_evidenced"),
    sourceId: integer("source_id").references(() => sources.id),
    synthetic: integer("synthetic", { mode: "boolean" }).notNull().default(false),
    /** Its 360Giving org-id (e.g. GB-CHC-1234567), the key imports match on. */
    orgIdentifier: text("org_identifier").unique(),
    /** The import that brought it in (null: seeded or listed on the site). */
    importId: integer("import_id").references((): AnySQLiteColumn => imports.id),
  },
  (t) => [
    index("organisations_home").on(t.homeGss),
    index("organisations_charity_number").on(t.charityNumber),
    index("organisations_company_number").on(t.companyNumber),
  ],
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
    /**
     * The source names no delivering body: the organisation is then only the body the source ties the
     * work to (its funder, the programme's owner or the document's author), and the site says so.
     */
    deliveryNotNamed: integer("delivery_not_named", { mode: "boolean" }).notNull().default(false),
    /** What it is: only "service" counts as provision (see PROJECT_KINDS). */
    kind: text("kind", { enum: PROJECT_KINDS }).notNull().default("service"),
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
    /** Partial ISO date of the latest evidence that the project is current (see geo/dates/currency.ts). */
    lastEvidenced: text("last_evidenced"),
    status: text("status", { enum: RECORD_STATUSES }).notNull().default("published"),
    sourceId: integer("source_id").references(() => sources.id),
    synthetic: integer("synthetic", { mode: "boolean" }).notNull().default(false),
    /** The 360Giving grant identifier it came from, the key re-imports match on. */
    externalId: text("external_id").unique(),
    /** The import that brought it in (null: seeded or listed on the site). */
    importId: integer("import_id").references((): AnySQLiteColumn => imports.id),
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
  /** Its 360Giving org-id (e.g. GB-CHC-1234567), the key imports match on. */
  orgIdentifier: text("org_identifier").unique(),
  /** The import that brought it in (null: seeded or listed on the site). */
  importId: integer("import_id").references((): AnySQLiteColumn => imports.id),
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
    /** The source gives the amount as approximate ("approximately £1.63m per annum"). */
    amountApproximate: integer("amount_approximate", { mode: "boolean" }).notNull().default(false),
    startDate: text("start_date"),
    startPrecision: text("start_precision", { enum: DATE_PRECISIONS }).notNull().default("unknown"),
    endDate: text("end_date"),
    endPrecision: text("end_precision", { enum: DATE_PRECISIONS }).notNull().default("unknown"),
    dateNote: text("date_note"),
    /** Partial ISO date of the latest evidence that the award is current (see geo/dates/currency.ts). */
    lastEvidenced: text("last_evidenced"),
    status: text("status", { enum: RECORD_STATUSES }).notNull().default("published"),
    sourceId: integer("source_id").references(() => sources.id),
    synthetic: integer("synthetic", { mode: "boolean" }).notNull().default(false),
    /** The 360Giving grant identifier it came from, the key re-imports match on. */
    externalId: text("external_id").unique(),
    /** The import that brought it in (null: seeded or listed on the site). */
    importId: integer("import_id").references((): AnySQLiteColumn => imports.id),
  },
  (t) => [
    index("awards_funder").on(t.funderId),
    index("awards_project").on(t.projectId),
    check("awards_has_recipient", sql`${t.projectId} IS NOT NULL OR ${t.organisationId} IS NOT NULL`),
    check("awards_amount_positive", sql`${t.amountPence} IS NULL OR ${t.amountPence} >= 0`),
  ],
);

/**
 * Practice the documents hold up as worth learning from, in Wales or elsewhere, each with its quote;
 * linked to the directory project it describes when there is one.
 */
export const practiceNotes = sqliteTable("practice_notes", {
  key: text("key").primaryKey(),
  titleEn: text("title_en").notNull(),
  descriptionEn: text("description_en").notNull(),
  place: text("place"),
  inWales: integer("in_wales", { mode: "boolean" }).notNull(),
  /** Theme ids, ";"-separated. */
  themes: text("themes").notNull(),
  projectId: integer("project_id").references(() => projects.id),
  sourceId: integer("source_id")
    .notNull()
    .references(() => sources.id),
});

/** Further recipients of an award made jointly to more than one organisation (one award, not several). */
export const awardCoRecipients = sqliteTable(
  "award_co_recipients",
  {
    awardId: integer("award_id")
      .notNull()
      .references(() => awards.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.awardId, t.organisationId] })],
);

/** Key/value facts about the database itself (e.g. the data version used to key caches). */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** People who sign in: editors (of their own organisations), moderators and admins. */
export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Stored lower-cased. */
  email: text("email").notNull().unique(),
  /** scrypt hash with its parameters and salt ("scrypt$N$r$p$salt$hash"). */
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ROLES }).notNull().default("editor"),
  createdAt: text("created_at").notNull(),
  disabledAt: text("disabled_at"),
});

/** Signed-in sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = sqliteTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Per-session secret that every form must echo back (CSRF protection). */
    csrfToken: text("csrf_token").notNull(),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/** Which organisations an editor may edit. */
export const memberships = sqliteTable(
  "memberships",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index("memberships_organisation").on(t.organisationId)],
);

/**
 * A proposed change (a new listing, an edit, an archive or a restore) waiting for a moderator.
 * The published record stays as it is until the submission is approved.
 */
export const submissions = sqliteTable(
  "submissions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entity: text("entity", { enum: SUBMISSION_ENTITIES }).notNull(),
    action: text("action", { enum: SUBMISSION_ACTIONS }).notNull(),
    /** The record changed; null for a new one until it is approved. */
    entityId: integer("entity_id"),
    /** The organisation the record belongs to (null for a new organisation until approved). */
    organisationId: integer("organisation_id").references(() => organisations.id),
    /** The proposed field values (validated when submitted and again when approved). */
    payload: text("payload", { mode: "json" }).notNull(),
    status: text("status", { enum: SUBMISSION_STATUSES }).notNull().default("pending"),
    submittedBy: integer("submitted_by")
      .notNull()
      .references(() => users.id),
    submittedAt: text("submitted_at").notNull(),
    reviewedBy: integer("reviewed_by").references(() => users.id),
    reviewedAt: text("reviewed_at"),
    /** The moderator's reason, shown to the submitter (required for a rejection). */
    reason: text("reason"),
    /**
     * A listing sent in one go (an organisation with its projects and their funding) is one group:
     * every part carries the id of its lead part (the organisation); null for a single change.
     */
    groupId: integer("group_id"),
    /** The part's name within its group: "organisation", "project:2", "award:3". */
    partKey: text("part_key"),
    /** The part this one needs approved first: "organisation" for a project, "project:2" for its funding. */
    parentKey: text("parent_key"),
  },
  (t) => [
    index("submissions_status").on(t.status),
    index("submissions_submitted_by").on(t.submittedBy),
    index("submissions_group").on(t.groupId),
  ],
);

/**
 * A listing being written: a new organisation, its projects and their funding, saved part by part
 * (each part already valid) until its author sends it for review as one group of submissions.
 */
export const listingDrafts = sqliteTable(
  "listing_drafts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** { organisation, projects: [{ key, value }], awards: [{ key, value }], nextKey } (see app/listing/drafts.server.ts). */
    content: text("content", { mode: "json" }).notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("listing_drafts_user").on(t.userId)],
);

/** Every change to a record: who, when, which fields, before and after. Append-only. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull(),
    userId: integer("user_id").references(() => users.id),
    entity: text("entity").notNull(),
    entityId: integer("entity_id").notNull(),
    action: text("action").notNull(),
    /** { field: { before, after } } */
    changes: text("changes", { mode: "json" }).notNull(),
    submissionId: integer("submission_id").references(() => submissions.id),
  },
  (t) => [index("audit_entity").on(t.entity, t.entityId)],
);

/** Fixed-window counters for rate limits (sign-in, sign-up, submissions), per IP and per account. */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});

/**
 * Failed sign-ins remembered per key (an address, an account and address, an account) for the
 * growing delays before the next attempt; a key's failures are forgotten a while after its last.
 */
export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    /** When the latest failure was counted (ms since the epoch). */
    lastFailureAt: integer("last_failure_at").notNull(),
  },
  (t) => [index("sign_in_failures_last").on(t.lastFailureAt)],
);

/** A data import (a 360Giving file): who, when, which file and what it did; its records cite its document. */
export const imports = sqliteTable("imports", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  kind: text("kind", { enum: ["360giving"] }).notNull(),
  fileName: text("file_name").notNull(),
  /** The `dataset` document every record of the import cites. */
  documentId: text("document_id")
    .notNull()
    .references(() => documents.id),
  publisher: text("publisher"),
  fileModified: text("file_modified"),
  importedBy: integer("imported_by").references(() => users.id),
  importedAt: text("imported_at").notNull(),
  status: text("status", { enum: ["applied", "rolled-back"] }).notNull().default("applied"),
  /** The report (JSON): counts, merges, conflicts, the first problems. */
  report: text("report", { mode: "json" }),
});
