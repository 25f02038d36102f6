import { asc, eq } from "drizzle-orm";
import type { Queryable } from "../client";
import { authorityFieldSources, localAuthorities, regions } from "../schema";

const authorityColumns = {
  gssCode: localAuthorities.gssCode,
  iso31662: localAuthorities.iso31662,
  nameEn: localAuthorities.nameEn,
  nameCy: localAuthorities.nameCy,
  population2021: localAuthorities.population2021,
  landAreaKm2: localAuthorities.landAreaKm2,
  ruralWlga: localAuthorities.ruralWlga,
  policeForce: localAuthorities.policeForce,
  policeForceAreaCode: localAuthorities.policeForceAreaCode,
  regionId: localAuthorities.regionId,
  regionNameEn: regions.nameEn,
  regionNameCy: regions.nameCy,
  regionSource: localAuthorities.regionSource,
  historicDispersalArea: localAuthorities.historicDispersalArea,
};

export type AuthorityRow = Awaited<ReturnType<typeof listAuthorities>>[number];

/**
 * All 22 authorities with their region, ordered by GSS code.
 *
 * @example
 * listAuthorities(db).length // 22
 */
export function listAuthorities(db: Queryable) {
  return db
    .select(authorityColumns)
    .from(localAuthorities)
    .leftJoin(regions, eq(regions.id, localAuthorities.regionId))
    .orderBy(asc(localAuthorities.gssCode))
    .all();
}

/**
 * One authority by GSS code, or undefined.
 *
 * @example
 * getAuthority(db, "W06000023")?.nameEn // "Powys"
 */
export function getAuthority(db: Queryable, gssCode: string) {
  return db
    .select(authorityColumns)
    .from(localAuthorities)
    .leftJoin(regions, eq(regions.id, localAuthorities.regionId))
    .where(eq(localAuthorities.gssCode, gssCode))
    .get();
}

/**
 * The source of each authority field.
 *
 * @example
 * listAuthorityFieldSources(db).find((f) => f.field === "population_2021")
 */
export function listAuthorityFieldSources(db: Queryable) {
  return db.select().from(authorityFieldSources).all();
}

/**
 * The eight cohesion regions.
 *
 * @example
 * listRegions(db).map((r) => r.nameEn)
 */
export function listRegions(db: Queryable) {
  return db.select().from(regions).orderBy(asc(regions.nameEn)).all();
}
