/**
 * The eight regional community cohesion areas. Their English names are those used in
 * shared/reference/wales-authorities.json (field cohesion_region, with its own source per
 * authority); the Welsh names are this project's translations.
 */
export const REGIONS: { id: string; nameEn: string; nameCy: string }[] = [
  { id: "north-west-wales", nameEn: "North West Wales", nameCy: "Gogledd-orllewin Cymru" },
  { id: "north-east-wales", nameEn: "North East Wales", nameCy: "Gogledd-ddwyrain Cymru" },
  { id: "mid-and-west-wales", nameEn: "Mid and West Wales", nameCy: "Canolbarth a Gorllewin Cymru" },
  { id: "western-bay", nameEn: "Western Bay", nameCy: "Bae'r Gorllewin" },
  { id: "cardiff-and-vale", nameEn: "Cardiff and Vale", nameCy: "Caerdydd a'r Fro" },
  { id: "cwm-taf", nameEn: "Cwm Taf", nameCy: "Cwm Taf" },
  { id: "gwent-west", nameEn: "Gwent West", nameCy: "Gorllewin Gwent" },
  { id: "gwent-east", nameEn: "Gwent East", nameCy: "Dwyrain Gwent" },
];
