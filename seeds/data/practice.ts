import type { SeedPracticeNote } from "../types";
import { D000, D001, D002, D003, D004 } from "./refs";

/** Practice the five documents hold up as worth learning from (see SeedPracticeNote). */
export const PRACTICE: SeedPracticeNote[] = [
  // ── WSMP evidence (000): its "Examples of best practice" list ─────────────────────────
  {
    key: "community-cohesion-coordinators-stradey-park",
    titleEn: "Community Cohesion Coordinators sharing intelligence during the Stradey Park protests",
    descriptionEn:
      "WSMP lists the ongoing Welsh Government funding of Community Cohesion Coordinators operating across Wales as best practice: they played a vital role sharing intelligence with partners during the protests at Stradey Park, and support local authorities facing significant and evolving cohesion risks.",
    place: "Across Wales",
    inWales: true,
    themes: ["tension-monitoring-safety", "asylum-refugee-migrant"],
    project: "community-cohesion-programme",
    cite: {
      doc: D000,
      quote: "who played a vital role sharing intelligence with partners during the protests at Stradey Park",
    },
  },
  {
    key: "welsh-government-mis-disinformation-toolkit",
    titleEn: "Welsh Government mis/disinformation toolkit",
    descriptionEn:
      "Listed by WSMP as best practice while still in draft. WSMP says the toolkit addresses some of the issues and solutions the Khan Review identifies on responding to conspiracy theories and disinformation, and calls it a welcome development, though further support is needed to embed its messages in public communications.",
    place: "Wales",
    inWales: true,
    themes: ["misinformation-online-harm"],
    project: "welsh-government-mis-disinformation-toolkit",
    cite: {
      doc: D000,
      quote:
        "The Welsh Government mis/disinformation toolkit addresses some of the issues and solutions the Khan Review identifies.",
    },
  },
  {
    key: "uk-asylum-refugee-migrant-hate-crime-forum",
    titleEn: "'Tackling asylum refugee and migrant hate crime and harassment' forum",
    descriptionEn:
      "A UK-wide, local government led forum attended by up to 100 members from across the UK, which WSMP lists as best practice: councils use it to share intelligence about asylum hotels, cohesion and hate crime, and to share best practice.",
    place: "UK-wide",
    inWales: false,
    themes: ["hate-crime", "asylum-refugee-migrant"],
    project: "tackling-asylum-refugee-migrant-hate-crime-forum",
    cite: {
      doc: D000,
      quote: "Councils are able to share intelligence about asylum hotels, cohesion and hate crime, and share best practice.",
    },
  },
  {
    key: "penally-llanelli-contingency-sites-lessons-learned",
    titleEn: "Lessons learned from the contingency sites at Penally and Llanelli",
    descriptionEn:
      "WSMP and partners (the Home Office, Welsh Government, WLGA, Dyfed Powys Police, Carmarthenshire County Council, Hope not Hate, Croeso Llanelli, Furnace Action Committee and local residents) have shared lessons learned from hotels and contingency sites at Penally and Llanelli. The recommendations cover identification and procurement of sites, engagement and communications, partnership working and information sharing, policing, and impacts and recovery; WSMP says their implementation needs regular monitoring.",
    place: "Penally and Llanelli",
    inWales: true,
    themes: ["asylum-refugee-migrant", "tension-monitoring-safety"],
    project: "contingency-asylum-sites-lessons-learned",
    cite: {
      doc: D000,
      quote:
        "The WSMP and partners have shared lessons learned in relation to the operation of hotels/contingency sites in Penally and more recently, in Llanelli",
    },
  },
  {
    key: "healing-the-divide-conference-llanelli",
    titleEn: "'Healing the Divide' conference and report, Llanelli",
    descriptionEn:
      "A conference in Llanelli in November 2024, listed by WSMP as best practice, to gather views on the causes of division in the town, help community leaders understand its impact and explore how the community can work together to tackle hate. Its report has been shared, with a call to action for the Welsh Government, Home Office, Carmarthenshire County Council and other partners: a Llanelli community cohesion partnership, a recovery plan, communication and counter narratives.",
    place: "Llanelli",
    inWales: true,
    themes: ["hate-crime", "tension-monitoring-safety", "misinformation-online-harm"],
    project: "healing-the-divide-conference-llanelli",
    cite: {
      doc: D000,
      quote:
        "with the aim to gather views on the causes of division in Llanelli, enable community leaders to understand the impact of the divisions and explore ways in which the community can work together to tackle hate",
    },
  },
  {
    key: "wsmp-hate-crime-information-leaflets",
    titleEn: "Hate crime information leaflets",
    descriptionEn:
      "During the violent protests of summer 2024 WSMP developed two leaflets, one for agencies working with affected communities and one on safety and support for people who could be victims of hate crime, explaining what hate crime is, how to report it and where to seek support. The leaflet for individuals was translated into ten languages and widely shared.",
    place: null,
    inWales: true,
    themes: ["hate-crime", "asylum-refugee-migrant"],
    project: "wsmp-hate-crime-information-leaflets",
    cite: {
      doc: D000,
      quote: "The leaflet on safety and support for individuals has been translated into ten languages and widely shared.",
    },
  },
  {
    key: "hong-kong-welcome-hub",
    titleEn: "Hong Kong Welcome Hub and drop-in centre",
    descriptionEn:
      "WSMP facilitates an online Hong Kong Welcome Hub and funds projects including a drop-in centre in Cardiff offering social activities, advice and information for Hong Kongers. WSMP lists it as best practice and calls it a vital resource for Hong Kongers to meet and interact with service providers and local community groups.",
    place: "Online; drop-in centre in Cardiff",
    inWales: true,
    themes: ["asylum-refugee-migrant", "community-spaces"],
    project: "hong-kong-welcome-hub",
    cite: {
      doc: D000,
      quote:
        "This is a vital resource to enable Hong Kongers to meet and interact with service providers and local community groups.",
    },
  },
  {
    key: "st-athan-town-hall-meeting",
    titleEn: "'Town Hall' meeting on Afghan arrivals at St Athan",
    descriptionEn:
      "A 'Town Hall' meeting in the Vale of Glamorgan to update the public on the intended use of the St Athan site for Afghan arrivals before they found permanent homes. The MoD, which had already communicated widely, wanted to meet the local community; around 70 members of the public attended with officials from the MoD, police, local authority, health board and WSMP. The format was used to prevent the spread of misinformation and reassure the community, and attendees were encouraged to become 'ambassadors' sharing accurate information. WSMP says it won community 'buy in' and that the town hall and its media strategy could be a model for community engagement on asylum and resettlement.",
    place: "St Athan, Vale of Glamorgan",
    inWales: true,
    themes: ["misinformation-online-harm", "asylum-refugee-migrant"],
    project: "st-athan-town-hall-meeting",
    cite: {
      doc: D000,
      quote:
        "was successful in terms of community 'buy in' and understanding of the situation and plight of Afghans",
    },
  },

  // ── Wales Safer Communities Network response (001): "Examples of best practice" ────────
  {
    key: "social-cohesion-monitoring-meetings",
    titleEn: "Regular social cohesion monitoring meetings",
    descriptionEn:
      "The Network's first example of best practice: regular formal and informal meetings across Community Safety Partnerships, such as weekly local multi-agency meetings reviewing community tensions, weekly housing meetings of police, social landlords and councils, monthly monitoring of tension around resettlement, monthly meetings between council officers, the council leader and local mosque leaders, and community cohesion as a standing item at quarterly CSP meetings.",
    place: null,
    inWales: true,
    themes: ["tension-monitoring-safety"],
    project: "local-community-tension-monitoring-meetings",
    cite: {
      doc: D001,
      quote: "Social Cohesion monitoring: Regular meetings across the partnership take place on a formal and informal basis.",
    },
  },
  {
    key: "community-safety-partnership-cohesion-training",
    titleEn: "Community Safety Partnership training: 'Cohesion in Our Communities' and 'Power of Language'",
    descriptionEn:
      "Listed by the Network as best practice: CSPs have run training for a variety of audiences, for example 'Cohesion in Our Communities', which gives information about successful projects, and 'Power of Language', on how the words we use can be harmful.",
    place: null,
    inWales: true,
    themes: ["third-sector-capacity", "hate-crime"],
    project: "community-safety-partnerships-cohesion-training",
    cite: {
      doc: D001,
      quote:
        "CSPs have facilitated training for a variety of audiences on numerous topics, for example Cohesion in Our Communities, providing information about successful projects",
    },
  },
  {
    key: "safer-communities-awards",
    titleEn: "Safer Communities Awards",
    descriptionEn:
      "Among the Network's examples of best practice: its annual awards recognise projects and people across Wales who work to connect communities and make them safer, alongside its collation of events and training and its webinars and workshops for practitioners.",
    place: "Across Wales",
    inWales: true,
    themes: ["tension-monitoring-safety", "third-sector-capacity"],
    project: "safer-communities-awards",
    cite: {
      doc: D001,
      quote:
        "The annual Safer Communities Awards recognises the incredible projects and people across Wales, who work to connect communities and make them safer.",
    },
  },
  {
    key: "north-east-wales-multi-cultural-hub",
    titleEn: "North East Wales Multi Cultural Hub",
    descriptionEn:
      "Established in 2022 with three years' funding from the Welsh Government Anti-Racist Wales Action Plan heritage and sports fund to address the needs of local Black, Asian and Ethnic Minority communities. The Network lists it as best practice: its collaborative approach has created the strategic structure for ethnic minority communities of North East Wales to lead the change they wish to see.",
    place: "North East Wales",
    inWales: true,
    themes: ["community-spaces", "third-sector-capacity"],
    project: "north-east-wales-multi-cultural-hub",
    cite: {
      doc: D001,
      quote:
        "has created the required strategic structure to empower Ethnic Minority Communities of North East Wales to lead on making the change they wish to see",
    },
  },
  {
    key: "walsall-for-all-resilient-communities-model",
    titleEn: "Walsall for All and the Resilient Communities Model",
    descriptionEn:
      "A case study in the Network's response: after a series of challenging events in Walsall (the Bescot murder, mosque stabbings, bomb threats), partner organisations adopted the Resilient Communities Model, a collaborative approach that fosters ownership and pride in the community.",
    place: "Walsall, England",
    inWales: false,
    themes: ["tension-monitoring-safety", "community-spaces"],
    cite: {
      doc: D001,
      quote: "This approach focusses on a collaborative method that fosters ownership and pride in the community.",
    },
  },

  // ── City of Sanctuary response (002) ─────────────────────────────────────────────────
  {
    key: "derby-city-of-sanctuary-doorstep-engagement",
    titleEn: "Doorstep engagement before asylum accommodation opened, Derby",
    descriptionEn:
      "City of Sanctuary's example of a success: when asylum accommodation was being stood up in Derby, the local authority worked with and funded the local Derby City of Sanctuary group to leaflet and talk to communities on the doorstep about the proposal. Opposition was minimal, and the far right was prevented from fear-mongering and gaining support. City of Sanctuary knows of no Welsh local authority that did such preparedness work ahead of full dispersal.",
    place: "Derby",
    inWales: false,
    themes: ["asylum-refugee-migrant", "misinformation-online-harm", "extremism-prevention"],
    cite: {
      doc: D002,
      quote:
        "The Local Authority worked and funded the local Derby City of Sanctuary group to leaflet and talk to communities on the doorstep about the proposal.",
    },
  },
  {
    key: "norwich-city-of-sanctuary",
    titleEn: "Norwich City of Sanctuary: Speak Up For Sanctuary and places of sanctuary",
    descriptionEn:
      "City of Sanctuary's example from outside Wales: the Norwich group delivered the Speak Up For Sanctuary workshop, which led to successful cohesion, and is working with 33 organisations to support them to be awarded as places of sanctuary, so that every member of their staff knows how and why to provide welcome.",
    place: "Norwich",
    inWales: false,
    themes: ["asylum-refugee-migrant", "community-spaces"],
    cite: {
      doc: D002,
      quote:
        "The Norwich City of sanctuary group delivered our Speak Up For Sanctuary workshop which led to successful cohesion.",
    },
  },
  {
    key: "hay-brecon-talgarth-welcome-days",
    titleEn: "Welcome Days, Hay, Brecon and Talgarth City of Sanctuary",
    descriptionEn:
      "Given as best practice in facilitating social contact: the Hay, Brecon and Talgarth City of Sanctuary group welcomes people seeking sanctuary through regular 'Welcome Days'. In a community not experienced in welcoming migrants, the days build friendship, kindness and compassion and positive community attitudes.",
    place: "Hay, Brecon and Talgarth",
    inWales: true,
    themes: ["asylum-refugee-migrant", "community-spaces"],
    project: "hay-brecon-and-talgarth-welcome-days",
    cite: {
      doc: D002,
      quote: "successfully welcomes people seeking sanctuary to their region through their regular 'Welcome Days'",
    },
  },
  {
    key: "swansea-city-of-sanctuary-community-cohesion-project",
    titleEn: "Community Cohesion Project, Swansea City of Sanctuary",
    descriptionEn:
      "Presented by City of Sanctuary as a case study. Of the cohesion initiatives City of Sanctuary describes, it is the only one with Welsh Government funding, and the only setting in Wales where the Speak Up for Sanctuary course has been able to run.",
    place: "Swansea",
    inWales: true,
    themes: ["asylum-refugee-migrant", "community-spaces"],
    project: "swansea-city-of-sanctuary-community-cohesion-project",
    cite: { doc: D002, quote: "Community Cohesion Project - Swansea City of Sanctuary" },
  },
  {
    key: "courageous-conversations-and-stand-up-for-sanctuary",
    titleEn: "Courageous Conversations and Stand Up for Sanctuary",
    descriptionEn:
      "City of Sanctuary's training resource 'Courageous Conversations' and workshop 'Stand Up for Sanctuary' equip members of the community for everyday conversations that tackle misinformation and hate: cohorts are trained to promote a counter-narrative to negative rhetoric and celebrate the contribution of people seeking sanctuary.",
    place: null,
    inWales: true,
    themes: ["misinformation-online-harm", "asylum-refugee-migrant"],
    project: "courageous-conversations",
    cite: {
      doc: D002,
      quote:
        "cohort's of attendees are trained to communicate a positive vision of welcome by promoting the counter-narrative to negative rhetoric and celebrating the contribution of people seeking sanctuary",
    },
  },
  {
    key: "speak-up-for-sanctuary",
    titleEn: "Speak Up for Sanctuary",
    descriptionEn:
      "A City of Sanctuary programme supporting people to recognise their power to make change and speak up for refugee rights. City of Sanctuary calls it vital to building welcoming communities, especially after the riots of July 2024; it has had exceptional feedback, with all participants committing to follow-up activities, but for lack of funding has not run in Wales outside the Swansea Cohesion project.",
    place: "Swansea",
    inWales: true,
    themes: ["asylum-refugee-migrant", "misinformation-online-harm"],
    project: "speak-up-for-sanctuary",
    cite: {
      doc: D002,
      quote: "The programme has received exceptional feedback, with all participants committing to follow-up activities.",
    },
  },
  {
    key: "sanctuary-awards-and-streams",
    titleEn: "Sanctuary Awards and Streams of Sanctuary",
    descriptionEn:
      "City of Sanctuary calls its streams and awards programmes effective strategic tools for building a movement of welcome: organisations such as schools, councils, universities and libraries are supported to learn, embed welcome and share the vision. There are 143 organisations in the sanctuary network in Wales, 54 of them awarded.",
    place: "Wales",
    inWales: true,
    themes: ["asylum-refugee-migrant", "third-sector-capacity"],
    project: "sanctuary-awards-wales",
    cite: {
      doc: D002,
      quote:
        "The streams of sanctuary and awards programmes are effective strategic tools which support the movement building goal.",
    },
  },
  {
    key: "schools-of-sanctuary",
    titleEn: "Schools of Sanctuary",
    descriptionEn:
      "43 schools in Wales hold the award. City of Sanctuary's annual survey shows a strong positive impact on school provision and practice, understanding and empathy, and solidarity with the local community, and commissioned research shows a 'ripple' effect in the wider community. It uses a 'local lead' model, with 4 local leads in local authority education departments giving effective and sustainable support.",
    place: "Wales",
    inWales: true,
    themes: ["schools-young-people", "asylum-refugee-migrant"],
    project: "schools-of-sanctuary-wales",
    cite: {
      doc: D002,
      quote:
        "our annual survey shows a strong positive impact on improving school provision and practice, boosting understanding and empathy, and building solidarity with the wider local community",
    },
  },
  {
    key: "city-of-sanctuary-local-authority-network",
    titleEn: "City of Sanctuary Local Authority network",
    descriptionEn:
      "A movement of local councils working to create a culture of welcome, inclusion and empowerment for people seeking sanctuary. City of Sanctuary says its impact can clearly be seen in other areas of the UK, and that if supported to become embedded across Wales it would bring best practice on a wide scale.",
    place: "Other areas of the UK",
    inWales: false,
    themes: ["asylum-refugee-migrant"],
    project: "city-of-sanctuary-local-authority-network",
    cite: {
      doc: D002,
      quote: "The impact of this network can clearly be seen in other areas of the UK",
    },
  },
  {
    key: "sanctuary-in-politics",
    titleEn: "Sanctuary in Politics",
    descriptionEn:
      "Held up as best practice for putting people with lived experience at the heart of cohesion work: a training programme for people seeking sanctuary to get their voices heard and understand how systems in Wales work, with mentoring that supports social contact and helps participants undertake a project.",
    place: "Wales",
    inWales: true,
    themes: ["asylum-refugee-migrant", "third-sector-capacity"],
    project: "sanctuary-in-politics",
    cite: {
      doc: D002,
      quote: "Best practice puts people with lived experience at the heart of community cohesion initiatives",
    },
  },

  // ── Welsh Government response (003) ──────────────────────────────────────────────────
  {
    key: "oldham-council-misinformation-and-cohesion-measurement",
    titleEn: "Oldham Council's work on misinformation and measuring cohesion",
    descriptionEn:
      "The Committee recommended, and the Welsh Government accepted, exploring Oldham Council's work to address misinformation and disinformation and considering its work when adopting a framework for measuring social cohesion. Welsh Government officials have met Oldham Council to discuss its misinformation work and will continue the engagement to feed into their wider work.",
    place: "Oldham",
    inWales: false,
    themes: ["misinformation-online-harm", "tension-monitoring-safety"],
    cite: {
      doc: D003,
      quote:
        "Following the Committee's report officials have met with Oldham Council to discuss their work to address misinformation and disinformation",
    },
  },
  {
    key: "healing-the-divide-llanelli",
    titleEn: "Healing the Divide, Llanelli",
    descriptionEn:
      "A locally designed and led depolarisation project in Llanelli, funded by the Welsh Government, which brings in expertise from outside the area and empowers local multi-agency working convened by the regional cohesion team. Its actions cover community recovery and prevention, community mapping and leadership training for local influencers, and legacy and wider learning; the depolarisation projects will be evaluated to inform decisions in the next Senedd term.",
    place: "Llanelli",
    inWales: true,
    themes: ["extremism-prevention", "tension-monitoring-safety", "hate-crime"],
    project: "healing-the-divide-llanelli",
    cite: {
      doc: D003,
      quote:
        "This project has three areas of actions; community recovery and prevention, community mapping, and leadership training for local influencers, and legacy and wider learning.",
    },
  },

  // ── Delivery Plan Progress Report 2015 (004): examples of current practice ─────────────
  {
    key: "caerphilly-hate-related-bullying-monitoring",
    titleEn: "Termly monitoring of hate-related bullying in schools, Caerphilly",
    descriptionEn:
      "One of the report's examples of pro-active approaches to bullying: Caerphilly's Local Education Authority requires schools to return a termly report on hate-related bullying, fed back to the Community Cohesion Forum, so that types of bullying can be analysed and responsive and preventative approaches developed.",
    place: "Caerphilly",
    inWales: true,
    themes: ["schools-young-people", "hate-crime"],
    project: "caerphilly-hate-related-bullying-monitoring",
    cite: {
      doc: D004,
      quote:
        "This enables an analysis of the types of bullying behaviour to consider responsive and preventative approaches to be developed.",
    },
  },
  {
    key: "west-gwent-school-twinning",
    titleEn: "School Twinning, West Gwent",
    descriptionEn:
      "Through Communities First clusters, the West Gwent co-ordinator provided support materials on School Twinning and helped develop projects that encourage ethnic and cultural awareness, linking Communities First with the cohesion agenda; the report gives it as evidence of that link in some clusters.",
    place: "West Gwent",
    inWales: true,
    themes: ["schools-young-people", "community-spaces"],
    project: "west-gwent-school-twinning",
    cite: {
      doc: D004,
      quote: "providing support in developing projects that encourage ethnic and culture awareness (i.e. School Twinning)",
    },
  },
  {
    key: "welcome-to-merthyr-and-welcome-to-rct-packs",
    titleEn: "'Welcome to Merthyr' and 'Welcome to RCT' packs",
    descriptionEn:
      "In Cwm Taf, baseline migration data and mapping of organisations, services and projects across Merthyr Tydfil and Rhondda Cynon Taf informed the renewal of welcome packs designed with migrant workers in mind.",
    place: "Merthyr Tydfil and Rhondda Cynon Taf (Cwm Taf)",
    inWales: true,
    themes: ["asylum-refugee-migrant"],
    project: "welcome-to-merthyr-and-welcome-to-rct-packs",
    cite: {
      doc: D004,
      quote:
        "This has influenced the renewal of a 'Welcome to Merthyr' and 'Welcome to RCT' pack which will be designed with Migrant Workers in mind.",
    },
  },
  {
    key: "wrexham-tension-monitoring-and-risk-assessment-tool",
    titleEn: "Tension monitoring and Community Cohesion Risk Assessment Tool, Wrexham",
    descriptionEn:
      "Wrexham County Council runs a tension monitoring process with a partnership group that analyses tensions and develops proactive multi-agency responses; officers and members submit concerns through a tension monitoring report, which is mapped and discussed. It has also developed a Community Cohesion Risk Assessment Tool for the cohesion impact of local, regional or national projects, which the report stresses is action focused.",
    place: "Wrexham",
    inWales: true,
    themes: ["tension-monitoring-safety"],
    project: "wrexham-tension-monitoring",
    cite: {
      doc: D004,
      quote: "Importantly this document is action focused - by identifying mitigating action and issues for further attention.",
    },
  },
  {
    key: "newport-section-4-bail-accommodation-lesson",
    titleEn: "Wales-wide Section 4 bail accommodation policy after Newport tensions",
    descriptionEn:
      "In late 2013 a high-profile gang leader was relocated to Newport in Section 4 bail accommodation without consultation with the local authority, causing community tensions and national media coverage. The co-ordinator negotiated with the Home Office and the accommodation provider so that it would not be repeated, and a Wales-wide Section 4 bail accommodation policy was developed with other dispersal areas and police forces.",
    place: "Newport",
    inWales: true,
    themes: ["tension-monitoring-safety", "asylum-refugee-migrant"],
    project: "wales-section-4-bail-accommodation-policy",
    cite: {
      doc: D004,
      quote:
        "the Co-ordinator was key in negotiations with Home Office and the accommodation provider to ensure that this situation is not repeated in the future",
    },
  },
];
