/**
 * What the listing forms accept in names, titles, web addresses and contact emails: websites
 * are stored normalised (`new URL(v).href`, http and https only), names and titles refuse
 * bidirectional and other invisible formatting characters, and a contact email cannot carry
 * anything that would add parameters or headers to a `mailto:` link.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AwardInputSchema, OrganisationInputSchema, ProjectInputSchema } from "../../../app/listing/form-schemas";
import { mailtoHref } from "../../../app/platform/form-fields";
import { errorsOf, valueOf } from "../../helpers";


const organisation = { nameEn: "Alpha Trust", kind: "charity", descriptionEn: "A charity running a youth club." };
const project = { titleEn: "Forum", descriptionEn: "A forum.", themes: "hate-crime", areaKind: "wales", startPrecision: "unknown", endPrecision: "unknown" };
const award = { funderSlug: "welsh-government", programmeEn: "Community Cohesion", amountPounds: "1,000" };

/** Every bidirectional control the forms refuse, by code point. */
const BIDI = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c].map((c) => String.fromCodePoint(c));
/** Other invisible formatting characters: zero-width space, joiner and non-joiner, word joiner, soft hyphen, a tag character. */
const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u{e0041}"];

describe("websites on the organisation form", () => {
  it("are stored as the URL's normal form (new URL(v).href)", () => {
    const cases: [string, string][] = [
      ["HTTPS://Alpha.Example.ORG", "https://alpha.example.org/"],
      ["https://alpha.example.org", "https://alpha.example.org/"],
      ["http://alpha.example.org:80/a/../about", "http://alpha.example.org/about"],
      ["https://alpha.example.org/about", "https://alpha.example.org/about"],
      ["https://ŵyl.example.cymru/tŷ", "https://xn--yl-9ua.example.cymru/t%C5%B7"],
    ];
    for (const [input, stored] of cases) {
      expect(valueOf(OrganisationInputSchema, { ...organisation, website: input }).website, input).toBe(stored);
    }
  });

  it("stay valid, and the same, when a stored record is checked again", () => {
    const stored = valueOf(OrganisationInputSchema, { ...organisation, website: "HTTPS://Alpha.Example.ORG/a/./b" });
    expect(valueOf(OrganisationInputSchema, stored).website).toBe(stored.website);
  });

  it("refuse every scheme but http and https with form.badUrl", () => {
    for (const bad of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/plain,hello", "vbscript:msgbox", "ftp://alpha.example.org", "file:///etc/passwd", "//alpha.example.org"]) {
      expect(errorsOf(OrganisationInputSchema, { ...organisation, website: bad }), bad).toEqual({ website: ["form.badUrl"] });
    }
  });

  it("refuse an address whose normal form is longer than the field allows", () => {
    // 100 "ŵ" are 100 characters typed but 600 once percent-encoded.
    expect(errorsOf(OrganisationInputSchema, { ...organisation, website: `https://example.org/${"ŵ".repeat(100)}` })).toEqual({ website: ["form.tooLong"] });
  });
});

describe("names and titles", () => {
  const NAMED: [string, z.ZodTypeAny, Record<string, unknown>, string][] = [
    ["organisation name (English)", OrganisationInputSchema, organisation, "nameEn"],
    ["organisation name (Welsh)", OrganisationInputSchema, organisation, "nameCy"],
    ["project title (English)", ProjectInputSchema, project, "titleEn"],
    ["project title (Welsh)", ProjectInputSchema, project, "titleCy"],
    ["programme (English)", AwardInputSchema, award, "programmeEn"],
    ["programme (Welsh)", AwardInputSchema, award, "programmeCy"],
    ["new funder's name", AwardInputSchema, { ...award, funderSlug: "", newFunderKind: "welsh-government" }, "newFunderName"],
  ];

  it("refuse right-to-left overrides and every other bidirectional control with form.invisibleChars", () => {
    for (const [what, schema, good, field] of NAMED) {
      for (const c of BIDI) {
        const name = `Alpha ${c}tsurT`;
        expect(errorsOf(schema, { ...good, [field]: name }), `${what} with U+${c.codePointAt(0)!.toString(16)}`).toEqual({ [field]: ["form.invisibleChars"] });
      }
    }
  });

  it("refuse zero-width and other invisible formatting characters with form.invisibleChars", () => {
    for (const [what, schema, good, field] of NAMED) {
      for (const c of INVISIBLE) {
        expect(errorsOf(schema, { ...good, [field]: `Alpha${c}Trust` }), `${what} with U+${c.codePointAt(0)!.toString(16)}`).toEqual({ [field]: ["form.invisibleChars"] });
      }
    }
  });

  it("keep Welsh, accented and right-to-left letters themselves (control)", () => {
    expect(valueOf(OrganisationInputSchema, { ...organisation, nameEn: "Cymdeithas Gŵyr", nameCy: "جمعية اللاجئين" })).toMatchObject({ nameEn: "Cymdeithas Gŵyr", nameCy: "جمعية اللاجئين" });
  });
});

describe("contact emails on the organisation form", () => {
  it("refuse anything that would add parameters or headers to a mailto: link, with form.badEmail", () => {
    const bad = [
      "info?cc=everyone@example.org",
      "info?subject=Hi@alpha.org",
      "a&b@alpha.org",
      "info%0Abcc:x@alpha.org",
      "info#x@alpha.org",
      "mailto:info@alpha.org",
      "info@alpha.org?bcc=x@evil.example",
      "info@alpha.org&cc=x",
      "info@alpha.org#x",
      "in fo@alpha.org",
    ];
    for (const email of bad) expect(errorsOf(OrganisationInputSchema, { ...organisation, email }), email).toEqual({ email: ["form.badEmail"] });
  });

  it("accept ordinary addresses, with plus, apostrophe, dots and hyphens (control)", () => {
    for (const email of ["info@alpha.org.uk", "o'brien@alpha.org", "first.last+wales@alpha-trust.org"]) {
      expect(valueOf(OrganisationInputSchema, { ...organisation, email }).email).toBe(email);
    }
  });
});

describe("mailtoHref", () => {
  it("writes a mailto: link whose address cannot open parameters, whatever is stored", () => {
    expect(mailtoHref("info@alpha.org")).toBe("mailto:info@alpha.org");
    expect(mailtoHref("first.last+wales@alpha.org")).toBe("mailto:first.last%2Bwales@alpha.org");
    const href = mailtoHref("info?bcc=x@evil.example&subject=y@alpha.org");
    expect(new URL(href).search).toBe("");
    expect(href).not.toMatch(/[?&#]/);
  });
});
