/**
 * Welsh initial mutations of the 22 authorities' Welsh names after the prepositions the site uses:
 * "yn" (in: nasal mutation, and "yn" itself becomes "ym"/"yng") and "o"/"i" (from, of / to: soft
 * mutation). A table, not rules: names beginning "Sir", vowels and "Rh" behave differently, and a
 * place name that is not in the table (an English name, a settlement) is left as it is.
 *
 * In the Welsh catalogue: `{{name, yn}}` → "yng Nghaerdydd", `{{name, o}}` → "o Bowys",
 * `{{name, i}}` → "i Gasnewydd" (registered as i18next formatters in `./index.ts`).
 */

/** Welsh name → [after "yn" (the whole phrase), soft-mutated name]. */
const TABLE: Record<string, readonly [string, string]> = {
  "Ynys Môn": ["yn Ynys Môn", "Ynys Môn"],
  Gwynedd: ["yng Ngwynedd", "Wynedd"],
  Conwy: ["yng Nghonwy", "Gonwy"],
  "Sir Ddinbych": ["yn Sir Ddinbych", "Sir Ddinbych"],
  "Sir y Fflint": ["yn Sir y Fflint", "Sir y Fflint"],
  Wrecsam: ["yn Wrecsam", "Wrecsam"],
  Ceredigion: ["yng Ngheredigion", "Geredigion"],
  "Sir Benfro": ["yn Sir Benfro", "Sir Benfro"],
  "Sir Gaerfyrddin": ["yn Sir Gaerfyrddin", "Sir Gaerfyrddin"],
  Abertawe: ["yn Abertawe", "Abertawe"],
  "Castell-nedd Port Talbot": ["yng Nghastell-nedd Port Talbot", "Gastell-nedd Port Talbot"],
  "Pen-y-bont ar Ogwr": ["ym Mhen-y-bont ar Ogwr", "Ben-y-bont ar Ogwr"],
  "Bro Morgannwg": ["ym Mro Morgannwg", "Fro Morgannwg"],
  Caerdydd: ["yng Nghaerdydd", "Gaerdydd"],
  "Rhondda Cynon Taf": ["yn Rhondda Cynon Taf", "Rondda Cynon Taf"],
  Caerffili: ["yng Nghaerffili", "Gaerffili"],
  "Blaenau Gwent": ["ym Mlaenau Gwent", "Flaenau Gwent"],
  Torfaen: ["yn Nhorfaen", "Dorfaen"],
  "Sir Fynwy": ["yn Sir Fynwy", "Sir Fynwy"],
  Casnewydd: ["yng Nghasnewydd", "Gasnewydd"],
  Powys: ["ym Mhowys", "Bowys"],
  "Merthyr Tudful": ["ym Merthyr Tudful", "Ferthyr Tudful"],
};

export type WelshPreposition = "yn" | "o" | "i";

/**
 * A preposition and a place name as Welsh writes them together.
 *
 * @example
 * withPreposition("yn", "Caerdydd") // "yng Nghaerdydd"
 * withPreposition("o", "Powys")     // "o Bowys"
 * withPreposition("yn", "Cardiff")  // "yn Cardiff" (not a Welsh name in the table: left as it is)
 */
export function withPreposition(preposition: WelshPreposition, name: string): string {
  const entry = TABLE[name];
  if (!entry) return `${preposition} ${name}`;
  return preposition === "yn" ? entry[0] : `${preposition} ${entry[1]}`;
}

/** The Welsh names the table knows (the 22 authorities). */
export const MUTATED_NAMES: readonly string[] = Object.keys(TABLE);
