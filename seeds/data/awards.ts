import type { SeedAward } from "../types";
import { D000, D001, D002, D003, D004 } from "./refs";

/** Shared wording for Home Office funds whose future the Network called uncertain. */
const HOME_OFFICE_FUNDS_QUOTE =
  "There is also uncertainty around the future of some Home Office funds including the former Safer Streets funding, Serious Violence fund";

/**
 * Funding the documents name. Amounts and dates only as stated: null where a document does not
 * give them, and a dateNote wherever a date was derived or the funding's future is in doubt.
 * Where a document names no funding programme, programmeEn says so.
 */
export const AWARDS: SeedAward[] = [
  // ── WSMP evidence (000) ──────────────────────────────────────────────────────────────
  {
    key: "wsmp-hong-kong-drop-in-centre-cardiff",
    funder: "wales-strategic-migration-partnership",
    programmeEn: "WSMP funding for Hong Kong projects",
    project: "hong-kong-drop-in-centre-cardiff",
    amountPence: null,
    start: null,
    end: null,
    cite: {
      doc: D000,
      quote:
        "The WSMP facilitates an online Hong Kong Welcome Hub and funds a range of projects, including a drop in centre in Cardiff",
    },
  },
  {
    key: "welsh-government-nrpf-connect",
    funder: "welsh-government",
    programmeEn: "Funding offered to local authorities to use the NRPF Connect data system",
    organisation: "local-authorities-in-wales",
    amountPence: null,
    start: null,
    end: null,
    dateNote: "Described as offered (WSMP evidence, 2025); no dates or amount stated.",
    cite: { doc: D000, quote: "Welsh Government have offered funding to LAs to use NRPF Connect data system" },
  },

  // ── Wales Safer Communities Network response (001) ───────────────────────────────────
  {
    key: "welsh-government-arwap-north-east-wales-multi-cultural-hub",
    funder: "welsh-government",
    programmeEn: "Anti-racist Wales Action Plan heritage, culture and sports fund",
    project: "north-east-wales-multi-cultural-hub",
    amountPence: null,
    start: "2022",
    end: "2025",
    dateNote:
      "Derived: 3 years from 2022 (the hub was established in 2022 with 3 years' funding), so the funding ends during 2025. In February 2025 the Network reported a lack of clarity about whether these funds would continue.",
    cite: {
      doc: D001,
      quote:
        "with 3 years funding allocated via the Welsh Government Anti-Racist Action Plan (AWRAP) Heritage, and Sports fund",
    },
  },
  {
    key: "welsh-government-core-grant-bawso",
    funder: "welsh-government",
    programmeEn: "Core-funded grant for youth and family support",
    organisation: "bawso",
    // One grant named jointly for BAWSO and EYST: one award with two recipients, not two awards.
    alsoTo: ["ethnic-minorities-and-youth-support-team-wales"],
    amountPence: null,
    start: null,
    end: null,
    dateNote:
      "No dates or amount stated. The grant is named jointly for BAWSO and EYST; in February 2025 the Network reported a lack of clarity about whether it would continue.",
    cite: {
      doc: D001,
      quote:
        "Welsh Government funding streams for Anti-racist Wales action plan heritage, culture, and sports funds; BAWSO and Ethnic Minorities and Youth Support Teams Wales (EYST) core funded grant for youth and family support",
    },
  },

  {
    key: "home-office-safer-streets-5-wrexham",
    funder: "home-office",
    programmeEn: "Safer Streets (Safer Streets 5)",
    project: "safer-streets-5-asb-wrexham",
    amountPence: null,
    start: null,
    end: null,
    dateNote:
      "No dates or amount stated. The Network calls it 'the former Safer Streets funding' and reported uncertainty about the future of Home Office funds (February 2025).",
    cite: { doc: D001, quote: HOME_OFFICE_FUNDS_QUOTE },
  },
  {
    key: "home-office-safer-streets-holywell",
    funder: "home-office",
    programmeEn: "Safer Streets",
    project: "safer-streets-asb-holywell-outreach",
    amountPence: null,
    start: null,
    end: null,
    dateNote:
      "No dates or amount stated. The Network calls it 'the former Safer Streets funding' and reported uncertainty about the future of Home Office funds (February 2025).",
    cite: { doc: D001, quote: HOME_OFFICE_FUNDS_QUOTE },
  },
  {
    key: "home-office-serious-violence-fund-outreach",
    funder: "home-office",
    programmeEn: "Serious Violence fund",
    project: "serious-violence-fund-outreach",
    amountPence: null,
    start: null,
    end: null,
    dateNote:
      "No dates or amount stated. The Network reported uncertainty about the future of the Serious Violence fund (February 2025).",
    cite: { doc: D001, quote: HOME_OFFICE_FUNDS_QUOTE },
  },
  {
    key: "uk-government-shared-prosperity-levelling-up",
    funder: "uk-government",
    programmeEn: "Shared prosperity and levelling up funding",
    organisation: "local-authorities-in-wales",
    amountPence: null,
    start: null,
    end: "2024-12",
    dateNote:
      "'Much of this funding came to an end in December 2024', so not necessarily all of it. The start is not stated beyond 'over the past few years'.",
    cite: { doc: D001, quote: "Much of this funding came to an end in December 2024." },
  },
  {
    key: "sport-wales-actif-north-wales",
    funder: "sport-wales",
    programmeEn: "Sport Wales funding via Actif North Wales",
    organisation: "actif-north-wales",
    amountPence: null,
    start: null,
    end: null,
    dateNote: "No dates or amount stated; the Network reported in February 2025 that this funding had been reduced.",
    cite: {
      doc: D001,
      quote:
        "Projects financed by other work streams such as the National Lottery and Sports Wales (via Actif North Wales) have seen a reduction in funding",
    },
  },
  {
    key: "welsh-government-all-wales-school-liaison-programme",
    funder: "welsh-government",
    programmeEn: "All Wales School Liaison Programme funding",
    project: "all-wales-school-liaison-programme",
    amountPence: null,
    start: null,
    end: null,
    dateNote: "Withdrawn (reported February 2025); the document does not say when.",
    cite: {
      doc: D001,
      quote: "Following the withdrawal of Welsh Government funding for the All Wales School Liaison Programme",
    },
  },
  // The Police and Crime Commissioners' "committed to continue providing support to schools" is a commitment,
  // not a funding award: it is recorded as the project police-and-crime-commissioners-support-to-schools.


  // ── City of Sanctuary response (002) ─────────────────────────────────────────────────
  {
    key: "welsh-government-swansea-city-of-sanctuary",
    funder: "welsh-government",
    programmeEn: "Welsh Government funding (programme not named)",
    project: "swansea-city-of-sanctuary-community-cohesion-project",
    amountPence: null,
    start: null,
    end: null,
    cite: {
      doc: D002,
      quote: "receive no funding from Welsh Government (with the expectation of the Swansea City of Sanctuary project)",
    },
  },

  // ── Welsh Government response (003) ──────────────────────────────────────────────────
  {
    key: "welsh-government-community-cohesion-programme",
    funder: "welsh-government",
    programmeEn: "Community Cohesion Programme",
    project: "community-cohesion-programme",
    amountPence: 163000000,
    amountApproximate: true,
    amountPeriod: "per-year",
    start: null,
    end: "2029-03",
    dateNote:
      "Approximately £1.63m per annum: the response's figure for the cost of continuing the programme, already allocated in the 2026/27 budget. An extension of the funding until March 2029 was agreed by the Cabinet Secretary for Social Justice. No start date is stated.",
    cite: {
      doc: D003,
      quote: "The cost of continuing the Community Cohesion Programme is approximately £1.63m per annum",
    },
  },
  {
    key: "welsh-government-healing-the-divide",
    funder: "welsh-government",
    programmeEn: "Depolarisation projects (cohesion budget)",
    project: "healing-the-divide-llanelli",
    amountPence: null,
    start: null,
    end: null,
    dateNote: "Described as recently awarded in the Welsh Government response of November 2025; no dates or amount stated.",
    cite: { doc: D003, quote: "Current depolarisation projects have been funded from the cohesion budget." },
  },
  {
    key: "welsh-government-democratic-engagement-grant",
    funder: "welsh-government",
    programmeEn: "Democratic Engagement Grant",
    project: "democratic-engagement-grant",
    amountPence: 40000000,
    amountPeriod: "per-year",
    start: "2025-04",
    end: "2028-03",
    dateNote:
      "£400,000 a year for 2025-26 to 2027-28. Dates derived: Welsh Government financial years run from April to March, so 2025-26 starts in April 2025 and 2027-28 ends in March 2028.",
    cite: {
      doc: D003,
      quote: "we are providing funding of £400,000 a year for 2025-26 to 2027-28 through our Democratic Engagement Grant",
    },
  },

  // ── National Community Cohesion Delivery Plan Progress Report 2015 (004) ─────────────
  {
    key: "welsh-government-travelling-ahead",
    funder: "welsh-government",
    programmeEn: "Welsh Government funding (programme not named)",
    project: "travelling-ahead",
    amountPence: null,
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "This is being supported by Save the Children through the Travelling Ahead project, funded by the Welsh Government.",
    },
  },
  {
    key: "welsh-government-welsh-refugee-council-compas",
    funder: "welsh-government",
    programmeEn: "Welsh Government funding (programme not named)",
    project: "welsh-refugee-council-compas-migration-project",
    amountPence: null,
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "the Welsh Government has funded the Welsh Refugee Council and COMPAS from Oxford University to work with Local Authorities and to support a strategic approach",
    },
  },
  {
    key: "welsh-government-wcva-communities-first-training",
    funder: "welsh-government",
    programmeEn: "Communities First Training and Support contract",
    project: "wcva-communities-first-training-and-support",
    amountPence: null,
    start: null,
    end: null,
    cite: { doc: D004, quote: "through the Welsh Government-funded WCVA CF Training and Support contract" },
  },
  {
    key: "welsh-government-displaced-people-in-action-training",
    funder: "welsh-government",
    programmeEn: "National Community Cohesion Delivery Plan",
    project: "displaced-people-in-action-awareness-training",
    amountPence: null,
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "Through funding from the Delivery Plan, half day awareness training has been delivered via the Displaced People in Action Project",
    },
  },
  {
    key: "welsh-government-show-racism-the-red-card-western-bay",
    funder: "welsh-government",
    programmeEn: "Community cohesion co-ordinator funding",
    project: "show-racism-the-red-card-western-bay-primary-schools",
    amountPence: null,
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Through funding for Co-ordinators, Show Racism the Red Card has delivered workshops to primary schools across the region on the positive influence of immigration to society.",
    },
  },
];
