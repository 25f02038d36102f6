/**
 * WCAG 2.2 AA sweep (issue 14): every public page, in English and Welsh, at a desktop (1280×800)
 * and a phone (390×844) size, has no axe-core violation of the WCAG 2.0–2.2 A and AA rules and
 * never scrolls sideways at 1280, 390 or 320 px (WCAG 1.4.10 Reflow); the pages a signed-in person
 * uses (their account, listing an organisation, the moderation queue) pass axe too.
 *
 * One Chromium and one page per kind of visitor, reused: each page is loaded once per width and
 * axe runs after the client map has drawn.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { E2E_ACCOUNTS, signIn } from "./accounts";
import { CHROMIUM } from "./browser";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** The narrowest window WCAG 1.4.10 asks a page to fit without sideways scrolling. */
const NARROWEST = 320;
const LANGS = ["en", "cy"] as const;

const baseUrl = inject("baseUrl");

/** A page of the app and the HTTP status it must answer with. */
interface Visit {
  label: string;
  path: () => string;
  status?: number;
}

/** Record pages found by following the app's own links (the seed decides which exist). */
const found = { funder: "", organisation: "", project: "" };

/** Every public page, one of each kind (built from app/routes). */
const PUBLIC_PAGES: Visit[] = [
  { label: "the map", path: () => "/" },
  { label: "the gaps map", path: () => "/gaps" },
  { label: "funding ending", path: () => "/funding" },
  { label: "the funding cliff", path: () => "/funding/cliff" },
  { label: "funders", path: () => "/funders" },
  { label: "a funder", path: () => found.funder },
  { label: "organisations", path: () => "/organisations" },
  { label: "an organisation", path: () => found.organisation },
  { label: "a project", path: () => found.project },
  { label: "Powys's profile", path: () => "/authorities/W06000023" },
  { label: "Merthyr Tydfil's profile (the smallest authority)", path: () => "/authorities/W06000024" },
  { label: "the briefing", path: () => "/briefing" },
  { label: "practice", path: () => "/practice" },
  { label: "about", path: () => "/about" },
  { label: "sign in", path: () => "/sign-in" },
  { label: "sign up", path: () => "/sign-up" },
  { label: "a page that does not exist", path: () => "/no-such-page", status: 404 },
  { label: "an address with a bad date in it", path: () => "/funding/cliff?asOf=tomorrow", status: 400 },
];

/** The pages a signed-in person uses (as the moderator, who sees all three). */
const SIGNED_IN_PAGES: Visit[] = [
  { label: "the account page", path: () => "/account" },
  // /account/organisations/new, the old address, redirects here.
  { label: "listing a new organisation", path: () => "/account/listings/new/organisation" },
  { label: "the moderation queue", path: () => "/moderation" },
];

let browser: Browser;
const visitors: { anonymous?: Visitor; signedIn?: Visitor } = {};

/** A browser context (its own cookies) with one page reused, and the errors the page reported. */
interface Visitor {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

async function newVisitor(): Promise<Visitor> {
  // axe is injected as a script, which the app's Content-Security-Policy (nonces only) would block.
  const context = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
  const page = await context.newPage();
  const visitor: Visitor = { context, page, problems: [] };
  page.on("console", (message) => {
    // A page that answers 4xx on purpose (not found, a bad address) logs its own load as failed; that is not an app error.
    if (message.type() === "error" && !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
      visitor.problems.push(`console.error: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => visitor.problems.push(`page error: ${error.message}`));
  return visitor;
}

/** Opens a path and waits until the page and its client map have finished loading. */
async function load(page: Page, path: string, status: number): Promise<void> {
  const response = await page.goto(baseUrl + path, { waitUntil: "networkidle" });
  expect(response?.status(), path).toBe(status);
  // A map is server-rendered as a placeholder; axe must see the drawn map, not the placeholder.
  await page.waitForFunction(() => !document.querySelector(".map-placeholder"), null, { timeout: 20_000 });
  await page.waitForLoadState("networkidle");
}

/** The axe violations on the page now, one line each: rule, impact, elements, page. */
async function axeViolations(page: Page, where: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } }).axe.run(document, { runOnly: { type: "tag", values: tags } }),
    WCAG_22_AA,
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}) on ${where}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ""}`,
  );
}

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

/** Nothing wider than the window: the page's width, and the first elements that stick out of it. */
async function sidewaysScroll(page: Page, where: string): Promise<string[]> {
  const { width, scrollWidth, culprits } = await page.evaluate(() => {
    const width = window.innerWidth;
    // Inside a box that scrolls or clips it: an absolutely placed element is held only by a positioned
    // box, so one inside a scrolling table (not positioned) still widens the page.
    const held = (el: Element) => {
      let escaping = ["absolute", "fixed"].includes(getComputedStyle(el).position);
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (escaping && style.position === "static" && style.transform === "none") continue;
        if (style.overflowX !== "visible") return true;
        escaping = ["absolute", "fixed"].includes(style.position);
      }
      return false;
    };
    const culprits = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !held(el))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}${typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\s+/).join(".") : ""}`);
    return { width, scrollWidth: document.documentElement.scrollWidth, culprits };
  });
  return scrollWidth > width ? [`${where} is ${scrollWidth} px wide in a ${width} px window (${culprits.join(", ") || "no single element found"})`] : [];
}

/** axe at 1280 and 390 px, and no sideways scroll at 1280, 390 and 320 px, for one page in one language. */
async function sweep(visitor: Visitor, visit: Visit, lang: (typeof LANGS)[number]) {
  const { page } = visitor;
  const path = `${visit.path()}${visit.path().includes("?") ? "&" : "?"}lang=${lang}`;
  const violations: string[] = [];
  const overflow: string[] = [];
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await load(page, path, visit.status ?? 200);
    const where = `${path} at ${size.width} px`;
    violations.push(...(await axeViolations(page, where)));
    overflow.push(...(await sidewaysScroll(page, where)));
  }
  await narrowest(page);
  overflow.push(...(await sidewaysScroll(page, `${path} at ${NARROWEST} px`)));
  expect(violations).toEqual([]);
  expect(overflow).toEqual([]);
}

/** Narrows the window to 320 px and waits for the new layout (a resize, as zooming a phone's text to 400% would). */
async function narrowest(page: Page): Promise<void> {
  await page.setViewportSize({ width: NARROWEST, height: PHONE.height });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The first link on a page whose address starts with `prefix` (and goes further). */
async function firstLink(page: Page, path: string, prefix: string): Promise<string> {
  await page.goto(baseUrl + path, { waitUntil: "networkidle" });
  const href = await page.locator(`main a[href^="${prefix}"]`).evaluateAll(
    (links, prefix) => links.map((a) => a.getAttribute("href")!.split("?")[0]).find((h) => h.length > prefix.length) ?? "",
    prefix,
  );
  expect(href, `a link to ${prefix}… on ${path}`).not.toBe("");
  return href;
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"] });
  visitors.anonymous = await newVisitor();
  const { page } = visitors.anonymous;
  found.funder = await firstLink(page, "/funders", "/funders/");
  found.organisation = await firstLink(page, "/organisations", "/organisations/");
  found.project = await firstLink(page, "/authorities/W06000023", "/projects/");
  visitors.signedIn = await newVisitor();
  await signIn(visitors.signedIn.page, baseUrl, E2E_ACCOUNTS.moderator.email, E2E_ACCOUNTS.moderator.password);
  visitors.anonymous.problems.length = 0;
  visitors.signedIn.problems.length = 0;
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  const problems = [...(visitors.anonymous?.problems ?? []), ...(visitors.signedIn?.problems ?? [])];
  for (const v of Object.values(visitors)) v.problems.length = 0;
  if (problems.length) throw new Error(`The page reported errors:\n${problems.join("\n")}`);
});

const cases = (pages: Visit[]) => pages.flatMap((visit) => LANGS.map((lang) => [visit.label, lang, visit] as const));

describe("every public page meets WCAG 2.2 AA and fits the window", () => {
  it.each(cases(PUBLIC_PAGES))("%s (%s) has no axe violation at 1280 or 390 px and no sideways scroll at 1280, 390 or 320 px", async (_label, lang, visit) => {
    await sweep(visitors.anonymous!, visit, lang);
  });
});

describe("the phone menu meets WCAG 2.2 AA when open", () => {
  it.each(LANGS)("the header's menu on a phone (%s), opened, has no axe violation and fits 390 and 320 px", async (lang) => {
    const { page } = visitors.anonymous!;
    await page.setViewportSize(PHONE);
    await load(page, `/?lang=${lang}`, 200);
    // On a phone the site's links fold into a <details> menu in the header (root.tsx).
    await page.locator("header summary").click();
    await page.getByRole("navigation").first().waitFor();
    const where = `/?lang=${lang} with the menu open`;
    const violations = await axeViolations(page, `${where} at ${PHONE.width} px`);
    const overflow = await sidewaysScroll(page, `${where} at ${PHONE.width} px`);
    await narrowest(page);
    overflow.push(...(await sidewaysScroll(page, `${where} at ${NARROWEST} px`)));
    expect(violations).toEqual([]);
    expect(overflow).toEqual([]);
  });
});

describe("the pages a signed-in person uses meet WCAG 2.2 AA and fit the window", () => {
  it.each(cases(SIGNED_IN_PAGES))("%s (%s) has no axe violation at 1280 or 390 px and no sideways scroll at 1280, 390 or 320 px", async (_label, lang, visit) => {
    await sweep(visitors.signedIn!, visit, lang);
  });
});
