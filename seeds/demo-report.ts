/**
 * `tsx seeds/demo-report.ts --database data/demo.db [--asOf 2026-12-01 --asOf 2028-12-01]`: what a
 * demonstration database holds and the gaps it shows, measured independently of the coverage engine
 * (a check on the demo data, not on the engine). A script, not part of the site.
 *
 * A gap is an authority × theme pair whose current local services (kind "service", reach not
 * Wales-wide, current by geo/dates/currency.ts) leave part of it out of reach, judged three ways:
 * by points on a 2 km grid over the authority (area), by the ONS small areas' interior points
 * (people, as the engine counts them) and by the GeoNames settlements.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { booleanPointInPolygon } from "@turf/turf";
import Database from "better-sqlite3";
import { countsAsCurrent, currencyOn } from "../geo/dates/currency";
import { lastDayOf } from "../geo/dates/partial-date";
import { measureDistanceKm } from "../geo/sphere";
import { DEMO_TODAY, loadCoverageAuthorities, loadCoverageSettlements } from "./synthetic";

const SMALL_AREAS_FILE = new URL("../geo/data/ons-small-areas-wales.json", import.meta.url);
const GRID_KM = 2;

interface ProjectRecord {
  id: number;
  kind: string;
  area_kind: string;
  point_lng: number | null;
  point_lat: number | null;
  radius_km: number | null;
  start_date: string | null;
  end_date: string | null;
  ended_no_date: number;
  last_evidenced: string | null;
  synthetic: number;
}

type Point = { gss: string; lng: number; lat: number };

function main(): void {
  const { values } = parseArgs({ options: { database: { type: "string", default: "data/demo.db" }, asOf: { type: "string", multiple: true } } });
  const dates = values.asOf ?? [DEMO_TODAY, "2027-12-01", "2028-12-01"];
  const db = new Database(values.database, { readonly: true });
  const projects = db.prepare(`SELECT p.* FROM projects p JOIN organisations o ON o.id = p.organisation_id WHERE p.status = 'published' AND o.status = 'published'`).all() as ProjectRecord[];
  const themesOf = groupBy(db.prepare(`SELECT project_id AS id, theme_id AS v FROM project_themes`).all() as { id: number; v: string }[]);
  const areasOf = groupBy(db.prepare(`SELECT project_id AS id, gss_code AS v FROM project_areas`).all() as { id: number; v: string }[]);
  const themes = (db.prepare(`SELECT id FROM themes ORDER BY sort_order`).all() as { id: string }[]).map((t) => t.id);
  describeData(db, projects);

  const authorities = loadCoverageAuthorities();
  const probes = {
    area: gridPoints(authorities),
    people: (JSON.parse(readFileSync(SMALL_AREAS_FILE, "utf8")) as (Point & { type: string })[]).filter((a) => a.type === "LSOA"),
    places: loadCoverageSettlements(),
  };
  for (const asOf of dates) {
    const current = projects.filter(
      (p) => p.kind === "service" && p.area_kind !== "wales" && p.area_kind !== "unstated" && countsAsCurrent(currencyOn({ startDate: p.start_date, endDate: p.end_date, endedNoDate: p.ended_no_date === 1, lastEvidenced: p.last_evidenced }, asOf)),
    );
    const counts = { area: 0, people: 0, places: 0, none: 0 };
    const perTheme = new Map<string, number>();
    for (const theme of themes) {
      const inTheme = current.filter((p) => themesOf.get(p.id)?.includes(theme));
      for (const a of authorities) {
        const reaches = (q: Point) => inTheme.some((p) => (p.area_kind === "point" ? measureDistanceKm([q.lng, q.lat], [p.point_lng!, p.point_lat!]) <= p.radius_km! : areasOf.get(p.id)?.includes(q.gss)));
        const serving = inTheme.filter((p) => areasOf.get(p.id)?.includes(a.gss));
        if (serving.length === 0) counts.none++;
        for (const k of ["area", "people", "places"] as const) {
          if (probes[k].some((q) => q.gss === a.gss && !reaches(q))) {
            counts[k]++;
            if (k === "people") perTheme.set(theme, (perTheme.get(theme) ?? 0) + 1);
          }
        }
      }
    }
    console.log(
      `${asOf}: ${current.length} current local services; gaps of ${themes.length * authorities.length} pairs — area ${counts.area}, people (LSOAs) ${counts.people}, settlements ${counts.places}; with no service serving the authority ${counts.none}`,
    );
    const anyTheme = authorities.map((a) => {
      const points = probes.area.filter((q) => q.gss === a.gss);
      const reached = points.filter((q) => current.some((p) => (p.area_kind === "point" ? measureDistanceKm([q.lng, q.lat], [p.point_lng!, p.point_lat!]) <= p.radius_km! : areasOf.get(p.id)?.includes(q.gss))));
      return `${a.gss.slice(-2)} ${Math.round((100 * reached.length) / points.length)}%`;
    });
    console.log(`  area in reach of any current local service, by authority: ${anyTheme.join(", ")}`);
    console.log(`  people gaps by theme: ${themes.map((t) => `${t} ${perTheme.get(t) ?? 0}`).join(", ")}`);
  }
  db.close();
}

/** Counts by kind and reach, the radius distribution, the awards and their amounts, and the cliff from DEMO_TODAY. */
function describeData(db: Database.Database, projects: ProjectRecord[]): void {
  const synthetic = projects.filter((p) => p.synthetic === 1);
  console.log(`${projects.length} published projects, ${synthetic.length} synthetic`);
  console.log(`  by kind: ${tally(synthetic.map((p) => p.kind))}`);
  console.log(`  by area: ${tally(synthetic.map((p) => `${p.area_kind}${p.area_kind === "wales" ? `(${p.kind})` : ""}`))}`);
  const radii = synthetic.filter((p) => p.radius_km !== null).map((p) => p.radius_km!);
  const bands = radii.map((r) => (r < 3 ? "<3" : r <= 10 ? "3–10" : r <= 25 ? "10–25" : ">25"));
  console.log(`  radii (km): ${tally(bands)}; median ${[...radii].sort((a, b) => a - b)[Math.floor(radii.length / 2)]}`);
  console.log(`  evidence: ${tally(synthetic.map((p) => (p.last_evidenced === null ? "none" : p.last_evidenced.slice(0, 4))))}`);
  const awards = db.prepare(`SELECT a.*, f.name_en AS funder FROM awards a JOIN funders f ON f.id = a.funder_id WHERE a.synthetic = 1`).all() as {
    amount_pence: number | null;
    amount_period: string;
    end_date: string | null;
    end_precision: string;
    funder: string;
  }[];
  const pounds = awards.map((a) => (a.amount_pence ?? 0) / 100).sort((a, b) => a - b);
  console.log(`${awards.length} synthetic awards; by funder: ${tally(awards.map((a) => a.funder))}`);
  console.log(`  amounts £${pounds[0]}–£${pounds[pounds.length - 1]}, median £${pounds[Math.floor(pounds.length / 2)]}; ${tally(awards.map((a) => a.amount_period))}; ends: ${tally(awards.map((a) => a.end_precision))}`);
  const quarters = awards
    .filter((a) => a.end_date !== null && lastDayOf(a.end_date) >= DEMO_TODAY)
    .map((a) => {
      const last = lastDayOf(a.end_date!);
      return `${last.slice(0, 4)} Q${Math.ceil(Number(last.slice(5, 7)) / 3)}`;
    });
  console.log(`  ending by quarter from ${DEMO_TODAY}: ${tally(quarters, true)}`);
}

/** Points every GRID_KM km (roughly) inside each authority's outline. */
function gridPoints(authorities: ReturnType<typeof loadCoverageAuthorities>): Point[] {
  const points: Point[] = [];
  const dLat = GRID_KM / 111.2;
  for (let lat = 51.3; lat < 53.5; lat += dLat) {
    const dLng = GRID_KM / (111.2 * Math.cos((lat * Math.PI) / 180));
    for (let lng = -5.4; lng < -2.6; lng += dLng) {
      const a = authorities.find((x) => booleanPointInPolygon([lng, lat], x.geometry));
      if (a) points.push({ gss: a.gss, lng, lat });
    }
  }
  return points;
}

function groupBy(rows: { id: number; v: string }[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.v]);
  return out;
}

function tally(values: string[], sortByKey = false): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const entries = [...counts];
  entries.sort(sortByKey ? (a, b) => a[0].localeCompare(b[0]) : (a, b) => b[1] - a[1]);
  return entries.map(([k, n]) => `${k} ${n}`).join(", ");
}

main();
