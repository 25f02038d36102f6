/**
 * A tiny, hand-made world for db and app tests, loaded through the real seed loader.
 *
 * Three authorities (unit-ish squares side by side in North West Wales), two themes, one region,
 * one seed document, two funders, two organisations, four projects and four awards whose end
 * dates cover every precision (day, month, year, unknown).
 */
import { eq, sql } from "drizzle-orm";
import type { Polygon } from "geojson";
import type { TFunction } from "i18next";
import type { RequestContext } from "../app/platform/context.server";
import { tFor, type Lang } from "../app/i18n";
import { createDb, migrateDb, type Db } from "../db/client";
import * as s from "../db/schema";
import type { AuthorityReference } from "../geo/authorities";
import { computeAreaKm2 } from "../geo/neighbours";
import { loadSeed, type SeedInput } from "../seeds/load-seed";
import type { SeedAward, SeedProject } from "../seeds/types";

export const SEED_DOC = "900_test-seed.txt";
export const REFERENCE_DOC = "test-authorities.json";

/** GSS codes of the three authorities in the world. */
export const GSS = { west: "W06000001", middle: "W06000002", east: "W06000003" } as const;

/** A fresh, migrated, empty in-memory database. */
export function makeDb(): Db {
  const db = createDb(":memory:");
  migrateDb(db);
  return db;
}

/** A square outline [lng, lat] with its south-west corner at (lng, lat). */
export function square(lng: number, lat: number, side = 0.2): Polygon {
  return {
    type: "Polygon",
    coordinates: [
      [
        [lng, lat],
        [lng + side, lat],
        [lng + side, lat + side],
        [lng, lat + side],
        [lng, lat],
      ],
    ],
  };
}

function authority(gss: string, iso: string, nameEn: string, nameCy: string, population: number): AuthorityReference {
  return {
    gss_code: gss,
    iso_3166_2: iso,
    name_en: nameEn,
    name_cy: nameCy,
    population_census_2021: population,
    land_area_km2: 300,
    rural_wlga: true,
    police_force: "North Wales Police",
    police_force_area_code: "E23000029",
    cohesion_region: "North West Wales",
    cohesion_region_source: "test fixture",
    historic_asylum_dispersal_area: false,
  };
}

const cite = (quote: string) => ({ doc: SEED_DOC, quote });

/** A project input with sensible defaults: a Wales-wide hate-crime project of organisation "beta-network". */
export function projectInput(key: string, overrides: Partial<SeedProject> = {}): SeedProject {
  return {
    key,
    kind: "service",
    organisation: "beta-network",
    titleEn: `Project ${key}`,
    descriptionEn: `Test project ${key}.`,
    themes: ["hate-crime"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: cite(`Quote for project ${key}.`),
    ...overrides,
  };
}

/** An award input with sensible defaults: Welsh Government funding of organisation "alpha-trust", dates unknown. */
export function awardInput(key: string, overrides: Partial<SeedAward> = {}): SeedAward {
  return {
    key,
    funder: "welsh-government",
    programmeEn: `Programme ${key}`,
    organisation: "alpha-trust",
    amountPence: null,
    start: null,
    end: null,
    cite: cite(`Quote for award ${key}.`),
    ...overrides,
  };
}

/**
 * The world's seed input, built afresh on every call so tests may change it.
 *
 * Projects:
 * - all-wales-helpline: Wales-wide, hate crime, beta-network, dates unknown
 * - middle-youth-club: authority "middle" only, youth ASB, alpha-trust, 2023-04 to 2024-12 (month)
 * - west-hate-crime-forum: authority "west" only, hate crime, alpha-trust, 2022 to 2025 (year)
 * - stopped-schools-programme: Wales-wide, youth ASB, beta-network, stopped with no end date
 *
 * Awards (ordered by end date): month 2024-12, year 2025 (with a date note), day 2026-03-31, unknown.
 */
export function worldInput(): SeedInput {
  const authorities = [
    authority(GSS.west, "GB-AGY", "Westshire", "Sir y Gorllewin", 10_000),
    authority(GSS.middle, "GB-GWN", "Middleshire", "Sir y Canol", 40_000),
    authority(GSS.east, "GB-CWY", "Eastshire", "Sir y Dwyrain", 20_000),
  ];
  const outlines: Record<string, Polygon> = {
    [GSS.west]: square(-4.6, 53.0),
    [GSS.middle]: square(-4.4, 53.0),
    [GSS.east]: square(-4.2, 53.0),
  };
  return {
    referenceDocuments: [{ id: REFERENCE_DOC, title: "Test authority facts", author: "Tests", date: "2026" }],
    documents: [{ id: SEED_DOC, title: "A test seed document", author: "Tests", date: "2025-02-27" }],
    regions: [{ id: "north-west-wales", nameEn: "North West Wales", nameCy: "Gogledd-orllewin Cymru" }],
    authorities,
    fieldSources: [{ field: "population_2021", source: "Test census", quality: "exact" }],
    themes: [
      { id: "hate-crime", nameEn: "Hate crime and reporting", nameCy: "Troseddau casineb ac adrodd amdanynt" },
      { id: "youth-asb", nameEn: "Youth and anti-social behaviour", nameCy: "Pobl ifanc ac ymddygiad gwrthgymdeithasol" },
    ],
    boundarySet: {
      id: "test-squares",
      name: "Test squares",
      attribution: "Tests",
      licence: "Public domain",
      generalised: false,
      features: Object.entries(outlines).map(([gss_code, geometry]) => ({ type: "Feature", properties: { gss_code }, geometry })),
      areasKm2: Object.fromEntries(Object.entries(outlines).map(([gss, g]) => [gss, computeAreaKm2(g)])),
    },
    funders: [
      { slug: "welsh-government", nameEn: "Welsh Government", nameCy: "Llywodraeth Cymru", kind: "welsh-government", cite: cite("The Welsh Government funds it.") },
      { slug: "test-lottery", nameEn: "Test Lottery Fund", kind: "lottery", cite: cite("The lottery funds it.") },
    ],
    organisations: [
      {
        slug: "alpha-trust",
        nameEn: "Alpha Trust",
        nameCy: "Ymddiriedolaeth Alffa",
        kind: "charity",
        descriptionEn: "A charity running a youth club and a hate crime forum.",
        homeGss: GSS.west,
        cite: cite("Alpha Trust runs a youth club."),
      },
      {
        slug: "beta-network",
        nameEn: "Beta Network",
        kind: "network",
        descriptionEn: "A Wales-wide network of advice services.",
        cite: cite("Beta Network covers all of Wales."),
      },
    ],
    projects: [
      projectInput("all-wales-helpline", { titleEn: "All Wales hate crime helpline", themes: ["hate-crime"] }),
      projectInput("middle-youth-club", {
        organisation: "alpha-trust",
        titleEn: "Middleshire youth club",
        titleCy: "Clwb ieuenctid Sir y Canol",
        themes: ["youth-asb"],
        area: { kind: "authorities", gss: [GSS.middle] },
        start: "2023-04",
        end: "2024-12",
      }),
      projectInput("west-hate-crime-forum", {
        organisation: "alpha-trust",
        titleEn: "Westshire hate crime forum",
        themes: ["hate-crime"],
        area: { kind: "authorities", gss: [GSS.west] },
        start: "2022",
        end: "2025",
        dateNote: "Derived: 3 years from 2022.",
      }),
      projectInput("stopped-schools-programme", {
        titleEn: "Stopped schools programme",
        themes: ["youth-asb"],
        ended: true,
      }),
    ],
    awards: [
      awardInput("wg-youth-club", { project: "middle-youth-club", organisation: undefined, amountPence: 5_000_000, start: "2023-04", end: "2024-12" }),
      awardInput("wg-forum", {
        project: "west-hate-crime-forum",
        organisation: undefined,
        start: "2022",
        end: "2025",
        dateNote: "Derived: 3 years from 2022, so ends during 2025.",
      }),
      awardInput("lottery-helpline", { funder: "test-lottery", project: "all-wales-helpline", organisation: undefined, amountPence: 1_000_000, end: "2026-03-31" }),
      awardInput("lottery-alpha-core", { funder: "test-lottery", organisation: "alpha-trust", amountPence: 250_000, amountPeriod: "per-year" }),
    ],
  };
}

export interface World {
  db: Db;
  input: SeedInput;
  /** Row ids by slug or seed key. */
  ids: {
    organisations: Record<string, number>;
    funders: Record<string, number>;
    projects: Record<string, number>;
    awards: Record<string, number>;
  };
}

/**
 * Loads the world (optionally changed by `tweak` first) into `db`, or into a fresh in-memory database.
 *
 * @example
 * const { db, ids } = makeWorld(makeDb(), (input) => input.projects.push(projectInput("extra")));
 */
export function makeWorld(db: Db = makeDb(), tweak?: (input: SeedInput) => void): World {
  const input = worldInput();
  tweak?.(input);
  loadSeed(db, input);
  return { db, input, ids: idsOf(db) };
}

/** Row ids by slug or seed key, as they are in the database now. */
export function idsOf(db: Db): World["ids"] {
  const byKey = (rows: { key: string | null; id: number }[]) => Object.fromEntries(rows.map((r) => [r.key!, r.id]));
  return {
    organisations: byKey(db.select({ key: s.organisations.slug, id: s.organisations.id }).from(s.organisations).all()),
    funders: byKey(db.select({ key: s.funders.slug, id: s.funders.id }).from(s.funders).all()),
    projects: byKey(db.select({ key: s.projects.seedKey, id: s.projects.id }).from(s.projects).all()),
    awards: byKey(db.select({ key: s.awards.seedKey, id: s.awards.id }).from(s.awards).all()),
  };
}

const COUNTED_TABLES = {
  documents: s.documents,
  sources: s.sources,
  regions: s.regions,
  localAuthorities: s.localAuthorities,
  authorityFieldSources: s.authorityFieldSources,
  boundarySets: s.boundarySets,
  boundaries: s.boundaries,
  themes: s.themes,
  organisations: s.organisations,
  projects: s.projects,
  projectThemes: s.projectThemes,
  projectAreas: s.projectAreas,
  funders: s.funders,
  awards: s.awards,
  meta: s.meta,
};

/** The number of rows in every table. */
export function countRows(db: Db): Record<keyof typeof COUNTED_TABLES, number> {
  return Object.fromEntries(
    Object.entries(COUNTED_TABLES).map(([name, table]) => [name, db.select({ n: sql<number>`count(*)` }).from(table).get()!.n]),
  ) as Record<keyof typeof COUNTED_TABLES, number>;
}

/** The status of a seeded project or award, by seed key. */
export function statusOf(db: Db, table: "projects" | "awards", key: string): string | undefined {
  const t = table === "projects" ? s.projects : s.awards;
  return db.select({ status: t.status }).from(t).where(eq(t.seedKey, key)).get()?.status;
}

/** A request context over `db` for a URL path, without the app's own database connection. */
export function makeContext(db: Db, path: string, lang: Lang = "en"): RequestContext {
  const url = new URL(path, "http://127.0.0.1");
  if (lang === "cy") url.searchParams.set("lang", "cy");
  const t: TFunction = tFor(lang);
  return { url, lang, t, db };
}

/** A password hash no password matches (for users that tests never sign in as). */
export const DUMMY_PASSWORD_HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

let userCount = 0;

/**
 * Inserts a user directly (no password hashing), as editor, moderator or admin; returns its id.
 *
 * @example
 * const moderatorId = makeUser(db, "moderator");
 */
export function makeUser(db: Db, role: s.Role = "editor", email = `${role}-${++userCount}@example.org`): number {
  return db
    .insert(s.users)
    .values({ email, passwordHash: DUMMY_PASSWORD_HASH, role, createdAt: "2026-01-01T00:00:00.000Z" })
    .returning({ id: s.users.id })
    .get().id;
}
