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
  /**
   * Partial ISO date of the latest evidence that the project is current; with no end date, the
   * project counts only while this is recent (see geo/dates/currency.ts). Null: never evidenced.
   */
  lastEvidenced: string | null;
}

/**
 * Where people live, for people coverage: one point per small area (an ONS LSOA) with its share of
 * the authority's Census population. The shares of an authority add up to its Census figure.
 */
export interface PeoplePoint {
  code: string;
  /** The authority the small area lies in on the active boundaries (its ONS code's authority on the default set). */
  gss: string;
  lng: number;
  lat: number;
  population: number;
  /** A small area of low population density (see RURAL_DENSITY_PER_KM2). */
  rural: boolean;
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

/** The parts of the gap score, each from 0 to 1 (see gap-score.ts for the formula). */
export interface GapScoreParts {
  /** People out of reach ÷ Census population. */
  peopleOutOfReach: number;
  /** Share of the area out of reach. */
  areaOutOfReach: number;
  /** People out of reach who live in rural small areas ÷ Census population. */
  ruralPeopleOutOfReach: number;
  /** 1 for a historic asylum dispersal area (more pressure on the same provision), else 0. */
  historicDispersal: number;
}

export interface GapScore {
  score: number;
  parts: GapScoreParts;
  weights: GapScoreParts;
  /** "theme": one authority × theme; "mean of themes": the all-themes row, the mean of its theme rows' scores. */
  basis: "theme" | "mean of themes";
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
  /** Share of the authority's Census population within reach, or null when its population is unknown. */
  peopleCoverage: number | null;
  /** The people of the authority's small areas (query.people): its Census 2021 population; 0 when none are given. */
  population: number;
  /** People within reach of an active project; with peopleOutOfReach it adds up to `population`. */
  peopleInReach: number;
  peopleOutOfReach: number;
  /** People out of reach who live in rural (low-density) small areas. */
  ruralPeopleOutOfReach: number;
  /** Share of the people out of reach who live in rural small areas, or null with nobody out of reach. */
  ruralShare: number | null;
  /** Named places (GeoNames) out of reach, largest first: for names and distances, not for people counts. */
  outOfReach: OutOfReachSettlement[];
  gapScore: GapScore;
  /** Most of the people out of reach live in rural small areas. */
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
  /** Months after which evidence without an end date no longer counts (default 24). */
  evidenceMonths?: number;
  /** Count only projects with a known end on or after asOf (not those whose end is unknown). */
  confirmedOnly?: boolean;
  /** Where people live (see PeoplePoint); without them every authority's people figures are 0. */
  people?: readonly PeoplePoint[];
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
