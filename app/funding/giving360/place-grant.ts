/**
 * Where a grant's work happens in Wales, from its beneficiary locations first and its recipient's
 * address only when they say nothing (the head-office effect: most publishers give only the
 * recipient's address). Pure and cheap: codes and names are looked up in committed tables; a
 * latitude/longitude is accepted inside the Wales bounding box and left to the database side to
 * place in an authority with its outlines.
 */
import { WALES_AUTHORITIES, isWelshGssCode } from "../../../geo/authorities";
import { WALES_BBOX, isPositionInBounds } from "../../../geo/geometry";
import { authorityOfCode } from "../../../geo/small-areas";
import { authorityOfTown, authorityOfName, saysElsewhere, saysWales } from "./authority-names";
import type { Grant, GrantLocation, GrantOrg, Placement } from "./types";

/** The radius given to a beneficiary point, in km, unless the caller says otherwise. */
export const DEFAULT_POINT_RADIUS_KM = 5;
const WALES_COUNTRY_CODE = "W92000004";
const ALL_AUTHORITIES = WALES_AUTHORITIES.map((a) => a.gss_code);
/** Postcode areas that hold Welsh addresses (some also English ones), and the two wholly Welsh. */
const WALES_POSTCODE_AREAS = new Set(["CF", "SA", "LL", "LD", "NP", "SY", "CH", "HR"]);
const WHOLLY_WELSH_POSTCODE_AREAS = new Set(["CF", "SA"]);

interface Scan {
  authorities: Set<string>;
  by: "code" | "small-area" | "name" | null;
  walesWide: boolean;
  unknownInWales: boolean;
  point: { lng: number; lat: number } | null;
  elsewhere: boolean;
}

function scanLocation(loc: GrantLocation, scan: Scan): void {
  const code = loc.geoCode?.trim().toUpperCase() ?? "";
  if (code === WALES_COUNTRY_CODE) scan.walesWide = true;
  else if (code !== "") {
    const gss = authorityOfCode(code);
    if (gss && isWelshGssCode(gss)) {
      scan.authorities.add(gss);
      if (scan.by !== "code") scan.by = gss === code ? "code" : "small-area";
    } else if (/^W\d{8}$/.test(code)) scan.unknownInWales = true;
    else if (/^[ESN]\d{8}$/.test(code)) scan.elsewhere = true;
  }
  // A name is read only when there is no GSS code to go by.
  if (!/^[EWSNK]\d{8}$/.test(code) && loc.name) {
    const parts = loc.name.split(/[;\n]/).map((p) => p.trim()).filter(Boolean);
    for (const part of parts) {
      const gss = authorityOfName(part);
      if (gss) {
        scan.authorities.add(gss);
        scan.by ??= "name";
      } else if (saysWales(part)) scan.unknownInWales = true;
      else if (saysElsewhere(part)) scan.elsewhere = true;
    }
  }
  if (loc.latitude !== null && loc.longitude !== null) {
    if (isPositionInBounds([loc.longitude, loc.latitude], WALES_BBOX)) scan.point ??= { lng: loc.longitude, lat: loc.latitude };
    else scan.elsewhere = true;
  }
}

function postcodeArea(postalCode: string | null): string | null {
  const m = /^([A-Z]{1,2})\d/.exec(postalCode?.trim().toUpperCase() ?? "");
  return m ? m[1] : null;
}

/**
 * The recipient's own authority: from its location codes, else its city (trusted only when its
 * postcode, if any, is in an area that holds Welsh addresses), else null.
 *
 * @example
 * recipientAuthority({ city: "Aberystwyth", postalCode: "SY23 1AA", locations: [], … }) // "W06000008"
 * recipientAuthority({ city: "Newport", postalCode: "TF10 7AA", locations: [], … })     // null (Shropshire)
 */
export function recipientAuthority(org: GrantOrg | null): string | null {
  if (!org) return null;
  for (const loc of org.locations) {
    const gss = loc.geoCode ? authorityOfCode(loc.geoCode) : undefined;
    if (gss && isWelshGssCode(gss)) return gss;
  }
  const area = postcodeArea(org.postalCode);
  if (org.city && (area === null || WALES_POSTCODE_AREAS.has(area))) return authorityOfTown(org.city) ?? null;
  return null;
}

function recipientInWales(org: GrantOrg | null): boolean {
  if (!org) return false;
  if (org.locations.some((l) => /^W\d{8}$/.test(l.geoCode?.trim().toUpperCase() ?? ""))) return true;
  const area = postcodeArea(org.postalCode);
  return area !== null && WHOLLY_WELSH_POSTCODE_AREAS.has(area);
}

/** Every reason `placeGrant` gives for where a grant is placed (the report counts grants by them). */
export const PLACEMENT_REASONS = [
  "beneficiary W92000004: Wales-wide, all 22 authorities",
  "beneficiary W06 code",
  "beneficiary ward/LSOA/MSOA code",
  "beneficiary authority name",
  "beneficiary lat/long",
  "beneficiary in Wales, authority not known",
  "recipient address only",
  "no Welsh location",
] as const;
export type PlacementReason = (typeof PLACEMENT_REASONS)[number];

function reasonOf(scan: Scan): PlacementReason | null {
  if (scan.walesWide) return "beneficiary W92000004: Wales-wide, all 22 authorities";
  if (scan.by === "code") return "beneficiary W06 code";
  if (scan.by === "small-area") return "beneficiary ward/LSOA/MSOA code";
  if (scan.by === "name") return "beneficiary authority name";
  if (scan.point) return "beneficiary lat/long";
  if (scan.unknownInWales) return "beneficiary in Wales, authority not known";
  return null;
}

/**
 * Places a grant: the W06 authorities it serves, a point, or a Welsh location whose authority is
 * unknown; `welsh` is false when nothing places it in Wales (the caller skips it). Beneficiary
 * locations come first; the recipient's address counts only when no beneficiary location says
 * anything (a beneficiary location outside Wales keeps the grant out of Wales).
 *
 * @example
 * placeGrant(grantWithBeneficiary("W06000015")) // { authorities: ["W06000015"], welsh: true, reason: "beneficiary W06 code", … }
 * placeGrant(grantWithOnlyRecipientIn("Cardiff")) // { authorities: [], recipientBase: "W06000015", welsh: true, reason: "recipient address only", … }
 */
export function placeGrant(g: Grant, options: { pointRadiusKm?: number } = {}): Placement {
  const radiusKm = options.pointRadiusKm ?? DEFAULT_POINT_RADIUS_KM;
  if (!(radiusKm > 0)) throw new Error(`Invalid point radius: ${radiusKm} km`);
  const scan: Scan = { authorities: new Set(), by: null, walesWide: false, unknownInWales: false, point: null, elsewhere: false };
  for (const loc of g.beneficiaryLocations) scanLocation(loc, scan);
  const recipientBase = recipientAuthority(g.recipient);
  const authorities = scan.walesWide ? [...ALL_AUTHORITIES] : [...scan.authorities];
  const point = scan.point ? { ...scan.point, radiusKm } : null;
  const reason = reasonOf(scan);
  if (reason) {
    return { authorities: authorities.sort(), point, insideWalesUnknownAuthority: scan.unknownInWales, recipientBase, welsh: true, reason };
  }
  const fromRecipient = !scan.elsewhere && (recipientBase !== null || recipientInWales(g.recipient));
  return {
    authorities: [],
    point: null,
    insideWalesUnknownAuthority: fromRecipient && recipientBase === null,
    recipientBase,
    welsh: fromRecipient,
    reason: fromRecipient ? "recipient address only" : "no Welsh location",
  };
}
