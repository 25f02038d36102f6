import type { SeedOrganisation } from "../types";
import { D000, D001, D002, D003, D004, CARDIFF, SWANSEA, POWYS, CARMARTHENSHIRE, NEWPORT, WREXHAM, MERTHYR_TYDFIL } from "./refs";

/**
 * Organisations named in the seed documents. `kind` is "other" wherever a document does not say
 * what sort of body an organisation is (charity status, for instance, is never stated), and
 * homeGss is set only where a document gives an address or the organisation is named after a
 * single place. Each record cites the most recent document that names it where that quote is
 * informative, because the loader treats the cited document's date as "last confirmed".
 */
export const ORGANISATIONS: SeedOrganisation[] = [
  // ── WSMP evidence (000) ──────────────────────────────────────────────────────────────
  {
    slug: "wales-strategic-migration-partnership",
    nameEn: "Wales Strategic Migration Partnership (WSMP)",
    kind: "partnership",
    descriptionEn:
      "Works across Wales and the UK with partners on the delivery of UK Government humanitarian and visa schemes, including asylum dispersal, refugee resettlement, the Hong Kong BN(O) visa scheme, the National Transfer Scheme for unaccompanied asylum-seeking children, Ukraine and ESOL. It chairs multi-agency work across Wales in which cohesion issues and community tensions are identified and risks escalated.",
    cite: {
      doc: D000,
      quote:
        "The Wales Strategic Migration Partnership/WSMP works across Wales and the UK with a wide range of partners on the delivery of UK Government humanitarian and visa schemes.",
    },
  },
  {
    slug: "welsh-refugee-council",
    nameEn: "Welsh Refugee Council",
    kind: "other",
    descriptionEn:
      "Works with refugee and asylum seeker clients. In 2015 the Welsh Government funded it, with COMPAS at Oxford University, to work with local authorities on a strategic approach to migration; in January 2025 a widely shared online post criticising it had, according to WSMP, widespread impacts on its staff and clients.",
    cite: {
      doc: D000,
      quote:
        "critiquing the Welsh Refugee Council (January 25) caused widespread impacts to individuals (staff), refugees and asylum seeker clients of the WRC",
    },
  },
  {
    slug: "carmarthenshire-county-council",
    nameEn: "Carmarthenshire County Council",
    kind: "public-body",
    descriptionEn:
      "The council for Carmarthenshire, including Llanelli. It worked with WSMP and partners on the lessons learned from the Llanelli contingency asylum site, and the report of the November 2024 Healing the Divide conference set out a call to action for it.",
    homeGss: CARMARTHENSHIRE,
    cite: {
      doc: D000,
      quote: "outlining a call to action for Welsh Government, Home Office, Carmarthenshire County Council and other partners",
    },
  },
  {
    // Named after Llanelli (Carmarthenshire) and listed among the Llanelli partners.
    slug: "croeso-llanelli",
    nameEn: "Croeso Llanelli",
    kind: "other",
    descriptionEn:
      "Named by WSMP among the partners, with local residents, in sharing lessons learned from the use of hotels and contingency asylum sites in Penally and Llanelli.",
    homeGss: CARMARTHENSHIRE,
    cite: {
      doc: D000,
      quote: "Carmarthenshire County Council, Hope not Hate, Croeso Llanelli, Furnace Action Committee and local residents",
    },
  },
  {
    slug: "furnace-action-committee",
    nameEn: "Furnace Action Committee",
    kind: "other",
    descriptionEn:
      "Named by WSMP among the partners, with local residents, in sharing lessons learned from the use of hotels and contingency asylum sites in Penally and Llanelli.",
    cite: {
      doc: D000,
      quote: "Carmarthenshire County Council, Hope not Hate, Croeso Llanelli, Furnace Action Committee and local residents",
    },
  },

  {
    // A collective record for funding and work the documents attribute to local government as a whole.
    slug: "local-authorities-in-wales",
    nameEn: "Local authorities in Wales",
    kind: "public-body",
    descriptionEn:
      "The 22 Welsh councils taken together, for work and funding the documents attribute to local government as a whole. They are supported by the Welsh Government-funded community cohesion co-ordinators and, since the UK Government's full dispersal policy of 2023, asylum seekers are accommodated in 20 of them.",
    cite: {
      doc: D000,
      quote:
        "The UKG policy of full dispersal introduced in 2023 means that all UK local authorities are now mandated to receive asylum seekers, who are now accommodated in 20 LAs in Wales.",
    },
  },

  // ── Wales Safer Communities Network response (001) ───────────────────────────────────
  {
    // The response gives the Network's address at the WLGA, One Canal Parade, Cardiff, and this email.
    slug: "wales-safer-communities-network",
    nameEn: "Wales Safer Communities Network",
    kind: "network",
    email: "safercommunities@wlga.gov.uk",
    descriptionEn:
      "Established in January 2021 following the Welsh Government's Working Together for Safer Communities Review, the Network aims to be the strategic voice for community safety in Wales. Its members include Police and Crime Commissioners, police, fire and rescue services, councils, the WLGA, probation and the third sector.",
    homeGss: CARDIFF,
    cite: {
      doc: D001,
      quote:
        "The Wales Safer Communities Network was established in January 2021 following the recommendations of the Welsh Government's Working Together for Safer Communities Review.",
    },
  },
  {
    // Address: Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff (001).
    slug: "welsh-local-government-association",
    nameEn: "Welsh Local Government Association (WLGA)",
    kind: "other",
    descriptionEn:
      "The Welsh Government works with councils through the WLGA, and the Wales Safer Communities Network's address is at the WLGA in Cardiff. It represents Welsh local government at the Home Office's Asylum and Resettlement Council Senior Engagement Group (ARCSEG) and runs the Panel Performance Assessment process for councils.",
    homeGss: CARDIFF,
    cite: {
      doc: D001,
      quote: "WLGA representation at Home Office, Asylum and Resettlement Council Senior Engagement Group (ARCSEG).",
    },
  },
  {
    slug: "community-safety-partnerships-wales",
    nameEn: "Community Safety Partnerships in Wales",
    kind: "partnership",
    descriptionEn:
      "The local community safety partnerships across Wales, which supplied the information behind the Wales Safer Communities Network's 2025 evidence. Community cohesion is a standing item at their quarterly meetings, and they have run training such as 'Cohesion in Our Communities' and 'Power of Language'.",
    cite: {
      doc: D001,
      quote: "This response has been drawn from information supplied by Community Safety Partnerships across Wales.",
    },
  },
  {
    slug: "police-and-crime-commissioners-wales",
    nameEn: "Police and Crime Commissioners in Wales",
    kind: "public-body",
    descriptionEn:
      "Members of the Wales Safer Communities Network. After the Welsh Government withdrew funding for the All Wales School Liaison Programme, they committed to continue supporting schools, driven by local need rather than as a coordinated programme.",
    cite: {
      doc: D001,
      quote:
        "the Police and Crime Commissioners have committed to continue providing support to schools but this will no longer be a coordinated programme and will be driven by local need",
    },
  },
  {
    slug: "north-east-wales-multi-cultural-hub",
    nameEn: "North East Wales Multi Cultural Hub (MCH)",
    kind: "partnership",
    descriptionEn:
      "Established in 2022 with three years' Welsh Government funding to address the needs of local Black, Asian and Ethnic Minority communities. A collaborative approach led by partners, it aims to empower ethnic minority communities of North East Wales to lead the change they wish to see.",
    cite: { doc: D001, quote: "North East Wales Multi Cultural Hub (MCH): The MCH established in 2022" },
  },
  {
    // The document writes "Ethnic Minorities and Youth Support Teams Wales"; EYST's own name has "Team".
    slug: "ethnic-minorities-and-youth-support-team-wales",
    nameEn: "Ethnic Minorities and Youth Support Team Wales (EYST)",
    kind: "other",
    descriptionEn:
      "Named with BAWSO as holding a Welsh Government core-funded grant for youth and family support. In February 2025 the Wales Safer Communities Network reported a lack of clarity about whether that funding would continue.",
    cite: {
      doc: D001,
      quote: "BAWSO and Ethnic Minorities and Youth Support Teams Wales (EYST) core funded grant for youth and family support",
    },
  },
  {
    slug: "bawso",
    nameEn: "BAWSO",
    kind: "other",
    descriptionEn:
      "Named with EYST as holding a Welsh Government core-funded grant for youth and family support. In February 2025 the Wales Safer Communities Network reported a lack of clarity about whether that funding would continue.",
    cite: {
      doc: D001,
      quote: "BAWSO and Ethnic Minorities and Youth Support Teams Wales (EYST) core funded grant for youth and family support",
    },
  },
  {
    slug: "actif-north-wales",
    nameEn: "Actif North Wales",
    kind: "other",
    descriptionEn:
      "Sport Wales funding reaches projects via Actif North Wales. The Wales Safer Communities Network lists it among work supported directly or indirectly by the Welsh Government and reported in February 2025 that this funding had been reduced.",
    cite: {
      doc: D001,
      quote:
        "Projects financed by other work streams such as the National Lottery and Sports Wales (via Actif North Wales) have seen a reduction in funding",
    },
  },
  {
    slug: "hope-not-hate",
    nameEn: "Hope not Hate",
    kind: "other",
    descriptionEn:
      "Researches, campaigns and supports communities to build hope and oppose far-right extremism. WSMP names it among the partners in the lessons learned from the contingency asylum sites at Penally and Llanelli.",
    cite: {
      doc: D001,
      quote: "HOPE not hate - Researching, Campaigning, and Supporting Communities to build hope and oppose far-right extremism.",
    },
  },

  // ── City of Sanctuary response (002) ─────────────────────────────────────────────────
  {
    slug: "city-of-sanctuary",
    nameEn: "City of Sanctuary",
    kind: "network",
    descriptionEn:
      "A movement that builds a culture of welcome for people seeking sanctuary. In Wales it has 8 local groups and a Wales Coordinator, and runs the Schools of Sanctuary programme, the Sanctuary Awards and the Sanctuary in Politics training programme.",
    cite: {
      doc: D002,
      quote: "The 8 City of Sanctuary groups working across Wales are instrumental in making this aspiration a reality",
    },
  },
  {
    slug: "swansea-city-of-sanctuary",
    nameEn: "Swansea City of Sanctuary",
    kind: "community-group",
    descriptionEn:
      "The Swansea group of City of Sanctuary. Its Community Cohesion Project is the one City of Sanctuary cohesion initiative in Wales that receives Welsh Government funding.",
    homeGss: SWANSEA,
    cite: { doc: D002, quote: "Case study - Community Cohesion Project - Swansea City of Sanctuary" },
  },
  {
    slug: "hay-brecon-and-talgarth-city-of-sanctuary",
    nameEn: "Hay, Brecon and Talgarth City of Sanctuary",
    kind: "community-group",
    descriptionEn:
      "A City of Sanctuary group that welcomes people seeking sanctuary to its area through regular Welcome Days, building social contact in a community not experienced in welcoming migrants.",
    homeGss: POWYS,
    cite: {
      doc: D002,
      quote:
        "the Hay, Brecon and Talgarth City of Sanctuary group successfully welcomes people seeking sanctuary to their region through their regular 'Welcome Days'",
    },
  },

  // ── Welsh Government response (003) ──────────────────────────────────────────────────
  {
    // Welsh name and web address as on the 2015 report's cover (cited on the Welsh Government funder record).
    slug: "welsh-government",
    nameEn: "Welsh Government",
    nameCy: "Llywodraeth Cymru",
    kind: "public-body",
    website: "https://www.gov.wales",
    descriptionEn:
      "Funds the Community Cohesion Programme and its regional community cohesion teams, in partnership with local government, and leads national policy on cohesion, hate crime and Wales as a Nation of Sanctuary. In November 2025 it accepted all four recommendations of the Senedd committee's inquiry into social cohesion.",
    cite: { doc: D003, quote: "This document sets out the Welsh Government's response to those recommendations" },
  },
  {
    slug: "wales-centre-for-public-policy",
    nameEn: "Wales Centre for Public Policy",
    kind: "other",
    descriptionEn:
      "Supports the Expert Group on Social Cohesion with evidence and expertise, including analysis on tackling extremist views and activities in Wales (from November 2025).",
    cite: {
      doc: D003,
      quote:
        "With the agreement of the First Minister, the Wales Centre for Public Policy will support the work of the Group to draw on the best available evidence and expertise.",
    },
  },

  // ── National Community Cohesion Delivery Plan Progress Report 2015 (004) ─────────────
  {
    slug: "compas-oxford-university",
    nameEn: "COMPAS, Oxford University",
    kind: "other",
    descriptionEn:
      "Funded by the Welsh Government, with the Welsh Refugee Council, to work with local authorities and community cohesion co-ordinators on migration data and strategic approaches (2015 report).",
    cite: {
      doc: D004,
      quote:
        "the Welsh Government has funded the Welsh Refugee Council and COMPAS from Oxford University to work with Local Authorities and to support a strategic approach",
    },
  },
  {
    slug: "victim-support-cymru",
    nameEn: "Victim Support Cymru",
    kind: "other",
    descriptionEn:
      "Developed a hate crime training programme in late 2014 that was delivered across Wales, and runs a third-party hate crime reporting system promoted to Communities First clusters (2015 report).",
    cite: {
      doc: D004,
      quote: "Victim Support Cymru developed a hate crime training programme in late 2014, which is being delivered across Wales.",
    },
  },
  {
    slug: "show-racism-the-red-card",
    nameEn: "Show Racism the Red Card",
    kind: "other",
    descriptionEn:
      "A third sector organisation that delivered workshops and training in schools, including on the positive influence of immigration and challenging racist views, in Western Bay and West Gwent with support from the National Community Cohesion Delivery Plan (2015 report).",
    cite: { doc: D004, quote: "establishing links between Third Sector organisation such as Show Racism the Red Card" },
  },
  {
    slug: "stonewall-cymru",
    nameEn: "Stonewall Cymru",
    kind: "other",
    descriptionEn:
      "Delivered training programmes in schools supported by the National Community Cohesion Delivery Plan (2015 report).",
    cite: {
      doc: D004,
      quote:
        "key training programmes in schools through Taking Flight Theatre Company, Show Racism the Red Card, Stonewall Cymru and the All Wales Schools Programme",
    },
  },
  {
    slug: "taking-flight-theatre-company",
    nameEn: "Taking Flight Theatre Company",
    kind: "other",
    descriptionEn:
      "Delivered training programmes in schools supported by the National Community Cohesion Delivery Plan (2015 report).",
    cite: {
      doc: D004,
      quote:
        "key training programmes in schools through Taking Flight Theatre Company, Show Racism the Red Card, Stonewall Cymru and the All Wales Schools Programme",
    },
  },
  {
    slug: "save-the-children",
    nameEn: "Save the Children",
    kind: "other",
    descriptionEn:
      "Runs the Welsh Government-funded Travelling Ahead project, which supports engagement with Gypsy and Traveller children and young people (2015 report).",
    cite: {
      doc: D004,
      quote: "This is being supported by Save the Children through the Travelling Ahead project, funded by the Welsh Government.",
    },
  },
  {
    // The report writes both "Welsh Council for Voluntary Action" and "Wales Council for Voluntary Action".
    slug: "wales-council-for-voluntary-action",
    nameEn: "Wales Council for Voluntary Action (WCVA)",
    kind: "other",
    descriptionEn:
      "Developed hate crime training for Communities First clusters and, under a Welsh Government-funded training and support contract, Gypsy and Traveller awareness training (2015 report).",
    cite: {
      doc: D004,
      quote: "Specific Gypsy and Traveller training is being developed in partnership with the Wales Council for Voluntary Action (WCVA)",
    },
  },
  {
    slug: "displaced-people-in-action",
    nameEn: "Displaced People in Action",
    kind: "other",
    descriptionEn:
      "Delivered half-day awareness training for front-line staff in Cardiff, funded through the National Community Cohesion Delivery Plan, in the context of asylum dispersal to the city (2015 report).",
    cite: {
      doc: D004,
      quote: "half day awareness training has been delivered via the Displaced People in Action Project to provide information and awareness for front line staff",
    },
  },
  {
    // Named after Brecon (Powys); the report places the community in Brecon.
    slug: "brecon-wales-nepali-samaj-uk",
    nameEn: "Brecon Wales Nepali Samaj UK",
    kind: "community-group",
    descriptionEn:
      "Worked with the regional community cohesion co-ordinator on the growing Nepalese community in Brecon's access to services, including language, transport, IT skills and support for older members; a report with action points and a community information booklet followed (2015 report).",
    homeGss: POWYS,
    cite: {
      doc: D004,
      quote:
        "The Regional Community Cohesion Co-ordinator had two pre-meetings with the Brecon Wales Nepali Samaj UK and a range of contact and communication with service providers.",
    },
  },
  {
    slug: "unity-in-2-the-community",
    nameEn: "Unity in 2 the Community",
    kind: "other",
    descriptionEn:
      "Co-produced Gypsy and Traveller Community Briefing Sheets with the Mid-West community cohesion region (as the 2015 report names it) to improve information and engagement (2015 report).",
    cite: {
      doc: D004,
      quote:
        "The Mid-West region has commenced work on the co-production of Gypsy and Traveller Community Briefing Sheets with the organisation Unity in 2 the Community.",
    },
  },
  {
    slug: "equality-carmarthenshire",
    nameEn: "Equality Carmarthenshire",
    kind: "other",
    descriptionEn:
      "Launched a Respect Poster campaign across Carmarthenshire, with Welsh rugby international Samson Lee, to break down perceptions and stereotypes of Gypsy and Traveller communities (2015 report).",
    homeGss: CARMARTHENSHIRE,
    cite: {
      doc: D004,
      quote: "Equality Carmarthenshire have also launched a Respect Poster campaign across the Local Authority through support from Samson Lee",
    },
  },
  {
    slug: "gwent-ethnic-minority-achievement-service",
    nameEn: "Gwent Ethnic Minority Achievement Service",
    kind: "other",
    descriptionEn:
      "Worked in partnership with the police and the community cohesion co-ordinator on a task and finish group managing community tensions around proposed Gypsy and Traveller sites in Newport (2015 report).",
    cite: {
      doc: D004,
      quote:
        "Through the on-going positive partnership between the Police, Gwent Ethnic Minority Achievement Service and the Co-ordinator, a task and finish group was set up",
    },
  },
  {
    slug: "newport-city-council",
    nameEn: "Newport City Council",
    kind: "public-body",
    descriptionEn:
      "Adopted the National Community Cohesion Delivery Plan within its Single Integrated Plan, and in 2015 was establishing a permanent Gypsy and Traveller site through its Local Development Plan, with a task and finish group to manage the resulting community tensions.",
    homeGss: NEWPORT,
    cite: {
      doc: D004,
      quote: "Newport City Council is in the process of establishing a permanent site in the city through the Local Development Plan process",
    },
  },
  {
    slug: "wrexham-county-council",
    nameEn: "Wrexham County Council",
    kind: "public-body",
    descriptionEn:
      "Runs a tension monitoring process with a multi-agency partnership group and has developed a Community Cohesion Risk Assessment Tool (2015 report).",
    homeGss: WREXHAM,
    cite: {
      doc: D004,
      quote:
        "Wrexham County Council has a tension monitoring process in place, which includes a partnership group to analyse tensions and to develop proactive multi-agency responses.",
    },
  },
  {
    slug: "dyfed-powys-police",
    nameEn: "Dyfed-Powys Police",
    kind: "public-body",
    descriptionEn:
      "Leads tension monitoring in its force area, including Community Impact Assessments (2015 report). In 2025 WSMP named it among the partners in the lessons learned from the Llanelli contingency asylum site.",
    cite: {
      doc: D004,
      quote: "Tension Monitoring is led by Dyfed Powys Police Force Area and includes Community Impact Assessments",
    },
    alsoNamedIn: [{ doc: D000, quote: "Dyfed Powys Police, Carmarthenshire County Council, Hope not Hate, Croeso Llanelli" }],
  },
  {
    slug: "hate-crime-criminal-justice-board-cymru",
    nameEn: "Hate Crime Criminal Justice Board Cymru",
    kind: "partnership",
    descriptionEn:
      "Works to develop consistent approaches to hate crime across the criminal justice system and to review the delivery of pan-Wales work (2015 report).",
    cite: {
      doc: D004,
      quote:
        "This links with the work of the Hate Crime Criminal Justice Board Cymru, which is actively working to develop consistent approaches and to review the delivery of pan Wales work.",
    },
  },
  {
    slug: "wales-anti-slavery-leadership-group",
    nameEn: "Wales Anti-Slavery Leadership Group",
    kind: "partnership",
    descriptionEn:
      "Drives anti-slavery work across Wales with the Wales Anti-Slavery Operational Delivery Group and regional Anti-Slavery Forums, including a train-the-trainer course and an evaluation due in March 2016 (2015 report).",
    cite: {
      doc: D004,
      quote:
        "Work across Wales is being driven by the Wales Anti-Slavery Leadership Group, the Wales Anti-Slavery Operational Delivery Group, and on a regional level through Anti-Slavery Forums.",
    },
  },
  {
    slug: "merthyr-tydfil-borough-wide-youth-forum",
    nameEn: "Merthyr Tydfil Borough Wide Youth Forum",
    kind: "other",
    descriptionEn:
      "A youth forum whose members, at a residential weekend arranged by the community cohesion co-ordinator, discussed the production of the anti-trafficking DVD 'Caught in Traffick' for schools (2015 report).",
    homeGss: MERTHYR_TYDFIL,
    cite: {
      doc: D004,
      quote: "Through the Merthyr Tydfil Borough Wide Youth Forum, a Weekend Residential was arranged by the Co-ordinator",
    },
  },
];
