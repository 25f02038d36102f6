/** Where each authority fact comes from: shared/reference/SOURCES.md, copied field by field. */
export const AUTHORITY_FIELD_SOURCES: { field: string; source: string; quality: string }[] = [
  { field: "gss_code", source: "ONS Local Authority Districts 2013 boundary file (GSS codes W06000001–W06000024; W06000007 and W06000017 do not exist)", quality: "verified" },
  { field: "name_en", source: "ONS Local Authority Districts 2013 boundary file", quality: "verified" },
  { field: "name_cy", source: "ONS LAD13NMW names; \"Ynys Môn\" given its circumflex", quality: "verified" },
  { field: "iso_3166_2", source: "ISO 3166-2:GB (Debian iso-codes list)", quality: "verified" },
  { field: "population_2021", source: "StatsWales, Census 2021 table TS009, usual residents (the 22 add up to 3,107,489)", quality: "verified" },
  { field: "land_area_km2", source: "ONS land area, rounded to whole km² (secondary copy)", quality: "secondary, within ~0.5% of an area computed from ONS boundaries" },
  { field: "rural_wlga", source: "WLGA Rural Forum's nine \"predominantly rural\" authorities (WISERD, A Rural Vision for Wales: the Evidence Report, 2021). There is no official ONS rural/urban class for Welsh local authorities", quality: "verified" },
  { field: "police_force", source: "Police Act 1996, Schedule 1; PFA codes W15000001–W15000004", quality: "verified" },
  { field: "region", source: "The eight regional community cohesion areas as the seed documents name them (2015 report and the 2025 Wales Safer Communities Network response); North West Wales is inferred — see each authority's own note", quality: "see each authority" },
  { field: "historic_dispersal_area", source: "WLGA: Cardiff, Newport, Swansea and Wrexham were the four designated dispersal areas (3,219 people supported, Feb 2020). Since 2023 every authority is expected to take part (\"full dispersal\")", quality: "verified" },
];
