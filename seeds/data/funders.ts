import type { SeedFunder } from "../types";
import { D000, D001, D004 } from "./refs";

/** Bodies the documents name as paying for cohesion-related work in Wales. */
export const FUNDERS: SeedFunder[] = [
  // The 2015 report's cover shows the bilingual name and the web address.
  {
    slug: "welsh-government",
    nameEn: "Welsh Government",
    nameCy: "Llywodraeth Cymru",
    kind: "welsh-government",
    website: "https://www.gov.wales",
    cite: { doc: D004, quote: "Llywodraeth Cymru Welsh Government www.gov.wales" },
  },

  // Wales Safer Communities Network response (001)
  {
    slug: "home-office",
    nameEn: "Home Office",
    kind: "uk-government",
    cite: {
      doc: D001,
      quote:
        "There is also uncertainty around the future of some Home Office funds including the former Safer Streets funding, Serious Violence fund",
    },
  },
  {
    // "Central government" shared prosperity and levelling up funding, i.e. the UK Government.
    slug: "uk-government",
    nameEn: "UK Government",
    kind: "uk-government",
    cite: {
      doc: D001,
      quote: "there has been a reliance on central government shared prosperity and levelling up funding over the past few years",
    },
  },
  {
    slug: "national-lottery",
    nameEn: "National Lottery",
    kind: "lottery",
    cite: {
      doc: D001,
      quote: "Projects financed by other work streams such as the National Lottery and Sports Wales (via Actif North Wales) have seen a reduction in funding",
    },
  },
  {
    // The document writes "Sports Wales"; the body is Sport Wales.
    slug: "sport-wales",
    // The document's spelling; the body's official name is Sport Wales (outside knowledge, said as such on the site).
    nameEn: "Sports Wales",
    kind: "other",
    cite: {
      doc: D001,
      quote: "Projects financed by other work streams such as the National Lottery and Sports Wales (via Actif North Wales) have seen a reduction in funding",
    },
  },
  {
    slug: "police-and-crime-commissioners-wales",
    nameEn: "Police and Crime Commissioners in Wales",
    kind: "other",
    cite: {
      doc: D001,
      quote: "the Police and Crime Commissioners have committed to continue providing support to schools",
    },
  },

  // WSMP evidence (000)
  {
    slug: "wales-strategic-migration-partnership",
    nameEn: "Wales Strategic Migration Partnership (WSMP)",
    kind: "other",
    cite: { doc: D000, quote: "The WSMP facilitates an online Hong Kong Welcome Hub and funds a range of projects" },
  },
];
