/**
 * `npm run bench`: times the coverage engine on seeded synthetic projects (1,000, 10,000 and 50,000
 * generated; the engine is given their local services, as the site gives it) against the naive Turf
 * approach (union every current reach per theme, intersect with each authority, test every small
 * area's point against every reach), checks that both give the same figures, and prints a Markdown
 * table. A script, not a test; run it with nothing else busy for stable numbers.
 *
 * The naive baseline takes minutes at 10,000 projects, so above BASELINE_FULL_MAX it runs on the first
 * BASELINE_SUBSET projects of that size's data set, and the engine is timed on the same subset too.
 * The baseline's full-size time is extrapolated linearly from the subset: a lower bound, since union
 * grows faster than linearly.
 */
import { readFileSync } from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";
import { area, circle, distance, featureCollection, intersect, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { computeCoverage, prepareCoverageGrid, sharePopulation, type CoverageGrid, type CoverageTable } from "../geo/coverage/coverage";
import type { CoverageAuthority, CoverageProject, PeoplePoint } from "../geo/coverage/coverage-types";
import { countsAsCurrent, currencyOn } from "../geo/dates/currency";
import type { SmallArea } from "../geo/extract-small-areas";
import { THEMES } from "./data/themes";
import { DEMO_TODAY, generateSyntheticProjects, loadCoverageAuthorities, loadCoverageSettlements, type BoundarySetName, type SyntheticProject } from "./synthetic";
import { reassignToBoundaries } from "../geo/assign-settlements";
import { countVertices } from "../geo/geometry";

const SIZES = [1_000, 10_000, 50_000];
/** The synthetic world's "today": its funding ends over the 36 months after it. */
const AS_OF = DEMO_TODAY;
const SMALL_AREAS_FILE = new URL("../geo/data/ons-small-areas-wales.json", import.meta.url);
/** Each size has its own data set: seed BASE_SEED + size. */
const BASE_SEED = 2025;
const BASELINE_FULL_MAX = 1_000;
const BASELINE_SUBSET = 500;
const WARM_UP_RUNS = 3;
const TIMED_RUNS = 7;
/** Vertices of the baseline's circles: a 128-gon is 0.04% smaller than its circle (a 64-gon 0.16%, enough to push a row past 0.5 points on the detailed ONS coast). */
const CIRCLE_STEPS = 128;

v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

const themes = THEMES.map((t) => t.id);
const LSOAS = (JSON.parse(readFileSync(SMALL_AREAS_FILE, "utf8")) as SmallArea[]).filter((a) => a.type === "LSOA");
/** Where people live, as the site counts them: each LSOA's interior point (on the set's outlines) with its share of the Census population. */
function peopleOn(outlines: readonly CoverageAuthority[]): PeoplePoint[] {
  const collection = { type: "FeatureCollection" as const, features: outlines.map((a) => ({ type: "Feature" as const, properties: { gss_code: a.gss }, geometry: a.geometry })) };
  return sharePopulation(
    reassignToBoundaries(LSOAS, collection),
    new Map(outlines.flatMap((a) => (a.population === null ? [] : [[a.gss, a.population] as const]))),
  );
}
/** The default: the official ONS boundaries. */
const authorities = loadCoverageAuthorities("ons");
const settlements = loadCoverageSettlements(authorities);
const people: PeoplePoint[] = peopleOn(authorities);

/** What the site gives the engine: services working in named authorities or around a point. */
const isLocalService = (p: SyntheticProject) => p.kind === "service" && p.reach.kind !== "wales";
/** Current on AS_OF by the currency rule (a known end to come, or no end and recent evidence). */
const isCurrent = (p: CoverageProject) => countsAsCurrent(currencyOn(p, AS_OF));

interface SizeResult {
  /** Projects generated, and of them the local services given to the engine. */
  size: number;
  services: number;
  active: number;
  engineMs: number;
  subsetSize: number;
  subsetActive: number;
  baselineMs: number;
  engineSubsetMs: number;
  peakRssMb: number;
  heapGrowthMb: number;
  maxAreaPp: number;
  maxPeoplePp: number;
  partialRows: number;
  rowCount: number;
}

function main(): void {
  const started = performance.now();
  collectGarbage();
  const t0 = performance.now();
  const grid = prepareCoverageGrid(authorities, settlements);
  const prepareMs = performance.now() - t0;
  const cellCount = grid.authorities.reduce((sum, a) => sum + a.cellCount, 0);

  const datasets = SIZES.map((size) => ({ size, projects: generateSyntheticProjects(size, { seed: BASE_SEED + size, themes }).filter(isLocalService) }));
  // Let the JIT settle on the middle size before anything is timed.
  timeEngine(grid, datasets[1].projects);

  // Engine first for every size, so each size's peak RSS is not inflated by the baseline's garbage.
  const engine = datasets.map(({ size, projects }) => {
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const { ms } = timeEngine(grid, projects, () => {
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    });
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const active = projects.filter(isCurrent).length;
    log(`engine ${size}: ${ms.toFixed(1)} ms (median of ${TIMED_RUNS}), ${projects.length} local services, ${active} current`);
    return { size, ms, active, peakRssMb, heapGrowthMb: (heapPeak - heapBefore) / 2 ** 20 };
  });

  const results: SizeResult[] = datasets.map(({ size, projects }, i) => {
    const subset = size > BASELINE_FULL_MAX ? projects.slice(0, BASELINE_SUBSET) : projects;
    const { ms: engineSubsetMs, table } = timeEngine(grid, subset);
    const b0 = performance.now();
    const baseline = runBaseline(subset);
    const baselineMs = performance.now() - b0;
    const diff = compareFigures(table, baseline);
    log(`baseline ${size} (on ${subset.length}): ${(baselineMs / 1000).toFixed(1)} s; max Δ area ${diff.maxAreaPp.toFixed(3)} pp, people ${diff.maxPeoplePp.toFixed(3)} pp`);
    return {
      size,
      services: projects.length,
      active: engine[i].active,
      engineMs: engine[i].ms,
      subsetSize: subset.length,
      subsetActive: subset.filter(isCurrent).length,
      baselineMs,
      engineSubsetMs,
      peakRssMb: engine[i].peakRssMb,
      heapGrowthMb: engine[i].heapGrowthMb,
      ...diff,
    };
  });

  const sets = compareBoundarySets(datasets[1].projects);
  printReport(results, { prepareMs, grid, cellCount, totalS: (performance.now() - started) / 1000 });
  printBoundaryComparison(sets, datasets[1].size);
}

interface SetTiming {
  set: BoundarySetName;
  vertices: number;
  prepareMs: number;
  tableMs: number;
}

/** Grid preparation (median of 3) and the 10,000-project table on each committed boundary set. */
function compareBoundarySets(projects: CoverageProject[]): SetTiming[] {
  return (["natural-earth", "ons"] as const).map((set) => {
    const outlines = loadCoverageAuthorities(set);
    const places = loadCoverageSettlements(outlines);
    const prepares: number[] = [];
    let grid!: CoverageGrid;
    for (let i = 0; i < 3; i++) {
      collectGarbage();
      const t = performance.now();
      grid = prepareCoverageGrid(outlines, places);
      prepares.push(performance.now() - t);
    }
    prepares.sort((a, b) => a - b);
    const { ms } = timeEngine(grid, projects, undefined, peopleOn(outlines));
    log(`${set}: prepare ${prepares[1].toFixed(0)} ms, table ${ms.toFixed(1)} ms`);
    return { set, vertices: countVertices({ type: "FeatureCollection", features: outlines.map((a) => ({ type: "Feature", properties: {}, geometry: a.geometry })) }), prepareMs: prepares[1], tableMs: ms };
  });
}

function printBoundaryComparison(sets: SetTiming[], size: number): void {
  const [ne, ons] = sets;
  const lines = [
    "",
    `Boundary sets (${size.toLocaleString("en-GB")} projects' table; the grid is prepared once per set):`,
    "",
    "| boundary set | vertices | grid preparation (median of 3) | full table (median of 7) |",
    "| --- | --- | --- | --- |",
    ...sets.map((x) => `| ${x.set === "ons" ? "ONS LAD 2013 (default)" : "Natural Earth (fallback)"} | ${x.vertices.toLocaleString("en-GB")} | ${x.prepareMs.toFixed(0)} ms | ${x.tableMs.toFixed(1)} ms |`),
    "",
    `- ${ons.prepareMs < 2000 ? "✓" : "✗"} grid preparation on the official boundaries under 2 s: ${(ons.prepareMs / 1000).toFixed(2)} s`,
    `- ${ons.tableMs <= 1.5 * ne.tableMs ? "✓" : "✗"} ${size.toLocaleString("en-GB")}-project table on the official boundaries within 1.5× of Natural Earth's: ${(ons.tableMs / ne.tableMs).toFixed(2)}×`,
  ];
  console.log(lines.join("\n"));
}

/** Median time of TIMED_RUNS full tables after WARM_UP_RUNS, and the last table. */
function timeEngine(grid: CoverageGrid, projects: CoverageProject[], sample?: () => void, points: PeoplePoint[] = people): { ms: number; table: CoverageTable } {
  let table!: CoverageTable;
  for (let i = 0; i < WARM_UP_RUNS; i++) table = computeCoverage(grid, projects, { asOf: AS_OF, themes, people: points });
  const times: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const t = performance.now();
    table = computeCoverage(grid, projects, { asOf: AS_OF, themes, people: points });
    times.push(performance.now() - t);
    sample?.();
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], table };
}

interface BaselineRow {
  gss: string;
  theme: string | null;
  areaCoverage: number;
  peopleCoverage: number | null;
}

/** The naive way: Turf union, intersect and area per theme; every small area's point against every reach. */
function runBaseline(projects: CoverageProject[]): BaselineRow[] {
  const active = projects.filter(isCurrent);
  const byGss = new Map<string, CoverageAuthority>(authorities.map((a) => [a.gss, a]));
  const authorityFeature = (a: CoverageAuthority): Feature<Polygon | MultiPolygon> => ({ type: "Feature", properties: {}, geometry: a.geometry });
  const authorityArea = new Map(authorities.map((a) => [a.gss, area(a.geometry)]));
  const circles = new Map<number, Feature<Polygon>>();
  const rows: BaselineRow[] = [];

  for (const theme of [null, ...themes]) {
    const inTheme = active.filter((p) => theme === null || p.themes.includes(theme));
    const shapes: Feature<Polygon | MultiPolygon>[] = [];
    const named = new Set<string>();
    for (const p of inTheme) {
      if (p.reach.kind === "point") {
        let c = circles.get(p.id);
        if (!c) {
          c = circle([p.reach.lng, p.reach.lat], p.reach.radiusKm, { steps: CIRCLE_STEPS, units: "kilometers" });
          circles.set(p.id, c);
        }
        shapes.push(c);
      } else {
        for (const gss of p.reach.kind === "wales" ? authorities.map((a) => a.gss) : p.reach.gss) {
          if (!named.has(gss)) shapes.push(authorityFeature(byGss.get(gss)!));
          named.add(gss);
        }
      }
    }
    const covered = shapes.length === 0 ? null : shapes.length === 1 ? shapes[0] : union(featureCollection(shapes));

    // A small area belongs to its authority by its ONS code, so an authorities reach holds all of its points.
    const inReach = (s: PeoplePoint) =>
      named.has(s.gss) ||
      inTheme.some(
        (p) => p.reach.kind === "point" && distance([s.lng, s.lat], [p.reach.lng, p.reach.lat], { units: "kilometers" }) <= p.reach.radiusKm + 1e-9,
      );

    for (const a of [...authorities].sort((x, y) => x.gss.localeCompare(y.gss))) {
      const clipped = covered ? intersect(featureCollection([authorityFeature(a), covered])) : null;
      let known = 0;
      let reached = 0;
      for (const s of people) {
        if (s.gss !== a.gss) continue;
        known += s.population;
        if (inReach(s)) reached += s.population;
      }
      rows.push({
        gss: a.gss,
        theme,
        areaCoverage: clipped ? area(clipped) / authorityArea.get(a.gss)! : 0,
        peopleCoverage: known > 0 ? reached / known : null,
      });
    }
  }
  return rows;
}

function compareFigures(table: CoverageTable, baseline: BaselineRow[]) {
  let maxAreaPp = 0;
  let maxPeoplePp = 0;
  let partialRows = 0;
  for (const b of baseline) {
    const row = table.rows.find((r) => r.gss === b.gss && r.theme === b.theme);
    if (!row) throw new Error(`Engine has no row for ${b.gss} / ${String(b.theme)}`);
    if (b.areaCoverage > 0.001 && b.areaCoverage < 0.999) partialRows++;
    maxAreaPp = Math.max(maxAreaPp, Math.abs(row.areaCoverage - b.areaCoverage) * 100);
    if ((row.peopleCoverage === null) !== (b.peopleCoverage === null)) throw new Error(`People coverage null on one side only: ${b.gss} / ${String(b.theme)}`);
    if (row.peopleCoverage !== null && b.peopleCoverage !== null) {
      maxPeoplePp = Math.max(maxPeoplePp, Math.abs(row.peopleCoverage - b.peopleCoverage) * 100);
    }
  }
  return { maxAreaPp, maxPeoplePp, partialRows, rowCount: baseline.length };
}

function printReport(
  results: SizeResult[],
  info: { prepareMs: number; grid: CoverageGrid; cellCount: number; totalS: number },
): void {
  const n = (v: number) => v.toLocaleString("en-GB");
  const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);
  const lines = [
    "",
    `Coverage engine benchmark — as of ${AS_OF}, ${themes.length} themes (table: 22 × ${themes.length + 1} rows), seed ${BASE_SEED} + size, Node ${process.version}`,
    "",
    `prepareCoverageGrid (once): ${ms(info.prepareMs)} — ${n(info.grid.cols)} × ${n(info.grid.rows)} grid of ${info.grid.cellKm} km cells, ${n(info.cellCount)} in authorities, ${info.grid.settlements.length} settlements, ${n(people.length)} small areas`,
    "",
    "| projects (local services, current) | engine, full table | baseline on subset (current) | engine on subset | baseline ÷ engine (subset) | baseline, full size (extrapolated, lower bound) | ÷ engine | peak RSS | heap growth | max Δ area | max Δ people | rows with partial area |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of results) {
    const extrapolated = (r.baselineMs * r.services) / r.subsetSize;
    lines.push(
      `| ${n(r.size)} (${n(r.services)}, ${n(r.active)}) | ${ms(r.engineMs)} | ${ms(r.baselineMs)} on ${n(r.subsetSize)} (${n(r.subsetActive)}) | ${ms(r.engineSubsetMs)} | ` +
        `${Math.round(r.baselineMs / r.engineSubsetMs).toLocaleString("en-GB")}× | ${r.subsetSize === r.services ? "(measured)" : `≥ ${ms(extrapolated)}`} | ` +
        `${Math.round(extrapolated / r.engineMs).toLocaleString("en-GB")}× | ${r.peakRssMb.toFixed(0)} MB | ${r.heapGrowthMb.toFixed(1)} MB | ` +
        `${r.maxAreaPp.toFixed(3)} pp | ${r.maxPeoplePp.toFixed(3)} pp | ${r.partialRows} of ${r.rowCount} |`,
    );
  }
  const at = (size: number) => results.find((r) => r.size === size)!;
  const speedup10k = ((at(10_000).baselineMs * at(10_000).services) / at(10_000).subsetSize) / at(10_000).engineMs;
  const growth = at(50_000).engineMs / at(10_000).engineMs;
  const worstPp = Math.max(...results.map((r) => Math.max(r.maxAreaPp, r.maxPeoplePp)));
  const mark = (ok: boolean) => (ok ? "✓" : "✗");
  lines.push(
    "",
    "Targets:",
    `- ${mark(speedup10k >= 20)} 10,000 projects ≥ 20× faster than the baseline: ${Math.round(speedup10k)}× (against the linear extrapolation, a lower bound)`,
    `- ${mark(growth < 6)} 50,000 projects in < 6× the time of 10,000: ${growth.toFixed(2)}×`,
    `- ${mark(worstPp <= 0.5)} engine within 0.5 percentage points of the baseline: largest difference ${worstPp.toFixed(3)} pp`,
    "",
    `Peak RSS is the process's high-water mark after that size's engine runs (sizes run smallest first, baselines after all of them); heap growth is the largest heap in use during the timed runs less the heap after a full GC before them. Total bench time ${info.totalS.toFixed(0)} s.`,
  );
  console.log(lines.join("\n"));
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

main();
