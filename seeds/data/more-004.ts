import type { GssCode, SeedOrganisation, SeedProject } from "../types";
import {
  D004,
  ANGLESEY,
  GWYNEDD,
  CONWY,
  DENBIGHSHIRE,
  FLINTSHIRE,
  WREXHAM,
  CEREDIGION,
  PEMBROKESHIRE,
  CARMARTHENSHIRE,
  SWANSEA,
  NEATH_PORT_TALBOT,
  BRIDGEND,
  VALE_OF_GLAMORGAN,
  CARDIFF,
  RHONDDA_CYNON_TAF,
  CAERPHILLY,
  BLAENAU_GWENT,
  TORFAEN,
  MONMOUTHSHIRE,
  NEWPORT,
  POWYS,
  MERTHYR_TYDFIL,
} from "./refs";

/**
 * Records that the 2015 progress report (004) names beyond those in organisations.ts and projects.ts, each
 * with its quote, kind, area (or "unstated"), dates only where stated, and the document.
 *
 * Attribution: where the report gives an example under a council's heading but credits the work to
 * "the Co-ordinator" or names no one, the record is filed under that council with `deliveryNotNamed`.
 * Where work in a region is credited only to the regional community cohesion co-ordinator (whose
 * employer the report never names), it is filed under the Welsh Government, which funds the
 * co-ordinators through the national programme, again with `deliveryNotNamed`.
 *
 * Deliberately left out (see the report that accompanied this file): the English examples are not in
 * this document; councils the report names only as places (Monmouthshire, Merthyr Tydfil, Rhondda Cynon
 * Taf, the Vale of Glamorgan) or not at all (Gwynedd, Conwy, Denbighshire, Flintshire); legislation;
 * large economic projects (Wylfa Newydd, North Wales Prison, Tidal Lagoon Swansea Bay); generic bodies
 * (Local Health Board, Traveller Education Services, Local Service Boards, Welfare Reform Groups).
 */

// The regional community cohesion areas as projects.ts defines them (from the reference JSON).
const NORTH_WALES: GssCode[] = [ANGLESEY, GWYNEDD, CONWY, DENBIGHSHIRE, FLINTSHIRE, WREXHAM];
const MID_AND_WEST_WALES: GssCode[] = [CEREDIGION, PEMBROKESHIRE, CARMARTHENSHIRE, POWYS];
const WESTERN_BAY: GssCode[] = [SWANSEA, NEATH_PORT_TALBOT, BRIDGEND];
const CARDIFF_AND_VALE: GssCode[] = [VALE_OF_GLAMORGAN, CARDIFF];
const GWENT_WEST: GssCode[] = [CAERPHILLY, BLAENAU_GWENT, TORFAEN];

const CO_ORDINATOR_NOTE =
  "The report credits the regional community cohesion co-ordinator and does not name the body that delivers it; it is filed under the Welsh Government, which funds the co-ordinators.";

export const ORGANISATIONS: SeedOrganisation[] = [
  // ── Councils ───────────────────────────────────────────────────────────────────────────
  {
    slug: "city-of-cardiff-council",
    nameEn: "City of Cardiff Council",
    kind: "public-body",
    descriptionEn:
      "The council for Cardiff, a dispersal area for asylum seekers. In 2015 it had a Strategic Community Cohesion Group and a Safer and Cohesive Programme Board under its Single Integrated Plan, equality forums and networks for engagement with the third sector, and a multi-agency group on asylum dispersal and a procurement screening tool.",
    homeGss: CARDIFF,
    cite: {
      doc: D004,
      quote:
        "City of Cardiff Council has developed a Strategic Community Cohesion Group and a Safer and Cohesive Programme Board through the Single Integrated Plan.",
    },
  },
  {
    slug: "swansea-council",
    nameEn: "Swansea Council",
    kind: "public-body",
    descriptionEn:
      "The council for Swansea, a dispersal area for asylum seekers. It set up a Cabinet-led Leadership Group to deliver the Community Cohesion Delivery Plan, embedded cohesion in its Single Integrated Plan and equality impact assessments, and its Research and Information team collated ward data on protected characteristics (2015 report).",
    homeGss: SWANSEA,
    cite: {
      doc: D004,
      quote:
        "To deliver the Community Cohesion Delivery Plan, Swansea Council has established an innovative model of governance.",
    },
  },
  {
    // The report writes "Swansea, Neath Port Talbot and Bridgend Council's Single Integrated Plans".
    slug: "neath-port-talbot-council",
    nameEn: "Neath Port Talbot Council",
    kind: "public-body",
    descriptionEn:
      "The council for Neath Port Talbot, one of the three Western Bay authorities that embedded community cohesion in their Single Integrated Plans and equality impact assessments and developed an equality and diversity monitoring system for Communities First (2015 report).",
    homeGss: NEATH_PORT_TALBOT,
    cite: {
      doc: D004,
      quote: "Community Cohesion has been embedded in Swansea, Neath Port Talbot and Bridgend Council's Single Integrated Plans",
    },
  },
  {
    // The report writes "Swansea, Neath Port Talbot and Bridgend Council's Single Integrated Plans".
    slug: "bridgend-council",
    nameEn: "Bridgend Council",
    kind: "public-body",
    descriptionEn:
      "The council for Bridgend, one of the three Western Bay authorities that embedded community cohesion in their Single Integrated Plans and equality impact assessments; a hate crime survey was carried out in the borough (2015 report).",
    homeGss: BRIDGEND,
    cite: {
      doc: D004,
      quote: "Community Cohesion has been embedded in Swansea, Neath Port Talbot and Bridgend Council's Single Integrated Plans",
    },
  },
  {
    slug: "powys-county-council",
    nameEn: "Powys County Council",
    kind: "public-body",
    descriptionEn:
      "The council for Powys. Its website includes local area profiles and statistics, and the 2015 report describes, under its heading, engagement with the growing Nepalese community in Brecon about access to services.",
    homeGss: POWYS,
    cite: { doc: D004, quote: "Powys County Council website includes Local Area Profiles, Themes and Other Statistics" },
  },
  {
    slug: "pembrokeshire-county-council",
    nameEn: "Pembrokeshire County Council",
    kind: "public-body",
    descriptionEn:
      "The council for Pembrokeshire. It produces data sets in response to specific investigations and queries and has a Community Resilience Working Group (2015 report).",
    homeGss: PEMBROKESHIRE,
    cite: {
      doc: D004,
      quote:
        "Pembrokeshire County Council produces data sets in response to specific investigations and queries and has a Community Resilience Working Group.",
    },
  },
  {
    slug: "ceredigion-county-council",
    nameEn: "Ceredigion County Council",
    kind: "public-body",
    descriptionEn:
      "The council for Ceredigion. It produced community profiles with information on population, ethnicity, migration and housing (2015 report).",
    homeGss: CEREDIGION,
    cite: {
      doc: D004,
      quote:
        "Ceredigion County Council has produced Community Profiles, including information on population statistics, ethnicity, migration and housing information.",
    },
  },
  {
    // The name appears as the heading of the report's Anglesey example (section 4.2.3).
    slug: "isle-of-anglesey-council",
    nameEn: "Isle of Anglesey Council",
    kind: "public-body",
    descriptionEn:
      "The council for Anglesey. The 2015 report describes, under its heading, cohesion planning for the Wylfa Newydd nuclear power station: baseline studies of migration into the area, a strategic Community Safety and Cohesion document for the Community Safety Board, and tension monitoring arrangements being put in place with Airbus UK.",
    homeGss: ANGLESEY,
    cite: { doc: D004, quote: "Isle of Anglesey Council" },
  },
  {
    // The report names only "Caerphilly" and its Local Education Authority; the council's name is its official one.
    slug: "caerphilly-county-borough-council",
    nameEn: "Caerphilly County Borough Council",
    kind: "public-body",
    descriptionEn:
      "The council for Caerphilly. Its Local Education Authority monitors hate-related bullying in schools through termly school reports, whose findings go to the Community Cohesion Forum (2015 report).",
    homeGss: CAERPHILLY,
    cite: {
      doc: D004,
      quote:
        "In Caerphilly the recording of hate related bullying is currently monitored by the Local Education Authority (LEA).",
    },
  },
  {
    // The report names only "Blaenau Gwent"; the council's name is its official one.
    slug: "blaenau-gwent-county-borough-council",
    nameEn: "Blaenau Gwent County Borough Council",
    kind: "public-body",
    descriptionEn:
      "The council for Blaenau Gwent. With its Local Education Authority it developed a process for monitoring issues in schools and helped develop an anti-bullying strategy and toolkit for all schools (2015 report).",
    homeGss: BLAENAU_GWENT,
    cite: {
      doc: D004,
      quote:
        "Blaenau Gwent has worked with the LEA to develop a process for monitoring issues within Schools through the Schools Information Management System (SIMS)",
    },
  },
  {
    // The report names only "Torfaen"; the council's name is its official one.
    slug: "torfaen-county-borough-council",
    nameEn: "Torfaen County Borough Council",
    kind: "public-body",
    descriptionEn:
      "The council for Torfaen, where, as in Caerphilly, schools are required to return a termly report on hate-related incidents and the support given (2015 report).",
    homeGss: TORFAEN,
    cite: {
      doc: D004,
      quote:
        "Monitoring has been replicated in Torfaen, where schools are required to complete and return a termly report detailing the nature of the incident",
    },
  },

  // ── Police, justice, inspection and equality bodies ────────────────────────────────────
  {
    slug: "gwent-police",
    nameEn: "Gwent Police",
    kind: "public-body",
    descriptionEn:
      "A member of the merged Newport and Monmouthshire Hate Crime Forum, alongside local authority representatives, Coleg Gwent, the University of South Wales and social landlords (2015 report).",
    cite: {
      doc: D004,
      quote:
        "Membership of the group includes Local Authority representatives (education, partnerships), Gwent Police, Coleg Gwent, University of South Wales and Social Landlords.",
    },
  },
  {
    slug: "north-wales-police",
    nameEn: "North Wales Police",
    kind: "public-body",
    descriptionEn:
      "A member of the North Wales Gypsies and Travellers coordination group with the six North Wales councils, Snowdonia National Park Authority, the two regional community cohesion co-ordinators and the Local Health Board (2015 report).",
    cite: {
      doc: D004,
      quote: "the 2 North Wales Regional Community Cohesion Co-ordinators, North Wales Police and the Local Health Board",
    },
  },
  {
    slug: "crown-prosecution-service",
    nameEn: "Crown Prosecution Service",
    kind: "public-body",
    descriptionEn:
      "Runs the Local Involvement Scrutiny Panels that assess and review hate crime cases, whose development the community cohesion co-ordinators supported (2015 report).",
    cite: {
      doc: D004,
      quote:
        "the Co-ordinators have supported the development of Local Involvement Scrutiny Panels through the Crown Prosecution Service",
    },
  },
  {
    // The report writes "ESTYN".
    slug: "estyn",
    nameEn: "Estyn",
    kind: "public-body",
    descriptionEn:
      "Published the report 'Action on Bullying' in June 2014, whose recommendations on bullying on the basis of protected characteristics the community cohesion co-ordinators helped take forward (2015 report).",
    cite: {
      doc: D004,
      quote: "recommendations from an ESTYN report into 'Action on Bullying' from June 2014 on the basis of protected characteristics",
    },
  },
  {
    slug: "equality-and-human-rights-commission",
    nameEn: "Equality and Human Rights Commission",
    kind: "public-body",
    descriptionEn:
      "Issued guidance for councillors on disparaging comments about Gypsy and Traveller communities and their sites (2015 report).",
    cite: {
      doc: D004,
      quote:
        "The Equality and Human Rights Commission has issued guidance for Councillors with regards to disparaging comments about Gypsy and Traveller communities and their sites",
    },
  },
  {
    slug: "welsh-local-government-data-unit",
    nameEn: "Welsh Local Government Data Unit",
    kind: "public-body",
    descriptionEn:
      "Working with Victim Support and local authorities to map hate crime data across Wales and identify hotspots (2015 report).",
    cite: {
      doc: D004,
      quote:
        "The Welsh Local Government Data Unit is working with Victim Support and Local Authorities to map data across Wales and provide information on hotspots",
    },
  },
  {
    slug: "national-offender-management-service-wales",
    nameEn: "National Offender Management Service (NOMS) in Wales",
    kind: "public-body",
    descriptionEn:
      "The Wales Anti-Slavery Leadership Group's strategic delivery plan focuses on NOMS in Wales engaging with slavery-related offenders and victims of crime (2015 report).",
    cite: {
      doc: D004,
      quote:
        "for the National Offender Management Service (NOMS) in Wales to engage with slavery related offenders and victims of crime",
    },
  },
  {
    slug: "snowdonia-national-park-authority",
    nameEn: "Snowdonia National Park Authority",
    kind: "public-body",
    descriptionEn:
      "Represented on the North Wales Gypsies and Travellers coordination group, which shares practice on accommodation assessments, local development plans and site management (2015 report).",
    cite: {
      doc: D004,
      quote: "Equality Officers, representatives from Snowdonia National Park Authority",
    },
  },

  // ── Colleges and universities ──────────────────────────────────────────────────────────
  {
    slug: "coleg-gwent",
    nameEn: "Coleg Gwent",
    kind: "other",
    descriptionEn:
      "A member of the merged Newport and Monmouthshire Hate Crime Forum, which meets quarterly on hate crime initiatives, trends and concerns (2015 report).",
    cite: {
      doc: D004,
      quote:
        "Membership of the group includes Local Authority representatives (education, partnerships), Gwent Police, Coleg Gwent, University of South Wales and Social Landlords.",
    },
  },
  {
    slug: "university-of-south-wales",
    nameEn: "University of South Wales",
    kind: "other",
    descriptionEn:
      "A member of the merged Newport and Monmouthshire Hate Crime Forum, which meets quarterly on hate crime initiatives, trends and concerns (2015 report).",
    cite: {
      doc: D004,
      quote:
        "Membership of the group includes Local Authority representatives (education, partnerships), Gwent Police, Coleg Gwent, University of South Wales and Social Landlords.",
    },
  },

  // ── Partnerships, boards and others ────────────────────────────────────────────────────
  {
    slug: "all-wales-anti-bullying-leadership-group",
    nameEn: "All Wales Anti Bullying Leadership Group",
    kind: "partnership",
    descriptionEn:
      "Working with local authorities on an update against the recommendations of Estyn's 'Action on Bullying' report and on where gaps in delivery can be strengthened (2015 report).",
    cite: {
      doc: D004,
      quote:
        "The All Wales Anti Bullying Leadership Group is currently working with Local Authorities to provide an update against the recommendations contained within the report",
    },
  },
  {
    slug: "wales-anti-slavery-operational-delivery-group",
    nameEn: "Wales Anti-Slavery Operational Delivery Group",
    kind: "partnership",
    descriptionEn:
      "Drives anti-slavery work across Wales with the Wales Anti-Slavery Leadership Group and, regionally, the Anti-Slavery Forums (2015 report).",
    cite: {
      doc: D004,
      quote:
        "Work across Wales is being driven by the Wales Anti-Slavery Leadership Group, the Wales Anti-Slavery Operational Delivery Group",
    },
  },
  {
    slug: "north-wales-anti-slavery-project-board",
    nameEn: "North Wales Anti-Slavery Project Board",
    kind: "partnership",
    descriptionEn:
      "A regional anti-slavery board that reports to the North Wales Strategic Leadership Board (2015 report).",
    cite: {
      doc: D004,
      quote:
        "The North Wales Anti-Slavery Project Board has been convened, with Regional Reporting structures to the North Wales Strategic Leadership Board.",
    },
  },
  {
    slug: "gwent-wide-adult-safeguarding-board",
    nameEn: "Gwent Wide Adult Safeguarding Board (GWASB)",
    kind: "partnership",
    descriptionEn:
      "Received presentations on modern slavery to strengthen links and national referral pathways and to embed anti-slavery training in the mandatory Protection of Vulnerable Adults Programme (2015 report).",
    cite: {
      doc: D004,
      quote:
        "Presentations have been given to the Gwent Wide Adult Safeguarding Board (GWASB) to strengthen links and national referral pathways",
    },
  },
  {
    slug: "airbus-uk",
    nameEn: "Airbus UK",
    kind: "other",
    descriptionEn:
      "Provides the online social media Community Tension Detection Tool (CAT-D) trialled in support of tension monitoring in the Dyfed-Powys police force area, and is the partner for tension monitoring arrangements being put in place in Anglesey (2015 report).",
    cite: {
      doc: D004,
      quote:
        "further work is being undertaken to put in place tension monitoring arrangements in partnership with Airbus UK through a Community Tension Detection Tool",
    },
  },
];

export const PROJECTS: SeedProject[] = [
  // ── Outcome 1: hate crime ───────────────────────────────────────────────────────────────
  {
    key: "all-wales-schools-programme",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "All Wales Schools Programme",
    descriptionEn:
      "Named in the 2015 report among the training programmes in schools that the National Community Cohesion Delivery Plan supported, with Taking Flight Theatre Company, Show Racism the Red Card and Stonewall Cymru. The report does not name the body that delivers it; it is filed under the Welsh Government as owner of the Delivery Plan. See also the All Wales School Liaison Programme, recorded from the Wales Safer Communities Network's 2025 response; this report does not say whether the two are the same.",
    themes: ["schools-young-people", "hate-crime"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "key training programmes in schools through Taking Flight Theatre Company, Show Racism the Red Card, Stonewall Cymru and the All Wales Schools Programme",
    },
  },
  {
    key: "local-authority-hate-crime-e-learning",
    kind: "service",
    organisation: "local-authorities-in-wales",
    titleEn: "Hate crime awareness e-learning by 14 local authorities",
    descriptionEn:
      "An e-learning resource giving general awareness of hate crime, developed by 14 local authorities. The report does not say which authorities. Co-ordinators reported 2,335 people receiving hate crime training in 2014-15, 1,983 of them local authority staff.",
    themes: ["hate-crime"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "14 Local Authorities have developed an e-learning resource which helps to give a general awareness",
    },
  },
  {
    key: "estyn-action-on-bullying-report",
    kind: "research",
    organisation: "estyn",
    titleEn: "Action on Bullying (Estyn report)",
    descriptionEn:
      "Estyn's June 2014 report on bullying on the basis of protected characteristics. Community cohesion co-ordinators worked locally to help take its recommendations forward, and the All Wales Anti Bullying Leadership Group was working with local authorities on an update against them.",
    themes: ["schools-young-people", "hate-crime"],
    area: { kind: "wales" },
    start: "2014-06",
    end: null,
    dateNote: "Start is the report's date as given, June 2014.",
    cite: {
      doc: D004,
      quote: "recommendations from an ESTYN report into 'Action on Bullying' from June 2014 on the basis of protected characteristics",
    },
  },
  {
    key: "caerphilly-hate-related-bullying-monitoring",
    kind: "research",
    organisation: "caerphilly-county-borough-council",
    titleEn: "Monitoring of hate-related bullying in schools, Caerphilly",
    descriptionEn:
      "The Local Education Authority monitors hate-related bullying: schools complete a termly report whose findings go to the Community Cohesion Forum, so that the types of bullying can be analysed and responsive and preventative approaches developed.",
    themes: ["schools-young-people", "hate-crime"],
    area: { kind: "authorities", gss: [CAERPHILLY] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Schools are required to complete and return a termly report, the findings of which are fed back to the Community Cohesion Forum.",
    },
  },
  {
    key: "caerphilly-community-cohesion-forum",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "caerphilly-county-borough-council",
    titleEn: "Community Cohesion Forum, Caerphilly",
    descriptionEn:
      "The forum that receives the findings of schools' termly reports on hate-related bullying in Caerphilly. The report does not say who convenes it or who sits on it; it is filed under the council for the area.",
    themes: ["schools-young-people", "hate-crime"],
    area: { kind: "authorities", gss: [CAERPHILLY] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Schools are required to complete and return a termly report, the findings of which are fed back to the Community Cohesion Forum.",
    },
  },
  {
    key: "blaenau-gwent-schools-incident-monitoring",
    kind: "research",
    organisation: "blaenau-gwent-county-borough-council",
    titleEn: "Monitoring of issues in schools through SIMS, Blaenau Gwent",
    descriptionEn:
      "A process, developed with the Local Education Authority, for monitoring issues in schools through the Schools Information Management System (SIMS).",
    themes: ["schools-young-people", "hate-crime"],
    area: { kind: "authorities", gss: [BLAENAU_GWENT] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Blaenau Gwent has worked with the LEA to develop a process for monitoring issues within Schools through the Schools Information Management System (SIMS)",
    },
  },
  {
    key: "blaenau-gwent-anti-bullying-strategy-and-toolkit",
    kind: "policy",
    organisation: "blaenau-gwent-county-borough-council",
    titleEn: "Anti-Bullying Strategy and Toolkit, Blaenau Gwent",
    descriptionEn:
      "An anti-bullying strategy and toolkit, including information on protected characteristics, circulated to all schools; Blaenau Gwent helped develop it.",
    themes: ["schools-young-people", "hate-crime"],
    area: { kind: "authorities", gss: [BLAENAU_GWENT] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "has assisted in the development of the anti-Bullying Strategy and Toolkit which has been circulated to all schools, which has included information on protected characteristics",
    },
  },
  {
    key: "torfaen-schools-incident-monitoring",
    kind: "research",
    deliveryNotNamed: true,
    organisation: "torfaen-county-borough-council",
    titleEn: "Termly monitoring of incidents in schools, Torfaen",
    descriptionEn:
      "Monitoring like Caerphilly's, in which schools complete a termly report on the nature of each incident and the support or interventions provided. The report does not say which body requires the reports; it is filed under the council for the area.",
    themes: ["schools-young-people", "hate-crime"],
    area: { kind: "authorities", gss: [TORFAEN] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Monitoring has been replicated in Torfaen, where schools are required to complete and return a termly report detailing the nature of the incident",
    },
  },
  {
    key: "west-gwent-anti-homophobia-resource-for-schools",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Anti-homophobia resource and training for schools, West Gwent",
    descriptionEn: `Every comprehensive school in the region received a free copy of the anti-homophobia product 'Homophobia: Let tackle it' (as the report spells it), and school and pastoral leaders were trained. ${CO_ORDINATOR_NOTE}`,
    themes: ["lgbtq-inclusion", "schools-young-people", "hate-crime"],
    area: { kind: "authorities", gss: GWENT_WEST },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "all comprehensive schools in the region have received a free copy of the anti Homophobia product (Homophobia: Let tackle it)",
    },
  },
  {
    key: "hate-crime-awareness-week",
    kind: "campaign",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Hate Crime Awareness Week",
    descriptionEn:
      "A national awareness week on hate crime. The Welsh Government published a report on the impact of the 2014 week, which showed an increase in reporting during and after it; community cohesion co-ordinators worked with police forces on targeted activities. The report names no single organiser and the record is filed under the Welsh Government. The Wales Safer Communities Network's February 2025 response also lists it among the campaigns public services promote and take part in.",
    themes: ["hate-crime"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "The Welsh Government published a report outlining the impact of activities for Hate Crime Awareness Week 2014",
    },
  },
  {
    key: "lgbt-history-month",
    kind: "campaign",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "LGBT History Month",
    descriptionEn:
      "One of the occasions whose communications in 2014-15 raised the profile of tackling hate crimes and incidents, alongside Hate Crime Awareness Week. The report names no organiser; it is filed under the Welsh Government as owner of the national programme. The Wales Safer Communities Network's February 2025 response also lists it among the campaigns public services promote and take part in.",
    themes: ["lgbtq-inclusion", "hate-crime"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "communications to raise the profile of tackling hate crimes and incidents were a feature of LGBT History Month",
    },
  },
  {
    key: "gypsy-roma-traveller-history-month",
    kind: "campaign",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Gypsy Roma Traveller History Month",
    descriptionEn:
      "One of the occasions whose communications in 2014-15 raised the profile of tackling hate crimes and incidents. The report names no organiser; it is filed under the Welsh Government as owner of the national programme. The Wales Safer Communities Network's February 2025 response lists it as 'Roma Traveller History Month' among the campaigns public services promote and take part in.",
    themes: ["gypsy-roma-traveller", "hate-crime"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "LGBT History Month, Gypsy Roma Traveller History Month and the UN International Day for the Elimination of Racial Discrimination",
    },
  },
  {
    key: "un-international-day-for-the-elimination-of-racial-discrimination",
    kind: "campaign",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "UN International Day for the Elimination of Racial Discrimination",
    descriptionEn:
      "One of the occasions whose communications in 2014-15 raised the profile of tackling hate crimes and incidents. The report names no organiser in Wales; it is filed under the Welsh Government as owner of the national programme.",
    themes: ["hate-crime"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "LGBT History Month, Gypsy Roma Traveller History Month and the UN International Day for the Elimination of Racial Discrimination",
    },
  },
  {
    key: "north-wales-hate-crime-awareness-week-task-and-finish-group",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "North Wales Hate Crime Awareness Week Task and Finish Group",
    descriptionEn:
      "A task and finish group of community cohesion co-ordinators, the police, Victim Support and the Office of the Police and Crime Commissioner, set up to plan National Hate Crime Awareness Week across North Wales. The report does not say who convened it; it is filed under the Welsh Government, which funds the co-ordinators.",
    themes: ["hate-crime"],
    area: { kind: "authorities", gss: NORTH_WALES },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Across North Wales a special Task & Finish Group was established with Community Cohesion Co-ordinators, Police, Victim Support and the Office of the Police and Crime Commissioner",
    },
  },
  {
    key: "north-wales-hate-crime-awareness-week-campaign",
    kind: "campaign",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Hate Crime Awareness Week activities, North Wales",
    descriptionEn:
      "A plan of activities for each day of the week, with hate crime information and media releases for members and public services websites, a regional poster advertised on buses across the region, and a radio broadcast on hate crime during the week. Planned by the North Wales task and finish group; the report names no single delivering body.",
    themes: ["hate-crime"],
    area: { kind: "authorities", gss: NORTH_WALES },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Hate Crime information and media releases for members, Public Services web sites and a Regional Poster which was advertised on buses across the region",
    },
  },
  {
    key: "hate-crime-marac-for-high-risk-victims",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "MARAC processes for high-risk victims of hate crime",
    descriptionEn: `Processes for high-risk victims of hate crime through Multi-Agency Risk Assessment Conference (MARAC) approaches, developed by co-ordinators with police force areas; 69 cases went through MARAC-style approaches in 2014-15. ${CO_ORDINATOR_NOTE}`,
    themes: ["hate-crime"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Co-ordinators have been working with Police Force Areas to develop processes for high risk victims through Multi-Agency Risk Assessment Conference (MARAC) approaches.",
    },
  },
  {
    key: "hate-crime-data-mapping",
    kind: "research",
    organisation: "welsh-local-government-data-unit",
    titleEn: "Mapping of hate crime data across Wales",
    descriptionEn:
      "The Data Unit, with Victim Support and local authorities, mapping hate crime data across Wales and providing information on hotspots to build the evidence base for proactive approaches.",
    themes: ["hate-crime", "tension-monitoring-safety"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "The Welsh Local Government Data Unit is working with Victim Support and Local Authorities to map data across Wales and provide information on hotspots",
    },
  },
  {
    key: "cps-local-involvement-scrutiny-panels",
    kind: "network",
    organisation: "crown-prosecution-service",
    titleEn: "Local Involvement Scrutiny Panels",
    descriptionEn:
      "Panels through the Crown Prosecution Service that actively assess and review hate crime cases; the community cohesion co-ordinators supported their development. The report does not say where they sit.",
    themes: ["hate-crime"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "the Co-ordinators have supported the development of Local Involvement Scrutiny Panels through the Crown Prosecution Service to actively assess and review cases",
    },
  },
  {
    key: "newport-and-monmouthshire-hate-crime-forum",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Newport and Monmouthshire Hate Crime Forum",
    descriptionEn: `The Monmouthshire Hate Crime Forum, set up by the Gwent East co-ordinator, merged with the existing Newport Hate Crime Forum. It meets quarterly on hate crime initiatives, trends and concerns, and also acts as an ad hoc multi-agency case-handling group; members include local authority representatives, Gwent Police, Coleg Gwent, the University of South Wales and social landlords. ${CO_ORDINATOR_NOTE}`,
    themes: ["hate-crime"],
    area: { kind: "authorities", gss: [NEWPORT, MONMOUTHSHIRE] },
    start: null,
    end: null,
    cite: { doc: D004, quote: "The forum meets quarterly to discuss Hate Crime initiatives, trends and concerns." },
  },

  // ── Outcome 2: modern slavery ────────────────────────────────────────────────────────────
  {
    key: "welsh-government-anti-slavery-coordinator-annual-report-2014",
    kind: "research",
    organisation: "welsh-government",
    titleEn: "Annual Report of the Welsh Government Anti-Slavery Co-ordinator",
    descriptionEn:
      "The annual report of the Welsh Government's Anti-Slavery Co-ordinator, published in November 2014, showing growing awareness and strategic approaches to slavery being developed across Wales.",
    themes: ["modern-slavery"],
    area: { kind: "wales" },
    start: "2014-11",
    end: null,
    dateNote: "Start is the publication date, November 2014.",
    cite: {
      doc: D004,
      quote: "The 'Annual Report of the Welsh Government Anti-Slavery Co-ordinator' was published in November 2014",
    },
  },
  {
    key: "regional-anti-slavery-forums",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Multi-Agency Regional Anti-Slavery Forums",
    descriptionEn:
      "Six multi-agency regional forums that drive anti-slavery work, with subgroups on a victim pathway, MARACs, intelligence gathering, information sharing protocols, training and awareness raising; the Survivor Care Pathway is rolled out through them. The report does not name who runs them; it is filed under the Welsh Government as owner of the national plan.",
    themes: ["modern-slavery"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "Six Multi-Agency Regional Anti-Slavery Forums have been developed across Wales to drive forwards work",
    },
  },
  {
    key: "north-wales-regional-anti-slavery-action-plan",
    kind: "policy",
    deliveryNotNamed: true,
    organisation: "north-wales-anti-slavery-project-board",
    titleEn: "North Wales Regional Anti Slavery Action Plan",
    descriptionEn:
      "A regional action plan, backed by the public and third sectors, formed from a needs assessment that merged the results of two sub-regional anti-slavery conferences (North East and North West Wales) organised by the co-ordinators for several hundred front-line practitioners. The report does not say who owns the plan; it is filed under the North Wales Anti-Slavery Project Board.",
    themes: ["modern-slavery"],
    area: { kind: "authorities", gss: NORTH_WALES },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "The results of both conferences were merged into a single needs assessment to form a new Regional Anti Slavery Action Plan",
    },
  },
  {
    key: "anti-slavery-week",
    kind: "campaign",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Anti-Slavery Week",
    descriptionEn:
      "A national campaign that partners supported with targeted work, posters, car stickers and other materials, raising awareness at major events such as the National Eisteddfod. The report says only 'partners'; it is filed under the Welsh Government as owner of the national plan.",
    themes: ["modern-slavery"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Targeted work was undertaken ahead of Anti-Slavery Week by partners, which included support of the national campaign",
    },
  },
  {
    key: "modern-slavery-awareness-week-2015-communications-plan",
    kind: "campaign",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Modern Slavery Awareness Week 2015 and all-Wales communications plan",
    descriptionEn:
      "Targeted activities and awareness during Modern Slavery Awareness Week 2015 and the promotion of national events, as part of an all-Wales communications plan the report calls for. The report names no delivering body; it is filed under the Welsh Government.",
    themes: ["modern-slavery"],
    area: { kind: "wales" },
    start: "2015",
    end: null,
    dateNote: "Start is the year of the awareness week named, 2015.",
    cite: {
      doc: D004,
      quote: "targeted activities and awareness during Modern Slavery Awareness Week 2015 and continued promotion of national events",
    },
  },
  {
    key: "survivor-care-pathway",
    kind: "policy",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Survivor Care Pathway",
    descriptionEn:
      "A care pathway for survivors of modern slavery, rolled out through the regional anti-slavery forums with support from the co-ordinators; implementing it is part of the national plan. The report names no author; it is filed under the Welsh Government.",
    themes: ["modern-slavery"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "A Survivor Care Pathway has been developed and is being rolled out through the Regional Forums, with support from Co-ordinators.",
    },
  },
  {
    key: "modern-slavery-marac-process",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Modern slavery MARAC process",
    descriptionEn:
      "A Multi-Agency Risk Assessment Conference (MARAC) process for victims of modern slavery, rolled out across Wales and embedded in existing safeguarding arrangements through regional processes; 44 cases went through MARAC-style approaches in 2014-15. The report names no author; it is filed under the Welsh Government.",
    themes: ["modern-slavery"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "A Multi-Agency Risk Assessment Conference (MARAC) process has also been developed, which is being rolled out across Wales",
    },
  },
  {
    key: "cardiff-and-vale-human-trafficking-marac",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Cardiff and Vale Human Trafficking MARAC",
    descriptionEn: `Monthly multi-agency meetings on active human trafficking cases, kept on the agenda until concluded, to support investigations and safety plans. A quality-assured Human Trafficking Information Sharing Protocol supports it and the Cardiff multi agency response pathway. ${CO_ORDINATOR_NOTE}`,
    themes: ["modern-slavery"],
    area: { kind: "authorities", gss: CARDIFF_AND_VALE },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "The aim of the ISP is to increase effectiveness and co-operation between agencies through the Cardiff and Vale Human Trafficking MARAC",
    },
  },
  {
    key: "wales-anti-slavery-delivery-evaluation",
    kind: "research",
    organisation: "wales-anti-slavery-leadership-group",
    titleEn: "Evaluation of anti-slavery delivery across Wales",
    descriptionEn:
      "An evaluation of anti-slavery delivery across Wales to be carried out by the Leadership Group, reporting in March 2016, to assess initial progress.",
    themes: ["modern-slavery"],
    area: { kind: "wales" },
    start: null,
    end: "2016-03",
    dateNote: "End is when the report says the evaluation will report (March 2016); no start is stated.",
    cite: {
      doc: D004,
      quote:
        "the Leadership Group will implement an evaluation of delivery across Wales, which will report in March 2016",
    },
  },

  // ── Outcome 3: Gypsy, Roma and Traveller communities ────────────────────────────────────
  {
    key: "gypsy-and-traveller-accommodation-assessment-guidance",
    kind: "policy",
    organisation: "welsh-government",
    titleEn: "Guidance on Gypsy and Traveller accommodation needs assessments",
    descriptionEn:
      "Welsh Government guidance for local authorities on the Gypsy and Traveller accommodation needs assessments required by Part 3 of the Housing (Wales) Act 2014, to be completed by February 2016.",
    themes: ["gypsy-roma-traveller"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "the Welsh Government has produced guidance for Local Authorities to undertake needs assessments to be undertaken by February 2016",
    },
  },
  {
    key: "gypsy-and-traveller-accommodation-needs-assessments",
    kind: "research",
    organisation: "local-authorities-in-wales",
    titleEn: "Gypsy and Traveller accommodation needs assessments",
    descriptionEn:
      "Assessments of Gypsy and Traveller accommodation need that every local authority in Wales must carry out under Part 3 of the Housing (Wales) Act 2014, making provision for unmet need. Co-ordinators linked authorities with site managers and community organisations to engage Gypsies and Travellers; 633 were engaged in 2014-15.",
    themes: ["gypsy-roma-traveller"],
    area: { kind: "wales" },
    start: "2015-02",
    end: "2016-02",
    dateNote:
      "Start is when the duty was introduced (February 2015); end is the deadline for the assessments (February 2016). Both as stated in the report.",
    cite: {
      doc: D004,
      quote:
        "placed a duty on all Local Authorities in Wales to undertake accommodation assessments for Gypsies and Travellers and, where identified, make provision for unmet need",
    },
  },
  {
    key: "ehrc-guidance-for-councillors-on-gypsy-and-traveller-communities",
    kind: "policy",
    organisation: "equality-and-human-rights-commission",
    titleEn: "Guidance for councillors on comments about Gypsy and Traveller communities",
    descriptionEn:
      "EHRC guidance for councillors on disparaging comments about Gypsy and Traveller communities and their sites, which the report says is raising awareness of terminology.",
    themes: ["gypsy-roma-traveller", "hate-crime"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "The Equality and Human Rights Commission has issued guidance for Councillors with regards to disparaging comments about Gypsy and Traveller communities and their sites",
    },
  },
  {
    key: "gypsy-and-traveller-cultural-awareness-training",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "local-authorities-in-wales",
    titleEn: "Gypsy and Traveller cultural awareness training for council staff and members",
    descriptionEn:
      "Training on Gypsy and Traveller culture rolled out across many local authorities, including for elected members; in 2014-15, 454 local authority staff and 77 members took it. The report does not say which authorities or who delivers it.",
    themes: ["gypsy-roma-traveller"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Specific training on Gypsy and Traveller culture has been rolled out across many Local Authorities including training delivered to Local Authority members.",
    },
  },
  {
    key: "gypsy-and-traveller-training-for-elected-members",
    kind: "programme",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Regional training sessions for elected members on Gypsy and Traveller communities",
    descriptionEn:
      "A Welsh Government-funded programme of 10 regional training sessions so that local elected members understand their responsibilities towards Gypsy and Traveller communities under the Housing (Wales) Act 2014 and the Equality Act 2010. The report names the Welsh Government as funder only, not who delivers the sessions.",
    themes: ["gypsy-roma-traveller"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "The Welsh Government will fund a programme of 10 regional training sessions for local Elected Members",
    },
  },

  // ── Outcome 4: immigration ────────────────────────────────────────────────────────────────
  {
    key: "welcome-to-merthyr-and-welcome-to-rct-packs",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "'Welcome to Merthyr' and 'Welcome to RCT' packs",
    descriptionEn:
      "Welcome packs for Merthyr Tydfil and Rhondda Cynon Taf, being renewed with migrant workers in mind following the Cwm Taf mapping of organisations, services and projects. The report does not say who produces the packs; it is filed under the Welsh Government, which funds the Cwm Taf co-ordinator whose mapping informed them.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "authorities", gss: [MERTHYR_TYDFIL, RHONDDA_CYNON_TAF] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "This has influenced the renewal of a 'Welcome to Merthyr' and 'Welcome to RCT' pack which will be designed with Migrant Workers in mind.",
    },
  },
  {
    key: "brecon-nepalese-community-access-to-services",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "powys-county-council",
    titleEn: "Engagement with the Nepalese community in Brecon",
    descriptionEn:
      "Engagement, facilitated by the regional co-ordinator with Brecon Wales Nepali Samaj UK and service providers, on the growing Nepalese community's access to services: support for older members, language, transport and IT skills. A report with action points followed, and a booklet of information and advice services was produced with partners. Reported under Powys County Council's heading; the report credits the co-ordinator and names no other delivering body.",
    themes: ["asylum-refugee-migrant", "community-spaces"],
    area: { kind: "authorities", gss: [POWYS] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "A booklet for the community has been produced in collaboration with partners to bring together information and advice services available.",
    },
  },
  {
    key: "anglesey-community-safety-and-cohesion-document",
    kind: "policy",
    deliveryNotNamed: true,
    organisation: "isle-of-anglesey-council",
    titleEn: "Community Safety and Cohesion document, Anglesey",
    descriptionEn:
      "A strategic community safety and cohesion document for the Community Safety Board, part of preparing for the population increase expected from the Wylfa Newydd nuclear power station. Reported under the Isle of Anglesey Council's heading; the report does not say who wrote it.",
    themes: ["tension-monitoring-safety", "asylum-refugee-migrant"],
    area: { kind: "authorities", gss: [ANGLESEY] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "A strategic Community Safety and Cohesion document has been produced for the Community Safety Board",
    },
  },
  {
    key: "anglesey-community-tension-detection-tool",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "isle-of-anglesey-council",
    titleEn: "Tension monitoring with a Community Tension Detection Tool, Anglesey",
    descriptionEn:
      "Tension monitoring arrangements being put in place in Anglesey in partnership with Airbus UK through a Community Tension Detection Tool, in preparation for large-scale development. Reported under the Isle of Anglesey Council's heading; the report does not name the lead body.",
    themes: ["tension-monitoring-safety", "misinformation-online-harm"],
    area: { kind: "authorities", gss: [ANGLESEY] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "further work is being undertaken to put in place tension monitoring arrangements in partnership with Airbus UK through a Community Tension Detection Tool",
    },
  },
  {
    key: "cardiff-asylum-dispersal-multi-agency-group",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "city-of-cardiff-council",
    titleEn: "Multi-agency group on migration and asylum dispersal, Cardiff",
    descriptionEn:
      "A multi-agency group formed after issues about migration and dispersal were raised, with scoping work on the impacts on services and on asylum seekers. Reported under the City of Cardiff Council's heading; the report does not say who convenes the group.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "authorities", gss: [CARDIFF] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "resulting in the formation of a multi agency group and scoping work around the impacts on services and asylum seekers",
    },
  },
  {
    key: "cardiff-procurement-screening-tool",
    kind: "research",
    organisation: "city-of-cardiff-council",
    titleEn: "Procurement screening tool, Cardiff",
    descriptionEn:
      "A procurement screening tool developed as part of the council's work on procurement, dispersal data analysis and the impact of asylum dispersal on services.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "authorities", gss: [CARDIFF] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "dispersal data analysis, and impact on services and a procurement screening tool has been developed",
    },
  },
  {
    key: "wales-section-4-bail-accommodation-policy",
    kind: "policy",
    deliveryNotNamed: true,
    organisation: "newport-city-council",
    titleEn: "Wales-wide Section 4 bail accommodation policy",
    descriptionEn:
      "A Wales-wide policy on Section 4 bail accommodation, developed in partnership with other dispersal areas and police forces after the co-ordinator negotiated with the Home Office and the accommodation provider, following community tensions when a high-profile gang leader was relocated to Newport in late 2013 without consultation. Reported under Newport City Council's heading; the report names no single author.",
    themes: ["asylum-refugee-migrant", "tension-monitoring-safety"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "a Wales-wide Section 4 Bail accommodation policy was developed in partnership with other dispersal areas and Police Forces",
    },
  },

  // ── Outcome 5: Communities First ─────────────────────────────────────────────────────────
  {
    key: "swansea-ward-data-on-protected-characteristics",
    kind: "research",
    organisation: "swansea-council",
    titleEn: "Ward population data on protected characteristics, Swansea",
    descriptionEn:
      "The council's Research and Information team collating population data for wards on protected characteristics, to help the Communities First programme monitor its reach.",
    themes: ["community-spaces"],
    area: { kind: "authorities", gss: [SWANSEA] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Swansea Council Research and Information team have been further collating population data for Wards in relation to protected characteristics",
    },
  },
  {
    key: "neath-port-talbot-communities-first-ward-profiles",
    kind: "research",
    deliveryNotNamed: true,
    organisation: "neath-port-talbot-council",
    titleEn: "Communities First ward profiles, Neath Port Talbot",
    descriptionEn:
      "Ward profiles for all four Communities First cluster areas in Neath Port Talbot, part of the equality and diversity monitoring of the programme's reach. The report credits 'Neath Port Talbot Communities First' and does not name its lead delivery body; it is filed under the council.",
    themes: ["community-spaces"],
    area: { kind: "authorities", gss: [NEATH_PORT_TALBOT] },
    start: null,
    end: null,
    cite: { doc: D004, quote: "Neath Port Talbot Communities First has produced a Ward Profile for all 4 Cluster areas." },
  },
  {
    key: "bridgend-hate-crime-survey",
    kind: "research",
    deliveryNotNamed: true,
    organisation: "bridgend-council",
    titleEn: "Hate crime survey, Bridgend",
    descriptionEn:
      "A hate crime survey in the borough by Bridgend Communities First and the community safety team, whose results will inform future plans and local decisions. The report does not say which body employs the team; it is filed under the council.",
    themes: ["hate-crime"],
    area: { kind: "authorities", gss: [BRIDGEND] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "Bridgend Communities First and Communities Safety team has undertaken a Hate Crime survey in the Borough.",
    },
  },
  {
    key: "inter-faith-week-neath-port-talbot-and-swansea",
    kind: "campaign",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Inter-Faith Week event, Neath Port Talbot and Swansea",
    descriptionEn:
      "Communities First in Neath Port Talbot and Swansea worked with partners on Inter-Faith Week and helped deliver an event attended by residents of a wide range of faiths, ages and backgrounds from across the clusters. The report does not name the clusters' lead bodies; it is filed under the Welsh Government, which runs Communities First.",
    themes: ["interfaith-belief", "community-spaces"],
    area: { kind: "authorities", gss: [NEATH_PORT_TALBOT, SWANSEA] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "Communities First in Neath Port Talbot and Swansea were involved in Inter- Faith Week working with partners",
    },
  },
  {
    key: "western-bay-regional-cf-cluster-managers-forum",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Regional Communities First Cluster Managers' Forum, Western Bay",
    descriptionEn:
      "The forum of Communities First cluster managers for the 12 clusters across Swansea, Neath Port Talbot and Bridgend, through which the cohesion co-ordinator liaises with the three authorities and updates managers on the Community Cohesion programme. The report does not say who runs it; it is filed under the Welsh Government, which runs Communities First.",
    themes: ["third-sector-capacity", "hate-crime"],
    area: { kind: "authorities", gss: WESTERN_BAY },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "The Cohesion Coordinator is closely liaising with all three Authorities via the Regional CF Cluster Managers' Forum",
    },
  },
  {
    key: "west-gwent-communities-first-hate-crime-training",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Hate crime training for Communities First clusters, West Gwent",
    descriptionEn: `Hate crime training for Communities First clusters in every area of West Gwent, which led to referrals to the third-party reporting mechanism; Victim Support information and packs were also sent to the clusters. ${CO_ORDINATOR_NOTE}`,
    themes: ["hate-crime"],
    area: { kind: "authorities", gss: GWENT_WEST },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Hate Crime Training has been delivered to all areas across West Gwent for Clusters and has resulted in a number of referrals to the third party reporting mechanism.",
    },
  },
  {
    key: "west-gwent-prevent-wrap-training",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Prevent WRAP training for Communities First clusters, West Gwent",
    descriptionEn: `Prevent WRAP training, made available to every Communities First cluster area in West Gwent, to identify signs of extremism. ${CO_ORDINATOR_NOTE}`,
    themes: ["extremism-prevention"],
    area: { kind: "authorities", gss: GWENT_WEST },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "Prevent WRAP training has been made available to all Cluster areas to identify signs of extremism.",
    },
  },
  {
    key: "west-gwent-school-twinning",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "School Twinning support, West Gwent",
    descriptionEn: `Support materials on School Twinning and support for developing projects that encourage ethnic and cultural awareness, provided through Communities First clusters; the co-ordinator also organised a community visit to a Newport mosque. ${CO_ORDINATOR_NOTE}`,
    themes: ["schools-young-people", "community-spaces", "interfaith-belief"],
    area: { kind: "authorities", gss: GWENT_WEST },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "providing support in developing projects that encourage ethnic and culture awareness (i.e. School Twinning)",
    },
  },
  {
    key: "blaenau-gwent-grand-school-council-intolerance-work",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "blaenau-gwent-county-borough-council",
    titleEn: "Work with Blaenau Gwent's Grand School Council on intolerance",
    descriptionEn:
      "Work, under way in 2015, with Blaenau Gwent's Grand School Council to address intolerance and community prejudice, organised through the West Gwent Communities First work. The report does not say who leads it; it is filed under the council for the area.",
    themes: ["schools-young-people", "hate-crime"],
    area: { kind: "authorities", gss: [BLAENAU_GWENT] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "Work is underway with Blaenau Gwent's Grand School Council to address intolerance and community prejudice.",
    },
  },

  // ── Outcome 6: cohesion in plans, governance and third sector engagement ─────────────────
  {
    key: "newport-safe-and-cohesive-theme-group",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "newport-city-council",
    titleEn: "'Safe & Cohesive' theme group, Newport",
    descriptionEn:
      "The Single Integrated Plan theme group, chaired by the Local Policing Unit Commander, that monitors Newport's cohesion work quarterly. Newport adopted the National Community Cohesion Delivery Plan within the cohesive element of its Single Integrated Plan, and the council leader is the lead cabinet member for community cohesion. The report does not say which body convenes the group.",
    themes: ["tension-monitoring-safety"],
    area: { kind: "authorities", gss: [NEWPORT] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "cohesion work is monitored quarterly by the 'Safe & Cohesive' theme group which is chaired by the Local Policing Unit Commander",
    },
  },
  {
    key: "swansea-community-cohesion-leadership-group",
    kind: "network",
    organisation: "swansea-council",
    titleEn: "Community Cohesion Leadership Group, Swansea",
    descriptionEn:
      "A leadership group of Cabinet members and senior officers from key council services, meeting quarterly, that gives strategic direction to delivery of the Community Cohesion Delivery Plan, with each outcome championed by a Cabinet member.",
    themes: ["tension-monitoring-safety", "hate-crime"],
    area: { kind: "authorities", gss: [SWANSEA] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "The Leadership Group is made up of Cabinet Members and senior officers from key service areas of the local authority",
    },
  },
  {
    key: "western-bay-cohesion-and-hate-crime-e-learning",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "local-authorities-in-wales",
    titleEn: "Community cohesion and hate crime e-learning for staff, Western Bay",
    descriptionEn:
      "E-learning on community cohesion and hate crime developed across the Western Bay region for all staff. The report does not say who developed it; it is filed under local authorities in Wales.",
    themes: ["hate-crime"],
    area: { kind: "authorities", gss: WESTERN_BAY },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "There has been e-learning on community cohesion and hate crime developed across the region for all staff.",
    },
  },
  {
    key: "cardiff-strategic-community-cohesion-group",
    kind: "network",
    organisation: "city-of-cardiff-council",
    titleEn: "Strategic Community Cohesion Group, Cardiff",
    descriptionEn:
      "A group developed by the council through its Single Integrated Plan, with third sector representation, to support delivery of community cohesion and links on hate crime.",
    themes: ["third-sector-capacity", "hate-crime"],
    area: { kind: "authorities", gss: [CARDIFF] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "City of Cardiff Council has developed a Strategic Community Cohesion Group and a Safer and Cohesive Programme Board through the Single Integrated Plan.",
    },
  },
  {
    key: "cardiff-safer-and-cohesive-programme-board",
    kind: "network",
    organisation: "city-of-cardiff-council",
    titleEn: "Safer and Cohesive Programme Board, Cardiff",
    descriptionEn:
      "A programme board developed by the council through its Single Integrated Plan, with third sector representation, to support delivery of community cohesion and links on hate crime.",
    themes: ["tension-monitoring-safety", "hate-crime"],
    area: { kind: "authorities", gss: [CARDIFF] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "City of Cardiff Council has developed a Strategic Community Cohesion Group and a Safer and Cohesive Programme Board through the Single Integrated Plan.",
    },
  },
  {
    key: "cardiff-black-and-minority-ethnic-forum",
    kind: "network",
    organisation: "city-of-cardiff-council",
    titleEn: "Black and Minority Ethnic Forum, Cardiff",
    descriptionEn:
      "A forum developed as part of the council's engagement work, supporting engagement with the third sector on community cohesion.",
    themes: ["community-spaces", "third-sector-capacity"],
    area: { kind: "authorities", gss: [CARDIFF] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "Further engagement has included the development of a Black and Minority Ethnic Forum",
    },
  },
  {
    key: "cardiff-lgbt-network",
    kind: "network",
    organisation: "city-of-cardiff-council",
    titleEn: "Lesbian, Gay, Bisexual, Transgender Network, Cardiff",
    descriptionEn:
      "A network developed as part of the council's engagement work, supporting engagement with the third sector on community cohesion.",
    themes: ["lgbtq-inclusion", "third-sector-capacity"],
    area: { kind: "authorities", gss: [CARDIFF] },
    start: null,
    end: null,
    cite: { doc: D004, quote: "Lesbian, Gay, Bisexual, Transgender Network, 50+ Forum, Refugee and Asylum Seeker Group" },
  },
  {
    key: "cardiff-refugee-and-asylum-seeker-group",
    kind: "network",
    organisation: "city-of-cardiff-council",
    titleEn: "Refugee and Asylum Seeker Group, Cardiff",
    descriptionEn:
      "A group developed as part of the council's engagement work, supporting engagement with the third sector on community cohesion.",
    themes: ["asylum-refugee-migrant", "third-sector-capacity"],
    area: { kind: "authorities", gss: [CARDIFF] },
    start: null,
    end: null,
    cite: { doc: D004, quote: "Lesbian, Gay, Bisexual, Transgender Network, 50+ Forum, Refugee and Asylum Seeker Group" },
  },

  // ── Outcome 7: mapping communities and managing tensions ─────────────────────────────────
  {
    key: "mid-west-community-briefing-sheets",
    kind: "research",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Community Briefing Sheets, Mid and West Wales",
    descriptionEn: `Key data on geographic communities across the Mid and West Wales region, with Community Briefing Sheets being developed to improve understanding across service and policy delivery. ${CO_ORDINATOR_NOTE}`,
    themes: ["tension-monitoring-safety"],
    area: { kind: "authorities", gss: MID_AND_WEST_WALES },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "is being supported with the development of Community Briefing Sheets to increase greater understanding across service and policy delivery",
    },
  },
  {
    key: "carmarthenshire-ward-profiles",
    kind: "research",
    organisation: "carmarthenshire-county-council",
    titleEn: "Ward Profiles, Carmarthenshire",
    descriptionEn:
      "Ward profiles based on geographic community profiles, used to inform service delivery such as tension monitoring and the Communities First programme.",
    themes: ["tension-monitoring-safety"],
    area: { kind: "authorities", gss: [CARMARTHENSHIRE] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Carmarthenshire County Council has produced Ward Profiles, based upon a geographic community profiles to inform service delivery",
    },
  },
  {
    key: "powys-local-area-profiles",
    kind: "research",
    organisation: "powys-county-council",
    titleEn: "Local Area Profiles, Powys",
    descriptionEn:
      "Local area profiles, themes and other statistics on the council's website, among the community data the Mid and West Wales region uses to understand its communities.",
    themes: ["tension-monitoring-safety"],
    area: { kind: "authorities", gss: [POWYS] },
    start: null,
    end: null,
    cite: { doc: D004, quote: "Powys County Council website includes Local Area Profiles, Themes and Other Statistics" },
  },
  {
    key: "ceredigion-community-profiles",
    kind: "research",
    organisation: "ceredigion-county-council",
    titleEn: "Community Profiles, Ceredigion",
    descriptionEn: "Community profiles with information on population statistics, ethnicity, migration and housing.",
    themes: ["tension-monitoring-safety", "asylum-refugee-migrant"],
    area: { kind: "authorities", gss: [CEREDIGION] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Ceredigion County Council has produced Community Profiles, including information on population statistics, ethnicity, migration and housing information.",
    },
  },
  {
    key: "pembrokeshire-community-resilience-working-group",
    kind: "network",
    organisation: "pembrokeshire-county-council",
    titleEn: "Community Resilience Working Group, Pembrokeshire",
    descriptionEn:
      "A working group of Pembrokeshire County Council, named in the report's account of mapping communities in Mid and West Wales; the report says nothing more about it.",
    themes: ["tension-monitoring-safety"],
    area: { kind: "authorities", gss: [PEMBROKESHIRE] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Pembrokeshire County Council produces data sets in response to specific investigations and queries and has a Community Resilience Working Group.",
    },
  },
];
