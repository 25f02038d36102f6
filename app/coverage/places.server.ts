/**
 * Place search for the point picker: the 370 GeoNames places and the 852 electoral wards, found by
 * their English or Welsh name, and the places around a point (for labels on the picker's map).
 *
 * The GeoNames file has English names only. A place's Welsh name is taken from official data
 * where it is certain: the authority's Welsh name for a place named like its authority (Cardiff →
 * Caerdydd), else the Welsh name of the ward of the same English name in the same authority
 * (Lampeter → Llanbedr Pont Steffan). Authority names come from the reference file the
 * database's authorities are loaded from, so the index is built once, at module load.
 */
import { z } from "zod";
import { WALES_AUTHORITIES } from "../../geo/authorities";
import settlementsFile from "../../geo/data/wales-settlements.geonames.json";
import smallAreasFile from "../../geo/data/ons-small-areas-wales.json";
import type { SmallArea } from "../../geo/extract-small-areas";
import { measureDistanceKm } from "../../geo/sphere";
import type { Lang } from "../i18n";
import type { RequestContext } from "../platform/context.server";
import { paramError } from "../platform/params.server";

export type PlaceKind = "place" | "ward";

/** One search answer: its name in the reader's language, the other language's name when it differs. */
export interface PlaceResult {
  name: string;
  otherName: string | null;
  kind: PlaceKind;
  lng: number;
  lat: number;
  /** The GSS code of the authority it lies in. */
  gss: string;
  authorityEn: string;
  authorityCy: string;
}

export interface NearbyPlace extends PlaceResult {
  distanceKm: number;
  population: number | null;
}

interface Entry {
  kind: PlaceKind;
  nameEn: string;
  nameCy: string | null;
  lng: number;
  lat: number;
  gss: string;
  population: number | null;
  /** The names folded for matching (see foldName). */
  keys: string[];
}

interface Settlement {
  name: string;
  population: number | null;
  lng: number;
  lat: number;
  gss_code: string;
}

const QUERY_MAX = 60;
const LIMIT_MAX = 50;
/** Places within this much beyond the radius are labelled too, so the edge of the circle has names. */
const LABEL_MARGIN_KM = 5;

export const PlaceQuerySchema = z.string().trim().min(1).max(QUERY_MAX);

/**
 * A name folded for matching: accents dropped (NFD, combining marks stripped, so "Môn" is "mon"),
 * lower case, and anything but letters and digits turned into single spaces.
 *
 * @example
 * foldName("Ynys Môn") // "ynys mon"
 * foldName("Pen-y-bont ar Ogwr") // "pen y bont ar ogwr"
 */
export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const AUTHORITIES = new Map(WALES_AUTHORITIES.map((a) => [a.gss_code, a]));
const WARDS = (smallAreasFile as SmallArea[]).filter((a) => a.type === "WD");

/** A place's Welsh name where official data gives it with certainty (see the file comment). */
function welshNameOf(place: Settlement): string | null {
  const authority = AUTHORITIES.get(place.gss_code);
  if (authority && authority.name_en === place.name && authority.name_cy !== place.name) return authority.name_cy;
  const ward = WARDS.find((w) => w.gss === place.gss_code && w.nameEn === place.name && w.nameCy && w.nameCy !== w.nameEn);
  return ward ? ward.nameCy : null;
}

function entryOf(kind: PlaceKind, nameEn: string, nameCy: string | null, rest: Omit<Entry, "kind" | "nameEn" | "nameCy" | "keys">): Entry {
  const cy = nameCy && nameCy !== nameEn ? nameCy : null;
  return { kind, nameEn, nameCy: cy, ...rest, keys: [nameEn, cy].filter((n): n is string => Boolean(n)).map(foldName) };
}

function buildIndex(): Entry[] {
  const places = (settlementsFile as unknown as Settlement[]).map((p) =>
    entryOf("place", p.name, welshNameOf(p), { lng: p.lng, lat: p.lat, gss: p.gss_code, population: p.population }),
  );
  const wards = WARDS.map((w) => entryOf("ward", w.nameEn, w.nameCy, { lng: w.lng, lat: w.lat, gss: w.gss, population: null }));
  return [...places, ...wards].filter((e) => AUTHORITIES.has(e.gss));
}

const INDEX: readonly Entry[] = buildIndex();
const PLACES = INDEX.filter((e) => e.kind === "place");
const AUTHORITY_KEYS = WALES_AUTHORITIES.map((a) => ({ gss: a.gss_code, keys: [foldName(a.name_en), foldName(a.name_cy)] }));

/** 0 exact, 1 the name or one of its words starts with the query, 2 the name holds it, -1 no match. */
function matchTier(keys: readonly string[], query: string): number {
  const compactQuery = query.replace(/ /g, "");
  let best = -1;
  for (const key of keys) {
    const compact = key.replace(/ /g, "");
    const tier =
      key === query || compact === compactQuery ? 0
      : key.startsWith(query) || ` ${key}`.includes(` ${query}`) || compact.startsWith(compactQuery) ? 1
      : compact.includes(compactQuery) ? 2
      : -1;
    if (tier !== -1 && (best === -1 || tier < best)) best = tier;
  }
  return best;
}

/** Places before wards, larger places first, then by English name. */
function compareEntries(a: Entry, b: Entry): number {
  if (a.kind !== b.kind) return a.kind === "place" ? -1 : 1;
  const byPopulation = (b.population ?? -1) - (a.population ?? -1);
  return byPopulation !== 0 ? byPopulation : a.nameEn.localeCompare(b.nameEn, "en-GB");
}

/** Whether one name already says the other ("Aberystwyth Canol/Central" and "Aberystwyth Canol"). */
function sameName(a: string, b: string): boolean {
  const [x, y] = [foldName(a), foldName(b)];
  return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

function toResult(entry: Entry, lang: Lang): PlaceResult {
  const authority = AUTHORITIES.get(entry.gss)!;
  const name = lang === "cy" && entry.nameCy ? entry.nameCy : entry.nameEn;
  const other = lang === "cy" ? entry.nameEn : entry.nameCy;
  return {
    name,
    otherName: other && !sameName(name, other) ? other : null,
    kind: entry.kind,
    lng: entry.lng,
    lat: entry.lat,
    gss: entry.gss,
    authorityEn: authority.name_en,
    authorityCy: authority.name_cy,
  };
}

/**
 * Finds places and electoral wards by name, in English or Welsh, ignoring case and accents: exact
 * names first, then names (or a word of them) that start with the query, then names that hold it;
 * within each, places (larger first) before wards. A query that names an authority ("Ynys Môn")
 * then adds that authority's places. A query of 0 or more than 60 characters (after trimming)
 * finds nothing.
 *
 * @example
 * searchPlaces("aberys", "en")[0] // { name: "Aberystwyth", kind: "place", lat: 52.41548, authorityEn: "Ceredigion", … }
 * searchPlaces("caerdydd", "cy")[0].name // "Caerdydd" (otherName "Cardiff")
 */
export function searchPlaces(query: string, lang: Lang, limit = 10): PlaceResult[] {
  const parsed = PlaceQuerySchema.safeParse(query);
  if (!parsed.success) return [];
  const folded = foldName(parsed.data);
  if (folded === "") return [];
  const max = Math.max(1, Math.min(LIMIT_MAX, Math.floor(limit)));
  const tiers: Entry[][] = [[], [], [], []];
  for (const entry of INDEX) {
    const tier = matchTier(entry.keys, folded);
    if (tier >= 0) tiers[tier].push(entry);
  }
  const matched = new Set(tiers.flat());
  const authorities = new Set(AUTHORITY_KEYS.filter((a) => a.keys.some((k) => k.startsWith(folded) || ` ${k}`.includes(` ${folded}`))).map((a) => a.gss));
  tiers[3] = PLACES.filter((p) => authorities.has(p.gss) && !matched.has(p));
  return tiers
    .flatMap((tier) => [...tier].sort(compareEntries))
    .slice(0, max)
    .map((e) => toResult(e, lang));
}

/**
 * The GeoNames places within `radiusKm` + 5 km of a point, larger first (then nearer), at most
 * `limit`: the names to label around a project's circle.
 *
 * @example
 * placesNear(-4.0829, 52.4155, 5, 15).map((p) => p.name) // ["Aberystwyth", "Penparcau", "Bow Street", "Borth", "Llanilar"]
 */
export function placesNear(lng: number, lat: number, radiusKm: number, limit = 15, lang: Lang = "en"): NearbyPlace[] {
  if (![lng, lat, radiusKm, limit].every(Number.isFinite) || radiusKm < 0) {
    throw new Error(`Cannot look for places near ${lng},${lat} within ${radiusKm} km (limit ${limit})`);
  }
  const reach = radiusKm + LABEL_MARGIN_KM;
  return PLACES.map((p) => ({ p, distanceKm: measureDistanceKm([lng, lat], [p.lng, p.lat]) }))
    .filter(({ distanceKm }) => distanceKm <= reach)
    .sort((a, b) => (b.p.population ?? -1) - (a.p.population ?? -1) || a.distanceKm - b.distanceKm)
    .slice(0, Math.max(0, Math.floor(limit)))
    .map(({ p, distanceKm }) => ({ ...toResult(p, lang), distanceKm: Math.round(distanceKm * 10) / 10, population: p.population }));
}

const NUMBER = /^-?\d{1,3}(?:\.\d{1,8})?$/;

const NearSchema = z
  .string()
  .transform((v) => v.split(",").map((part) => part.trim()))
  .refine((parts) => parts.length === 2 && parts.every((p) => NUMBER.test(p)))
  .transform((parts) => parts.map(Number) as [number, number])
  .refine(([lng, lat]) => Math.abs(lng) <= 180 && Math.abs(lat) <= 90);

const RadiusSchema = z
  .string()
  .regex(/^\d{1,3}(?:\.\d{1,3})?$/)
  .transform(Number)
  .refine((km) => km <= 300);

const NEAR_LIMIT = 15;

/**
 * The `/api/places` answer: `?q=aber` searches by name; `?near=lng,lat&radius=km` lists the places
 * around a point. A malformed `near` or `radius` is a 400 naming it.
 *
 * @example
 * findPlaces(ctx) // { results: [{ name: "Aberystwyth", … }] } for /api/places?q=aberys
 */
export function findPlaces(ctx: RequestContext): { results: PlaceResult[] | NearbyPlace[] } {
  const params = ctx.url.searchParams;
  const near = params.get("near");
  if (near === null) return { results: searchPlaces(params.get("q") ?? "", ctx.lang) };
  const point = NearSchema.safeParse(near);
  if (!point.success) throw paramError(ctx, "near", ctx.t("places.errors.badNear"));
  const radiusText = params.get("radius");
  const radius = radiusText === null || radiusText.trim() === "" ? { success: true as const, data: 0 } : RadiusSchema.safeParse(radiusText.trim());
  if (!radius.success) throw paramError(ctx, "radius", ctx.t("places.errors.badRadius"));
  const [lng, lat] = point.data;
  return { results: placesNear(lng, lat, radius.data, NEAR_LIMIT, ctx.lang) };
}
