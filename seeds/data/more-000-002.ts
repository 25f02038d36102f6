import type { SeedOrganisation, SeedProject } from "../types";
import { D000, D002, CARMARTHENSHIRE, SWANSEA, VALE_OF_GLAMORGAN } from "./refs";

/**
 * Records that documents 000 and 002 names beyond those in organisations.ts and projects.ts, each
 * with its quote, kind, area (or "unstated"), dates only where stated, and the document.
 */
export const ORGANISATIONS: SeedOrganisation[] = [
  // ── WSMP evidence (000) ──────────────────────────────────────────────────────────────
  {
    slug: "ministry-of-defence",
    nameEn: "Ministry of Defence (MoD)",
    kind: "public-body",
    descriptionEn:
      "Used the St Athan site in the Vale of Glamorgan for Afghan arrivals before they found permanent homes. Besides communicating on national and local media, it held a 'Town Hall' meeting with the local community, which WSMP offers as a model for community engagement on asylum and resettlement.",
    cite: {
      doc: D000,
      quote: "The MoD had already communicated extensively, on national and local media, but wanted an opportunity to meet the local community.",
    },
  },
  {
    slug: "uk-government",
    nameEn: "UK Government",
    kind: "public-body",
    descriptionEn:
      "Responsible for the humanitarian and visa schemes WSMP helps deliver in Wales, and for the policy of full asylum dispersal introduced in 2023. WSMP notes that online hate, migration policy and policing fall under UK Government powers.",
    cite: {
      doc: D000,
      quote: "Issues such as online hate, migration policy, and policing fall under UK Government powers",
    },
  },
];

export const PROJECTS: SeedProject[] = [
  // ── WSMP evidence (000) ──────────────────────────────────────────────────────────────
  {
    key: "wsmp-multi-agency-cohesion-work",
    kind: "network",
    organisation: "wales-strategic-migration-partnership",
    titleEn: "WSMP multi-agency work on cohesion and community tensions",
    descriptionEn:
      "Multi-agency work across Wales, chaired and enabled by WSMP, in which issues around cohesion and community tensions are identified and risks escalated, feeding into national Wales and UK structures. WSMP counts it among examples of best practice.",
    themes: ["tension-monitoring-safety", "asylum-refugee-migrant"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D000,
      quote:
        "The WSMP chairs and enables multi-agency work across Wales, in which Issues around cohesion and community tensions are identified and risks escalated",
    },
  },
  {
    key: "wsmp-humanitarian-and-visa-schemes",
    kind: "programme",
    organisation: "wales-strategic-migration-partnership",
    titleEn: "Delivery of UK Government humanitarian and visa schemes in Wales",
    descriptionEn:
      "WSMP works with a wide range of partners on delivering UK Government humanitarian and visa schemes. Its current priority schemes are asylum dispersal, refugee resettlement, the Hong Kong BN(O) Visa Scheme, the National Transfer Scheme for Unaccompanied Asylum-Seeking Children, Ukraine, and ESOL.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D000,
      quote:
        "Currently priority schemes include asylum dispersal, refugee resettlement, the Hong Kong BN(O) Visa Scheme, National Transfer Scheme for Unaccompanied Asylum-Seeking Children, Ukraine, and ESOL.",
    },
  },
  {
    // The policy applies to every UK local authority, hence all of Wales; the document does not say
    // which 20 of the 22 Welsh authorities accommodate asylum seekers.
    key: "full-asylum-dispersal-policy",
    kind: "policy",
    organisation: "uk-government",
    titleEn: "Full asylum dispersal",
    descriptionEn:
      "The UK Government's policy of full dispersal, introduced in 2023, under which all UK local authorities are mandated to receive asylum seekers; in Wales they are accommodated in 20 local authority areas. WSMP reports that equitable dispersal has not yet been fully achieved, that the Home Office has had to rely on hotels and other contingency sites, and that concentrations of asylum seekers in areas with the cheapest housing may heighten cohesion risks.",
    themes: ["asylum-refugee-migrant", "tension-monitoring-safety"],
    area: { kind: "wales" },
    start: "2023",
    end: null,
    cite: {
      doc: D000,
      quote:
        "The UKG policy of full dispersal introduced in 2023 means that all UK local authorities are now mandated to receive asylum seekers",
    },
  },
  {
    key: "local-authority-nrpf-responses",
    kind: "network",
    organisation: "local-authorities-in-wales",
    titleEn: "Local authority joint work on no recourse to public funds (NRPF)",
    descriptionEn:
      "Local authorities working together to develop internal responses to people with no recourse to public funds; the Welsh Government has offered them funding to use the NRPF Connect data system. WSMP says access to services for destitute migrants and those with NRPF is patchy, leaving them vulnerable to exploitation in communities with poor cohesion.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D000,
      quote: "Local authorities are working together to develop internal responses to people with NRFP",
    },
  },
  {
    // "UK wide": it spans all of Wales, so it is shown as Wales-wide. The document names no lead body.
    key: "tackling-asylum-refugee-migrant-hate-crime-forum",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "wales-strategic-migration-partnership",
    titleEn: "'Tackling asylum refugee and migrant hate crime and harassment' forum",
    descriptionEn:
      "A UK-wide, local government led forum attended by up to 100 members from across the UK, where councils share intelligence about asylum hotels, cohesion and hate crime, and share best practice. The document names no lead body; it is filed under WSMP, the document's author, which names it as best practice.",
    themes: ["hate-crime", "asylum-refugee-migrant", "tension-monitoring-safety"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D000,
      quote: "Councils are able to share intelligence about asylum hotels, cohesion and hate crime, and share best practice.",
    },
  },
  {
    key: "hate-crime-and-community-tensions-board",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "wales-strategic-migration-partnership",
    titleEn: "Hate Crime and Community Tensions Board",
    descriptionEn:
      "One of the national and regional/local structures in Wales that support social cohesion, whose structures and membership WSMP recommends reviewing so that migration-related cohesion issues are not dealt with in silos. The document does not say who convenes it; it is filed under WSMP, the document's author.",
    themes: ["hate-crime", "tension-monitoring-safety"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D000,
      quote: "Relevant forums include the Hate Crime and Community Tensions Board, PREVENT and Community Safety Partnership forums.",
    },
  },
  {
    key: "prevent-forums",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "wales-strategic-migration-partnership",
    titleEn: "PREVENT forums",
    descriptionEn:
      "PREVENT forums, named among the national and regional/local structures in Wales that support social cohesion, whose structures and membership WSMP recommends reviewing in the wake of evolving cohesion risks. The document does not say who runs them or where; it is filed under WSMP, the document's author.",
    themes: ["extremism-prevention"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D000,
      quote: "Relevant forums include the Hate Crime and Community Tensions Board, PREVENT and Community Safety Partnership forums.",
    },
  },
  {
    key: "st-athan-town-hall-meeting",
    kind: "campaign",
    organisation: "ministry-of-defence",
    titleEn: "'Town Hall' meeting on Afghan arrivals at St Athan",
    descriptionEn:
      "A public meeting in the Vale of Glamorgan to update residents on the intended use of the St Athan site for Afghan arrivals before they found permanent homes, held to prevent the spread of misinformation and reassure the local community. The MoD encouraged the around 70 members of the public attending to become 'ambassadors' for accurate information; officials from the MoD, police, local authority, local Health Board and WSMP also attended.",
    themes: ["misinformation-online-harm", "asylum-refugee-migrant"],
    area: { kind: "authorities", gss: [VALE_OF_GLAMORGAN] },
    start: "2024",
    end: null,
    dateNote:
      "The document (2025) says the meeting was held 'last year', so it is dated 2024; no month is stated.",
    cite: {
      doc: D000,
      quote: "The Town Hall format was used as a way of preventing the spread of misinformation and to reassure the local community.",
    },
  },
  {
    // Distinct from the Welsh Government-funded project of the same name in Llanelli (healing-the-divide-llanelli,
    // from document 003): this is the November 2024 conference and its report, as WSMP describes them.
    key: "healing-the-divide-conference-llanelli",
    kind: "research",
    deliveryNotNamed: true,
    organisation: "wales-strategic-migration-partnership",
    titleEn: "'Healing the Divide' conference and report, Llanelli",
    descriptionEn:
      "A conference in Llanelli to gather views on the causes of division there, help community leaders understand its impact and explore how the community can work together to tackle hate. Its report sets out a call to action for the Welsh Government, Home Office, Carmarthenshire County Council and other partners, recommending a Llanelli community cohesion partnership, a recovery plan, communication and counter narratives. The document does not say who organised it; it is filed under WSMP, the document's author.",
    themes: ["hate-crime", "tension-monitoring-safety", "misinformation-online-harm"],
    area: { kind: "authorities", gss: [CARMARTHENSHIRE] },
    start: "2024-11",
    end: null,
    dateNote: "Start is the conference, November 2024; the report's date is not stated.",
    cite: {
      doc: D000,
      quote: "a 'Healing the Divide' conference took place in Llanelli in November 2024",
    },
  },

  // ── City of Sanctuary response (002) ─────────────────────────────────────────────────
  {
    key: "city-of-sanctuary-groups-wales",
    kind: "network",
    organisation: "city-of-sanctuary",
    titleEn: "City of Sanctuary groups in Wales",
    descriptionEn:
      "The 8 local City of Sanctuary groups working across Wales, whose best practice is facilitating social contact between local communities and migrants. City of Sanctuary says many of its groups have had to provide an 'emergency' response to the unmet needs of people seeking sanctuary, which takes capacity away from social cohesion work.",
    themes: ["asylum-refugee-migrant", "community-spaces"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D002,
      quote: "The 8 City of Sanctuary groups working across Wales are instrumental in making this aspiration a reality",
    },
  },
  {
    // The document does not say that the network has Welsh members: it says its impact is seen in
    // other areas of the UK and calls for it to be embedded across Wales.
    key: "city-of-sanctuary-local-authority-network",
    kind: "network",
    organisation: "city-of-sanctuary",
    titleEn: "City of Sanctuary Local Authority network",
    descriptionEn:
      "A stream of City of Sanctuary's movement: a network of local councils working to create a culture of welcome, inclusion and empowerment for people seeking sanctuary. City of Sanctuary says its impact can be seen in other areas of the UK and that, if supported to become embedded across Wales, it would spread best practice widely.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D002,
      quote:
        "A crucial stream in movement building is the Local Authority network which is a movement of local councils who are working to create a culture of welcome",
    },
  },
  {
    key: "courageous-conversations",
    kind: "research",
    organisation: "city-of-sanctuary",
    titleEn: "Courageous Conversations",
    descriptionEn:
      "City of Sanctuary's training resource that equips members of the community with the skills to have everyday conversations that tackle misinformation and hate, promoting a counter-narrative to negative rhetoric.",
    themes: ["misinformation-online-harm", "asylum-refugee-migrant", "hate-crime"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D002,
      quote: "Through City of Sanctuary's training resource 'Courageous Conversations' and the workshop 'Stand Up for Sanctuary'",
    },
  },
  {
    key: "stand-up-for-sanctuary",
    kind: "service",
    organisation: "city-of-sanctuary",
    titleEn: "Stand Up for Sanctuary",
    descriptionEn:
      "A City of Sanctuary workshop that trains cohorts of attendees to communicate a positive vision of welcome, promoting the counter-narrative to negative rhetoric and celebrating the contribution of people seeking sanctuary. The document does not say where in Wales it has run.",
    themes: ["misinformation-online-harm", "asylum-refugee-migrant"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D002,
      quote:
        "the workshop 'Stand Up for Sanctuary', cohort's of attendees are trained to communicate a positive vision of welcome by promoting the counter-narrative to negative rhetoric",
    },
  },
  {
    // Run in Wales only within the Swansea City of Sanctuary Community Cohesion Project (see projects.ts).
    key: "speak-up-for-sanctuary",
    kind: "service",
    organisation: "city-of-sanctuary",
    titleEn: "Speak Up for Sanctuary",
    descriptionEn:
      "A City of Sanctuary course that supports people to recognise their power in making change and to speak up for refugee rights; all participants committed to follow-up activities. For lack of funding it has not run in Wales outside the Swansea City of Sanctuary Community Cohesion Project.",
    themes: ["asylum-refugee-migrant", "misinformation-online-harm"],
    area: { kind: "authorities", gss: [SWANSEA] },
    start: null,
    end: null,
    cite: {
      doc: D002,
      quote:
        "The Speak Up for Sanctuary programme is designed to support people to recognise their power in making change and to speak up for refugee rights.",
    },
  },
  {
    key: "schools-of-sanctuary-ripple-effect-research",
    kind: "research",
    deliveryNotNamed: true,
    organisation: "city-of-sanctuary",
    titleEn: "Research on the 'ripple' effect of Schools of Sanctuary",
    descriptionEn:
      "Research commissioned by City of Sanctuary showing the 'ripple' effect that Schools of Sanctuary has in the wider community. The document does not name who carried it out or where it was done; it is filed under City of Sanctuary, which commissioned it.",
    themes: ["schools-young-people", "asylum-refugee-migrant"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D002,
      quote: "We also have commissioned research which has demonstrated the 'ripple' effect Schools of Sanctuary has in the wider community.",
    },
  },
];
