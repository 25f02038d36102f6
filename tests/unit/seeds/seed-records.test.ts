import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AWARDS } from "../../../seeds/data/awards";
import { DOCUMENTS } from "../../../seeds/data/documents";
import { FUNDERS } from "../../../seeds/data/funders";
import { buildSeedInput } from "../../../seeds/seed-input";
import type { Citation, SeedArea } from "../../../seeds/types";

// Every record the seed loads: the first pass (organisations.ts, projects.ts) and the further records (more-*.ts).
const { organisations: ORGANISATIONS, projects: PROJECTS, practice: PRACTICE = [] } = buildSeedInput();

const SEEDS_DIR = new URL("../../../../shared/seeds/", import.meta.url);
const REFERENCE = new URL("../../../../shared/reference/wales-authorities.json", import.meta.url);

interface AuthorityRef {
  gss_code: string;
  cohesion_region: string | null;
}
const AUTHORITIES: AuthorityRef[] = JSON.parse(readFileSync(REFERENCE, "utf8"));
const GSS_CODES = new Set(AUTHORITIES.map((a) => a.gss_code));

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A document's text as a reader sees it: markdown links reduced to their text, `**` and `*`
 * emphasis removed, and every run of whitespace collapsed to one space.
 */
function readable(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/\*/g, "")
    .replace(/\s+/g, " ");
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const DOC_TEXT = new Map(DOCUMENTS.map((d) => [d.id, readable(readFileSync(new URL(d.id, SEEDS_DIR), "utf8"))]));

const CITATIONS: { what: string; cite: Citation }[] = [
  ...FUNDERS.map((f) => ({ what: `funder ${f.slug}`, cite: f.cite })),
  ...ORGANISATIONS.map((o) => ({ what: `organisation ${o.slug}`, cite: o.cite })),
  ...PROJECTS.map((p) => ({ what: `project ${p.key}`, cite: p.cite })),
  ...PRACTICE.map((n) => ({ what: `practice note ${n.key}`, cite: n.cite })),
  ...[...ORGANISATIONS, ...PROJECTS].flatMap((r) => (r.alsoNamedIn ?? []).map((cite) => ({ what: `also named: ${"slug" in r ? r.slug : r.key}`, cite }))),
  ...AWARDS.map((a) => ({ what: `award ${a.key}`, cite: a.cite })),
];

const DATED: { what: string; start: string | null; end: string | null }[] = [
  ...PROJECTS.map((p) => ({ what: `project ${p.key}`, start: p.start, end: p.end })),
  ...AWARDS.map((a) => ({ what: `award ${a.key}`, start: a.start, end: a.end })),
];

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** True when `end` cannot fall before `start`, comparing at the coarser of the two precisions. */
function endNotBeforeStart(start: string, end: string): boolean {
  const n = Math.min(start.length, end.length);
  return end.slice(0, n) >= start.slice(0, n);
}

function gssOf(area: SeedArea): string[] {
  return area.kind === "authorities" ? area.gss : [];
}

function regionGss(region: string): string[] {
  return AUTHORITIES.filter((a) => a.cohesion_region === region)
    .map((a) => a.gss_code)
    .sort();
}

describe("seed documents", () => {
  it("lists the five source documents, each with a file in shared/seeds", () => {
    expect(DOCUMENTS).toHaveLength(5);
    for (const d of DOCUMENTS) expect(DOC_TEXT.get(d.id)?.length, d.id).toBeGreaterThan(1000);
  });

  it("dates each document as a partial date, never a day the document does not state", () => {
    const byId = new Map(DOCUMENTS.map((d) => [d.id, d.date]));
    for (const d of DOCUMENTS) expect(d.date, d.id).toMatch(PARTIAL_DATE);
    expect(byId.get("001_d4a37cc3216fc7af.txt")).toBe("2025-02-27");
    expect(byId.get("003_affd3d4966af372c.txt")).toBe("2025-11");
    expect(byId.get("004_72acc01d0cdab8b0.txt")).toBe("2015");
    // WSMP's evidence gives only the call's closing date, which is not its own date.
    expect(byId.get("000_60b63831518867f6.txt")).not.toBe("2025-02-14");
  });
});

describe("seed citations", () => {
  it("cite only the five seed documents", () => {
    const ids = new Set(DOCUMENTS.map((d) => d.id));
    for (const { what, cite } of CITATIONS) expect(ids.has(cite.doc), `${what} cites ${cite.doc}`).toBe(true);
  });

  it("quote at least 20 characters and at most one sentence's worth", () => {
    for (const { what, cite } of CITATIONS) {
      expect(collapse(cite.quote).length, what).toBeGreaterThanOrEqual(20);
      expect(collapse(cite.quote).length, what).toBeLessThanOrEqual(220);
    }
  });

  it("quote their document verbatim once markdown emphasis and links are removed", () => {
    const missing = CITATIONS.filter(({ cite }) => !DOC_TEXT.get(cite.doc)?.includes(collapse(cite.quote))).map(
      ({ what, cite }) => `${what}: "${cite.quote}"`,
    );
    expect(missing).toEqual([]);
  });
});

describe("seed keys and references", () => {
  it("give every organisation, funder, project and award a unique kebab-case key", () => {
    const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
    const sets = {
      organisations: ORGANISATIONS.map((o) => o.slug),
      funders: FUNDERS.map((f) => f.slug),
      projects: PROJECTS.map((p) => p.key),
      awards: AWARDS.map((a) => a.key),
    };
    for (const [name, keys] of Object.entries(sets)) {
      expect(duplicates(keys), name).toEqual([]);
      for (const k of keys) expect(k, name).toMatch(kebab);
    }
  });

  it("attach every project to an organisation that exists", () => {
    const slugs = new Set(ORGANISATIONS.map((o) => o.slug));
    for (const p of PROJECTS) expect(slugs.has(p.organisation), `${p.key} → ${p.organisation}`).toBe(true);
  });

  it("give every award an existing funder and an existing project or organisation", () => {
    const funders = new Set(FUNDERS.map((f) => f.slug));
    const projects = new Set(PROJECTS.map((p) => p.key));
    const organisations = new Set(ORGANISATIONS.map((o) => o.slug));
    for (const a of AWARDS) {
      expect(funders.has(a.funder), `${a.key} → funder ${a.funder}`).toBe(true);
      expect(a.project !== undefined || a.organisation !== undefined, `${a.key} funds nothing`).toBe(true);
      if (a.project !== undefined) expect(projects.has(a.project), `${a.key} → project ${a.project}`).toBe(true);
      if (a.organisation !== undefined) {
        expect(organisations.has(a.organisation), `${a.key} → organisation ${a.organisation}`).toBe(true);
      }
    }
  });
});

describe("seed places", () => {
  it("use only the GSS codes of the 22 Welsh authorities in the reference file", () => {
    expect(GSS_CODES.size).toBe(22);
    const used = [
      ...ORGANISATIONS.flatMap((o) => (o.homeGss ? [o.homeGss] : [])),
      ...PROJECTS.flatMap((p) => gssOf(p.area)),
    ];
    expect(used.filter((g) => !GSS_CODES.has(g))).toEqual([]);
  });

  it("never invent a point and radius for a project", () => {
    for (const p of PROJECTS) expect(p.area.kind, p.key).not.toBe("point");
    for (const p of PROJECTS) if (p.area.kind === "authorities") expect(p.area.gss.length, p.key).toBeGreaterThan(0);
  });

  it("map each of the eight regional community cohesion teams onto its region's authorities", () => {
    const teams: [string, string][] = [
      ["north-west-wales-community-cohesion-team", "North West Wales"],
      ["north-east-wales-community-cohesion-team", "North East Wales"],
      ["mid-and-west-wales-community-cohesion-team", "Mid and West Wales"],
      ["western-bay-community-cohesion-team", "Western Bay"],
      ["cardiff-and-vale-community-cohesion-team", "Cardiff and Vale"],
      ["cwm-taf-community-cohesion-team", "Cwm Taf"],
      ["gwent-west-community-cohesion-team", "Gwent West"],
      ["gwent-east-community-cohesion-team", "Gwent East"],
    ];
    const covered = new Set<string>();
    for (const [key, region] of teams) {
      const team = PROJECTS.find((p) => p.key === key);
      expect(team, key).toBeDefined();
      const gss = gssOf(team!.area).slice().sort();
      expect(gss, key).toEqual(regionGss(region));
      gss.forEach((g) => covered.add(g));
    }
    expect(covered.size).toBe(22);
  });
});

describe("seed dates and amounts", () => {
  it("write every date as a partial ISO date", () => {
    for (const { what, start, end } of DATED) {
      if (start !== null) expect(start, what).toMatch(PARTIAL_DATE);
      if (end !== null) expect(end, what).toMatch(PARTIAL_DATE);
    }
  });

  it("never end anything before it starts", () => {
    for (const { what, start, end } of DATED) {
      if (start !== null && end !== null) expect(endNotBeforeStart(start, end), `${what}: ${start} → ${end}`).toBe(true);
    }
  });

  it("give amounts as whole pence with a period, and no period without an amount", () => {
    for (const a of AWARDS) {
      if (a.amountPence === null) {
        expect(a.amountPeriod, a.key).toBeUndefined();
      } else {
        expect(Number.isInteger(a.amountPence) && a.amountPence > 0, a.key).toBe(true);
        expect(a.amountPeriod, a.key).toBeDefined();
      }
    }
  });

  it("records the Community Cohesion Programme at about £1.63m a year, funded to March 2029", () => {
    const award = AWARDS.find((a) => a.key === "welsh-government-community-cohesion-programme")!;
    expect(award).toMatchObject({ funder: "welsh-government", amountPence: 163000000, amountPeriod: "per-year", end: "2029-03" });
    expect(award.dateNote).toMatch(/approximately/i);
    expect(PROJECTS.find((p) => p.key === "community-cohesion-programme")?.end).toBe("2029-03");
  });

  it("derives the Multi Cultural Hub's funding end as during 2025 and says so", () => {
    const award = AWARDS.find((a) => a.project === "north-east-wales-multi-cultural-hub")!;
    expect(award).toMatchObject({ funder: "welsh-government", start: "2022", end: "2025" });
    expect(award.dateNote).toMatch(/3 years from 2022/);
  });

  it("records the Democratic Engagement Grant as £400,000 a year from April 2025 to March 2028, with the derivation", () => {
    const award = AWARDS.find((a) => a.key === "welsh-government-democratic-engagement-grant")!;
    expect(award).toMatchObject({ amountPence: 40000000, amountPeriod: "per-year", start: "2025-04", end: "2028-03" });
    expect(award.dateNote).toMatch(/financial year/i);
  });

  it("ends the UK shared prosperity and levelling up funding in December 2024", () => {
    const award = AWARDS.find((a) => a.key === "uk-government-shared-prosperity-levelling-up")!;
    expect(award).toMatchObject({ funder: "uk-government", end: "2024-12" });
  });

  it("marks the All Wales School Liaison Programme as ended without inventing an end date", () => {
    const p = PROJECTS.find((x) => x.key === "all-wales-school-liaison-programme")!;
    expect(p).toMatchObject({ ended: true, end: null });
  });

  it("puts a note on every derived or partial date it had to reason about", () => {
    for (const key of ["healing-the-divide-llanelli", "expert-group-on-social-cohesion", "democratic-engagement-grant"]) {
      expect(PROJECTS.find((p) => p.key === key)?.dateNote, key).toBeTruthy();
    }
  });
});

describe("seed coverage", () => {
  it("includes the organisations the documents name", () => {
    const slugs = new Set(ORGANISATIONS.map((o) => o.slug));
    const required = [
      "wales-strategic-migration-partnership",
      "wales-safer-communities-network",
      "city-of-sanctuary",
      "swansea-city-of-sanctuary",
      "hay-brecon-and-talgarth-city-of-sanctuary",
      "north-east-wales-multi-cultural-hub",
      "bawso",
      "ethnic-minorities-and-youth-support-team-wales",
      "welsh-refugee-council",
      "victim-support-cymru",
      "show-racism-the-red-card",
      "save-the-children",
      "actif-north-wales",
      "croeso-llanelli",
      "hope-not-hate",
      "furnace-action-committee",
      "stonewall-cymru",
      "taking-flight-theatre-company",
      "wales-council-for-voluntary-action",
      "displaced-people-in-action",
      "brecon-wales-nepali-samaj-uk",
      "unity-in-2-the-community",
      "equality-carmarthenshire",
      "gwent-ethnic-minority-achievement-service",
      "wales-centre-for-public-policy",
      "welsh-government",
    ];
    expect(required.filter((s) => !slugs.has(s))).toEqual([]);
  });

  it("includes the projects and programmes the documents name", () => {
    const keys = new Set(PROJECTS.map((p) => p.key));
    const required = [
      "community-cohesion-programme",
      "schools-of-sanctuary-wales",
      "swansea-city-of-sanctuary-community-cohesion-project",
      "hay-brecon-and-talgarth-welcome-days",
      "north-east-wales-multi-cultural-hub",
      "healing-the-divide-llanelli",
      "democratic-engagement-grant",
      "safer-streets-5-asb-wrexham",
      "safer-streets-asb-holywell-outreach",
      "serious-violence-fund-outreach",
      "hong-kong-welcome-hub",
      "hong-kong-drop-in-centre-cardiff",
      "all-wales-school-liaison-programme",
      "travelling-ahead",
      "expert-group-on-social-cohesion",
      "communities-first",
      "victim-support-cymru-hate-crime-training",
      "national-hate-crime-report-and-support-centre",
    ];
    expect(required.filter((k) => !keys.has(k))).toEqual([]);
  });

  it("includes the funders the documents name, with the Welsh Government's Welsh name", () => {
    const slugs = new Set(FUNDERS.map((f) => f.slug));
    const required = [
      "welsh-government",
      "home-office",
      "uk-government",
      "national-lottery",
      "sport-wales",
      "police-and-crime-commissioners-wales",
      "wales-strategic-migration-partnership",
    ];
    expect(required.filter((s) => !slugs.has(s))).toEqual([]);
    expect(FUNDERS.find((f) => f.slug === "welsh-government")?.nameCy).toBe("Llywodraeth Cymru");
  });

  it("records the named funding links between funders and projects or organisations", () => {
    const link = (funder: string, target: string) =>
      AWARDS.some((a) => a.funder === funder && (a.project === target || a.organisation === target || (a.alsoTo ?? []).includes(target)));
    expect(link("welsh-government", "community-cohesion-programme")).toBe(true);
    expect(link("welsh-government", "healing-the-divide-llanelli")).toBe(true);
    expect(link("welsh-government", "bawso")).toBe(true);
    expect(link("welsh-government", "ethnic-minorities-and-youth-support-team-wales")).toBe(true);
    expect(link("welsh-government", "travelling-ahead")).toBe(true);
    expect(link("welsh-government", "swansea-city-of-sanctuary-community-cohesion-project")).toBe(true);
    expect(link("home-office", "safer-streets-5-asb-wrexham")).toBe(true);
    expect(link("home-office", "safer-streets-asb-holywell-outreach")).toBe(true);
    expect(link("home-office", "serious-violence-fund-outreach")).toBe(true);
    expect(link("wales-strategic-migration-partnership", "hong-kong-drop-in-centre-cardiff")).toBe(true);
    expect(link("sport-wales", "actif-north-wales")).toBe(true);
  });
});
