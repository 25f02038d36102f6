import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createDb, migrateDb } from "./client";
import { databasePath } from "./path";

const path = databasePath();
mkdirSync(dirname(path), { recursive: true });
const db = createDb(path);
migrateDb(db);
db.$client.close();
console.log(`Migrated ${path}`);
