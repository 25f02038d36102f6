import type { SeedOrganisation, SeedProject } from "../types";

/**
 * Records that the 2015 progress report (004) names beyond those in organisations.ts and projects.ts, each
 * with its quote, kind, area (or "unstated"), dates only where stated, and the document.
 */
export const ORGANISATIONS: SeedOrganisation[] = [];

export const PROJECTS: SeedProject[] = [];
