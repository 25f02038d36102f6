import type { Db } from "../../db/client";
import { hasSyntheticRecords } from "../../db/queries/meta";

/**
 * Settings the pages need: the optional map tile layer (off unless MAP_TILE_URL is set, so the map
 * works offline and in tests) and whether the database holds synthetic records.
 */
export function siteSettings(db: Db) {
  return {
    tileUrl: process.env.MAP_TILE_URL || null,
    tileAttribution: process.env.MAP_TILE_ATTRIBUTION || null,
    synthetic: hasSyntheticRecords(db),
  };
}
