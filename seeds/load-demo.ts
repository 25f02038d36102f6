/**
 * `npm run seed:demo -- --database data/demo.db --projects 2000 --seed 7`: a demonstration database
 * with the real seed data plus seeded synthetic projects (point-and-radius reaches and more), every
 * synthetic row flagged `synthetic` so the site labels it and shows a banner.
 *
 * It refuses the default database: synthetic records are never mixed into it silently.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { createDb, migrateDb, type Db } from "../db/client";
import { bumpDataVersion } from "../db/queries/meta";
import { insertOrganisation, insertProject, isSlugTaken, setProjectAreas, setProjectThemes } from "../db/queries/records";
import { databasePath } from "../db/path";
import { authoritiesReachedByCircle } from "../geo/reach";
import { loadSeed } from "./load-seed";
import { buildProjectRow } from "./project-row";
import { buildSeedInput } from "./seed-input";
import { generateSyntheticProjects } from "./synthetic";

const DEFAULT_DATABASE = "data/cohesion.db";

/**
 * Adds `count` synthetic projects (seeded, reproducible) under one synthetic organisation.
 *
 * @example
 * loadDemo(db, { count: 100, seed: 7 }) // 100
 */
export function loadDemo(db: Db, { count, seed }: { count: number; seed: number }): number {
  const input = buildSeedInput();
  loadSeed(db, input);
  const boundaries = { type: "FeatureCollection", features: input.boundarySet.features } as FeatureCollection<Polygon | MultiPolygon, { gss_code: string }>;
  const projects = generateSyntheticProjects(count, { seed });
  const slug = `synthetic-demo-${seed}`;
  if (isSlugTaken(db, "organisations", slug)) throw new Error(`Synthetic data for seed ${seed} is already in this database (${slug})`);
  return db.transaction(() => {
    const organisationId = insertOrganisation(db, {
      slug,
      nameEn: `Synthetic demonstration organisation (seed ${seed})`,
      kind: "other",
      descriptionEn: "Generated demonstration data. Not a real organisation.",
      status: "published",
      synthetic: true,
    });
    projects.forEach((p, i) => {
      const reach = p.reach;
      const row = buildProjectRow({
        organisationId,
        titleEn: `Synthetic project ${i + 1}`,
        descriptionEn: "Generated demonstration data. Not a real project.",
        area: reach,
        start: p.startDate,
        end: p.endDate,
      });
      const id = insertProject(db, { ...row, synthetic: true });
      setProjectThemes(db, id, p.themes);
      if (reach.kind === "authorities") setProjectAreas(db, id, reach.gss, false);
      if (reach.kind === "point") setProjectAreas(db, id, authoritiesReachedByCircle(reach.lng, reach.lat, reach.radiusKm, boundaries), true);
    });
    bumpDataVersion(db);
    return projects.length;
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({ options: { database: { type: "string" }, projects: { type: "string", default: "1000" }, seed: { type: "string", default: "1" } } });
  const path = values.database ?? databasePath();
  if (resolve(path) === resolve(DEFAULT_DATABASE)) {
    console.error(`Refusing to put synthetic data into the default database (${DEFAULT_DATABASE}). Pass --database data/demo.db and run the app with DATABASE_PATH=data/demo.db.`);
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
  const added = loadDemo(db, { count, seed });
  db.$client.close();
  console.log(`Seeded ${path} with the real seed data and ${added} synthetic projects (seed ${seed}). Start it with DATABASE_PATH=${path} npm start.`);
}
