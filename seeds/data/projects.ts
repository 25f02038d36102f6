import type { GssCode, SeedProject } from "../types";
import { D000, D001, D002, D003, D004, ANGLESEY, GWYNEDD, CONWY, DENBIGHSHIRE, FLINTSHIRE, WREXHAM, CEREDIGION, PEMBROKESHIRE, CARMARTHENSHIRE, SWANSEA, NEATH_PORT_TALBOT, BRIDGEND, VALE_OF_GLAMORGAN, CARDIFF, RHONDDA_CYNON_TAF, CAERPHILLY, BLAENAU_GWENT, TORFAEN, MONMOUTHSHIRE, NEWPORT, POWYS, MERTHYR_TYDFIL } from "./refs";

// The eight regional community cohesion areas, as the reference JSON's cohesion_region field
// assigns authorities to them (North West Wales there is inferred; the rest follow the documents).
const NORTH_WEST_WALES: GssCode[] = [ANGLESEY, GWYNEDD, CONWY];
const NORTH_EAST_WALES: GssCode[] = [DENBIGHSHIRE, FLINTSHIRE, WREXHAM];
const MID_AND_WEST_WALES: GssCode[] = [CEREDIGION, PEMBROKESHIRE, CARMARTHENSHIRE, POWYS];
const WESTERN_BAY: GssCode[] = [SWANSEA, NEATH_PORT_TALBOT, BRIDGEND];
const CARDIFF_AND_VALE: GssCode[] = [VALE_OF_GLAMORGAN, CARDIFF];
const CWM_TAF: GssCode[] = [RHONDDA_CYNON_TAF, MERTHYR_TYDFIL];
const GWENT_WEST: GssCode[] = [CAERPHILLY, BLAENAU_GWENT, TORFAEN];
const GWENT_EAST: GssCode[] = [MONMOUTHSHIRE, NEWPORT];

/** The November 2025 response names the regional cohesion teams as working with the Welsh Government now. */
const REGIONAL_TEAMS_2025 = {
  doc: D003,
  quote: "the draft cohesion principles which the Welsh Government has been developing in conjunction with Regional Cohesion teams",
};

const REGIONAL_TEAM_DATES =
  "No dates are given for the team itself: the 2015 report describes its work in 2014-15, and the Community Cohesion Programme that funds the regional teams has funding agreed to March 2029 (Welsh Government response, November 2025).";

/**
 * Projects and programmes named in the seed documents. Where a document names a project but not
 * the body that runs it, `organisation` is the body the document ties it to (for example the funder
 * or the programme it belongs to) and the description says that the delivering body is not named.
 */
export const PROJECTS: SeedProject[] = [
  // ── WSMP evidence (000) ──────────────────────────────────────────────────────────────
  {
    key: "hong-kong-welcome-hub",
    kind: "service",
    organisation: "wales-strategic-migration-partnership",
    titleEn: "Hong Kong Welcome Hub",
    descriptionEn:
      "An online welcome hub for Hong Kongers, facilitated by WSMP as part of its work on the Hong Kong BN(O) visa scheme.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: { doc: D000, quote: "The WSMP facilitates an online Hong Kong Welcome Hub and funds a range of projects" },
  },
  {
    // WSMP funds the centre; the document does not say who runs it.
    key: "hong-kong-drop-in-centre-cardiff",
    kind: "service",
    organisation: "wales-strategic-migration-partnership",
    titleEn: "Hong Kong drop-in centre, Cardiff",
    descriptionEn:
      "A drop-in centre in Cardiff offering social activities, advice and information for Hong Kongers, where they can meet service providers and local community groups. It is funded by WSMP; the document does not name the organisation that runs it.",
    themes: ["asylum-refugee-migrant", "community-spaces"],
    area: { kind: "authorities", gss: [CARDIFF] },
    start: null,
    end: null,
    cite: {
      doc: D000,
      quote: "including a drop in centre in Cardiff which provides social activities, advice and information for Hong Kongers",
    },
  },
  {
    key: "wsmp-hate-crime-information-leaflets",
    kind: "campaign",
    organisation: "wales-strategic-migration-partnership",
    titleEn: "Hate crime information leaflets",
    descriptionEn:
      "Two leaflets, one for agencies working with affected communities and one on safety and support for people who could be victims of hate crime, explaining what hate crime is, how to report it and where to find support. The safety and support leaflet was translated into ten languages and widely shared.",
    themes: ["hate-crime", "asylum-refugee-migrant"],
    area: { kind: "wales" },
    start: "2024",
    end: null,
    dateNote:
      "Developed 'during the violent protests of last summer'; the document (2025) refers to the attacks of summer 2024, so the start is given as 2024.",
    cite: {
      doc: D000,
      quote: "During the violent protests of last summer, the WSMP developed two hate crime information leaflets",
    },
  },
  {
    // Penally is in Pembrokeshire and Llanelli in Carmarthenshire (the document names the places only).
    key: "contingency-asylum-sites-lessons-learned",
    kind: "research",
    organisation: "wales-strategic-migration-partnership",
    titleEn: "Lessons learned from contingency asylum sites at Penally and Llanelli",
    descriptionEn:
      "Lessons learned and recommendations from the use of hotels as contingency asylum accommodation at Penally and, more recently, Llanelli, shared in collaboration with the Home Office, Welsh Government, WLGA, Dyfed-Powys Police, Carmarthenshire County Council, local groups and residents. They cover site identification and procurement, engagement and communications, partnership working and information sharing, policing, impacts and recovery.",
    themes: ["asylum-refugee-migrant", "tension-monitoring-safety"],
    area: { kind: "authorities", gss: [PEMBROKESHIRE, CARMARTHENSHIRE] },
    start: null,
    end: null,
    cite: {
      doc: D000,
      quote:
        "The WSMP and partners have shared lessons learned in relation to the operation of hotels/contingency sites in Penally and more recently, in Llanelli",
    },
  },
  {
    key: "welsh-government-mis-disinformation-toolkit",
    kind: "research",
    organisation: "welsh-government",
    titleEn: "Welsh Government mis/disinformation toolkit",
    descriptionEn:
      "A Welsh Government toolkit on mis- and disinformation, in draft when WSMP gave evidence in 2025. WSMP says it addresses some of the issues the Khan Review identifies but that further support is needed to embed it in public communications.",
    themes: ["misinformation-online-harm"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: { doc: D000, quote: "Welsh Government mis/disinformation toolkit (currently in draft form)" },
  },
  {
    key: "nation-of-sanctuary-plan",
    kind: "policy",
    organisation: "welsh-government",
    titleEn: "Nation of Sanctuary Plan",
    descriptionEn:
      "The Welsh Government's plan for Wales as a Nation of Sanctuary. WSMP counts the Welsh Government's political leadership on it as best practice and recommends a clearer narrative and communications strategy to support it in local communities.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D000,
      quote:
        "Welsh Government should consider the development of a clear narrative and communications strategy to underpin the Nation of Sanctuary Plan",
    },
  },
  {
    key: "anti-racist-wales-action-plan",
    kind: "policy",
    organisation: "welsh-government",
    titleEn: "Anti-racist Wales Action Plan",
    descriptionEn:
      "The Welsh Government's Anti-racist Wales Action Plan. Its heritage, culture and sports funds have paid for local work such as the North East Wales Multi Cultural Hub; in February 2025 the Wales Safer Communities Network reported a lack of clarity about whether these funds would continue.",
    themes: ["hate-crime"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: { doc: D000, quote: "with reference to the principles outlined in the WG Anti-Racist Wales Action Plan" },
  },

  // ── Wales Safer Communities Network response (001) ───────────────────────────────────
  {
    key: "north-east-wales-multi-cultural-hub",
    kind: "service",
    organisation: "north-east-wales-multi-cultural-hub",
    titleEn: "North East Wales Multi Cultural Hub",
    descriptionEn:
      "Established in 2022 to address the needs of local Black, Asian and Ethnic Minority communities, through a collaborative approach led by partners that aims to empower ethnic minority communities of North East Wales to lead the change they wish to see.",
    themes: ["community-spaces"],
    area: { kind: "authorities", gss: NORTH_EAST_WALES },
    start: "2022",
    end: null,
    cite: {
      doc: D001,
      quote:
        "The MCH established in 2022, with 3 years funding allocated via the Welsh Government Anti-Racist Action Plan (AWRAP) Heritage, and Sports fund",
    },
  },
  {
    // The response attaches reports on these projects but does not name who delivered them; the
    // Community Safety Partnerships supplied the information the response is drawn from.
    key: "safer-streets-5-asb-wrexham",
    kind: "service",
    // Named only in the Network's response and its attached reports, which do not say who delivered it.
    deliveryNotNamed: true,
    organisation: "wales-safer-communities-network",
    titleEn: "Safer Streets 5 anti-social behaviour project, Wrexham",
    descriptionEn:
      "An anti-social behaviour project in Wrexham funded through the Home Office's Safer Streets funding ('Safer Streets 5'), described in reports attached to the Network's response (one labelled 'July 24'). The Network says such projects engaged young people at risk of being influenced by extreme narratives; the delivering organisation is not named.",
    themes: ["youth-asb", "extremism-prevention"],
    area: { kind: "authorities", gss: [WREXHAM] },
    start: null,
    end: null,
    cite: { doc: D001, quote: "Safer Streets 5. ASB Wrexham. July 24.pdf" },
  },
  {
    key: "safer-streets-asb-holywell-outreach",
    kind: "service",
    // Named only in the Network's response and its attached reports, which do not say who delivered it.
    deliveryNotNamed: true,
    organisation: "wales-safer-communities-network",
    titleEn: "Safer Streets anti-social behaviour outreach, Holywell",
    descriptionEn:
      "An anti-social behaviour outreach project in Holywell funded through the Home Office's Safer Streets funding, described in a report attached to the Network's response. The Network says such projects engaged young people at risk of being influenced by extreme narratives; the delivering organisation is not named.",
    themes: ["youth-asb", "extremism-prevention"],
    area: { kind: "authorities", gss: [FLINTSHIRE] },
    start: null,
    end: null,
    cite: { doc: D001, quote: "Safer Streets ASB.Holywell, Outreac" },
  },
  {
    // The response does not say where this project ran, so it is shown as Wales-wide.
    key: "serious-violence-fund-outreach",
    kind: "service",
    // Named only in the Network's response and its attached reports, which do not say who delivered it.
    deliveryNotNamed: true,
    organisation: "wales-safer-communities-network",
    titleEn: "Serious Violence fund outreach project",
    descriptionEn:
      "An outreach project paid for by Home Office Serious Violence funding, described in a report attached to the Network's response, which says it engaged young people at risk of being influenced by extreme narratives. The response does not say where it ran or who delivered it.",
    themes: ["youth-asb", "extremism-prevention"],
    // The response does not say where it ran: area not stated, never all of Wales by default.
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D001,
      quote:
        "Safer Streets/ Serious Violence Project: Please see attached reports, noted project and similar project have provided the required engagement with young people",
    },
  },
  {
    // The documents do not name the body that delivered the programme; it is filed under its funder.
    key: "all-wales-school-liaison-programme",
    kind: "service",
    // The Welsh Government is named only as the funder that withdrew; no delivering body is named.
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "All Wales School Liaison Programme",
    descriptionEn:
      "A Welsh Government-funded national framework and programme of delivery for primary and secondary schools. After the Welsh Government withdrew its funding it no longer runs as a coordinated national programme; the documents do not say when it stopped or name the body that delivered it.",
    themes: ["schools-young-people"],
    area: { kind: "wales" },
    start: null,
    end: null,
    ended: true,
    dateNote: "Ended when Welsh Government funding was withdrawn (reported February 2025); the date is not stated.",
    cite: {
      doc: D001,
      quote:
        "Following the withdrawal of Welsh Government funding for the All Wales School Liaison Programme, which provided a national framework and programme of delivery for primary and secondary schools",
    },
  },
  {
    key: "police-and-crime-commissioners-support-to-schools",
    kind: "service",
    organisation: "police-and-crime-commissioners-wales",
    titleEn: "Police and Crime Commissioners' support to schools",
    descriptionEn:
      "A commitment, not a funding award: after Welsh Government funding for the All Wales School Liaison Programme was withdrawn, the Police and Crime Commissioners committed to continue supporting schools, no longer as a coordinated programme but driven by local need. No amount or dates are stated.",
    themes: ["schools-young-people"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D001,
      quote:
        "the Police and Crime Commissioners have committed to continue providing support to schools but this will no longer be a coordinated programme and will be driven by local need",
    },
  },
  {
    key: "safer-communities-awards",
    kind: "programme",
    organisation: "wales-safer-communities-network",
    titleEn: "Safer Communities Awards",
    descriptionEn:
      "Annual awards from the Wales Safer Communities Network recognising projects and people across Wales who work to connect communities and make them safer.",
    themes: ["tension-monitoring-safety"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D001,
      quote:
        "The annual Safer Communities Awards recognises the incredible projects and people across Wales, who work to connect communities and make them safer.",
    },
  },
  {
    key: "wales-safer-communities-network-practitioner-events",
    kind: "network",
    organisation: "wales-safer-communities-network",
    titleEn: "Practitioner events, training, webinars and workshops",
    descriptionEn:
      "The Network's website collates events and training for community safety practitioners, and it hosts webinars and workshops through the year on current issues affecting community safety.",
    themes: ["tension-monitoring-safety"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D001,
      quote:
        "The Network also host webinars and workshops throughout the year supporting practitioners to understand current hot topic issues impacting community safety.",
    },
  },
  {
    key: "community-safety-partnerships-cohesion-training",
    kind: "service",
    organisation: "community-safety-partnerships-wales",
    titleEn: "Community cohesion training by Community Safety Partnerships",
    descriptionEn:
      "Training for a range of audiences, for example 'Cohesion in Our Communities', on successful projects, and 'Power of Language', on how the words we use can be harmful.",
    themes: ["hate-crime"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D001,
      quote: "CSPs have facilitated training for a variety of audiences on numerous topics, for example Cohesion in Our Communities",
    },
  },

  // ── City of Sanctuary response (002) ─────────────────────────────────────────────────
  {
    key: "swansea-city-of-sanctuary-community-cohesion-project",
    kind: "service",
    organisation: "swansea-city-of-sanctuary",
    titleEn: "Community Cohesion Project, Swansea City of Sanctuary",
    descriptionEn:
      "A community cohesion project by Swansea City of Sanctuary, the only City of Sanctuary cohesion initiative in Wales with Welsh Government funding. It is the only place in Wales where City of Sanctuary has been able to run its Speak Up for Sanctuary course, which supports people to speak up for refugee rights and counter negative rhetoric.",
    themes: ["asylum-refugee-migrant", "misinformation-online-harm"],
    area: { kind: "authorities", gss: [SWANSEA] },
    start: null,
    end: null,
    cite: {
      doc: D002,
      quote:
        "Unfortunately due to lack of funding we have been unable to run this course in Wales outside of the Swansea Cohesion project.",
    },
  },
  {
    key: "hay-brecon-and-talgarth-welcome-days",
    kind: "service",
    organisation: "hay-brecon-and-talgarth-city-of-sanctuary",
    titleEn: "Welcome Days, Hay, Brecon and Talgarth",
    descriptionEn:
      "Regular Welcome Days that bring people seeking sanctuary together with local residents in a community not experienced in welcoming migrants, building friendship and positive community attitudes.",
    themes: ["asylum-refugee-migrant", "community-spaces"],
    area: { kind: "authorities", gss: [POWYS] },
    start: null,
    end: null,
    cite: {
      doc: D002,
      quote:
        "the Hay, Brecon and Talgarth City of Sanctuary group successfully welcomes people seeking sanctuary to their region through their regular 'Welcome Days'",
    },
  },
  {
    key: "schools-of-sanctuary-wales",
    kind: "programme",
    organisation: "city-of-sanctuary",
    titleEn: "Schools of Sanctuary",
    descriptionEn:
      "City of Sanctuary's programme recognising schools that welcome people seeking sanctuary; 43 schools in Wales hold the award. It uses a 'local lead' model, with 4 local leads in Wales working in local authority education departments.",
    themes: ["schools-young-people", "asylum-refugee-migrant"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D002,
      quote:
        "In the Schools of Sanctuary stream, in which 43 schools are awarded, our annual survey shows a strong positive impact on improving school provision and practice",
    },
  },
  {
    key: "sanctuary-awards-wales",
    kind: "programme",
    organisation: "city-of-sanctuary",
    titleEn: "Sanctuary Awards and Streams of Sanctuary",
    descriptionEn:
      "Awards and sector 'streams' that support mainstream organisations such as schools, councils, universities and libraries to learn about, embed and share welcome for people seeking sanctuary. 143 organisations in Wales are in the sanctuary network, 54 of them awarded.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D002,
      quote: "There are currently 143 organisations within the sanctuary network in Wales, with 54 of those awarded.",
    },
  },
  {
    key: "sanctuary-in-politics",
    kind: "campaign",
    organisation: "city-of-sanctuary",
    titleEn: "Sanctuary in Politics",
    descriptionEn:
      "A training programme, with mentoring, that helps people seeking sanctuary get their voices heard, understand how systems in Wales work and contribute to cohesive communities.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D002,
      quote:
        "People seeking sanctuary are supported through the Sanctuary in Politics training programme ensuring they can effectively get their voices heard",
    },
  },

  // ── Welsh Government response (003) ──────────────────────────────────────────────────
  {
    key: "community-cohesion-programme",
    kind: "programme",
    organisation: "welsh-government",
    titleEn: "Community Cohesion Programme",
    descriptionEn:
      "The Welsh Government's national programme, run in partnership with local government, that funds regional community cohesion co-ordinators covering all 22 local authority areas; it costs approximately £1.63m a year. Its work covers hate crime, modern slavery, Gypsy and Traveller communities, migration and the monitoring of community tensions.",
    themes: ["hate-crime", "tension-monitoring-safety", "asylum-refugee-migrant", "modern-slavery", "gypsy-roma-traveller"],
    area: { kind: "wales" },
    start: null,
    end: "2029-03",
    dateNote:
      "End is the funding horizon: an extension of the programme's funding until March 2029 was agreed by the Cabinet Secretary for Social Justice (Welsh Government response, November 2025). No start date is stated.",
    cite: {
      doc: D003,
      quote:
        "The Committee's recommendation for long-term funding of our Community Cohesion Programme is welcome recognition of the important work this initiative undertakes",
    },
  },
  {
    key: "expert-group-on-social-cohesion",
    kind: "network",
    organisation: "welsh-government",
    titleEn: "Expert Group on Social Cohesion",
    descriptionEn:
      "Set up by the Welsh Government in response to the Senedd committee's social cohesion inquiry, independently chaired by Gaynor Legall CBE, with a Welsh Government secretariat and evidence support from the Wales Centre for Public Policy. It is to advise on draft cohesion principles and devise medium- and long-term cohesion actions, including ways of tackling extremist views and activities.",
    themes: ["extremism-prevention", "tension-monitoring-safety"],
    area: { kind: "wales" },
    start: "2025-11",
    end: "2026-03",
    dateNote:
      "The November 2025 response says the group 'will first meet in November and meet regularly until March 2026'; the year of the first meeting is taken from the response's date.",
    cite: {
      doc: D003,
      quote: "An Expert Group on Social Cohesion has been established, independently chaired by Gaynor Legall CBE.",
    },
  },
  {
    // "Convened by the regional cohesion team", which is part of the Welsh Government's Community
    // Cohesion Programme; the documents name no other lead body.
    key: "healing-the-divide-llanelli",
    kind: "service",
    // The response names the Welsh Government only as the funder; the work is locally designed and led,
    // convened by the regional cohesion team, and it names no delivering body.
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Healing the Divide, Llanelli",
    descriptionEn:
      "A locally designed and led depolarisation project in Llanelli, one of two depolarisation projects the Welsh Government says it has recently funded, with local multi-agency working convened by the regional cohesion team. It works on community recovery and prevention, community mapping, leadership training for local influencers, and legacy and wider learning. The response names the Welsh Government as funder and no delivering body.",
    themes: ["hate-crime", "extremism-prevention", "tension-monitoring-safety"],
    area: { kind: "authorities", gss: [CARMARTHENSHIRE] },
    start: null,
    end: null,
    dateNote: "No start is stated: the Welsh Government response (November 2025) says the funding was recently awarded.",
    cite: { doc: D003, quote: "Healing the Divide is a locally designed and led project in Llanelli." },
  },
  {
    key: "democratic-engagement-grant",
    kind: "programme",
    organisation: "welsh-government",
    titleEn: "Democratic Engagement Grant",
    descriptionEn:
      "A Welsh Government grant of £400,000 a year that supports organisations working with people typically under-represented in democracy, to give them the knowledge and confidence to participate fully.",
    themes: ["third-sector-capacity"],
    area: { kind: "wales" },
    start: "2025-04",
    end: "2028-03",
    dateNote:
      "Derived from '£400,000 a year for 2025-26 to 2027-28': Welsh Government financial years run from April to March, so 2025-26 starts in April 2025 and 2027-28 ends in March 2028.",
    cite: {
      doc: D003,
      quote: "Democratic Engagement Grant which supports organisations working with those typically under-represented in our democracy",
    },
  },
  {
    key: "for-the-record-fact-check-blog",
    kind: "campaign",
    organisation: "welsh-government",
    titleEn: "For the Record fact check blog",
    descriptionEn:
      "The Welsh Government's fact check blog, used to give consistent messages that tackle false information about Welsh Government policies.",
    themes: ["misinformation-online-harm"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D003,
      quote:
        "we will continue to provide consistent messaging to tackle false information, as we have in relation to Welsh Government policies with our fact check blog, For the Record",
    },
  },

  // ── Regional community cohesion teams (Community Cohesion Programme) ─────────────────
  {
    key: "north-west-wales-community-cohesion-team",
    kind: "service",
    organisation: "welsh-government",
    titleEn: "North West Wales regional community cohesion team",
    descriptionEn:
      "One of the two North Wales regional community cohesion co-ordinators under the Welsh Government's Community Cohesion Programme (the 2015 report names eight regional co-ordinators covering all 22 local authorities). In 2014-15 the North West and North East co-ordinators organised sub-regional anti-slavery conferences, and the co-ordinator covering Anglesey worked with the developers of the Wylfa Newydd power station on baseline studies of migration into the area.",
    themes: ["modern-slavery", "gypsy-roma-traveller", "tension-monitoring-safety"],
    area: { kind: "authorities", gss: NORTH_WEST_WALES },
    start: null,
    end: null,
    dateNote: REGIONAL_TEAM_DATES,
    cite: {
      doc: D004,
      quote: "Two sub-regional Anti Slavery Conferences were held and organised by Co-ordinators (North East and North West Wales)",
    },
    // The Welsh Government response (November 2025) names the regional cohesion teams as current.
    alsoNamedIn: [REGIONAL_TEAMS_2025],
  },
  {
    key: "north-east-wales-community-cohesion-team",
    kind: "service",
    organisation: "welsh-government",
    titleEn: "North East Wales regional community cohesion team",
    descriptionEn:
      "The regional community cohesion team for Wrexham, Flintshire and Denbighshire, part of the Welsh Government's Community Cohesion Programme. It gave significant input to the Wales Safer Communities Network's 2025 evidence, which highlights the North East Wales Multi Cultural Hub.",
    themes: ["tension-monitoring-safety", "hate-crime", "modern-slavery", "gypsy-roma-traveller"],
    area: { kind: "authorities", gss: NORTH_EAST_WALES },
    start: null,
    end: null,
    dateNote: REGIONAL_TEAM_DATES,
    cite: { doc: D001, quote: "the North East Wales Community Cohesion Team (Wrexham, Flintshire, Denbighshire)" },
    // The Welsh Government response (November 2025) names the regional cohesion teams as current.
    alsoNamedIn: [REGIONAL_TEAMS_2025],
  },
  {
    key: "mid-and-west-wales-community-cohesion-team",
    kind: "service",
    organisation: "welsh-government",
    titleEn: "Mid-West regional community cohesion team",
    descriptionEn:
      "The regional community cohesion team for Carmarthenshire, Ceredigion, Pembrokeshire and Powys ('Mid-West' in the 2015 report), part of the Welsh Government's Community Cohesion Programme. In 2014-15 it produced data on local communities, began co-producing Gypsy and Traveller briefing sheets, and worked with the Nepalese community in Brecon on access to services.",
    themes: ["gypsy-roma-traveller", "asylum-refugee-migrant", "tension-monitoring-safety"],
    area: { kind: "authorities", gss: MID_AND_WEST_WALES },
    start: null,
    end: null,
    dateNote: REGIONAL_TEAM_DATES,
    cite: { doc: D004, quote: "In Mid-West a range of key data has been produced on geographic communities" },
    // The Welsh Government response (November 2025) names the regional cohesion teams as current.
    alsoNamedIn: [REGIONAL_TEAMS_2025],
  },
  {
    key: "western-bay-community-cohesion-team",
    kind: "service",
    organisation: "welsh-government",
    titleEn: "Western Bay regional community cohesion team",
    descriptionEn:
      "The regional community cohesion team for Swansea, Neath Port Talbot and Bridgend (as in the 2015 report), part of the Welsh Government's Community Cohesion Programme. In 2014-15 its co-ordinator worked with the region's 12 Communities First clusters, cohesion was embedded in the three councils' plans, and co-ordinator funding paid for Show Racism the Red Card workshops in primary schools.",
    themes: ["hate-crime", "schools-young-people", "asylum-refugee-migrant"],
    area: { kind: "authorities", gss: WESTERN_BAY },
    start: null,
    end: null,
    dateNote: REGIONAL_TEAM_DATES,
    cite: { doc: D004, quote: "updates on the Community Cohesion programme within the Western Bay area" },
    // The Welsh Government response (November 2025) names the regional cohesion teams as current.
    alsoNamedIn: [REGIONAL_TEAMS_2025],
  },
  {
    key: "cardiff-and-vale-community-cohesion-team",
    kind: "service",
    organisation: "welsh-government",
    titleEn: "Cardiff and Vale regional community cohesion team",
    descriptionEn:
      "The regional community cohesion team for Cardiff and the Vale of Glamorgan, part of the Welsh Government's Community Cohesion Programme. In 2014-15 front-line staff across the region were trained on hate crime, and a Cardiff and Vale Human Trafficking MARAC met monthly under an information sharing protocol.",
    themes: ["hate-crime", "modern-slavery", "asylum-refugee-migrant"],
    area: { kind: "authorities", gss: CARDIFF_AND_VALE },
    start: null,
    end: null,
    dateNote: REGIONAL_TEAM_DATES,
    cite: {
      doc: D004,
      quote: "General awareness across Cardiff/ Vale is increasing following a period of successful training of front line staff.",
    },
    // The Welsh Government response (November 2025) names the regional cohesion teams as current.
    alsoNamedIn: [REGIONAL_TEAMS_2025],
  },
  {
    key: "cwm-taf-community-cohesion-team",
    kind: "service",
    organisation: "welsh-government",
    titleEn: "Cwm Taf regional community cohesion team",
    descriptionEn:
      "The regional community cohesion team for Rhondda Cynon Taf and Merthyr Tydfil, part of the Welsh Government's Community Cohesion Programme. In 2014-15 it gathered baseline migration data and mapped organisations and services, which informed the renewal of 'Welcome to Merthyr' and 'Welcome to RCT' packs for migrant workers.",
    themes: ["asylum-refugee-migrant", "modern-slavery"],
    area: { kind: "authorities", gss: CWM_TAF },
    start: null,
    end: null,
    dateNote: REGIONAL_TEAM_DATES,
    cite: {
      doc: D004,
      quote: "In Cwm Taf base line data has been identified by the collection of National Insurance Number (NINO) Application",
    },
    // The Welsh Government response (November 2025) names the regional cohesion teams as current.
    alsoNamedIn: [REGIONAL_TEAMS_2025],
  },
  {
    key: "gwent-west-community-cohesion-team",
    kind: "service",
    organisation: "welsh-government",
    titleEn: "Gwent West regional community cohesion team",
    descriptionEn:
      "The regional community cohesion team for Caerphilly, Blaenau Gwent and Torfaen ('Gwent West' or 'West Gwent' in the 2015 report), part of the Welsh Government's Community Cohesion Programme. In 2014-15 the region's councils monitored hate-related bullying in schools, and the co-ordinator reviewed all 10 Communities First involvement plans and organised hate crime and Show Racism the Red Card training.",
    themes: ["hate-crime", "schools-young-people"],
    area: { kind: "authorities", gss: GWENT_WEST },
    start: null,
    end: null,
    dateNote: REGIONAL_TEAM_DATES,
    cite: { doc: D004, quote: "In West Gwent all 10 CIPs have been reviewed and recommendations made for each Cluster." },
    // The Welsh Government response (November 2025) names the regional cohesion teams as current.
    alsoNamedIn: [REGIONAL_TEAMS_2025],
  },
  {
    key: "gwent-east-community-cohesion-team",
    kind: "service",
    organisation: "welsh-government",
    titleEn: "Gwent East regional community cohesion team",
    descriptionEn:
      "The regional community cohesion team for Newport and Monmouthshire, part of the Welsh Government's Community Cohesion Programme. Its co-ordinator set up a Monmouthshire Hate Crime Forum, later merged with the Newport forum, and worked on tensions around proposed Gypsy and Traveller sites in Newport.",
    themes: ["hate-crime", "gypsy-roma-traveller", "tension-monitoring-safety"],
    area: { kind: "authorities", gss: GWENT_EAST },
    start: null,
    end: null,
    dateNote: REGIONAL_TEAM_DATES,
    cite: {
      doc: D004,
      quote:
        "The Co-ordinator in Gwent East has established a Monmouthshire Hate Crime Forum which has now merged with the existing Newport Hate Crime Forum",
    },
    // The Welsh Government response (November 2025) names the regional cohesion teams as current.
    alsoNamedIn: [REGIONAL_TEAMS_2025],
  },

  // ── National Community Cohesion Delivery Plan Progress Report 2015 (004) ─────────────
  {
    key: "national-community-cohesion-delivery-plan-2014-16",
    kind: "policy",
    organisation: "welsh-government",
    titleEn: "National Community Cohesion Delivery Plan 2014-16",
    descriptionEn:
      "The Welsh Government's delivery plan for local and regional community cohesion work, delivered by eight regional community cohesion co-ordinators across all 22 local authority areas. Its seven outcomes covered hate crime, modern slavery, Gypsy and Traveller communities, immigration, Communities First, cohesion in policies and plans, and responding to changes in communities.",
    themes: ["hate-crime", "modern-slavery", "gypsy-roma-traveller", "asylum-refugee-migrant", "tension-monitoring-safety"],
    area: { kind: "wales" },
    start: "2014-06",
    end: "2016",
    dateNote:
      "Start is the plan's publication in June 2014; end is from the plan's period, 2014-16 (the report expects a final report in 2016 covering 2015-16).",
    cite: {
      doc: D004,
      quote: "Delivery has been supported by eight Regional Community Cohesion Co-ordinators with coverage across all 22 Local Authority areas in Wales.",
    },
  },
  {
    key: "tackling-hate-crimes-and-incidents-framework",
    kind: "policy",
    organisation: "welsh-government",
    titleEn: "Tackling Hate Crimes and Incidents: A Framework for Action",
    descriptionEn:
      "The Welsh Government's hate crime framework, with three strategic objectives on prevention, supporting victims and improving multi-agency working.",
    themes: ["hate-crime"],
    area: { kind: "wales" },
    start: "2014-05",
    end: null,
    dateNote: "Start is the framework's publication in May 2014.",
    cite: {
      doc: D004,
      quote: "The Welsh Government published 'Tackling Hate Crimes and Incidents: A Framework for Action' in May 2014",
    },
  },
  {
    // The report does not say in so many words who runs the centre; it is filed under Victim
    // Support Cymru, whose third-party reporting system the report mentions. Check before publishing.
    key: "national-hate-crime-report-and-support-centre",
    kind: "service",
    // The report names no operator for the centre: it is recorded under the report's author.
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "National Hate Crime Report and Support Centre",
    descriptionEn:
      "The national centre for reporting hate crime and supporting victims, whose delivery the Delivery Plan set out to enhance; it received 1,265 referrals from across the 22 local authority areas in 2014-15.",
    themes: ["hate-crime"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "enhancing delivery of the National Hate Crime Report and Support Centre and supporting training across policy and practice areas",
    },
  },
  {
    key: "victim-support-cymru-hate-crime-training",
    kind: "service",
    organisation: "victim-support-cymru",
    titleEn: "Hate crime training programme",
    descriptionEn:
      "A hate crime training programme delivered across Wales and targeted at key policy and practice areas, including front-line staff.",
    themes: ["hate-crime"],
    area: { kind: "wales" },
    start: "2014",
    end: null,
    dateNote: "The report says the programme was developed 'in late 2014'; no month is stated.",
    cite: {
      doc: D004,
      quote: "Victim Support Cymru developed a hate crime training programme in late 2014, which is being delivered across Wales.",
    },
  },
  {
    key: "communities-first",
    kind: "programme",
    organisation: "welsh-government",
    titleEn: "Communities First",
    descriptionEn:
      "The Welsh Government's flagship community-focused tackling poverty programme for the most deprived communities, delivered in 2015 through 52 clusters managed by 19 lead delivery bodies. Community cohesion co-ordinators helped clusters involve people with protected characteristics, and 411 Communities First staff attended cohesion or hate crime training in 2014-15.",
    themes: ["hate-crime"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "The CF Programme is delivered via 52 CF Clusters, managed by 19 Lead Delivery Bodies (LDBs).",
    },
  },
  {
    key: "wcva-communities-first-training-and-support",
    kind: "service",
    organisation: "wales-council-for-voluntary-action",
    titleEn: "Communities First Training and Support contract",
    descriptionEn:
      "A Welsh Government-funded contract under which WCVA was developing Gypsy and Traveller training for Communities First clusters; WCVA also developed a hate crime training package for the clusters.",
    themes: ["gypsy-roma-traveller", "hate-crime", "third-sector-capacity"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: { doc: D004, quote: "through the Welsh Government-funded WCVA CF Training and Support contract" },
  },
  {
    key: "travelling-ahead",
    kind: "service",
    organisation: "save-the-children",
    titleEn: "Travelling Ahead",
    descriptionEn:
      "A Save the Children project, funded by the Welsh Government, supporting links with Traveller Education Services and engagement with Gypsy and Traveller children and young people.",
    themes: ["gypsy-roma-traveller", "schools-young-people"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "This is being supported by Save the Children through the Travelling Ahead project, funded by the Welsh Government.",
    },
  },
  {
    key: "welsh-refugee-council-compas-migration-project",
    kind: "research",
    organisation: "welsh-refugee-council",
    titleEn: "Welsh Refugee Council and COMPAS migration project",
    descriptionEn:
      "A Welsh Government-funded project in which the Welsh Refugee Council and COMPAS (Oxford University) work with local authorities and community cohesion co-ordinators on migration data, patterns and strategic local or regional approaches.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "support from the Welsh Refugee Council and COMPAS migration project which will work with Co-ordinators to develop strategic local or regional approaches",
    },
  },
  {
    key: "displaced-people-in-action-awareness-training",
    kind: "service",
    organisation: "displaced-people-in-action",
    titleEn: "Awareness training for front-line staff, Cardiff",
    descriptionEn:
      "Half-day awareness training for front-line staff in Cardiff, funded through the National Community Cohesion Delivery Plan, as part of the council's work on migration and asylum dispersal.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "authorities", gss: [CARDIFF] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote: "Through funding from the Delivery Plan, half day awareness training has been delivered via the Displaced People in Action Project",
    },
  },
  {
    key: "show-racism-the-red-card-western-bay-primary-schools",
    kind: "service",
    organisation: "show-racism-the-red-card",
    titleEn: "Primary school workshops on immigration, Western Bay",
    descriptionEn:
      "Workshops for primary schools across the Western Bay region on the positive influence of immigration, to challenge misconceptions and racist views in response to negative media portrayals; paid for through funding for the community cohesion co-ordinators.",
    themes: ["schools-young-people", "asylum-refugee-migrant", "hate-crime"],
    area: { kind: "authorities", gss: WESTERN_BAY },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Through funding for Co-ordinators, Show Racism the Red Card has delivered workshops to primary schools across the region on the positive influence of immigration to society.",
    },
  },
  {
    key: "show-racism-the-red-card-west-gwent",
    kind: "service",
    organisation: "show-racism-the-red-card",
    titleEn: "Show Racism the Red Card workshops, West Gwent",
    descriptionEn:
      "Show Racism the Red Card workshops and training for schools across West Gwent, organised with the community cohesion co-ordinator, including through Communities First clusters.",
    themes: ["schools-young-people", "hate-crime"],
    area: { kind: "authorities", gss: GWENT_WEST },
    start: null,
    end: null,
    cite: { doc: D004, quote: "Show Racism the Red Card workshops have been delivered throughout West Gwent." },
  },
  {
    key: "equality-carmarthenshire-respect-poster-campaign",
    kind: "campaign",
    organisation: "equality-carmarthenshire",
    titleEn: "Respect Poster campaign",
    descriptionEn:
      "A poster campaign across Carmarthenshire, supported by Welsh rugby international Samson Lee, a member of the Gypsy and Traveller community, to break down perceptions and stereotypes.",
    themes: ["gypsy-roma-traveller"],
    area: { kind: "authorities", gss: [CARMARTHENSHIRE] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "launched a Respect Poster campaign across the Local Authority through support from Samson Lee, who is a Welsh rugby international and a member of the Gypsy and Traveller community",
    },
  },
  {
    key: "gypsy-and-traveller-community-briefing-sheets",
    kind: "research",
    organisation: "unity-in-2-the-community",
    titleEn: "Gypsy and Traveller Community Briefing Sheets",
    descriptionEn:
      "Briefing sheets co-produced with the Mid-West cohesion region (as the 2015 report names it), giving a description, history, situations, experiences and contacts, to improve information and engagement in areas such as budget consultations and equality impact assessments.",
    themes: ["gypsy-roma-traveller"],
    area: { kind: "authorities", gss: MID_AND_WEST_WALES },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "The Mid-West region has commenced work on the co-production of Gypsy and Traveller Community Briefing Sheets with the organisation Unity in 2 the Community.",
    },
  },
  {
    // A collaboration of the six North Wales councils with the two regional co-ordinators and partners.
    key: "north-wales-gypsies-and-travellers-coordination-group",
    kind: "network",
    organisation: "local-authorities-in-wales",
    titleEn: "North Wales Gypsies and Travellers coordination group",
    descriptionEn:
      "A regional group of the six North Wales councils, Snowdonia National Park Authority, the two North Wales community cohesion co-ordinators, North Wales Police and the Local Health Board, sharing practice on accommodation assessments and site management and tracking unauthorised sites.",
    themes: ["gypsy-roma-traveller"],
    area: { kind: "authorities", gss: [...NORTH_WEST_WALES, ...NORTH_EAST_WALES] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Each local authority in North Wales has agreed to collaborate across the region through a North Wales Gypsies and Travellers coordination group.",
    },
  },
  {
    key: "newport-gypsy-and-traveller-sites-task-and-finish-group",
    kind: "network",
    // The report names the partners who set it up: the police, the Gwent Ethnic Minority Achievement
    // Service and the co-ordinator (Newport City Council is named only for the site plan).
    organisation: "gwent-ethnic-minority-achievement-service",
    titleEn: "Task and finish group on proposed Gypsy and Traveller sites, Newport",
    descriptionEn:
      "A task and finish group set up by the police, the Gwent Ethnic Minority Achievement Service and the community cohesion co-ordinator to manage community tensions around proposed sites for a permanent Gypsy and Traveller site in Newport, with briefings for stakeholders.",
    themes: ["gypsy-roma-traveller", "tension-monitoring-safety"],
    area: { kind: "authorities", gss: [NEWPORT] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Through the on-going positive partnership between the Police, Gwent Ethnic Minority Achievement Service and the Co-ordinator, a task and finish group was set up",
    },
  },
  {
    key: "wrexham-tension-monitoring",
    kind: "service",
    organisation: "wrexham-county-council",
    titleEn: "Tension monitoring and Community Cohesion Risk Assessment Tool, Wrexham",
    descriptionEn:
      "A tension monitoring process with a multi-agency partnership group, through which officers and members report concerns, and a Community Cohesion Risk Assessment Tool for judging the cohesion impact of local, regional or national projects.",
    themes: ["tension-monitoring-safety"],
    area: { kind: "authorities", gss: [WREXHAM] },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "A Community Cohesion Risk Assessment Tool which considers the community cohesion impact of local, regional or national projects has been developed.",
    },
  },
  {
    key: "dyfed-powys-tension-monitoring",
    kind: "service",
    organisation: "dyfed-powys-police",
    titleEn: "Tension monitoring and community impact assessments, Dyfed-Powys",
    descriptionEn:
      "Police-led tension monitoring across the Mid-West region (as the 2015 report names it), including community impact assessments shared with partners and a trial of an online social media tension detection tool (CAT-D) through Airbus UK.",
    themes: ["tension-monitoring-safety", "misinformation-online-harm"],
    area: { kind: "authorities", gss: MID_AND_WEST_WALES },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "This is further being supported by the trial of an on-line Social Media Community Tension Detection Tool (CAT-D) through Airbus UK.",
    },
  },
  {
    key: "caught-in-traffick",
    kind: "service",
    organisation: "merthyr-tydfil-borough-wide-youth-forum",
    titleEn: "Caught in Traffick",
    descriptionEn:
      "A DVD and learning resource pack on human trafficking, developed with the Merthyr Tydfil Borough Wide Youth Forum, for use as a national tool in schools and in anti-slavery awareness sessions across Wales.",
    themes: ["modern-slavery", "schools-young-people"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: { doc: D004, quote: "This DVD, called 'Caught in Traffick', is to be used as a national tool for schools" },
  },
  {
    key: "anti-slavery-trainer-preparation-course",
    kind: "service",
    organisation: "wales-anti-slavery-leadership-group",
    titleEn: "Anti-slavery Trainer Preparation (train-the-trainer) course",
    descriptionEn:
      "A train-the-trainer course from the Leadership Group's training sub-group, rolled out to raise awareness of modern slavery among first responders and relevant organisations.",
    themes: ["modern-slavery"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D004,
      quote:
        "Training from the Wales Anti-Slavery Leadership Group - Training Sub Group is being rolled out through the development of a Trainer Preparation (Train-the-Trainer) course.",
    },
  },
];
