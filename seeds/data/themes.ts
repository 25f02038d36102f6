import type { ThemeId } from "../types";

/**
 * The fixed theme taxonomy, drawn from the problems the seed documents name
 * (hate crime, asylum dispersal, misinformation, youth ASB, Gypsy and Traveller
 * communities, modern slavery, community spaces, schools, tension monitoring, Prevent,
 * interfaith work, LGBTQ+ inclusion and third-sector capacity).
 */
export const THEMES: { id: ThemeId; nameEn: string; nameCy: string }[] = [
  { id: "hate-crime", nameEn: "Hate crime and reporting", nameCy: "Troseddau casineb ac adrodd amdanynt" },
  { id: "asylum-refugee-migrant", nameEn: "Asylum, refugee and migrant support", nameCy: "Cymorth i geiswyr lloches, ffoaduriaid ac ymfudwyr" },
  { id: "misinformation-online-harm", nameEn: "Misinformation and online harm", nameCy: "Camwybodaeth a niwed ar-lein" },
  { id: "youth-asb", nameEn: "Youth and anti-social behaviour", nameCy: "Pobl ifanc ac ymddygiad gwrthgymdeithasol" },
  { id: "gypsy-roma-traveller", nameEn: "Gypsy, Roma and Traveller communities", nameCy: "Cymunedau Sipsiwn, Roma a Theithwyr" },
  { id: "modern-slavery", nameEn: "Modern slavery", nameCy: "Caethwasiaeth fodern" },
  { id: "community-spaces", nameEn: "Community spaces and contact", nameCy: "Mannau cymunedol a chyswllt" },
  { id: "schools-young-people", nameEn: "Schools and young people", nameCy: "Ysgolion a phobl ifanc" },
  { id: "tension-monitoring-safety", nameEn: "Tension monitoring and community safety", nameCy: "Monitro tensiynau a diogelwch cymunedol" },
  { id: "extremism-prevention", nameEn: "Extremism prevention", nameCy: "Atal eithafiaeth" },
  { id: "interfaith-belief", nameEn: "Interfaith and belief", nameCy: "Rhyng-ffydd a chred" },
  { id: "lgbtq-inclusion", nameEn: "LGBTQ+ inclusion", nameCy: "Cynhwysiant LHDTC+" },
  { id: "third-sector-capacity", nameEn: "Capacity building for the third sector", nameCy: "Meithrin gallu'r trydydd sector" },
];
