/**
 * What the documents name but the directory deliberately leaves out, with the reason: the list of
 * what is missing is explicit, every item on it really is in its document, and none of them has
 * crept into the seed.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { D000, D001, D002, D003, D004 } from "../../../seeds/data/refs";
import { buildSeedInput } from "../../../seeds/seed-input";

const text = (doc: string) => readFileSync(new URL(`../../../../shared/seeds/${doc}`, import.meta.url), "utf8").replace(/\s+/g, " ");

/** [document, the words it uses, why it is left out]. */
export const OMISSIONS: [doc: string, named: string, reason: string][] = [
  [D001, "Walsall for All", "an English example cited for comparison, not Welsh provision (practice notes, not the directory)"],
  [D003, "Oldham", "an English example cited for comparison, not Welsh provision"],
  [D002, "Derby", "an English City of Sanctuary example cited for comparison"],
  [D002, "Norwich", "an English City of Sanctuary example cited for comparison"],
  [D002, "Voice of Wales", "a group named for attacking City of Sanctuary: not cohesion provision"],
  [D000, "Sarah Khan", "an English review cited for comparison"],
  [D004, "Housing (Wales) Act 2014", "legislation, not a service, programme or network"],
  [D004, "Modern Slavery Act 2015", "legislation, not a service, programme or network"],
  [D004, "Wylfa Newydd", "a large economic project named as a source of tension, not cohesion provision"],
  [D004, "Tidal Lagoon", "a large economic project named as a source of tension, not cohesion provision"],
  [D004, "Local Health Board", "a generic body named in passing, with no cohesion work stated"],
  [D003, "Socio-economic Duty", "a statutory duty with no cohesion service attached"],
  [D003, "Inter-Ministerial Group", "urged, not yet held: a proposal, not something that exists"],
];

describe("deliberate omissions", () => {
  const seed = buildSeedInput();
  const names = [...seed.organisations.map((o) => o.nameEn), ...seed.projects.map((p) => p.titleEn)].map((n) => n.toLowerCase());

  it.each(OMISSIONS)("%s names “%s”, which is left out: %s", (doc, named) => {
    expect(text(doc)).toContain(named);
    expect(names.filter((n) => n.includes(named.toLowerCase()))).toEqual([]);
  });
});
