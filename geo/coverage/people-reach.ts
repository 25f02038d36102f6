/**
 * People coverage: which settlements are in reach of each slot's active projects, and how far the
 * others are from the nearest reach.
 *
 * Per slot, the active circles go into a Flatbush index of their bounding boxes (in a projection that
 * never lengthens distances across Wales, so a box distance is a true lower bound of the distance to
 * the circle): a settlement is in reach when a circle whose box contains it really does (haversine,
 * REACH_EPSILON_KM tolerance), and the distance to the nearest reach is found by bound-and-prune (the
 * best of the 8 nearest boxes bounds the search; every box within that bound is then checked exactly):
 * O((T + 1) × (P_c log P_c + S × log P_c)) in practice.
 */
import Flatbush from "flatbush";
import type { CoverageGrid, GridAuthority, GridSettlement } from "./coverage-grid";
import type { OutOfReachSettlement } from "./coverage-types";
import type { ActiveReaches } from "./active-reaches";
import type { Circles } from "./circles";
import { roundTo } from "../geometry";
import { EARTH_RADIUS_KM } from "../sphere";

/** A settlement exactly on a circle's edge is in reach; this absorbs floating-point noise (km). */
export const REACH_EPSILON_KM = 1e-9;

/** Settlements under this population (or of unknown population) count as rural. */
export const RURAL_SETTLEMENT_POPULATION = 10_000;

const RAD = Math.PI / 180;
/**
 * The people index's projection, X = R·cos(54°)·λ, Y = R·φ, never lengthens a path that stays south of
 * 54°N. Every settlement and circle centre is inside WALES_BBOX (north edge 53.5°N), and the paths that
 * matter — from a settlement towards a centre — are great-circle arcs between two points of the box,
 * which bulge less than 0.01° north of it.
 */
const COS_INDEX = Math.cos(54 * RAD);

/** One authority's people figures for one slot. */
export interface PeopleSummary {
  settlementPopulation: number;
  populationInReach: number;
  /** Largest population first, then by name and id. */
  outOfReach: OutOfReachSettlement[];
}

/**
 * For every settlement × slot: 0 when in reach, else the km to the nearest active reach of the slot,
 * or NaN when the slot has no active project. Indexed [settlement × slotCount + slot].
 *
 * @example
 * const people = computePeopleReach(grid, reaches);
 * people[i * reaches.slotCount + 0] // 0: settlement i is in reach of some active project
 */
export function computePeopleReach(grid: CoverageGrid, reaches: ActiveReaches): Float64Array {
  const { circles, walesSlots, authoritySlots, slotHasProject, slotCount } = reaches;
  const nA = grid.authorities.length;
  const result = new Float64Array(grid.settlements.length * slotCount);
  for (let s = 0; s < slotCount; s++) {
    const members = membersOfSlot(circles, s);
    const index = members.length > 0 ? indexCircles(circles, members) : null;
    grid.settlements.forEach((settlement, i) => {
      let km: number;
      if (!slotHasProject[s]) km = NaN;
      else if ((walesSlots >>> s) & 1) km = 0;
      else {
        km = Infinity;
        for (let a = 0; a < nA && km > 0; a++) {
          if ((authoritySlots[a] >>> s) & 1) km = Math.min(km, grid.settlementAuthorityKm[i * nA + a]);
        }
        if (km > REACH_EPSILON_KM && index) km = Math.min(km, measureCircleGapKm(settlement, circles, members, index));
        if (km <= REACH_EPSILON_KM) km = 0;
      }
      result[i * slotCount + s] = km;
    });
  }
  return result;
}

/**
 * Adds up an authority's settlement population and the part in reach in slot `slot`, and lists the
 * settlements out of reach, from computePeopleReach's distances.
 *
 * @example
 * summarisePeople(grid, grid.authorities[0], people, 0, reaches.slotCount)
 * // e.g. { settlementPopulation: 12800, populationInReach: 12000, outOfReach: [{ name: "Llanbar", population: 800, distanceKm: 3.211, … }, …] }
 */
export function summarisePeople(
  grid: CoverageGrid,
  authority: GridAuthority,
  people: Float64Array,
  slot: number,
  slotCount: number,
): PeopleSummary {
  let settlementPopulation = 0;
  let populationInReach = 0;
  const outOfReach: OutOfReachSettlement[] = [];
  for (const i of authority.settlementIndexes) {
    const settlement = grid.settlements[i];
    const distance = people[i * slotCount + slot];
    if (settlement.population !== null) settlementPopulation += settlement.population;
    if (distance === 0) {
      if (settlement.population !== null) populationInReach += settlement.population;
    } else {
      outOfReach.push(describeOutOfReach(settlement, distance));
    }
  }
  outOfReach.sort(
    (x, y) => (y.population ?? -1) - (x.population ?? -1) || x.name.localeCompare(y.name, "en") || x.id - y.id,
  );
  return { settlementPopulation, populationInReach, outOfReach };
}

/**
 * The circles in slot `slot`, as indexes into `circles`.
 *
 * @example
 * membersOfSlot(circles, 0) // every active circle: slot 0 is "any theme"
 */
export function membersOfSlot(circles: Circles, slot: number): number[] {
  const members: number[] = [];
  for (let i = 0; i < circles.count; i++) if ((circles.slots[i] >>> slot) & 1) members.push(i);
  return members;
}

/**
 * Whether one of the indexed circles contains a point (on its edge counts, within REACH_EPSILON_KM).
 *
 * @example
 * circleContains({ lng: -3.18, lat: 51.48 }, circles, members, indexCircles(circles, members)) // true
 */
export function circleContains(point: { lng: number; lat: number }, circles: Circles, members: number[], index: Flatbush): boolean {
  return measureCircleGapKm(point, circles, members, index) === 0;
}

/**
 * A Flatbush index of the circles' bounding boxes in the people index's projection (item k is members[k]).
 *
 * @example
 * const index = indexCircles(circles, membersOfSlot(circles, 0));
 */
export function indexCircles(circles: Circles, members: number[]): Flatbush {
  const index = new Flatbush(members.length);
  for (const i of members) {
    const x = EARTH_RADIUS_KM * COS_INDEX * circles.lngRad[i];
    const y = EARTH_RADIUS_KM * circles.latRad[i];
    const r = circles.radiusKm[i];
    index.add(x - r, y - r, x + r, y + r);
  }
  index.finish();
  return index;
}

/** km from a settlement to the edge of the nearest circle, or 0 when a circle contains it. Exact. */
function measureCircleGapKm(settlement: { lng: number; lat: number }, circles: Circles, members: number[], index: Flatbush): number {
  const latRad = settlement.lat * RAD;
  const lngRad = settlement.lng * RAD;
  const cosLat = Math.cos(latRad);
  const x = EARTH_RADIUS_KM * COS_INDEX * lngRad;
  const y = EARTH_RADIUS_KM * latRad;
  const gapTo = (k: number) => {
    const i = members[k];
    const sinLat = Math.sin((circles.latRad[i] - latRad) / 2);
    const sinLng = Math.sin((circles.lngRad[i] - lngRad) / 2);
    const h = sinLat * sinLat + cosLat * circles.cosLat[i] * sinLng * sinLng;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))) - circles.radiusKm[i];
  };
  // In reach: some circle whose box holds the settlement really contains it.
  const pad = 1e-6;
  for (const k of index.search(x - pad, y - pad, x + pad, y + pad)) {
    if (gapTo(k) <= REACH_EPSILON_KM) return 0;
  }
  // Out of reach. A box is never farther than its circle's edge, so after taking the best of the
  // nearest few boxes as a bound, only boxes within that bound can hold a nearer circle.
  let best = Infinity;
  for (const k of index.neighbors(x, y, 8)) best = Math.min(best, gapTo(k));
  for (const k of index.neighbors(x, y, Infinity, best + pad)) best = Math.min(best, gapTo(k));
  return Math.max(best, 0);
}

function describeOutOfReach(settlement: GridSettlement, km: number): OutOfReachSettlement {
  return {
    id: settlement.id,
    name: settlement.name,
    population: settlement.population,
    lng: settlement.lng,
    lat: settlement.lat,
    // Never 0 (that would be in reach): at least 1 m after rounding.
    distanceKm: Number.isNaN(km) ? null : Math.max(0.001, roundTo(km, 3)),
    rural: settlement.population === null || settlement.population < RURAL_SETTLEMENT_POPULATION,
  };
}
