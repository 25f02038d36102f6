/**
 * A seeded synthetic 360Giving file for `npm run bench:import`: N grants, about a tenth in Wales
 * (placed by beneficiary W06 codes, by authority names, by latitude/longitude, or by the
 * recipient's address only), the rest in England (E06 codes, which the importer skips). About
 * 2,000 recipient organisations and 20 funders with their programmes; planned dates over
 * 2024–2029; some titles with theme keywords. Written as a JSON package and as a CSV with the
 * standard's column titles, from one pass over the grants. Never real records; the same files for
 * the same seed.
 */
import { createWriteStream, statSync, type WriteStream } from "node:fs";
import { join } from "node:path";
import { WALES_AUTHORITIES } from "../geo/authorities";
import { addMonths } from "../geo/dates/calendar";
import settlementsFile from "../geo/data/wales-settlements.geonames.json";
import { createRng, pickWeighted, randomDay, type Rng } from "./synthetic-random";

/** How a grant says where it is: four Welsh ways, and England. */
export type SyntheticPlacement = "code" | "name" | "point" | "recipient" | "england";

export interface SyntheticGrantOptions {
  grants: number;
  seed: number;
  /** Distinct recipient organisations (default 2,000). */
  organisations?: number;
  /** Distinct funders (default 20). */
  funders?: number;
  /** Share of grants placed in Wales (default 0.1). */
  welshShare?: number;
}

export interface SyntheticGrantFiles {
  jsonPath: string;
  csvPath: string;
  jsonBytes: number;
  csvBytes: number;
  grants: number;
  /** Grants placed in Wales by construction: what the importer should keep. */
  welsh: number;
  byPlacement: Record<SyntheticPlacement, number>;
  /** Distinct recipients of the Welsh grants: the organisations an import creates. */
  welshRecipients: number;
}

interface Org {
  id: string;
  name: string;
  charityNumber?: string;
  companyNumber?: string;
  postalCode: string;
  addressLocality: string;
  welsh: boolean;
}
interface Funder {
  id: string;
  name: string;
  programmes: { code: string; title: string }[];
}
interface Town {
  name: string;
  gss: string;
  area: string;
  lng: number;
  lat: number;
  weight: number;
}

/** A postcode area for each Welsh authority (made-up districts follow it). */
const WELSH_POSTCODE_AREA: Record<string, string> = {
  W06000001: "LL", W06000002: "LL", W06000003: "LL", W06000004: "LL", W06000005: "CH", W06000006: "LL",
  W06000008: "SY", W06000009: "SA", W06000010: "SA", W06000011: "SA", W06000012: "SA", W06000013: "CF",
  W06000014: "CF", W06000015: "CF", W06000016: "CF", W06000018: "CF", W06000019: "NP", W06000020: "NP",
  W06000021: "NP", W06000022: "NP", W06000023: "LD", W06000024: "CF",
};
/** English unitary authorities: town, E06 code, postcode area. */
const ENGLISH_TOWNS: readonly [string, string, string][] = [
  ["Bristol", "E06000023", "BS"], ["Bath", "E06000022", "BA"], ["Hereford", "E06000019", "HR"], ["Shrewsbury", "E06000051", "SY"],
  ["Nottingham", "E06000018", "NG"], ["Leicester", "E06000016", "LE"], ["Hull", "E06000010", "HU"], ["York", "E06000014", "YO"],
  ["Derby", "E06000015", "DE"], ["Stoke-on-Trent", "E06000021", "ST"], ["Plymouth", "E06000026", "PL"], ["Southampton", "E06000045", "SO"],
  ["Portsmouth", "E06000044", "PO"], ["Brighton", "E06000043", "BN"], ["Milton Keynes", "E06000042", "MK"], ["Reading", "E06000038", "RG"],
  ["Chester", "E06000050", "CH"], ["Crewe", "E06000049", "CW"], ["Truro", "E06000052", "TR"], ["Swindon", "E06000030", "SN"],
  ["Luton", "E06000032", "LU"], ["Peterborough", "E06000031", "PE"], ["Middlesbrough", "E06000002", "TS"], ["Darlington", "E06000005", "DL"],
  ["Blackpool", "E06000009", "FY"], ["Telford", "E06000020", "TF"], ["Warrington", "E06000007", "WA"], ["Bournemouth", "E06000058", "BH"],
];
const ORG_PREFIXES = ["", "North ", "South ", "East ", "West ", "Central ", "Greater ", "Upper "];
const ORG_NOUNS = [
  "Community Trust", "Youth Project", "Women's Network", "Refugee Support", "Arts Collective", "Food Bank", "Sports Club",
  "Tenants' Association", "Carers' Group", "Men's Shed", "Development Trust", "Heritage Society", "Credit Union",
  "Wellbeing Hub", "Volunteer Centre", "Family Centre", "Disability Forum", "Sanctuary Group", "Boxing Club", "Theatre Company",
];
const FUNDER_NAMES = [
  "Cohesion Foundation", "Lottery Communities Fund", "Valleys Trust", "Coastal Communities Fund", "Neighbourhood Foundation",
  "Belonging Trust", "Safer Streets Fund", "Heritage Fund", "Young People's Foundation", "Rural Communities Trust",
];
const PROGRAMMES = ["Small grants", "Main grants", "Community Cohesion", "Safer Communities", "Sanctuary Fund", "Youth Fund", "Capital grants", "Strategic grants"];
/** Titles with theme keywords ("hate crime", "refugee", "youth club"…) and titles without. */
const THEMED_TITLES = [
  "Hate crime reporting", "Refugee welcome project", "Youth club", "Village hall refurbishment", "Interfaith dialogue",
  "Modern slavery awareness", "Online safety for parents", "Community centre running costs", "Anti-social behaviour outreach",
  "Gypsy and Traveller liaison", "LGBTQ+ youth group", "Community safety partnership", "Sanctuary drop-in for asylum seekers",
];
const PLAIN_TITLES = [
  "Community garden", "Food bank", "Arts festival", "Walking football", "Lunch club for older people", "Digital skills course",
  "Allotment improvements", "Carers' respite breaks", "Choir and music sessions", "Energy advice service", "Heritage trail",
];
const ACTIVITIES = [
  "weekly drop-in sessions", "volunteer training", "outreach to isolated households", "a part-time coordinator", "family activities",
  "English conversation classes", "advice surgeries", "trips and events", "small equipment", "a befriending scheme", "peer mentoring",
];
const THEMED_SHARE = 0.4;
/** Welsh grants by how they are placed (weights). */
const WELSH_PLACEMENTS: readonly { kind: SyntheticPlacement; weight: number }[] = [
  { kind: "code", weight: 40 }, { kind: "name", weight: 20 }, { kind: "point", weight: 20 }, { kind: "recipient", weight: 20 },
];
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const digits = (rng: Rng, n: number) => String(Math.floor(rng() * 10 ** n)).padStart(n, "0");
const postcode = (rng: Rng, area: string) => `${area}${1 + Math.floor(rng() * 40)} ${Math.floor(rng() * 10)}${pick(rng, ["AA", "BD", "EF", "HJ", "LN", "PQ", "RT", "WX"])}`;

function welshTowns(): Town[] {
  const settlements = settlementsFile as { name: string; population: number | null; lng: number; lat: number; gss_code: string }[];
  return settlements
    .filter((s) => s.population !== null && s.population >= 2_000)
    .map((s) => ({ name: s.name, gss: s.gss_code, area: WELSH_POSTCODE_AREA[s.gss_code], lng: s.lng, lat: s.lat, weight: Math.sqrt(s.population!) }));
}

/** `count` recipients, 15% in Wales; names unique, org-ids GB-CHC-… (three in four) or GB-COH-…. */
function buildOrganisations(rng: Rng, count: number, towns: Town[]): Org[] {
  const names = new Set<string>();
  const orgs: Org[] = [];
  for (let i = 0; i < count; i++) {
    const welsh = rng() < 0.15;
    const [town, area] = welsh ? ((t) => [t.name, t.area])(pickWeighted(rng, towns, (t) => t.weight)) : ((t) => [t[0], t[2]])(pick(rng, ENGLISH_TOWNS));
    let name = "";
    for (let tries = 0; name === "" || names.has(name); tries++) name = `${pick(rng, ORG_PREFIXES)}${town} ${pick(rng, ORG_NOUNS)}${tries > 20 ? ` ${tries}` : ""}`;
    names.add(name);
    const charity = rng() < 0.75;
    const number = charity ? String(1_000_000 + i * 37) : `0${String(3_000_000 + i * 41).padStart(7, "0")}`;
    orgs.push({
      id: charity ? `GB-CHC-${number}` : `GB-COH-${number}`,
      name,
      ...(charity ? { charityNumber: number } : { companyNumber: number }),
      postalCode: postcode(rng, area),
      addressLocality: town,
      welsh,
    });
  }
  return orgs;
}

function buildFunders(rng: Rng, count: number): Funder[] {
  return Array.from({ length: count }, (_, i) => {
    const government = i % 7 === 3;
    const programmes = [...PROGRAMMES].sort(() => rng() - 0.5).slice(0, 2 + Math.floor(rng() * 2));
    return {
      id: government ? `GB-GOR-PB${digits(rng, 4)}${i}` : `GB-CHC-${5_000_000 + i * 101}`,
      name: `Synthetic ${FUNDER_NAMES[i % FUNDER_NAMES.length]}${i >= FUNDER_NAMES.length ? ` ${Math.floor(i / FUNDER_NAMES.length) + 1}` : ""}`,
      programmes: programmes.map((title, k) => ({ code: `P${i}-${k}`, title })),
    };
  });
}

interface World {
  rng: Rng;
  towns: Town[];
  orgs: Org[];
  welshOrgs: Org[];
  englishOrgs: Org[];
  funders: Funder[];
  welshShare: number;
}

/** A recipient, drawn with a skew: some organisations get many grants. */
const drawOrg = (rng: Rng, list: Org[]) => list[Math.floor(rng() ** 1.5 * list.length)];

/** Where a Welsh grant is: beneficiary locations (or none, for recipient-address-only) and its recipient. */
function welshLocation(w: World, kind: SyntheticPlacement): { locations: Record<string, unknown>[]; org: Org } {
  const { rng } = w;
  const org = kind === "recipient" || rng() < 0.75 ? drawOrg(rng, w.welshOrgs) : drawOrg(rng, w.englishOrgs);
  if (kind === "recipient") return { locations: [], org };
  if (kind === "point") {
    const t = pickWeighted(rng, w.towns, (x) => x.weight);
    const jitter = () => Math.round((rng() - 0.5) * 0.02 * 1e5) / 1e5;
    return { locations: [{ latitude: Math.round(t.lat * 1e5) / 1e5 + jitter(), longitude: Math.round(t.lng * 1e5) / 1e5 + jitter() }], org };
  }
  const count = rng() < 0.2 ? 2 : 1;
  const authorities = Array.from({ length: count }, () => pick(rng, WALES_AUTHORITIES));
  if (kind === "code") return { locations: authorities.map((a) => ({ name: a.name_en, geoCode: a.gss_code, geoCodeType: "UA" })), org };
  const named = (a: (typeof WALES_AUTHORITIES)[number]) => pick(rng, [a.name_en, a.name_cy, `${a.name_en} Council`, `Cyngor ${a.name_cy}`]);
  return { locations: authorities.map((a) => ({ name: named(a) })), org };
}

/** Grant i in its 360Giving JSON shape, and how it is placed. */
function drawGrant(w: World, i: number): { grant: Record<string, unknown>; kind: SyntheticPlacement; org: Org } {
  const { rng } = w;
  const kind = rng() < w.welshShare ? pickWeighted(rng, WELSH_PLACEMENTS, (p) => p.weight).kind : "england";
  let locations: Record<string, unknown>[];
  let org: Org;
  if (kind === "england") {
    org = rng() < 0.95 ? drawOrg(rng, w.englishOrgs) : drawOrg(rng, w.welshOrgs);
    const [town, code] = org.welsh ? pick(rng, ENGLISH_TOWNS) : ENGLISH_TOWNS.find((t) => t[0] === org.addressLocality)!;
    locations = [{ name: town, geoCode: code, geoCodeType: "UA" }];
  } else ({ locations, org } = welshLocation(w, kind));
  const funder = w.funders[Math.floor(rng() ** 2 * w.funders.length)];
  const start = randomDay(rng, "2024-01-01", "2027-07-01");
  const months = 6 + Math.floor(rng() * 31);
  const planned: Record<string, unknown> = rng() < 0.15 ? { startDate: start, duration: months } : { startDate: start, endDate: addMonths(start, months) };
  const pounds = Math.round(1_000 + rng() ** 3 * 249_000);
  const title = `${rng() < THEMED_SHARE ? pick(rng, THEMED_TITLES) : pick(rng, PLAIN_TITLES)} in ${org.addressLocality}`;
  const description = `${pick(rng, ACTIVITIES)}, ${pick(rng, ACTIVITIES)} and ${pick(rng, ACTIVITIES)} for people in ${org.addressLocality}, run by ${org.name} over ${months} months.`;
  const { welsh: _welsh, ...recipient } = org;
  const grant: Record<string, unknown> = {
    id: `360G-synth-${String(i + 1).padStart(7, "0")}`,
    title,
    description: description[0].toUpperCase() + description.slice(1),
    currency: "GBP",
    amountAwarded: rng() < 0.2 ? pounds + Math.floor(rng() * 100) / 100 : pounds,
    awardDate: randomDay(rng, "2023-10-01", start),
    plannedDates: [planned],
    fundingOrganization: [{ id: funder.id, name: funder.name }],
    recipientOrganization: [recipient],
    ...(locations.length ? { beneficiaryLocation: locations } : {}),
    grantProgramme: [pick(rng, funder.programmes)],
    dateModified: "2026-03-01T09:00:00Z",
    dataSource: "https://example.org/360giving/synthetic.json",
  };
  return { grant, kind, org };
}

const LOCATION_COLUMNS = (n: number): [string, (string | number)[]][] => [
  [`Beneficiary Location:${n}:Name`, ["beneficiaryLocation", n, "name"]],
  [`Beneficiary Location:${n}:Geographic Code`, ["beneficiaryLocation", n, "geoCode"]],
  [`Beneficiary Location:${n}:Geographic Code Type`, ["beneficiaryLocation", n, "geoCodeType"]],
  [`Beneficiary Location:${n}:Latitude`, ["beneficiaryLocation", n, "latitude"]],
  [`Beneficiary Location:${n}:Longitude`, ["beneficiaryLocation", n, "longitude"]],
];
/** The CSV's columns: the standard's titles and the JSON path each holds. */
export const CSV_COLUMNS: readonly [string, (string | number)[]][] = [
  ["Identifier", ["id"]], ["Title", ["title"]], ["Description", ["description"]], ["Currency", ["currency"]],
  ["Amount Awarded", ["amountAwarded"]], ["Award Date", ["awardDate"]],
  ["Planned Dates:Start Date", ["plannedDates", 0, "startDate"]], ["Planned Dates:End Date", ["plannedDates", 0, "endDate"]],
  ["Planned Dates:Duration (months)", ["plannedDates", 0, "duration"]],
  ["Funding Org:Identifier", ["fundingOrganization", 0, "id"]], ["Funding Org:Name", ["fundingOrganization", 0, "name"]],
  ["Recipient Org:Identifier", ["recipientOrganization", 0, "id"]], ["Recipient Org:Name", ["recipientOrganization", 0, "name"]],
  ["Recipient Org:Charity Number", ["recipientOrganization", 0, "charityNumber"]],
  ["Recipient Org:Company Number", ["recipientOrganization", 0, "companyNumber"]],
  ["Recipient Org:Postal Code", ["recipientOrganization", 0, "postalCode"]], ["Recipient Org:City", ["recipientOrganization", 0, "addressLocality"]],
  ...LOCATION_COLUMNS(0), ...LOCATION_COLUMNS(1),
  ["Grant Programme:Code", ["grantProgramme", 0, "code"]], ["Grant Programme:Title", ["grantProgramme", 0, "title"]],
  ["Last Modified", ["dateModified"]], ["Data Source", ["dataSource"]],
];

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A grant in its JSON shape as one CSV line, in CSV_COLUMNS order.
 *
 * @example
 * grantToCsvLine({ id: "360G-x-1", title: "Youth club, Rhyl" }) // '360G-x-1,"Youth club, Rhyl",,,…\n'
 */
export function grantToCsvLine(grant: Record<string, unknown>): string {
  const at = (path: (string | number)[]) => path.reduce<unknown>((v, step) => (v == null ? undefined : (v as Record<string | number, unknown>)[step]), grant);
  return `${CSV_COLUMNS.map(([, path]) => csvCell(at(path))).join(",")}\n`;
}

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}
const close = (out: WriteStream) => new Promise<void>((resolve, reject) => out.end(() => resolve()).on("error", reject));

/**
 * Writes `grants.json` (a package) and `grants.csv` of the same grants into `dir`. Throws on a
 * grant count that is not a positive whole number.
 *
 * @example
 * const files = await writeSyntheticGrantFiles("/tmp/bench", { grants: 1_000, seed: 360 });
 * files.welsh // about 100; the same for the same seed
 */
export async function writeSyntheticGrantFiles(dir: string, options: SyntheticGrantOptions): Promise<SyntheticGrantFiles> {
  if (!Number.isSafeInteger(options.grants) || options.grants < 1) throw new Error(`Grant count must be a positive whole number: ${options.grants}`);
  const rng = createRng(options.seed);
  const towns = welshTowns();
  const orgs = buildOrganisations(rng, options.organisations ?? 2_000, towns);
  const w: World = {
    rng, towns, orgs, welshOrgs: orgs.filter((o) => o.welsh), englishOrgs: orgs.filter((o) => !o.welsh),
    funders: buildFunders(rng, options.funders ?? 20), welshShare: options.welshShare ?? 0.1,
  };
  const jsonPath = join(dir, "grants.json");
  const csvPath = join(dir, "grants.csv");
  const json = createWriteStream(jsonPath);
  const csv = createWriteStream(csvPath);
  const byPlacement: Record<SyntheticPlacement, number> = { code: 0, name: 0, point: 0, recipient: 0, england: 0 };
  const welshRecipients = new Set<string>();
  await write(json, `{"version":"1.4","title":"Synthetic grants (seed ${options.seed}, ${options.grants} grants)","publisher":{"name":"Synthetic Grants Publisher","prefix":"360G-synth"},"modified":"2026-03-01","grants":[\n`);
  await write(csv, `${CSV_COLUMNS.map(([title]) => title).join(",")}\n`);
  let jsonChunk = "";
  let csvChunk = "";
  for (let i = 0; i < options.grants; i++) {
    const { grant, kind, org } = drawGrant(w, i);
    byPlacement[kind]++;
    if (kind !== "england") welshRecipients.add(org.id);
    jsonChunk += `${i > 0 ? ",\n" : ""}${JSON.stringify(grant)}`;
    csvChunk += grantToCsvLine(grant);
    if (i % 500 === 499) {
      await Promise.all([write(json, jsonChunk), write(csv, csvChunk)]);
      jsonChunk = csvChunk = "";
    }
  }
  await Promise.all([write(json, `${jsonChunk}\n]}\n`), write(csv, csvChunk)]);
  await Promise.all([close(json), close(csv)]);
  const welsh = options.grants - byPlacement.england;
  return { jsonPath, csvPath, jsonBytes: statSync(jsonPath).size, csvBytes: statSync(csvPath).size, grants: options.grants, welsh, byPlacement, welshRecipients: welshRecipients.size };
}
