/**
 * Shapes of the records taken from the seed documents in ../shared/seeds/.
 * Every record carries a citation: the document's file name and a short quote from it
 * that supports the record. Nothing here is invented: a fact the documents do not state is
 * left out (null / undefined) and shown as unknown on the site.
 */

/** A GSS code of one of the 22 Welsh principal areas, e.g. "W06000023" (Powys). */
export type GssCode = string;

/** A partial ISO date: "2025", "2024-12" or "2024-12-31". Its precision is implied by its length. */
export type PartialDate = string;

export type ThemeId =
  | "hate-crime"
  | "asylum-refugee-migrant"
  | "misinformation-online-harm"
  | "youth-asb"
  | "gypsy-roma-traveller"
  | "modern-slavery"
  | "community-spaces"
  | "schools-young-people"
  | "tension-monitoring-safety"
  | "extremism-prevention"
  | "interfaith-belief"
  | "lgbtq-inclusion"
  | "third-sector-capacity";

export type OrganisationKind =
  | "charity"
  | "community-group"
  | "public-body"
  | "partnership"
  | "network"
  | "other";

export type { ProjectKind } from "../db/enums";
import type { ProjectKind } from "../db/enums";

export type FunderKind =
  | "welsh-government"
  | "uk-government"
  | "lottery"
  | "trust"
  | "local-authority"
  | "other";

export interface Citation {
  /** The seed document's file name, e.g. "001_d4a37cc3216fc7af.txt". */
  doc: string;
  /** A short verbatim quote (one sentence or less) from that document supporting the record. */
  quote: string;
}

export interface SeedDocument {
  /** File name in ../shared/seeds/. */
  id: string;
  title: string;
  /** Who wrote or published it. */
  author: string;
  /** Publication or submission date as far as the document says: "2025-02-27", "2025-11", "2015". */
  date: PartialDate;
  /** How the date was inferred, when the document does not state it (shown on /about). */
  dateNote?: string;
}

export interface SeedOrganisation {
  /** URL slug, kebab-case, unique: "wales-strategic-migration-partnership". */
  slug: string;
  nameEn: string;
  /** Welsh name only where a document gives it; otherwise omit (the site falls back to English). */
  nameCy?: string;
  kind: OrganisationKind;
  charityNumber?: string;
  companyNumber?: string;
  website?: string;
  email?: string;
  descriptionEn: string;
  descriptionCy?: string;
  /** The authority where it is based, if a document says so. */
  homeGss?: GssCode;
  cite: Citation;
  /** Later documents that name it too: its "last evidenced" date is the newest of them all. */
  alsoNamedIn?: Citation[];
}

export type SeedArea =
  | { kind: "wales" }
  | { kind: "authorities"; gss: GssCode[] }
  | { kind: "point"; lng: number; lat: number; radiusKm: number }
  /** The source does not say where the work happens. */
  | { kind: "unstated" };

export interface SeedProject {
  /** Stable key used by awards to refer to the project: kebab-case, unique. */
  key: string;
  /** What it is: only a delivered service counts as provision; plans, programmes, networks, campaigns and research are context. */
  kind: ProjectKind;
  /**
   * True when the document names no delivering body: `organisation` is then the body the document ties
   * the work to (its funder, the programme's owner, or the document's author), never a guess at who runs it.
   */
  deliveryNotNamed?: boolean;
  /** Slug of the delivering organisation (must exist in ORGANISATIONS). */
  organisation: string;
  titleEn: string;
  titleCy?: string;
  descriptionEn: string;
  descriptionCy?: string;
  themes: ThemeId[];
  area: SeedArea;
  /** Start as a partial date, or null when no document gives it. */
  start: PartialDate | null;
  /** End as a partial date, or null when unknown. */
  end: PartialDate | null;
  /** Set when `end` (or `start`) was derived rather than stated, saying how. */
  dateNote?: string;
  /** "ended" where a document says the project/programme stopped (e.g. funding withdrawn). */
  ended?: boolean;
  cite: Citation;
  /** Later documents that name it too: its "last evidenced" date is the newest of them all. */
  alsoNamedIn?: Citation[];
}

/**
 * Practice the documents hold up as worth learning from, in Wales or elsewhere (the documents ask
 * for best practice to be shared nationally). Not a directory record: a note with its quote.
 */
export interface SeedPracticeNote {
  /** Stable key, kebab-case, unique. */
  key: string;
  titleEn: string;
  /** What the practice is and why the document holds it up, from the document only. */
  descriptionEn: string;
  /** Where it happens as the document says ("Walsall, England", "Swansea"); null when not stated. */
  place: string | null;
  /** True for practice in Wales. */
  inWales: boolean;
  themes: ThemeId[];
  /** The directory project it describes, when there is one (its seed key). */
  project?: string;
  cite: Citation;
}

export interface SeedFunder {
  slug: string;
  nameEn: string;
  nameCy?: string;
  kind: FunderKind;
  website?: string;
  cite: Citation;
}

export interface SeedAward {
  /** Stable key, kebab-case, unique. */
  key: string;
  funder: string;
  programmeEn: string;
  programmeCy?: string;
  /** Key of the funded project, or undefined when the award funds an organisation as a whole. */
  project?: string;
  /** Slug of the funded organisation (required when `project` is undefined). */
  organisation?: string;
  /** Amount in pence, only as a document states it; null when unknown. */
  amountPence: number | null;
  /** Whether amountPence is the whole award or a yearly figure. */
  amountPeriod?: "total" | "per-year";
  /** The document gives the amount as approximate ("approximately £1.63m per annum"). */
  amountApproximate?: boolean;
  /** Further organisations the same award is made to jointly (slugs): one award, several recipients. */
  alsoTo?: string[];
  start: PartialDate | null;
  end: PartialDate | null;
  /** Set when a date was derived ("3 years from 2022, so ends during 2025"). */
  dateNote?: string;
  cite: Citation;
}
