/**
 * The coverage engine's contract: what goes in and what comes out. Plain data only.
 * Coordinates are [lng, lat]; distances in km; shares are fractions from 0 to 1.
 */
import type { MultiPolygon, Polygon } from "geojson";

export interface CoverageAuthority {
  gss: string;
  population: number | null;
  /** One of the WLGA Rural Forum's nine predominantly rural authorities. */
  rural: boolean;
  historicDispersal: boolean;
  geometry: Polygon | MultiPolygon;
}

export interface CoverageSettlement {
  id: number;
  name: string;
  /** GeoNames population; null when GeoNames does not know it. */
  population: number | null;
  lng: number;
  lat: number;
  /** The authority the settlement lies in (or is nearest to). */
  gss: string;
}

export type Reach =
  | { kind: "wales" }
  | { kind: "authorities"; gss: string[] }
  | { kind: "point"; lng: number; lat: number; radiusKm: number };

export interface CoverageProject {
  id: number;
  themes: string[];
  reach: Reach;
  /** Partial ISO dates ("2025", "2025-03", "2025-03-31") or null when unknown. */
  startDate: string | null;
  endDate: string | null;
  /** A source says the work stopped though it gives no date: never active. */
  endedNoDate?: boolean;
}

export interface CoverageQuery {
  /** YYYY-MM-DD: a project counts only if it runs on this day. */
  asOf: string;
  /** Only projects on this theme; null or undefined for every theme. */
  theme?: string | null;
}

export interface OutOfReachSettlement {
  id: number;
  name: string;
  population: number | null;
  lng: number;
  lat: number;
  /** km from the settlement to the nearest active project reach of the theme; null when there is none anywhere. */
  distanceKm: number | null;
  /** Under 10,000 people (or population unknown): a rural settlement. */
  rural: boolean;
}

/** The parts of the gap score, each from 0 to 1, and their weights; score = 100 × Σ weight × value. */
export interface GapScoreParts {
  peopleOutOfReach: number;
  areaOutOfReach: number;
  rural: number;
  population: number;
  historicDispersal: number;
}

export interface GapScore {
  score: number;
  parts: GapScoreParts;
  weights: GapScoreParts;
}

export interface AuthorityCoverage {
  gss: string;
  /** The theme these figures are for, or null for all themes together. */
  theme: string | null;
  activeProjects: number;
  /** Active projects per 10,000 residents, or null when the population is unknown. */
  projectsPer10k: number | null;
  /** Share of the authority's area within reach of at least one active project. */
  areaCoverage: number;
  /** Share of the authority's known settlement population within reach, or null with no known population. */
  peopleCoverage: number | null;
  settlementPopulation: number;
  populationInReach: number;
  /** Settlements out of reach, largest population first. */
  outOfReach: OutOfReachSettlement[];
  gapScore: GapScore;
  /** A gap in a WLGA rural authority, or around a settlement under 10,000 people. */
  ruralGap: boolean;
}

export interface CoverageResult {
  asOf: string;
  theme: string | null;
  /** Grid cell size used for area figures (km). */
  cellKm: number;
  authorities: AuthorityCoverage[];
}

/** What computeCoverage works out: every authority, for all themes together and for each of `themes`. */
export interface CoverageTableQuery {
  /** YYYY-MM-DD: a project counts only if it runs on this day. */
  asOf: string;
  /** The themes to give rows of their own (at most 31), in the order the rows list them. */
  themes: string[];
}

/** What computeCoverage returns: one table of rows per authority and theme, and the per-cell masks behind it. */
export interface CoverageTable {
  asOf: string;
  cellKm: number;
  /** The themes with rows of their own, in query order. */
  themes: string[];
  /** For every authority by GSS code: its all-themes row (theme null), then one row per theme in `themes` order. */
  rows: AuthorityCoverage[];
  /**
   * One mask per authority cell (numbered as in CoverageGrid.runCellStart): bit 0 set when any active
   * project reaches the cell, bit i + 1 when an active project on themes[i] does. 16 bits a cell when
   * there are at most 15 themes. Read by gapGeometry.
   */
  cellMasks: Uint16Array | Uint32Array;
  /** The key of the grid the table was computed on. */
  gridKey: string;
}
