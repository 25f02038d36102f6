/**
 * Welsh place names after prepositions take their mutation: "yng Nghaerdydd", "o Bowys". The table
 * covers every authority's Welsh name, and the Welsh pages use it through the catalogue.
 */
import { describe, expect, it } from "vitest";
import { tFor } from "../../../app/i18n";
import { MUTATED_NAMES, withPreposition } from "../../../app/i18n/mutations";
import { WALES_AUTHORITIES } from "../../../geo/authorities";

/** Written out by hand, one line per authority: Welsh name, after "yn", after "o". */
const EXPECTED: [string, string, string][] = [
  ["Ynys Môn", "yn Ynys Môn", "o Ynys Môn"],
  ["Gwynedd", "yng Ngwynedd", "o Wynedd"],
  ["Conwy", "yng Nghonwy", "o Gonwy"],
  ["Sir Ddinbych", "yn Sir Ddinbych", "o Sir Ddinbych"],
  ["Sir y Fflint", "yn Sir y Fflint", "o Sir y Fflint"],
  ["Wrecsam", "yn Wrecsam", "o Wrecsam"],
  ["Ceredigion", "yng Ngheredigion", "o Geredigion"],
  ["Sir Benfro", "yn Sir Benfro", "o Sir Benfro"],
  ["Sir Gaerfyrddin", "yn Sir Gaerfyrddin", "o Sir Gaerfyrddin"],
  ["Abertawe", "yn Abertawe", "o Abertawe"],
  ["Castell-nedd Port Talbot", "yng Nghastell-nedd Port Talbot", "o Gastell-nedd Port Talbot"],
  ["Pen-y-bont ar Ogwr", "ym Mhen-y-bont ar Ogwr", "o Ben-y-bont ar Ogwr"],
  ["Bro Morgannwg", "ym Mro Morgannwg", "o Fro Morgannwg"],
  ["Caerdydd", "yng Nghaerdydd", "o Gaerdydd"],
  ["Rhondda Cynon Taf", "yn Rhondda Cynon Taf", "o Rondda Cynon Taf"],
  ["Caerffili", "yng Nghaerffili", "o Gaerffili"],
  ["Blaenau Gwent", "ym Mlaenau Gwent", "o Flaenau Gwent"],
  ["Torfaen", "yn Nhorfaen", "o Dorfaen"],
  ["Sir Fynwy", "yn Sir Fynwy", "o Sir Fynwy"],
  ["Casnewydd", "yng Nghasnewydd", "o Gasnewydd"],
  ["Powys", "ym Mhowys", "o Bowys"],
  ["Merthyr Tudful", "ym Merthyr Tudful", "o Ferthyr Tudful"],
];

describe("withPreposition", () => {
  it("knows every authority's Welsh name", () => {
    expect([...MUTATED_NAMES].sort()).toEqual(WALES_AUTHORITIES.map((a) => a.name_cy).sort());
  });

  it.each(EXPECTED)("%s → %s, %s", (name, yn, o) => {
    expect(withPreposition("yn", name)).toBe(yn);
    expect(withPreposition("o", name)).toBe(o);
    expect(withPreposition("i", name)).toBe(o.replace(/^o /, "i "));
  });

  it("leaves a name it does not know as it is", () => {
    expect(withPreposition("yn", "Cardiff")).toBe("yn Cardiff");
    expect(withPreposition("o", "Llanidloes")).toBe("o Llanidloes");
  });
});

describe("the Welsh catalogue", () => {
  it("mutates an authority's name after a preposition, and the English is untouched", () => {
    expect(tFor("cy")("authority.gapMap", { name: "Powys", theme: "Troseddau casineb" })).toBe("Ardaloedd o Bowys y tu hwnt i gyrraedd — Troseddau casineb");
    expect(tFor("cy")("authority.coverageCaption", { name: "Bro Morgannwg", date: "1 Rhagfyr 2026" })).toMatch(/^Faint o Fro Morgannwg y mae/);
    expect(tFor("en")("authority.gapMap", { name: "Powys", theme: "Hate crime" })).toBe("Areas of Powys out of reach — Hate crime");
  });
});
