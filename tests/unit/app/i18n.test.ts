import { describe, expect, it } from "vitest";
import { cy } from "../../../app/i18n/cy";
import { en } from "../../../app/i18n/en";
import { langFromSearch, localHref, pickText, tFor } from "../../../app/i18n";

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf of a catalogue as "a.b.c" → text. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const EN = flatten(en);
const CY = flatten(cy);

/** Strings that are rightly the same in both languages: names, formats and pure placeholders. */
const SAME_IN_BOTH = new Set([
  "nav.map", // "Map" is Welsh too
  "common.csv",
  "common.json",
  "common.geojson",
  "common.quote", // “{{quote}}”
  "authority.title", // {{name}}
  "authority.landAreaValue", // {{value}} km²
  "home.settlementTooltip", // {{name}} ({{population}}): {{distance}}
]);

/** The values a string interpolates; a Welsh "{{name, yn}}" (a mutation formatter, see app/i18n/mutations.ts) counts as "name". */
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*(?:,\s*(?:yn|o|i)\s*)?\}\}/g)].map((m) => m[1]).sort();

describe("the Welsh catalogue", () => {
  it("has exactly the same keys as the English one", () => {
    expect([...CY.keys()].sort()).toEqual([...EN.keys()].sort());
  });

  it("has no empty string", () => {
    expect([...CY].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
  });

  it("translates every string except names, formats and placeholders", () => {
    const same = [...CY].filter(([key, text]) => text === EN.get(key)).map(([key]) => key);
    expect(same.sort()).toEqual([...SAME_IN_BOTH].sort());
  });

  it("uses the same placeholders as the English string for every key", () => {
    const mismatched = [...EN].filter(([key, text]) => placeholders(text).join() !== placeholders(CY.get(key) ?? "").join()).map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it("answers every Welsh count in Welsh, whatever its plural category", () => {
    const t = tFor("cy");
    // Welsh has six plural categories: 0 zero, 1 one, 2 two, 3 few, 6 many, 7 other.
    for (const count of [0, 1, 2, 3, 6, 7, 1000]) {
      expect(t("common.results", { count })).toBe(`${count} canlyniad`);
      expect(t("home.tooltipProjects", { count })).toBe(`${count} prosiect gweithredol`);
      expect(t("authority.activeCount", { count, name: "Powys", local: 1, wales: 2 })).toBe(
        `Mae ${count} prosiect gweithredol yn gwasanaethu Powys (1 lleol, 2 Cymru gyfan).`,
      );
    }
  });

  it("leaves English plurals as they were", () => {
    const t = tFor("en");
    expect(t("common.results", { count: 0 })).toBe("0 results");
    expect(t("common.results", { count: 1 })).toBe("1 result");
    expect(t("common.results", { count: 2 })).toBe("2 results");
  });
});

describe("tFor", () => {
  it("translates with interpolation and without HTML escaping", () => {
    expect(tFor("en")("errors.unknownAuthority", { code: "W06000007" })).toBe("There is no local authority with the code W06000007.");
    expect(tFor("cy")("errors.unknownAuthority", { code: "W06000007" })).toBe("Nid oes awdurdod lleol gyda'r cod W06000007.");
    expect(tFor("en")("errors.unknownValue", { value: "<b>&", param: "theme" })).toBe("“<b>&” is not a known theme.");
  });
});

describe("localHref", () => {
  it("keeps lang=cy for Welsh", () => {
    expect(localHref("cy", "/organisations")).toBe("/organisations?lang=cy");
    expect(localHref("cy", "/organisations", { theme: "hate-crime" })).toBe("/organisations?theme=hate-crime&lang=cy");
  });

  it("drops lang for English, the default", () => {
    expect(localHref("en", "/organisations")).toBe("/organisations");
    expect(localHref("en", "/organisations?lang=cy&theme=hate-crime")).toBe("/organisations?theme=hate-crime");
  });

  it("keeps a path's own parameters, sets new ones and removes empty ones", () => {
    expect(localHref("cy", "/organisations?theme=hate-crime&page=2&lang=cy", { page: 3, q: "" })).toBe("/organisations?theme=hate-crime&page=3&lang=cy");
    expect(localHref("en", "/organisations?theme=hate-crime", { theme: null, kind: undefined })).toBe("/organisations");
  });

  it("encodes parameter values", () => {
    expect(localHref("en", "/organisations", { q: "a&b c" })).toBe("/organisations?q=a%26b+c");
  });
});

describe("langFromSearch", () => {
  it("reads English by default and from lang=en, Welsh from lang=cy", () => {
    expect(langFromSearch("")).toBe("en");
    expect(langFromSearch("?theme=hate-crime")).toBe("en");
    expect(langFromSearch("?lang=en")).toBe("en");
    expect(langFromSearch("?lang=cy")).toBe("cy");
    expect(langFromSearch(new URLSearchParams("lang=cy"))).toBe("cy");
  });

  it.each(["fr", "CY", "cy-GB", "welsh", ""])("rejects lang=%j with null", (value) => {
    expect(langFromSearch(`?lang=${value}`)).toBeNull();
  });
});

describe("pickText", () => {
  it("shows the Welsh text to a Welsh reader when there is one, and falls back to English marked as English", () => {
    expect(pickText("cy", "Powys", "Powys")).toEqual({ text: "Powys", lang: "cy" });
    expect(pickText("cy", "Alpha Trust", null)).toEqual({ text: "Alpha Trust", lang: "en" });
    expect(pickText("cy", "Alpha Trust", "")).toEqual({ text: "Alpha Trust", lang: "en" });
    expect(pickText("en", "Cardiff", "Caerdydd")).toEqual({ text: "Cardiff", lang: "en" });
  });
});

describe("form messages", () => {
  it("has every message key the listing forms can return, in English and Welsh", async () => {
    const { FORM_MESSAGE_KEYS } = await import("../../../app/listing/record-types");
    const { en } = await import("../../../app/i18n/en");
    const { cy } = await import("../../../app/i18n/cy");
    const lookup = (tree: unknown, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
    for (const key of FORM_MESSAGE_KEYS) {
      expect(typeof lookup(en, key), key).toBe("string");
      expect(typeof lookup(cy, key), key).toBe("string");
    }
  });
});

describe("strings used by the interface", () => {
  it("exist in both catalogues for every literal t(\"…\") key in app/", async () => {
    const { readdirSync, readFileSync, statSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { en } = await import("../../../app/i18n/en");
    const { cy } = await import("../../../app/i18n/cy");
    const root = new URL("../../../app/", import.meta.url).pathname;
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(tsx?|ts)$/.test(name)) files.push(path);
      }
    };
    walk(root);
    const lookup = (tree: unknown, key: string) =>
      key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree) ??
      (tree as Record<string, Record<string, unknown>>)[key.split(".")[0]]?.[`${key.split(".").slice(1).join(".")}_other`];
    const missing: string[] = [];
    for (const file of files) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bt\("([a-zA-Z]+(?:\.[a-zA-Z0-9-]+)+)"/g)) {
        const key = match[1];
        const base = key.split(".");
        const plural = (tree: unknown) => {
          const parent = base.slice(0, -1).reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], tree) as Record<string, unknown> | undefined;
          return parent?.[`${base[base.length - 1]}_other`];
        };
        for (const [name, tree] of [["en", en], ["cy", cy]] as const) {
          if (typeof lookup(tree, key) !== "string" && typeof plural(tree) !== "string") missing.push(`${name}: ${key} (${file.slice(root.length)})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
