/** Fixed value sets shared by the schema, validation and the interface (no database code here). */
export const DATE_PRECISIONS = ["day", "month", "year", "unknown"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const ORGANISATION_KINDS = [
  "charity",
  "community-group",
  "public-body",
  "partnership",
  "network",
  "other",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const FUNDER_KINDS = [
  "welsh-government",
  "uk-government",
  "lottery",
  "trust",
  "local-authority",
  "other",
] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];

export const RECORD_STATUSES = ["published", "archived"] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** Where a project works: all of Wales, chosen authorities, a point and radius, or not stated by its source. */
export const AREA_KINDS = ["wales", "authorities", "point", "unstated"] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/**
 * What a project is. Only delivered services and projects count as provision; the others are
 * national or local context (a plan is not a service).
 */
export const PROJECT_KINDS = ["service", "policy", "programme", "network", "campaign", "research"] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];


export const ROLES = ["editor", "moderator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const SUBMISSION_ENTITIES = ["organisation", "project", "award"] as const;
export type SubmissionEntity = (typeof SUBMISSION_ENTITIES)[number];

export const SUBMISSION_ACTIONS = ["create", "update", "archive", "restore"] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

export const SUBMISSION_STATUSES = ["pending", "approved", "rejected", "withdrawn"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
