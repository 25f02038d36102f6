import { afterEach, describe, expect, it, vi } from "vitest";
// xml-js (a strict, sax-based parser) arrives with `feed`; the test parses the Atom output with it.
import { tFor } from "../../../app/i18n";
import { cy } from "../../../app/i18n/cy";
import { en } from "../../../app/i18n/en";
import { xml2js, type Element } from "xml-js";
import {
  awardEventUid,
  awardTagUri,
  buildAwardsAtomFeed,
  buildAwardsCalendar,
  describeEnd,
  FEED_TEXT_EN,
  feedTextFor,
  type FeedAward,
  type FeedMeta,
} from "../../../app/funding/feeds.server";

const META: FeedMeta = {
  title: "Funding ending soon",
  selfUrl: "https://cohesion-map.wales/feeds/ending.atom?funder=welsh-government&window=6",
  siteUrl: "https://cohesion-map.wales/funding",
  updated: "2026-01-15T09:00:00Z",
};

const LONG_WELSH_TITLE =
  "Cronfa Gydlyniant Cymunedol: Ŵyl Gymunedol Caerdydd a’r Fro — ‘Pawb â’u llais’, Gŵyl y Gân; Côr Meibion Treforys ŵŷâêîôû";

function award(id: number, over: Partial<FeedAward> = {}): FeedAward {
  return {
    id,
    title: `Award ${id}`,
    funderName: "Welsh Government",
    recipientName: "Example Community Group",
    endDate: "2026-03-31",
    endPrecision: "day",
    statusLabel: "Ending within 3 months",
    url: `https://cohesion-map.wales/awards/${id}`,
    ...over,
  };
}

const AWARDS: FeedAward[] = [
  award(1),
  award(2, { title: "Community Cohesion Programme", endDate: "2029-03", endPrecision: "month", recipientName: null, statusLabel: "Active" }),
  award(3, { title: "ARWAP heritage fund", endDate: "2027", endPrecision: "year" }),
  award(4, { title: "Safer Streets", endDate: null, endPrecision: "unknown", statusLabel: "End unknown" }),
  award(5, { title: 'Tom & Jerry <b>bold</b> "quoted" ]]> done', endDate: "2028-02", endPrecision: "month", updated: "2025-12-01T12:30:00Z" }),
  award(6, { title: LONG_WELSH_TITLE, funderName: "Llywodraeth Cymru, Adran Cyfiawnder Cymdeithasol; Tîm Cydlyniant", endDate: "2026-12-31" }),
];

afterEach(() => {
  vi.useRealTimers();
});

// ── Atom ──────────────────────────────────────────────────────────────────────────────

function parseXml(xml: string): Element {
  return xml2js(xml, { compact: false, captureSpacesBetweenElements: false }) as Element;
}

function kids(el: Element, name: string): Element[] {
  return (el.elements ?? []).filter((e) => e.type === "element" && e.name === name);
}

function only(el: Element, name: string): Element {
  const found = kids(el, name);
  expect(found, `exactly one <${name}> in <${el.name}>`).toHaveLength(1);
  return found[0];
}

function textOf(el: Element): string {
  return (el.elements ?? []).map((e) => (e.type === "text" ? String(e.text) : e.type === "cdata" ? String(e.cdata) : "")).join("");
}

function unescapeHtml(html: string): string {
  return html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe("buildAwardsAtomFeed", () => {
  const xml = buildAwardsAtomFeed(AWARDS, META);
  const doc = parseXml(xml);
  const feed = only(doc, "feed");
  const entries = kids(feed, "entry");

  it("produces well-formed XML with an Atom feed root", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(feed.attributes?.xmlns).toBe("http://www.w3.org/2005/Atom");
  });

  it("gives the feed its id, title, updated instant, author and self and alternate links", () => {
    expect(textOf(only(feed, "id"))).toBe(META.selfUrl);
    expect(textOf(only(feed, "title"))).toBe(META.title);
    expect(textOf(only(feed, "updated"))).toBe("2026-01-15T09:00:00.000Z");
    expect(textOf(only(only(feed, "author"), "name"))).toBe("Cohesion Map Wales");
    const links = kids(feed, "link").map((l) => l.attributes);
    expect(links).toContainEqual({ rel: "self", href: META.selfUrl });
    expect(links).toContainEqual({ rel: "alternate", href: META.siteUrl });
  });

  it("has one entry per award, in the order given, each with a tag-URI id, title, link and updated", () => {
    expect(entries).toHaveLength(AWARDS.length);
    entries.forEach((entry, i) => {
      expect(textOf(only(entry, "id"))).toBe(awardTagUri(AWARDS[i].id));
      expect(textOf(only(entry, "title")).length).toBeGreaterThan(0);
      expect(textOf(only(entry, "updated"))).toMatch(RFC3339);
      expect(kids(entry, "link")[0].attributes?.href).toBe(AWARDS[i].url);
    });
    expect(textOf(only(entries[0], "id"))).toBe("tag:cohesion-map.wales,2025:award-1");
  });

  it("uses an award's own updated instant and otherwise the feed's", () => {
    expect(textOf(only(entries[0], "updated"))).toBe("2026-01-15T09:00:00.000Z");
    expect(textOf(only(entries[4], "updated"))).toBe("2025-12-01T12:30:00.000Z");
  });

  it("states the end date as text in each summary, keeping its precision", () => {
    const summaries = entries.map((e) => unescapeHtml(textOf(only(e, "summary"))));
    expect(summaries[0]).toContain("Ends on 31 March 2026");
    expect(summaries[1]).toContain("Ends by the end of March 2029 (end of month; the exact day is not known)");
    expect(summaries[2]).toContain("Ends during 2027, exact date unknown");
    expect(summaries[3]).toContain("End date not known");
    expect(summaries[0]).toContain("Funder: Welsh Government");
    expect(summaries[0]).toContain("Recipient: Example Community Group");
    expect(summaries[0]).toContain("Status: Ending within 3 months");
    expect(summaries[1]).not.toContain("Recipient:");
  });

  it("marks titles and summaries as HTML and escapes markup in award text", () => {
    const title = only(entries[4], "title");
    expect(title.attributes?.type).toBe("html");
    expect(only(entries[4], "summary").attributes?.type).toBe("html");
    expect(textOf(title)).toBe("Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot; ]]&gt; done");
    expect(unescapeHtml(textOf(title))).toBe(AWARDS[4].title);
    expect(unescapeHtml(textOf(only(entries[5], "title")))).toBe(LONG_WELSH_TITLE);
  });

  it("escapes the ampersand in the self URL", () => {
    expect(xml).toContain("funder=welsh-government&amp;window=6");
  });

  it("builds a valid feed with no entries", () => {
    const empty = only(parseXml(buildAwardsAtomFeed([], META)), "feed");
    expect(kids(empty, "entry")).toHaveLength(0);
    expect(textOf(only(empty, "id"))).toBe(META.selfUrl);
  });

  it("does not read the clock", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2031-07-01T00:00:00Z"));
    expect(buildAwardsAtomFeed(AWARDS, META)).toBe(xml);
  });

  it("takes its wording and date names from the catalogue of the language passed in", () => {
    const cy = buildAwardsAtomFeed([award(1)], META, feedTextFor("cy"));
    expect(cy).toContain(tFor("cy")("feed.endsOn", { date: "31 Mawrth 2026" }));
  });
});

// ── iCalendar ─────────────────────────────────────────────────────────────────────────

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}
interface Component {
  name: string;
  props: Property[];
  children: Component[];
}

/** Unfolds (CRLF + space/tab) and parses content lines into components; throws on unbalanced BEGIN/END. */
function parseIcs(text: string): Component {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  expect(lines.pop()).toBe("");
  const root: Component = { name: "ROOT", props: [], children: [] };
  const stack: Component[] = [root];
  for (const line of lines) {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^;:,"]*))*):(.*)$/.exec(line);
    if (!m) throw new Error(`Not a content line: ${line}`);
    const [, name, rawParams, value] = m;
    const params: Record<string, string> = {};
    for (const p of rawParams.split(";").slice(1)) {
      const [k, v] = p.split("=");
      params[k] = v;
    }
    if (name === "BEGIN") {
      const c: Component = { name: value, props: [], children: [] };
      stack[stack.length - 1].children.push(c);
      stack.push(c);
    } else if (name === "END") {
      const open = stack.pop();
      if (!open || open.name !== value || stack.length === 0) throw new Error(`END:${value} does not close ${open?.name}`);
    } else {
      stack[stack.length - 1].props.push({ name, params, value });
    }
  }
  if (stack.length !== 1) throw new Error(`Unclosed ${stack[stack.length - 1].name}`);
  return root;
}

function prop(c: Component, name: string): Property {
  const found = c.props.filter((p) => p.name === name);
  expect(found, `exactly one ${name} in ${c.name}`).toHaveLength(1);
  return found[0];
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === "n" || ch === "N" ? "\n" : ch));
}

describe("buildAwardsCalendar", () => {
  const ics = buildAwardsCalendar(AWARDS, META);
  const root = parseIcs(ics);
  const [calendar] = root.children;
  const events = calendar.children.filter((c) => c.name === "VEVENT");
  const byUid = new Map(events.map((e) => [prop(e, "UID").value, e]));

  it("ends every line with CRLF", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(/\r(?!\n)|(?<!\r)\n/.test(ics)).toBe(false);
  });

  it("folds lines at 75 octets without splitting a character", () => {
    const physical = ics.split("\r\n");
    for (const line of physical) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    expect(physical.some((l) => l.startsWith(" ") || l.startsWith("\t")), "some line is folded").toBe(true);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(ics)).toBe(false);
  });

  it("is one VCALENDAR with VERSION, PRODID and balanced components", () => {
    expect(root.children.map((c) => c.name)).toEqual(["VCALENDAR"]);
    expect(prop(calendar, "VERSION").value).toBe("2.0");
    expect(prop(calendar, "PRODID").value).toBe("-//Cohesion Map Wales//Funding ends//EN");
    expect(prop(calendar, "X-WR-CALNAME").value).toBe(META.title);
  });

  it("has one event per award with a known end, skipping unknown ends", () => {
    expect([...byUid.keys()]).toEqual([1, 2, 3, 5, 6].map(awardEventUid));
    expect(byUid.has("award-4@cohesion-map.wales")).toBe(false);
  });

  it("gives every event a stable UID, DTSTAMP from the passed-in instant and an all-day DTSTART", () => {
    for (const e of events) {
      expect(prop(e, "UID").value).toMatch(/^award-\d+@cohesion-map\.wales$/);
      expect(prop(e, "DTSTAMP").value).toBe("20260115T090000Z");
      expect(prop(e, "DTSTART").params).toEqual({ VALUE: "DATE" });
      expect(prop(e, "DTSTART").value).toMatch(/^\d{8}$/);
      expect(prop(e, "DTEND").params).toEqual({ VALUE: "DATE" });
    }
  });

  it("puts a day end on that day, as a one-day event", () => {
    const e = byUid.get("award-1@cohesion-map.wales")!;
    expect(prop(e, "DTSTART").value).toBe("20260331");
    expect(prop(e, "DTEND").value).toBe("20260401");
    expect(unescapeText(prop(e, "DESCRIPTION").value)).toContain("Ends on 31 March 2026");
  });

  it("puts a month end on the month's last day and says end of month", () => {
    const e = byUid.get("award-2@cohesion-map.wales")!;
    expect(prop(e, "DTSTART").value).toBe("20290331");
    expect(unescapeText(prop(e, "DESCRIPTION").value)).toContain("end of month");
  });

  it("puts a February month end on 29 February in a leap year", () => {
    const e = byUid.get("award-5@cohesion-map.wales")!;
    expect(prop(e, "DTSTART").value).toBe("20280229");
    expect(prop(e, "DTEND").value).toBe("20280301");
  });

  it("puts a year end on 31 December and says the exact date is unknown", () => {
    const e = byUid.get("award-3@cohesion-map.wales")!;
    expect(prop(e, "DTSTART").value).toBe("20271231");
    expect(prop(e, "DTEND").value).toBe("20280101");
    expect(unescapeText(prop(e, "DESCRIPTION").value)).toContain("during 2027, exact date unknown");
  });

  it("keeps long Welsh text, commas and semicolons intact through escaping and folding", () => {
    const e = byUid.get("award-6@cohesion-map.wales")!;
    expect(unescapeText(prop(e, "SUMMARY").value)).toBe(`Funding ends: ${LONG_WELSH_TITLE}`);
    const description = unescapeText(prop(e, "DESCRIPTION").value).split("\n");
    expect(description).toEqual([
      "Ends on 31 December 2026",
      "Funder: Llywodraeth Cymru, Adran Cyfiawnder Cymdeithasol; Tîm Cydlyniant",
      "Recipient: Example Community Group",
      "Status: Ending within 3 months",
      "https://cohesion-map.wales/awards/6",
    ]);
    expect(prop(e, "URL").value).toBe("https://cohesion-map.wales/awards/6");
  });

  it("does not read the clock", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2031-07-01T00:00:00Z"));
    expect(buildAwardsCalendar(AWARDS, META)).toBe(ics);
  });

  it("builds a calendar with no events when no end is known", () => {
    const empty = parseIcs(buildAwardsCalendar([award(4, { endDate: null, endPrecision: "unknown" })], META));
    expect(empty.children[0].children).toEqual([]);
  });
});

describe("describeEnd", () => {
  it("words an end by its precision", () => {
    expect(describeEnd("2026-03-31", "day")).toBe("Ends on 31 March 2026");
    expect(describeEnd("2026-02", "month")).toBe("Ends by the end of February 2026 (end of month; the exact day is not known)");
    expect(describeEnd("2026", "year")).toBe("Ends during 2026, exact date unknown");
    expect(describeEnd(null, "unknown")).toBe("End date not known");
  });

  it("throws when the date and precision disagree, naming both", () => {
    expect(() => describeEnd("2026-03", "day")).toThrow("End date 2026-03 does not have precision day");
  });
});

describe("feed input errors", () => {
  it.each([
    ["a relative award URL", [award(1, { url: "/awards/1" })], META, "Invalid URL for award 1: /awards/1"],
    ["a bad end date", [award(2, { endDate: "2026-02-30" })], META, "Invalid end date for award 2: 2026-02-30"],
    ["a precision that does not match", [award(3, { endDate: "2026", endPrecision: "day" })], META, "End date 2026 of award 3 does not have precision day"],
    ["a repeated id", [award(4), award(4)], META, "Duplicate award id: 4"],
    ["a non-integer id", [award(4.5)], META, "Invalid award id: 4.5"],
    ["an updated value that is not an instant", [award(1)], { ...META, updated: "2026-01-15" }, "Invalid feed updated instant: 2026-01-15"],
    ["a bad award updated value", [award(1, { updated: "yesterday" })], META, "Invalid updated instant for award 1: yesterday"],
    ["a relative self URL", [award(1)], { ...META, selfUrl: "feeds/ending.atom" }, "Invalid feed selfUrl: feeds/ending.atom"],
  ] as [string, FeedAward[], FeedMeta, string][])("throws on %s, naming it", (_, awards, meta, message) => {
    expect(() => buildAwardsAtomFeed(awards, meta)).toThrow(message);
    expect(() => buildAwardsCalendar(awards, meta)).toThrow(message);
  });

  it("uses the same placeholders in the English and Welsh feed wording", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(en.feed)) {
      expect(placeholders(cy.feed[key as keyof typeof cy.feed]), key).toEqual(placeholders(english));
    }
  });
});

// ── The feeds the site serves, on the seed data ─────────────────────────────────────────

describe("buildEndingFeed on the seed data", () => {
  const seeded = async () => {
    const { makeContext, makeDb } = await import("../../factories");
    const { loadSeed } = await import("../../../seeds/load-seed");
    const { buildSeedInput } = await import("../../../seeds/seed-input");
    const { buildEndingFeed } = await import("../../../app/funding/funding.server");
    const db = makeDb();
    loadSeed(db, buildSeedInput());
    return (path: string, format: "atom" | "ics", lang: "en" | "cy" = "en") => buildEndingFeed(makeContext(db, path, lang), format);
  };

  it("lists only awards with a known end within 6 months, never those whose end is unknown", async () => {
    const feed = await seeded();
    const xml = await feed("/funding/ending.atom?asOf=2027-12-01", "atom").text();
    const entries = kids(only(parseXml(xml), "feed"), "entry");
    expect(entries.map((e) => textOf(only(e, "title")))).toEqual(["Democratic Engagement Grant"]);
    expect(xml).not.toContain("End date unknown");
    expect(xml).not.toContain("No recent evidence");
    const ics = await feed("/funding/ending.ics?asOf=2027-12-01", "ics").text();
    expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBe(1);
  });

  it("is empty, not full of open-ended awards, when nothing ends within the window", async () => {
    const feed = await seeded();
    const xml = await feed("/funding/ending.atom?asOf=2026-12-01", "atom").text();
    expect(kids(only(parseXml(xml), "feed"), "entry")).toEqual([]);
    const ics = await feed("/funding/ending.ics?asOf=2026-12-01&endingWithin=upcoming", "ics").text();
    expect(ics).not.toContain("BEGIN:VEVENT");
  });

  it("labels the status in Welsh for a Welsh reader", async () => {
    const feed = await seeded();
    const xml = await feed("/funding/ending.atom?asOf=2027-12-01", "atom", "cy").text();
    expect(xml).toContain("Yn dod i ben o fewn 6 mis");
  });
});
