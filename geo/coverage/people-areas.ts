/**
 * People coverage by small area. Each ONS small area (LSOA) holds a share of its authority's Census
 * 2021 population; the people in reach of a theme's projects are the shares of the small areas whose
 * interior point lies in reach (a Wales-wide reach, an authorities reach naming the small area's
 * authority, or a circle containing the point). An authority's people in reach and out of reach
 * therefore always add up to its Census population, by construction.
 */
import type { CoverageGrid } from "./coverage-grid";
import type { PeoplePoint } from "./coverage-types";
import type { ActiveReaches } from "./active-reaches";
import { circleContains, indexCircles, membersOfSlot } from "./people-reach";

/** A small area is rural when fewer people than this live on each km² of it (its population share ÷ its area). */
export const RURAL_DENSITY_PER_KM2 = 300;

/** One authority's people figures for one slot. */
export interface AreaPeople {
  population: number;
  peopleInReach: number;
  peopleOutOfReach: number;
  ruralPeopleOutOfReach: number;
}

/**
 * Small areas with their share of the Census population: the authority's population divided
 * equally between its small areas (LSOAs are drawn to hold similar numbers of people), in whole
 * people, the remainder going one each to the first areas in code order, so the shares add up to
 * the Census figure exactly. Rural: population share ÷ area below RURAL_DENSITY_PER_KM2. Only the
 * authorities in `populations` get people (small areas of others are left out); throws on one of them
 * with no small area or a population that is not a positive whole number, naming it.
 *
 * @example
 * sharePopulation([{ code: "W01000001", gss: "W06000001", lng: -4.3, lat: 53.3, areaKm2: 20 }, …], new Map([["W06000001", 68_900]]))
 * // [{ code: "W01000001", gss: "W06000001", lng: -4.3, lat: 53.3, population: 1561, rural: true }, …]
 */
export function sharePopulation(
  areas: readonly { code: string; gss: string; lng: number; lat: number; areaKm2: number }[],
  populations: ReadonlyMap<string, number>,
): PeoplePoint[] {
  const byGss = new Map<string, typeof areas[number][]>();
  for (const a of areas) byGss.set(a.gss, [...(byGss.get(a.gss) ?? []), a]);
  const out: PeoplePoint[] = [];
  for (const [gss, population] of populations) {
    const members = [...(byGss.get(gss) ?? [])].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
    if (members.length === 0) throw new Error(`No small areas for local authority ${gss}`);
    if (!Number.isInteger(population) || population <= 0) throw new Error(`Invalid population for local authority ${gss}: ${population}`);
    const base = Math.floor(population / members.length);
    const extra = population - base * members.length;
    members.forEach((a, i) => {
      const share = base + (i < extra ? 1 : 0);
      out.push({ code: a.code, gss, lng: a.lng, lat: a.lat, population: share, rural: a.areaKm2 > 0 && share / a.areaKm2 < RURAL_DENSITY_PER_KM2 });
    });
  }
  return out;
}

/**
 * For every authority × slot, the people in and out of reach (in reach: the small area's point is
 * reached by an active project of the slot). Indexed [authority × slotCount + slot] as the grid
 * orders authorities. Throws on a small area of an authority the grid does not know.
 *
 * @example
 * const people = measurePeopleInReach(grid, reaches, points);
 * people[a * reaches.slotCount].peopleInReach + people[a * reaches.slotCount].peopleOutOfReach // Census population of authority a
 */
export function measurePeopleInReach(grid: CoverageGrid, reaches: ActiveReaches, points: readonly PeoplePoint[]): AreaPeople[] {
  const { slotCount, circles, walesSlots, authoritySlots } = reaches;
  const indexOfGss = new Map(grid.authorities.map((a, i) => [a.gss, i]));
  const result: AreaPeople[] = Array.from({ length: grid.authorities.length * slotCount }, () => ({
    population: 0,
    peopleInReach: 0,
    peopleOutOfReach: 0,
    ruralPeopleOutOfReach: 0,
  }));
  const slotCircles = Array.from({ length: slotCount }, (_, s) => {
    const members = membersOfSlot(circles, s);
    return members.length > 0 ? { members, index: indexCircles(circles, members) } : null;
  });
  for (const point of points) {
    const a = indexOfGss.get(point.gss);
    if (a === undefined) throw new Error(`Unknown local authority code: ${point.gss} (small area ${point.code})`);
    for (let s = 0; s < slotCount; s++) {
      const cell = result[a * slotCount + s];
      const byArea = ((walesSlots >>> s) & 1) === 1 || ((authoritySlots[a] >>> s) & 1) === 1;
      const inReach = byArea || (slotCircles[s] !== null && circleContains(point, circles, slotCircles[s]!.members, slotCircles[s]!.index));
      cell.population += point.population;
      if (inReach) cell.peopleInReach += point.population;
      else {
        cell.peopleOutOfReach += point.population;
        if (point.rural) cell.ruralPeopleOutOfReach += point.population;
      }
    }
  }
  return result;
}
