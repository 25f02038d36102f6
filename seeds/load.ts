/** `npm run seed`: loads the seed records into the embedded database (idempotent). */
import { createDb, migrateDb } from "../db/client";
import { databasePath } from "../db/path";
import { loadSeed } from "./load-seed";
import { buildSeedInput } from "./seed-input";

const path = databasePath();
const db = createDb(path);
migrateDb(db);
const counts = loadSeed(db, buildSeedInput());
db.$client.close();
console.log(`Seeded ${path}: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(", ")}`);
