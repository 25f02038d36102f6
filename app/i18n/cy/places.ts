import type { Catalogue } from "../types";

/** Welsh strings (Cymraeg) for the place search and the point picker's map. */
export const places: Pick<Catalogue, "places"> = {
  places: {
    label: "Chwilio am le",
    hint: "Tref, pentref, ward neu gymuned, yn Gymraeg neu yn Saesneg. Mae dewis un yn gosod y lledred a'r hydred.",
    find: "Dod o hyd i le",
    searching: "Wrthi'n chwilio…",
    typeFirst: "Teipiwch enw lle yn gyntaf.",
    found_one: "{{count}} lle wedi'i ganfod",
    found_other: "{{count}} o leoedd wedi'u canfod",
    none: "Dim lle wedi'i ganfod",
    failed: "Ni weithiodd y chwilio. Rhowch gynnig arall arni.",
    results: "Lleoedd a ganfuwyd",
    ward: "ward etholiadol",
    pointSet: "Pwynt wedi'i osod: {{name}}.",
    radiusNext: "Nesaf, rhowch radiws mewn km.",
    summaryPoint: "Pwynt: {{latitude}}, {{longitude}}",
    summaryRadius: "radiws {{radius}} km",
    summaryNoRadius: "dim radiws eto",
    summaryPlaces: "lleoedd o fewn cyrraedd: {{names}}",
    summaryNoPlaces: "dim un o'r lleoedd rhestredig o fewn cyrraedd",
    noPoint: "Dim pwynt wedi'i osod eto: chwiliwch am le, cliciwch ar y map neu teipiwch ledred a hydred.",
    errors: {
      badNear: "rhowch hydred a lledred mewn graddau, fel near=-4.08,52.41.",
      badRadius: "rhowch radiws mewn km o 0 i 300.",
    },
  },
};
