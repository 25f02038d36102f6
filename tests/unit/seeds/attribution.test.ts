/**
 * Attribution: a project's delivering body is one its document names, or the record says the
 * document names none ("delivering body not named"). Never a plausible guess.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSeedInput } from "../../../seeds/seed-input";

const text = (doc: string) => readFileSync(new URL(`../../../../shared/seeds/${doc}`, import.meta.url), "utf8").replace(/\s+/g, " ").toLowerCase();

/** How the documents spell bodies whose record carries a fuller or official name. */
const DOCUMENT_SPELLINGS: Record<string, string[]> = {
  "police-and-crime-commissioners-wales": ["Police and Crime Commissioners"],
  "community-safety-partnerships-wales": ["Community Safety Partnerships"],
  "dyfed-powys-police": ["Dyfed Powys Police", "Dyfed-Powys Police"],
  "local-authorities-in-wales": ["local authorities"],
  "caerphilly-county-borough-council": ["Caerphilly"],
  "blaenau-gwent-county-borough-council": ["Blaenau Gwent"],
};

describe("delivering bodies", () => {
  const input = buildSeedInput();
  const organisations = new Map(input.organisations.map((o) => [o.slug, o]));

  it("are named in each project's document, or the project says its document names none", () => {
    const unsupported = input.projects
      .filter((p) => !p.deliveryNotNamed)
      .filter((p) => {
        const o = organisations.get(p.organisation)!;
        const names = [o.nameEn.replace(/\s*\([^)]*\)/, ""), ...(o.nameEn.match(/\(([^)]+)\)/)?.slice(1) ?? []), ...(DOCUMENT_SPELLINGS[o.slug] ?? [])];
        return !names.some((n) => text(p.cite.doc).includes(n.toLowerCase()));
      })
      .map((p) => `${p.key} (${p.organisation})`);
    expect(unsupported).toEqual([]);
  });

  it("says so where no document names who runs the work", () => {
    const notNamed = new Set(input.projects.filter((p) => p.deliveryNotNamed).map((p) => p.key));
    for (const key of ["national-hate-crime-report-and-support-centre", "safer-streets-5-asb-wrexham", "safer-streets-asb-holywell-outreach", "serious-violence-fund-outreach", "all-wales-school-liaison-programme", "healing-the-divide-llanelli"]) {
      expect(notNamed.has(key), key).toBe(true);
    }
    expect(input.projects.find((p) => p.key === "serious-violence-fund-outreach")?.area).toEqual({ kind: "unstated" });
  });
});
