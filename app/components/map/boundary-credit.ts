import type { TFunction } from "i18next";
import { geography as en } from "~/i18n/en/geography";

/** What a boundary set stores about its source (one English credit, as it was imported). */
export interface BoundarySetCredit {
  id: string;
  name: string;
  attribution: string;
  licence: string;
}

/** A piece of credit text and, when it is the stored English rather than the page's language, "en". */
export interface CreditText {
  text: string;
  lang?: "en";
}

type KnownSet = keyof typeof en.mapView.boundarySets;
type KnownLicence = keyof typeof en.mapView.licences;

const normalise = (text: string) => text.trim().replace(/\.$/, "").replace(/\s+/g, " ").toLowerCase();

/**
 * The boundary set's name, credit and licence in the page's language: the seeded sets (keyed by
 * their id, and only while their stored credit is still the one the catalogue translates) and the
 * licences the site knows by name come from the catalogue; anything else is the stored English
 * string, marked as English, so the licence's wording is never changed by a guess.
 *
 * @example
 * boundaryCredit(t, { id: "ons-lad-2013", … }).attribution.text // "Ffiniau: SYG. Yn cynnwys data'r Ystadegau Gwladol …" on a Welsh page
 */
export function boundaryCredit(t: TFunction, set: BoundarySetCredit): { name: CreditText; attribution: CreditText; licence: CreditText } {
  const known = Object.hasOwn(en.mapView.boundarySets, set.id) ? (set.id as KnownSet) : null;
  const translated = known !== null && normalise(en.mapView.boundarySets[known].attribution) === normalise(set.attribution);
  const licence = (Object.keys(en.mapView.licences) as KnownLicence[]).find((k) => normalise(en.mapView.licences[k]) === normalise(set.licence));
  return {
    name: translated ? { text: t(`mapView.boundarySets.${known}.name`) } : { text: set.name, lang: "en" },
    attribution: translated ? { text: t(`mapView.boundarySets.${known}.attribution`) } : { text: set.attribution, lang: "en" },
    licence: licence ? { text: t(`mapView.licences.${licence}`) } : { text: set.licence, lang: "en" },
  };
}
