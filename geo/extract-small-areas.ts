/**
 * Extracts the ONS small areas of Wales (2011 LSOAs, 2011 MSOAs and 2013 electoral wards, each with
 * its authority, an interior point and its area) from ../shared/geo/ons-small-areas-wales.csv into
 * geo/data/ons-small-areas-wales.json, so the app never reads ../shared at runtime.
 * Open Government Licence v3.0: "Contains National Statistics data © Crown copyright and database
 * right 2013. Contains Ordnance Survey data © Crown copyright and database right 2013."
 *
 * Run when the source file changes:
 *   npx tsx geo/extract-small-areas.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { fileURLToPath, pathToFileURL } from "node:url";
import { stringifyOneRecordPerLine } from "./extract-settlements";

export type SmallAreaType = "LSOA" | "MSOA" | "WD";

export interface SmallArea {
  code: string;
  type: SmallAreaType;
  nameEn: string;
  nameCy: string;
  gss: string;
  lng: number;
  lat: number;
  areaKm2: number;
}

const COLUMNS = ["code", "type", "name_en", "name_cy", "authority_gss", "lng", "lat", "area_km2"];

/**
 * The small areas from the ONS CSV (columns as COLUMNS). Throws on a malformed row, naming its line.
 *
 * @example
 * parseSmallAreas("code,type,…\nW01000001,LSOA,Isle of Anglesey 001A,,W06000001,-4.3,53.4,12.5\n")[0].code // "W01000001"
 */
export function parseSmallAreas(csv: string): SmallArea[] {
  const records: string[][] = parse(csv, { bom: true, skip_empty_lines: true });
  if (records[0]?.join(",") !== COLUMNS.join(",")) throw new Error(`Unexpected header in small-area file: ${records[0]?.join(",")}`);
  return records.slice(1).map((r, i) => {
    const [code, type, nameEn, nameCy, gss, lng, lat, area] = r;
    const row = { code, type: type as SmallAreaType, nameEn, nameCy, gss, lng: Number(lng), lat: Number(lat), areaKm2: Number(area) };
    const ok = /^W0[125]\d{6}$/.test(code) && ["LSOA", "MSOA", "WD"].includes(type) && /^W06\d{6}$/.test(gss) && [row.lng, row.lat, row.areaKm2].every(Number.isFinite);
    if (!ok) throw new Error(`Malformed small area on line ${i + 2}: ${r.join(",")}`);
    return row;
  });
}

const SOURCE = fileURLToPath(new URL("../../shared/geo/ons-small-areas-wales.csv", import.meta.url));
const TARGET = fileURLToPath(new URL("./data/ons-small-areas-wales.json", import.meta.url));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const areas = parseSmallAreas(readFileSync(SOURCE, "utf8"));
  writeFileSync(TARGET, stringifyOneRecordPerLine(areas));
  const count = (t: SmallAreaType) => areas.filter((a) => a.type === t).length;
  console.log(`Wrote ${TARGET}: ${count("LSOA")} LSOAs, ${count("MSOA")} MSOAs, ${count("WD")} wards`);
}
