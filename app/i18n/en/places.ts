/** English strings for the place search and the point picker's map. Every key must exist in the Welsh catalogue. */
export const places = {
  places: {
    label: "Search for a place",
    hint: "A town, village, ward or community, in English or Welsh. Picking one sets the latitude and longitude.",
    find: "Find place",
    searching: "Searching…",
    typeFirst: "Type the name of a place first.",
    found_one: "{{count}} place found",
    found_other: "{{count}} places found",
    none: "No place found",
    failed: "The search did not work. Please try again.",
    results: "Places found",
    ward: "ward",
    pointSet: "Point set to {{name}}.",
    radiusNext: "Next, give a radius in km.",
    summaryPoint: "Point: {{latitude}}, {{longitude}}",
    summaryRadius: "radius {{radius}} km",
    summaryNoRadius: "no radius yet",
    summaryPlaces: "places within reach: {{names}}",
    summaryNoPlaces: "no listed place within reach",
    noPoint: "No point set yet: search for a place, click the map or type a latitude and longitude.",
    errors: {
      badNear: "give a longitude and a latitude in degrees, such as near=-4.08,52.41.",
      badRadius: "give a radius in km from 0 to 300.",
    },
  },
};
