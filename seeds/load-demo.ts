/**
 * `npm run seed:demo -- --database data/demo.db --projects 1000 --seed 7`: a demonstration database
 * with the real seed data plus a seeded synthetic world (seeds/synthetic.ts): local services on real
 * settlements and authorities, their organisations, a handful of made-up funders and awards whose
 * ends spread over the next three years. Every synthetic row is flagged `synthetic`, so the site
 * labels it and shows a banner.
 *
 * It refuses the default database: synthetic records are never mixed into it silently.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { createDb, migrateDb, type Db } from "../db/client";
import type { OrganisationKind } from "../db/enums";
import { bumpDataVersion } from "../db/queries/meta";
import { insertAward, insertFunder, insertOrganisation, insertProject, isSlugTaken, setProjectAreas, setProjectThemes } from "../db/queries/records";
import { databasePath } from "../db/path";
import { WALES_AUTHORITIES } from "../geo/authorities";
import { latestEvidence } from "../geo/dates/currency";
import { precisionOf } from "../geo/dates/partial-date";
import { authoritiesReachedByCircle } from "../geo/reach";
import { THEMES } from "./data/themes";
import { loadSeed } from "./load-seed";
import { buildProjectRow } from "./project-row";
import { buildSeedInput } from "./seed-input";
import { DEMO_TODAY, SYNTHETIC_FUNDERS, generateSyntheticData, type SyntheticProject } from "./synthetic";

export const DEFAULT_DATABASE = "data/cohesion.db";
/** About this many projects per synthetic organisation (grouped by the authority they are based in). */
const PROJECTS_PER_ORGANISATION = 10;
const ORGANISATION_KINDS: readonly { kind: OrganisationKind; suffix: string }[] = [
  { kind: "charity", suffix: "Community Trust" },
  { kind: "community-group", suffix: "Community Group" },
  { kind: "partnership", suffix: "Cohesion Partnership" },
  { kind: "network", suffix: "Network" },
];

export interface DemoCounts {
  organisations: number;
  projects: number;
  funders: number;
  awards: number;
}

/**
 * Adds a seeded synthetic world of `count` projects (reproducible for a seed; `today` anchors its
 * dates, default DEMO_TODAY) beside the real seed. Throws if this seed is already in the database.
 *
 * @example
 * loadDemo(db, { count: 100, seed: 7 }) // { organisations: 22, projects: 100, funders: 6, awards: 78 }
 */
export function loadDemo(db: Db, { count, seed, today = DEMO_TODAY }: { count: number; seed: number; today?: string }): DemoCounts {
  const input = buildSeedInput();
  loadSeed(db, input);
  const boundaries = { type: "FeatureCollection", features: input.boundarySet.features } as FeatureCollection<Polygon | MultiPolygon, { gss_code: string }>;
  const { projects, awards } = generateSyntheticData(count, { seed, today });
  const prefix = `synthetic-demo-${seed}`;
  if (isSlugTaken(db, "organisations", `${prefix}-1`) || isSlugTaken(db, "funders", `${prefix}-${SYNTHETIC_FUNDERS[0].key}`)) {
    throw new Error(`Synthetic data for seed ${seed} is already in this database (${prefix})`);
  }
  const organisations = planOrganisations(projects);
  return db.transaction(() => {
    const organisationIds = organisations.map((o, i) =>
      insertOrganisation(db, {
        slug: `${prefix}-${i + 1}`,
        nameEn: o.nameEn,
        kind: o.kind,
        descriptionEn: "Generated demonstration data. Not a real organisation.",
        homeGss: o.homeGss,
        lastEvidenced: o.lastEvidenced,
        lastConfirmed: o.lastEvidenced,
        status: "published",
        synthetic: true,
      }),
    );
    const organisationOf = new Map(organisations.flatMap((o, i) => o.projectIds.map((id) => [id, organisationIds[i]] as const)));
    const projectIds = new Map<number, number>();
    for (const p of projects) {
      const row = buildProjectRow({
        organisationId: organisationOf.get(p.id)!,
        titleEn: projectTitle(p),
        descriptionEn: `Generated demonstration data. Not a real ${p.kind}.`,
        kind: p.kind,
        area: p.reach,
        start: p.startDate,
        end: p.endDate,
        ended: p.endedNoDate,
        lastEvidenced: p.lastEvidenced,
      });
      const id = insertProject(db, { ...row, synthetic: true });
      projectIds.set(p.id, id);
      setProjectThemes(db, id, p.themes);
      if (p.reach.kind === "authorities") setProjectAreas(db, id, p.reach.gss, false);
      if (p.reach.kind === "point") setProjectAreas(db, id, authoritiesReachedByCircle(p.reach.lng, p.reach.lat, p.reach.radiusKm, boundaries), true);
    }
    const funderIds = new Map(
      SYNTHETIC_FUNDERS.map((f) => [f.key, insertFunder(db, { slug: `${prefix}-${f.key}`, nameEn: f.nameEn, kind: f.kind, synthetic: true })]),
    );
    for (const a of awards) {
      insertAward(db, {
        funderId: funderIds.get(a.funder)!,
        programmeEn: a.programmeEn,
        projectId: projectIds.get(a.projectId)!,
        amountPence: a.amountPence,
        amountPeriod: a.amountPeriod,
        startDate: a.startDate,
        startPrecision: precisionOf(a.startDate),
        endDate: a.endDate,
        endPrecision: precisionOf(a.endDate),
        lastEvidenced: a.lastEvidenced,
        status: "published",
        synthetic: true,
      });
    }
    bumpDataVersion(db);
    return { organisations: organisations.length, projects: projects.length, funders: funderIds.size, awards: awards.length };
  });
}

interface PlannedOrganisation {
  nameEn: string;
  kind: OrganisationKind;
  homeGss: string | null;
  lastEvidenced: string | null;
  projectIds: number[];
}

/** Groups the projects by the authority they are based in, about PROJECTS_PER_ORGANISATION to an organisation. */
function planOrganisations(projects: readonly SyntheticProject[]): PlannedOrganisation[] {
  const byHome = new Map<string | null, SyntheticProject[]>();
  for (const p of projects) {
    const members = byHome.get(p.homeGss);
    if (members) members.push(p);
    else byHome.set(p.homeGss, [p]);
  }
  const names = new Map(WALES_AUTHORITIES.map((a) => [a.gss_code, a.name_en]));
  const taken = new Map<string, number>();
  const planned: PlannedOrganisation[] = [];
  for (const [homeGss, members] of byHome) {
    const groups = Math.ceil(members.length / PROJECTS_PER_ORGANISATION);
    for (let g = 0; g < groups; g++) {
      const group = members.filter((_, i) => i % groups === g);
      const { kind, suffix } = ORGANISATION_KINDS[planned.length % ORGANISATION_KINDS.length];
      const where = homeGss === null ? "Wales" : (group.find((p) => p.place !== null)?.place ?? names.get(homeGss) ?? homeGss);
      const base = `Synthetic ${where} ${homeGss === null ? "Network" : suffix}`;
      const seen = (taken.get(base) ?? 0) + 1;
      taken.set(base, seen);
      planned.push({
        nameEn: seen === 1 ? base : `${base} ${seen}`,
        kind: homeGss === null ? "network" : kind,
        homeGss,
        lastEvidenced: latestEvidence(group.map((p) => p.lastEvidenced)),
        projectIds: group.map((p) => p.id),
      });
    }
  }
  return planned;
}

const THEME_NAMES = new Map<string, string>(THEMES.map((t) => [t.id, t.nameEn]));
const AUTHORITY_NAMES = new Map(WALES_AUTHORITIES.map((a) => [a.gss_code, a.name_en]));

/** "Synthetic service: Hate crime and reporting, Aberystwyth". */
function projectTitle(p: SyntheticProject): string {
  const where =
    p.reach.kind === "point" ? p.place : p.reach.kind === "authorities" ? p.reach.gss.map((g) => AUTHORITY_NAMES.get(g) ?? g).join(" and ") : "Wales";
  return `Synthetic ${p.kind}: ${THEME_NAMES.get(p.themes[0]) ?? p.themes[0]}, ${where}`;
}

/**
 * Throws when `path` is the default database, which never holds synthetic records.
 *
 * @example
 * assertDemoDatabase("data/cohesion.db") // throws "Refusing to put synthetic data into the default database …"
 */
export function assertDemoDatabase(path: string): void {
  if (resolve(path) === resolve(DEFAULT_DATABASE)) {
    throw new Error(
      `Refusing to put synthetic data into the default database (${DEFAULT_DATABASE}). Pass --database data/demo.db and run the app with DATABASE_PATH=data/demo.db.`,
    );
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({
    options: { database: { type: "string" }, projects: { type: "string", default: "1000" }, seed: { type: "string", default: "1" }, today: { type: "string" } },
  });
  const path = values.database ?? databasePath();
  try {
    assertDemoDatabase(path);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const count = Number(values.projects);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error(`--projects must be a whole number ≥ 1 and --seed a whole number (got ${values.projects}, ${values.seed})`);
    process.exit(1);
  }
  mkdirSync(dirname(path), { recursive: true });
  const db = createDb(path);
  migrateDb(db);
  const added = loadDemo(db, { count, seed, today: values.today });
  db.$client.close();
  console.log(
    `Seeded ${path} with the real seed data and a synthetic world (seed ${seed}, as of ${values.today ?? DEMO_TODAY}): ` +
      `${added.projects} projects, ${added.organisations} organisations, ${added.funders} funders, ${added.awards} awards. Start it with DATABASE_PATH=${path} npm start.`,
  );
}
