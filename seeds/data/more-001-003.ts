import type { SeedOrganisation, SeedProject } from "../types";
import { D001, D003 } from "./refs";

/**
 * Records that documents 001 and 003 names beyond those in organisations.ts and projects.ts, each
 * with its quote, kind, area (or "unstated"), dates only where stated, and the document.
 *
 * Left out on purpose: the English examples the documents cite for comparison (Walsall for All and
 * its Resilient Communities Model, Oldham Council's work on measurement and misinformation), UK-wide
 * reading in the 001 "links of interest" with no Welsh provision named (the Independent Commission on
 * Community and Cohesion, University of York research, the Joseph Rowntree Foundation's UK Poverty
 * 2025, a BBC article), and things proposed but not in existence (the Network's call for a Welsh
 * Government Cohesion Framework, the Inter-Ministerial Group that has not met).
 *
 * Shared with more-000-002.ts: the "uk-government" organisation is defined there (Pride in Place and the
 * Prevent training below refer to it), and the 001 "Quarterly Hate Crime and Community Tensions meeting,
 * Welsh Government" is the Hate Crime and Community Tensions Board recorded there, so it is not repeated.
 * Likewise LGBT History Month, Roma Traveller History Month and Hate Crime Awareness Week, which 001 lists
 * among the campaigns public services take part in, are recorded in more-004.ts and not repeated here.
 */
export const ORGANISATIONS: SeedOrganisation[] = [
  // ── Wales Safer Communities Network response (001) ───────────────────────────────────
  {
    slug: "stop-hate-uk",
    nameEn: "Stop Hate UK",
    kind: "other",
    descriptionEn:
      "Listed by the Wales Safer Communities Network among its links of possible interest (February 2025), with a link to its community and local support groups. The response says nothing more about its work in Wales.",
    cite: { doc: D001, quote: "Stop Hate UK - Community and Local Support Groups" },
  },
  {
    slug: "national-neurodivergence-team",
    nameEn: "National Neurodivergence Team (Neurodivergence Wales)",
    nameCy: "Niwrowahaniaeth Cymru",
    kind: "other",
    descriptionEn:
      "Offers eLearning on neurodivergence under the name Neurodivergence Wales (Niwrowahaniaeth Cymru). The Wales Safer Communities Network points to it because promoting an understanding of neurodivergence may help people get support and feel less isolated.",
    cite: { doc: D001, quote: "eLearning - Niwrowahaniaeth Cymru | Neurodivergence Wales | National Neurodivergence Team" },
  },
  {
    // The document does not say it is a Senedd committee, so the name is given as the document writes it.
    slug: "children-young-people-and-education-committee",
    nameEn: "Children, Young People and Education Committee",
    kind: "public-body",
    descriptionEn:
      "The committee whose report on increased concern over the exploitation of children by gangs, 'When no one's interested in us, the gangs take their chance', the Wales Safer Communities Network lists among its links of possible interest.",
    cite: {
      doc: D001,
      quote: "Children, Young People and Education Committee report looking at increased concern over exploitation of children by gangs",
    },
  },

  // ── Welsh Government response (003) ──────────────────────────────────────────────────
  {
    slug: "home-office",
    nameEn: "Home Office",
    kind: "public-body",
    descriptionEn:
      "The Wales Safer Communities Network (February 2025) reports that it is committed to introducing Youth Futures Hubs and Prevention Partnerships, that the future of its former Safer Streets funding and Serious Violence fund is uncertain, and that the WLGA represents Welsh local government at its Asylum and Resettlement Council Senior Engagement Group. In November 2025 the Welsh Government said partners in Wales were working with it to trial more timely responses to claims about asylum.",
    cite: {
      doc: D003,
      quote:
        "Partners in Wales are also working with the Home Office to trial more timely Home Office responses to claims relating to asylum in our communities.",
    },
  },
  {
    slug: "senedd-equality-and-social-justice-committee",
    nameEn: "Senedd Equality and Social Justice Committee",
    kind: "public-body",
    descriptionEn:
      "Carried out an Inquiry into Social Cohesion in 2025 and published its report 'Co-operation over conflict: Wales must Act' on 9 October, making four recommendations for the Welsh Government, all of which the Welsh Government accepted.",
    cite: { doc: D003, quote: "In 2025 the Equality and Social Justice Committee carried out an Inquiry into Social Cohesion." },
  },
  {
    slug: "office-of-the-future-generations-commissioner",
    nameEn: "Office of the Future Generations Commissioner",
    kind: "other",
    descriptionEn:
      "The Welsh Government says it is working closely with the Office on ways to support public sector involvement of communities, in answer to the Senedd committee's conclusion on declining trust in public institutions and the need for greater community involvement.",
    cite: {
      doc: D003,
      quote:
        "We are also working closely with the Office of the Future Generations Commissioner on ways to support public sector involvement of communities.",
    },
  },
  {
    slug: "community-assets-commission",
    nameEn: "Community Assets Commission",
    kind: "other",
    descriptionEn:
      "Its recommendations are to inform the Community Right to Buy Bill the Welsh Government is preparing. In November 2025 its report was expected to be published before the end of the year.",
    cite: {
      doc: D003,
      quote: "The current expectation is that the Community Assets Commission’s report will be published before the end of the year.",
    },
  },
  {
    slug: "ofcom",
    nameEn: "Ofcom",
    kind: "other",
    descriptionEn:
      "Works with the Welsh Government, local authorities, the third sector and others to identify and address misinformation and disinformation; with the UK Department for Science, Innovation and Technology and police forces it has substantial powers and responsibilities over harmful content online, which the Welsh Government does not have.",
    cite: {
      doc: D003,
      quote:
        "We will continue our collaborative work with Ofcom, local authorities, the third sector and others, to identify and appropriately address misinformation and disinformation.",
    },
  },
];

export const PROJECTS: SeedProject[] = [
  // ── Wales Safer Communities Network response (001) ───────────────────────────────────
  {
    key: "youth-futures-hubs",
    kind: "programme",
    deliveryNotNamed: true,
    organisation: "home-office",
    titleEn: "Youth Futures Hubs",
    descriptionEn:
      "A Home Office initiative to address youth anti-social behaviour, gang culture and related cohesion issues. In February 2025 the Wales Safer Communities Network reported ongoing discussions about how it should be delivered in Wales given existing structures, with Welsh partners keen for the UK Government to use current governance and meeting infrastructure to avoid duplication. The response names the Home Office as the body introducing the hubs and no delivering body.",
    themes: ["youth-asb"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D001,
      quote:
        "The Home Office are committed to the idea of introducing Youth Futures Hubs and Prevention Partnerships in an attempt to address the concerns above.",
    },
  },
  {
    key: "prevention-partnerships",
    kind: "programme",
    deliveryNotNamed: true,
    organisation: "home-office",
    titleEn: "Prevention Partnerships",
    descriptionEn:
      "A forthcoming Home Office initiative, introduced alongside Youth Futures Hubs to address youth anti-social behaviour. In February 2025 the Wales Safer Communities Network said its impacts were unknown and that how it should be delivered in Wales, given existing structures, was still under discussion. The response names the Home Office as the body introducing it and no delivering body.",
    themes: ["youth-asb"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: { doc: D001, quote: "the unknown impacts of forthcoming initiatives such as Prevention Partnerships" },
  },
  {
    key: "safer-streets-fund",
    kind: "programme",
    organisation: "home-office",
    titleEn: "Safer Streets funding",
    descriptionEn:
      "Home Office funding, described in February 2025 as the 'former' Safer Streets funding, whose future the Wales Safer Communities Network said was uncertain. It paid for anti-social behaviour projects in Wrexham and Holywell that, the Network says, engaged young people at risk of being influenced by extreme narratives.",
    themes: ["youth-asb", "tension-monitoring-safety"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D001,
      quote: "There is also uncertainty around the future of some Home Office funds including the former Safer Streets funding",
    },
  },
  {
    key: "serious-violence-fund",
    kind: "programme",
    organisation: "home-office",
    titleEn: "Serious Violence fund",
    descriptionEn:
      "A Home Office fund whose future the Wales Safer Communities Network said was uncertain in February 2025. It paid for an outreach project that, the Network says, engaged young people at risk of being influenced by extreme narratives.",
    themes: ["youth-asb", "extremism-prevention"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: { doc: D001, quote: "Home Office funds including the former Safer Streets funding, Serious Violence fund" },
  },
  {
    key: "anti-racist-wales-action-plan-heritage-culture-sports-funds",
    kind: "programme",
    organisation: "welsh-government",
    titleEn: "Anti-racist Wales Action Plan heritage, culture and sports funds",
    descriptionEn:
      "Welsh Government funding streams under the Anti-racist Wales Action Plan. They gave the North East Wales Multi Cultural Hub three years' funding from 2022. In February 2025 the Wales Safer Communities Network reported a lack of clarity about whether they would continue.",
    themes: ["hate-crime", "community-spaces"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D001,
      quote: "Welsh Government funding streams for Anti-racist Wales action plan heritage, culture, and sports funds",
    },
  },
  {
    key: "community-to-school-programmes",
    kind: "programme",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Community to School programmes",
    descriptionEn:
      "Listed by the Wales Safer Communities Network among projects and programmes supported directly or indirectly by the Welsh Government that create sustainable, meaningful relationships with communities who need support. The response does not say who delivers them or where.",
    themes: ["schools-young-people", "community-spaces"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: { doc: D001, quote: "North East Wales Multi Cultural Hub (MCH) - Community to School programmes" },
  },
  {
    key: "wales-prevent-network-group",
    kind: "network",
    organisation: "welsh-government",
    titleEn: "Wales Prevent Network Group",
    descriptionEn:
      "A quarterly Welsh Government group on Prevent, listed by the Wales Safer Communities Network among the regular meetings through which social cohesion is monitored.",
    themes: ["extremism-prevention"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: { doc: D001, quote: "Quarterly Wales Prevent Network Group, Welsh Government." },
  },
  {
    key: "channel-panels",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "community-safety-partnerships-wales",
    titleEn: "Channel Panels",
    descriptionEn:
      "Listed by the Wales Safer Communities Network, next to the Wales Prevent Network Group, among the regular meetings across Community Safety Partnerships through which social cohesion is monitored. The response does not say who convenes them or where.",
    themes: ["extremism-prevention"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: { doc: D001, quote: "Quarterly Wales Prevent Network Group, Welsh Government. - Channel Panels" },
  },
  {
    key: "asylum-and-resettlement-council-senior-engagement-group",
    kind: "network",
    organisation: "home-office",
    titleEn: "Asylum and Resettlement Council Senior Engagement Group (ARCSEG)",
    descriptionEn:
      "A Home Office group at which the WLGA represents Welsh local government. In February 2025 there were discussions about establishing a new sub-group focusing on community cohesion.",
    themes: ["asylum-refugee-migrant", "tension-monitoring-safety"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D001,
      quote: "WLGA representation at Home Office, Asylum and Resettlement Council Senior Engagement Group (ARCSEG).",
    },
  },
  {
    key: "local-community-tension-monitoring-meetings",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "community-safety-partnerships-wales",
    titleEn: "Local community tension monitoring meetings",
    descriptionEn:
      "Regular meetings across the community safety partnership landscape, varying in frequency between Community Safety Partnerships: weekly local multi-agency meetings reviewing community tensions, weekly housing meetings of police, Registered Social Landlords and councils, monthly (or more frequent) monitoring of tension around resettlement, and a monthly meeting between council officers, the council leader and local mosque leaders. The response does not name the councils or areas involved.",
    themes: ["tension-monitoring-safety", "interfaith-belief", "asylum-refugee-migrant"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: { doc: D001, quote: "Weekly local multi agency meeting - review community tensions." },
  },

  // Awareness campaigns that "public services promote and get involved to a greater / lesser degree in".
  // The response names no organiser; they are filed under the document's author.
  {
    key: "holocaust-memorial-day",
    kind: "campaign",
    deliveryNotNamed: true,
    organisation: "wales-safer-communities-network",
    titleEn: "Holocaust Memorial Day",
    descriptionEn:
      "An awareness day that, according to the Wales Safer Communities Network, public services promote and take part in to a greater or lesser degree. The response does not name its organiser.",
    themes: ["hate-crime", "interfaith-belief"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D001,
      quote: "Public services promote and get involved to a greater / lesser degree in: - Holocaust Memorial Day",
    },
  },
  {
    key: "refugee-week",
    kind: "campaign",
    deliveryNotNamed: true,
    organisation: "wales-safer-communities-network",
    titleEn: "Refugee Week",
    descriptionEn:
      "An awareness week that, according to the Wales Safer Communities Network, public services promote and take part in to a greater or lesser degree. The response does not name its organiser.",
    themes: ["asylum-refugee-migrant"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: { doc: D001, quote: "LGBT History Month - Refugee Week" },
  },
  {
    key: "asb-awareness-week",
    kind: "campaign",
    deliveryNotNamed: true,
    organisation: "wales-safer-communities-network",
    titleEn: "ASB Awareness Week",
    descriptionEn:
      "An anti-social behaviour awareness week that, according to the Wales Safer Communities Network, public services promote and take part in to a greater or lesser degree. The response does not name its organiser.",
    themes: ["youth-asb"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: { doc: D001, quote: "Hate Crime Awareness Week - ASB Awareness Week" },
  },
  {
    key: "community-safety-week",
    kind: "campaign",
    deliveryNotNamed: true,
    organisation: "wales-safer-communities-network",
    titleEn: "Community Safety Week",
    descriptionEn:
      "An awareness week that, according to the Wales Safer Communities Network, public services promote and take part in to a greater or lesser degree. The response does not name its organiser.",
    themes: ["tension-monitoring-safety"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: { doc: D001, quote: "ASB Awareness Week - Community Safety Week" },
  },
  {
    // The response links the training on GOV.UK but does not name who provides it.
    key: "prevent-awareness-training",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "uk-government",
    titleEn: "Prevent awareness training",
    descriptionEn:
      "Prevent training listed by the Wales Safer Communities Network among its links of possible interest: an awareness course for sectors with a statutory duty, a refresher course for those who have completed it, Prevent GOV.UK training and ACT Early for private businesses, and an explainer animation on what Prevent is and where to get help about radicalisation concerns. The response points to GOV.UK and does not name the body that provides the training.",
    themes: ["extremism-prevention"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D001,
      quote:
        "Prevent training for sectors with a statutory duty - Awareness course (Prevent the risk of people becoming terrorists or from supporting terrorism).",
    },
  },
  {
    key: "neurodivergence-wales-elearning",
    kind: "service",
    organisation: "national-neurodivergence-team",
    titleEn: "Neurodivergence Wales eLearning",
    descriptionEn:
      "eLearning on neurodivergence. The Wales Safer Communities Network points to it because neurodivergence is common among people who are exploited and among those who may be drawn to extreme views or conspiracy theories, and a better understanding may help people get support and feel less isolated.",
    themes: ["extremism-prevention"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D001,
      quote:
        "Helping to promote an understanding of Neurodivergence may assist people to get appropriate support and feel less isolated",
    },
  },
  {
    key: "when-no-ones-interested-in-us-report",
    kind: "research",
    organisation: "children-young-people-and-education-committee",
    titleEn: "'When no one's interested in us, the gangs take their chance'",
    descriptionEn:
      "A Children, Young People and Education Committee report on increased concern over the exploitation of children by gangs, listed by the Wales Safer Communities Network among its links of possible interest. The response gives no date for it.",
    themes: ["youth-asb", "schools-young-people"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: { doc: D001, quote: "‘When no one’s interested in us, the gangs take their chance’" },
  },

  // ── Welsh Government response (003) ──────────────────────────────────────────────────
  {
    key: "co-operation-over-conflict-report",
    kind: "research",
    organisation: "senedd-equality-and-social-justice-committee",
    titleEn: "Co-operation over conflict: Wales must Act",
    descriptionEn:
      "The report of the Senedd Equality and Social Justice Committee's 2025 Inquiry into Social Cohesion. It made four recommendations (an Expert Group on Social Cohesion, protecting community spaces through a Community Right to Buy, Welsh Government leadership on misinformation and disinformation, and tackling far-right activity) and four conclusions. The Welsh Government accepted all four recommendations in November 2025.",
    themes: ["tension-monitoring-safety", "misinformation-online-harm", "extremism-prevention"],
    area: { kind: "wales" },
    start: "2025-10-09",
    end: null,
    dateNote:
      "Published 'On 9 October'; the year is from the response's statement that the committee carried out its inquiry in 2025.",
    cite: {
      doc: D003,
      quote:
        "On 9 October the Committee published its report 'Co-operation over conflict: Wales must Act' making four recommendations for Welsh Government.",
    },
  },
  {
    key: "hate-hurts-wales",
    kind: "campaign",
    organisation: "welsh-government",
    titleEn: "Hate Hurts Wales",
    descriptionEn:
      "The Welsh Government's Hate Hurts Wales work, which has a page on GOV.WALES (listed by the Wales Safer Communities Network in February 2025). In a Hate Hurts Wales oral statement to the Senedd on 14 October, the minister reported immediate action to appoint a chair for the Expert Group on Social Cohesion.",
    themes: ["hate-crime"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D003,
      quote: "In my Hate Hurts Wales oral statement on 14 October I updated the Senedd on my immediate action",
    },
  },
  {
    key: "draft-cohesion-principles",
    kind: "policy",
    organisation: "welsh-government",
    titleEn: "Draft cohesion principles",
    descriptionEn:
      "Cohesion principles the Welsh Government has been developing with the regional cohesion teams, in answer to the Senedd committee's call for a national overarching social cohesion guiding principles document. In the short term the Expert Group on Social Cohesion is to review and advise on the draft.",
    themes: ["tension-monitoring-safety"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D003,
      quote:
        "review and advise on the draft cohesion principles which the Welsh Government has been developing in conjunction with Regional Cohesion teams",
    },
  },
  {
    key: "community-right-to-buy",
    kind: "policy",
    organisation: "welsh-government",
    titleEn: "Community Right to Buy",
    descriptionEn:
      "The Welsh Government has committed to exploring a Community Right to Buy to protect community spaces. A Bill is being prepared for consideration in the next Senedd term, informed by the Community Assets Commission's recommendations, UK developments, the Senedd committee's recommendation and the Future Generations Report 2025.",
    themes: ["community-spaces"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: { doc: D003, quote: "Welsh Government has committed to exploring a Community Right to Buy." },
  },
  {
    key: "hatelab-dashboard-online-monitoring",
    kind: "research",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Online monitoring of misinformation (HateLab Dashboard recommendation)",
    descriptionEn:
      "The Senedd committee recommended that the Welsh Government commission the HateLab Dashboard or a similar monitoring service to highlight flashpoints or concerns needing action. The Welsh Government accepted and is exploring whether an online monitoring system could improve its response; any system must meet data protection and procurement obligations and give value for money, and its cost is currently unknown. Nothing had been commissioned in November 2025 and no provider is named.",
    themes: ["misinformation-online-harm", "tension-monitoring-safety"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D003,
      quote:
        "commissioning the HateLab Dashboard or a similar monitoring service to highlight flashpoints or concerns which require action and resources",
    },
  },
  {
    key: "misinformation-partnership-working",
    kind: "network",
    organisation: "welsh-government",
    titleEn: "Partnership work on misinformation and disinformation",
    descriptionEn:
      "The Welsh Government's collaborative work with Ofcom, local authorities, the third sector and others to identify and address misinformation and disinformation, including sharing good practice with communications teams and co-producing resources.",
    themes: ["misinformation-online-harm"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D003,
      quote:
        "We will continue our collaborative work with Ofcom, local authorities, the third sector and others, to identify and appropriately address misinformation and disinformation.",
    },
  },
  {
    key: "home-office-asylum-claims-response-trial",
    kind: "programme",
    organisation: "home-office",
    titleEn: "Trial of more timely Home Office responses to claims about asylum",
    descriptionEn:
      "A trial, with partners in Wales, of more timely Home Office responses to claims relating to asylum in communities, part of efforts to improve communication with the public on asylum accommodation and counter misinformation. The partners in Wales are not named.",
    themes: ["asylum-refugee-migrant", "misinformation-online-harm"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D003,
      quote: "working with the Home Office to trial more timely Home Office responses to claims relating to asylum in our communities",
    },
  },
  {
    key: "transforming-towns",
    kind: "programme",
    organisation: "welsh-government",
    titleEn: "Transforming Towns fund",
    descriptionEn:
      "A Welsh Government scheme through which it invests in communities and towns across Wales, named in its response on the UK Government's plans for communities and towns.",
    themes: ["community-spaces"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D003,
      quote:
        "We are already investing in communities and towns across Wales through schemes including our Transforming Towns fund and Civic Pride.",
    },
  },
  {
    key: "civic-pride",
    kind: "programme",
    organisation: "welsh-government",
    titleEn: "Civic Pride",
    descriptionEn:
      "A Welsh Government scheme through which it invests in communities and towns across Wales, named with the Transforming Towns fund in its response on the UK Government's plans for communities and towns.",
    themes: ["community-spaces"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D003,
      quote:
        "We are already investing in communities and towns across Wales through schemes including our Transforming Towns fund and Civic Pride.",
    },
  },
  {
    key: "pride-in-place",
    kind: "programme",
    organisation: "uk-government",
    titleEn: "Pride in Place",
    descriptionEn:
      "A UK Government scheme of direct spending in communities. The Welsh Government says it has not agreed to direct UK Government spending in a devolved area such as through Pride in Place, and will work with local government so the UK Government's plans do not duplicate or conflict with devolved provision. The response does not say where in Wales it applies.",
    themes: ["community-spaces"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D003,
      quote: "have not agreed to direct spending by the UK Government in a devolved area, such as through Pride in Place",
    },
  },
  {
    key: "depolarisation-projects",
    kind: "programme",
    organisation: "welsh-government",
    titleEn: "Depolarisation projects",
    descriptionEn:
      "Welsh Government funding, from the cohesion budget, for depolarisation projects that tackle fractured community cohesion after disturbances and act as a preventative measure where lower social connectedness has been perceived. Two projects had recently been funded in November 2025 (one is Healing the Divide in Llanelli) and will be evaluated to inform decisions in the next Senedd term; scope for future projects has been factored into the 2026-27 budget.",
    themes: ["extremism-prevention", "tension-monitoring-safety"],
    area: { kind: "wales" },
    start: null,
    end: null,
    cite: {
      doc: D003,
      quote:
        "We have recently awarded funding to two depolarisation projects across Wales, which will be evaluated to inform decisions in the next Senedd term.",
    },
  },
  {
    key: "second-depolarisation-project",
    kind: "service",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Second Welsh Government-funded depolarisation project (not named)",
    descriptionEn:
      "The second of the two depolarisation projects the Welsh Government says it recently funded from the cohesion budget; the other is Healing the Divide in Llanelli. The response does not name this project, its delivering body or where it runs; the Welsh Government is recorded as its funder.",
    themes: ["extremism-prevention", "tension-monitoring-safety"],
    area: { kind: "unstated" },
    start: null,
    end: null,
    cite: {
      doc: D003,
      quote:
        "Depolarisation projects are intended to both tackle fractured community cohesion following disturbances, and also as a preventative measure",
    },
  },
  {
    key: "innovating-democracy-advisory-group",
    kind: "network",
    deliveryNotNamed: true,
    organisation: "welsh-government",
    titleEn: "Innovating Democracy Advisory Group",
    descriptionEn:
      "Established in response to recommendations from the Independent Commission on the Constitutional Future of Wales to give expert advice on strengthening democratic participation and creating opportunities for democratic innovation. Its members include leaders in democracy, community engagement and policy development. The response, from the Welsh Government, does not say who convenes it.",
    themes: ["third-sector-capacity"],
    area: { kind: "wales" },
    start: "2025-05",
    end: null,
    dateNote:
      "Start is its first meeting, 'in May'; the response (November 2025) says it was established 'earlier this year', so the year is 2025.",
    cite: {
      doc: D003,
      quote:
        "The Innovating Democracy Advisory Group was established earlier this year in response to a set of recommendations from the Independent Commission on the Constitutional Future of Wales.",
    },
  },
];
