/**
 * The eight regional community cohesion areas, named as the documents name them (the 2015 progress
 * report's "Mid-West", not the reference file's "Mid and West Wales", which no document uses).
 * `referenceName` is the name shared/reference/wales-authorities.json gives (field cohesion_region),
 * used only to place each authority in its region; the Welsh names are this project's translations.
 */
export const REGIONS: { id: string; nameEn: string; nameCy: string; referenceName?: string }[] = [
  { id: "north-west-wales", nameEn: "North West Wales", nameCy: "Gogledd-orllewin Cymru" },
  { id: "north-east-wales", nameEn: "North East Wales", nameCy: "Gogledd-ddwyrain Cymru" },
  { id: "mid-and-west-wales", nameEn: "Mid-West", nameCy: "Canolbarth-Gorllewin", referenceName: "Mid and West Wales" },
  { id: "western-bay", nameEn: "Western Bay", nameCy: "Bae'r Gorllewin" },
  { id: "cardiff-and-vale", nameEn: "Cardiff and Vale", nameCy: "Caerdydd a'r Fro" },
  { id: "cwm-taf", nameEn: "Cwm Taf", nameCy: "Cwm Taf" },
  { id: "gwent-west", nameEn: "Gwent West", nameCy: "Gorllewin Gwent" },
  { id: "gwent-east", nameEn: "Gwent East", nameCy: "Dwyrain Gwent" },
];
