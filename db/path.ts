/**
 * The embedded database's file: DATABASE_PATH, or data/cohesion.db under the working directory.
 *
 * @example
 * databasePath() // "data/cohesion.db"
 */
export function databasePath(): string {
  return process.env.DATABASE_PATH ?? "data/cohesion.db";
}
