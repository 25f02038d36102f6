import { chromium, type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHROMIUM, useBrowser } from "./browser";

const browser = useBrowser();

/** Loads a path at a window size (the map fits itself to the window it starts in). */
async function openAt(path: string, width: number, height: number): Promise<Page> {
  const page = await browser.open("/about");
  await page.setViewportSize({ width, height });
  await page.goto(browser.baseUrl + path, { waitUntil: "networkidle" });
  return page;
}

/**
 * Targets smaller than 24×24 CSS px that break WCAG 2.5.8: a target passes at 24×24, or when a 24 px
 * circle on its centre touches no other target (nor another small target's circle). Left out, as the
 * criterion allows: links inside a sentence, the authority shapes on the map (the table beside it has
 * a link for each), and the skip link until it is focused.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>("a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])")];
    const shown = all.filter((el) => {
      if (el.closest(".leaflet-overlay-pane, .skip-link") || el.classList.contains("skip-link")) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
    });
    const inSentence = (el: HTMLElement) => {
      if (el.tagName !== "A") return false;
      const block = el.parentElement?.closest("p, li, dd, td, th, figcaption, span.note, div");
      return !!block && (block.textContent ?? "").trim().length > (el.textContent ?? "").trim().length + 1;
    };
    const rects = shown.map((el) => ({ el, r: el.getBoundingClientRect() }));
    const small = rects.filter(({ el, r }) => (r.width < 23.5 || r.height < 23.5) && !inSentence(el));
    const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2];
    const distanceTo = (x: number, y: number, r: DOMRect) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    return small
      .filter(({ el, r }) => {
        const [x, y] = centre(r);
        return rects.some((o) => o.el !== el && !o.el.contains(el) && !el.contains(o.el) && (distanceTo(x, y, o.r) < 12 || (small.some((s) => s.el === o.el) && Math.hypot(x - centre(o.r)[0], y - centre(o.r)[1]) < 24)));
      })
      .map(({ el, r }) => `${el.outerHTML.slice(0, 90)} (${Math.round(r.width)}×${Math.round(r.height)})`);
  });
}

function parseCsv(text: string): Record<string, string>[] {
  // The authorities CSV has no quoted commas in the columns read here; parse simply and check the BOM.
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = text.slice(1).trim().split("\r\n");
  const columns = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [columns[i], v])));
}

describe("the map of Wales", () => {
  it("shows all 22 authorities on the map and in the table, with a legend", async () => {
    const page = await browser.open("/");
    await page.locator("path[data-gss]").first().waitFor();
    expect(await page.locator("path[data-gss]").count()).toBe(22);
    expect(await page.locator("table.authority-table tbody tr").count()).toBe(22);
    await expect(page.locator("#legend-title").textContent()).resolves.toBe("Current local services — All themes");
    expect(await page.locator(".legend li").count()).toBeGreaterThan(1);
    // No tile layer is configured in tests: the map still works from its outlines alone.
    expect(await page.locator(".leaflet-tile").count()).toBe(0);
  });

  it("opens Powys's profile with its Census 2021 population and sources when its outline is clicked", async () => {
    const page = await browser.open("/");
    const powys = page.locator('path[data-gss="W06000023"]');
    await powys.waitFor();
    await powys.click();
    await page.getByRole("heading", { level: 1, name: "Powys" }).waitFor();
    expect(page.url()).toMatch(/\/authorities\/W06000023$/);
    await expect(page.locator('dd[data-field="population_2021"]').textContent()).resolves.toBe("133,174");
    await page.getByText("Where these facts come from").click();
    await expect(page.getByText(/StatsWales, Census 2021 table TS009/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("heading", { name: "Neighbouring authorities" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Ceredigion" }).first().isVisible()).resolves.toBe(true);
  });

  it("opens a profile from the keyboard: focus an outline and press Enter", async () => {
    const page = await browser.open("/");
    const cardiff = page.locator('path[data-gss="W06000015"]');
    await cardiff.waitFor();
    await cardiff.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Cardiff" }).waitFor();
    expect(page.url()).toMatch(/\/authorities\/W06000015$/);
    // Focus starts on the new page's heading, as a full page load would start a screen reader at the top.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
  });

  it("agrees with its table and its CSV download", async () => {
    const page = await browser.open("/");
    await page.locator("path[data-gss]").first().waitFor();
    const table = await page.locator("table.authority-table tbody tr").evaluateAll((rows) =>
      rows.map((r) => ({ gss: r.getAttribute("data-gss"), projects: r.querySelector('[data-col="projects"]')!.textContent, places: r.querySelector('[data-col="places"]')!.textContent })),
    );
    const map = await page.locator("path[data-gss]").evaluateAll((paths) =>
      paths.map((p) => ({ gss: p.getAttribute("data-gss"), label: p.getAttribute("aria-label") })),
    );
    const href = await page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href");
    const response = await page.request.get(browser.baseUrl + href!);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const csv = parseCsv(await response.text());
    expect(csv).toHaveLength(22);
    for (const row of table) {
      const fromCsv = csv.find((c) => c.gss_code === row.gss)!;
      expect(fromCsv.active_projects).toBe(row.projects);
      // The places drawn as dots on the map are counted in the table too.
      expect(fromCsv.settlements_out_of_reach).toBe(row.places);
      const fromMap = map.find((m) => m.gss === row.gss)!;
      expect(fromMap.label).toContain(`${row.projects} active project`);
    }
  });

  it("sorts the table by a column from its heading link, and says so", async () => {
    const page = await browser.open("/");
    await page.getByRole("link", { name: "Sort by Population (2021)" }).click();
    await page.locator('th[aria-sort="descending"]').waitFor();
    expect(page.url()).toMatch(/sort=population/);
    const first = await page.locator("table.authority-table tbody tr").first().getAttribute("data-gss");
    expect(first).toBe("W06000015"); // Cardiff has the largest population
    await expect(page.locator('th[aria-sort="descending"]').count()).resolves.toBe(1);
  });

  it("fits: the figures table needs no sideways scroll at 1280 px, and a phone page never scrolls sideways, in both languages", async () => {
    for (const lang of ["en", "cy"]) {
      const page = await browser.open(`/?lang=${lang}&theme=hate-crime`);
      await page.setViewportSize({ width: 1280, height: 800 });
      const wrap = page.locator(".table-wrap").first();
      const [scroll, client] = await wrap.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(scroll, lang).toBeLessThanOrEqual(client);
      for (const path of [`/?lang=${lang}&theme=hate-crime`, `/gaps?lang=${lang}`]) {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(browser.baseUrl + path, { waitUntil: "networkidle" });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      }
      await page.close();
    }
  });

  it("applies each control at once, keeps the theme when the month moves, keeps focus on the slider and says what it shows", async () => {
    const page = await browser.open("/");
    await page.locator("path[data-gss]").first().waitFor();
    await page.getByRole("combobox", { name: "Theme", exact: true }).selectOption("hate-crime");
    await page.waitForURL(/theme=hate-crime/);
    await page.getByRole("radio", { name: "Gap score" }).check();
    await page.waitForURL(/layer=score/);
    const slider = page.getByRole("slider", { name: "Move through the next 36 months" });
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForURL(/asOf=\d{4}-\d{2}-01/);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => new URL(page.url()).searchParams.get("asOf")).not.toBe(null);
    // Still on the slider after the map redrew, and the theme and layer chosen above kept.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("range");
    const url = new URL(page.url());
    expect(url.searchParams.get("theme")).toBe("hate-crime");
    expect(url.searchParams.get("layer")).toBe("score");
    await expect(page.getByRole("status").filter({ hasText: /The map now shows Gap score for Hate crime/ }).count()).resolves.toBe(1);
  });
  it("shows the whole of Wales without scrolling at 1280×800, in both languages", async () => {
    for (const lang of ["en", "cy"]) {
      const page = await openAt(`/?lang=${lang}`, 1280, 800);
      await page.locator("path[data-gss]").first().waitFor();
      const view = await page.evaluate(() => {
        const r = document.querySelector(".map-layout .leaflet-container")!.getBoundingClientRect();
        const shapes = [...document.querySelectorAll("path[data-gss]")].map((p) => p.getBoundingClientRect());
        return {
          scrollY: window.scrollY,
          map: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
          wales: {
            top: Math.min(...shapes.map((b) => b.top)),
            bottom: Math.max(...shapes.map((b) => b.bottom)),
            left: Math.min(...shapes.map((b) => b.left)),
            right: Math.max(...shapes.map((b) => b.right)),
          },
        };
      });
      expect(view.scrollY, lang).toBe(0);
      expect(view.map.top, lang).toBeGreaterThan(0);
      expect(view.map.bottom, lang).toBeLessThanOrEqual(800);
      // Leaflet's view holds all 22 outlines: none runs past the map's edges (outlines beyond them are clipped off).
      expect(view.wales.top, lang).toBeGreaterThanOrEqual(view.map.top);
      expect(view.wales.bottom, lang).toBeLessThanOrEqual(view.map.bottom);
      expect(view.wales.left, lang).toBeGreaterThanOrEqual(view.map.left);
      expect(view.wales.right, lang).toBeLessThanOrEqual(view.map.right);
      expect(view.wales.bottom - view.wales.top, lang).toBeGreaterThan(0.7 * (view.map.bottom - view.map.top));
      await page.close();
    }
  });

  it("names an authority on keyboard focus and on hover, in the page's language", async () => {
    const page = await browser.open("/?lang=cy");
    const cardiff = page.locator('path[data-gss="W06000015"]');
    await cardiff.waitFor();
    await expect(cardiff.getAttribute("tabindex")).resolves.toBe("0");
    await cardiff.focus();
    const tooltip = page.locator(".leaflet-tooltip");
    await tooltip.waitFor();
    await expect(tooltip.textContent()).resolves.toMatch(/^Caerdydd\d+ prosiect gweithredol/);
    await cardiff.blur();
    await expect.poll(() => tooltip.count()).toBe(0);
    await page.locator('path[data-gss="W06000001"]').hover();
    await expect(page.locator(".leaflet-tooltip").textContent()).resolves.toMatch(/^Ynys Môn/);
  });

  it("shades each authority in the colour of the one legend class that holds its figure", async () => {
    const page = await browser.open("/?theme=lgbtq-inclusion");
    await page.locator("path[data-gss]").first().waitFor();
    const classes = await page.locator(".legend li[data-colour]").evaluateAll((items) =>
      items.map((li) => ({ min: Number(li.getAttribute("data-min")), max: Number(li.getAttribute("data-max")), colour: li.getAttribute("data-colour"), text: li.textContent })),
    );
    const rows = await page.locator("table.authority-table tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({ gss: tr.getAttribute("data-gss")!, projects: Number(tr.querySelector('[data-col="projects"]')!.textContent) })),
    );
    const fills = new Map(await page.locator("path[data-gss]").evaluateAll((paths) => paths.map((p) => [p.getAttribute("data-gss")!, p.getAttribute("fill")] as const)));
    for (const r of rows) {
      const holding = classes.filter((c) => r.projects >= c.min && r.projects <= c.max);
      expect(holding, r.gss).toHaveLength(1);
      expect(fills.get(r.gss), r.gss).toBe(holding[0].colour);
    }
    // Each class says how many authorities it holds; together they hold all 22.
    const counted = classes.map((c) => Number(/\((\d+) authorit/.exec(c.text ?? "")?.[1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(22);
    // Places out of reach are small dots that leave the map readable.
    await page.locator(".settlement-marker").first().waitFor({ state: "attached" });
    const sizes = await page.locator(".settlement-marker").evaluateAll((dots) => dots.map((d) => d.getBoundingClientRect().width));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
  });

  it("credits the map's sources in a line below it, in the page's language, not over the coast", async () => {
    for (const [lang, words] of [
      ["en", ["Boundaries: ONS. Contains National Statistics data © Crown copyright and database right 2013.", "(Open Government Licence v3.0)", "© GeoNames (CC BY 4.0)"]],
      ["cy", ["Ffiniau: SYG. Yn cynnwys data'r Ystadegau Gwladol © Hawlfraint y Goron a hawl cronfa ddata 2013.", "(Trwydded Llywodraeth Agored v3.0)", "Lleoedd: © GeoNames"]],
    ] as const) {
      const page = await browser.open(`/?lang=${lang}`);
      await page.locator("path[data-gss]").first().waitFor();
      expect(await page.locator(".leaflet-control-attribution").count()).toBe(0);
      const credit = page.locator(".map-view .map-credit");
      const text = await credit.textContent();
      for (const w of words) expect(text, lang).toContain(w);
      const [map, line] = await Promise.all([page.locator(".map-view .leaflet-container").boundingBox(), credit.boundingBox()]);
      expect(line!.y).toBeGreaterThanOrEqual(map!.y + map!.height);
      await page.close();
    }
  });

  it("frames the whole authority on a profile's small map: large Powys and small Blaenau Gwent, on a laptop and a phone", async () => {
    for (const gss of ["W06000023", "W06000019"]) {
      for (const [width, height] of [
        [1280, 800],
        [390, 844],
      ]) {
        const page = await openAt(`/authorities/${gss}`, width, height);
        const shape = page.locator(`.small-map path[data-gss="${gss}"]`);
        await shape.waitFor();
        const [map, area] = await Promise.all([page.locator(".small-map .leaflet-container").boundingBox(), shape.boundingBox()]);
        const where = `${gss} at ${width} px`;
        expect(area!.y, where).toBeGreaterThanOrEqual(map!.y + 8);
        expect(area!.y + area!.height, where).toBeLessThanOrEqual(map!.y + map!.height - 8);
        expect(area!.x, where).toBeGreaterThanOrEqual(map!.x + 8);
        expect(area!.x + area!.width, where).toBeLessThanOrEqual(map!.x + map!.width - 8);
        // Framed, not lost in the middle: it fills the map's height or width but for the margin.
        expect(Math.max(area!.height / map!.height, area!.width / map!.width), where).toBeGreaterThan(0.75);
        await page.close();
      }
    }
  });

  it("shows an authority's figures and a link to its profile when it is tapped on a phone, and opens the profile from the link", async () => {
    const phone = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
    const problems: string[] = [];
    try {
      const context = await phone.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      page.on("console", (m) => (m.type() === "error" ? problems.push(m.text()) : undefined));
      page.on("pageerror", (e) => problems.push(e.message));
      await page.goto(browser.baseUrl + "/", { waitUntil: "networkidle" });
      const powys = page.locator('path[data-gss="W06000023"]');
      await powys.scrollIntoViewIfNeeded();
      await powys.tap();
      const popup = page.locator(".authority-popup");
      await popup.waitFor();
      expect(new URL(page.url()).pathname).toBe("/");
      await expect(popup.textContent()).resolves.toMatch(/Powys\d+ active projects?Current local services: \d+/);
      const link = popup.getByRole("link", { name: "Open the profile" });
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);
      await expect(popup.getByRole("button", { name: "Close" }).count()).resolves.toBe(1);
      await link.tap();
      await page.getByRole("heading", { level: 1, name: "Powys" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/authorities/W06000023");
    } finally {
      await phone.close();
    }
    expect(problems).toEqual([]);
  });

  it("keeps every target 24×24 px or more (or spaced as WCAG 2.5.8 allows) on the map page and a profile at 390 px", async () => {
    for (const path of ["/", "/?lang=cy&layer=score&theme=lgbtq-inclusion", "/authorities/W06000023", "/authorities/W06000019?lang=cy"]) {
      const page = await openAt(path, 390, 844);
      await page.locator(".leaflet-container").first().waitFor();
      await page.locator("path[data-gss]").first().waitFor();
      expect(await smallTargets(page), path).toEqual([]);
      // The folded menu opens without a script, and its links are as easy to hit.
      await page.locator(".site-menu > summary").click();
      const heights = await page.locator(".site-menu-panel a, .site-menu-panel button").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThan(7);
      expect(Math.min(...heights), path).toBeGreaterThanOrEqual(24);
      await page.close();
    }
  });

  it("never scrolls sideways at 320 px: the map page, a profile and the funding cliff, in both languages, menu open or shut", async () => {
    for (const lang of ["en", "cy"]) {
      for (const path of [`/?lang=${lang}`, `/?lang=${lang}&theme=hate-crime&layer=people`, `/authorities/W06000023?lang=${lang}`, `/funding/cliff?lang=${lang}`]) {
        const page = await openAt(path, 320, 640);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
        await page.locator(".site-menu > summary").click();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} with the menu open`).toBeLessThanOrEqual(320);
        await page.close();
      }
    }
  });

  it("says a wide table scrolls sideways on a phone and keeps each row's name in view while it does", async () => {
    for (const [lang, hint] of [
      ["en", "Scroll the table sideways to see more columns."],
      ["cy", "Sgroliwch y tabl i'r ochr i weld rhagor o golofnau."],
    ] as const) {
      const page = await openAt(`/?lang=${lang}`, 390, 844);
      const wrap = page.locator(".table-wrap").filter({ has: page.locator("table.authority-table") });
      await expect.poll(() => wrap.getAttribute("tabindex")).toBe("0");
      await expect(wrap.getAttribute("aria-describedby").then((id) => page.locator(`[id="${id}"]`).textContent())).resolves.toBe(hint);
      await expect(page.getByText(hint).isVisible()).resolves.toBe(true);
      await wrap.evaluate((el) => el.scrollBy(250, 0));
      const [box, name] = await Promise.all([wrap.boundingBox(), wrap.locator("tbody th").first().boundingBox()]);
      expect(Math.abs(name!.x - box!.x), lang).toBeLessThan(2);
      // The names stay readable: the kept column is not squeezed to a letter or two.
      expect(name!.width, lang).toBeGreaterThan(100);
      await page.close();
    }
    // At 1280 px the table fits, and the line is not shown.
    const wide = await openAt("/", 1280, 800);
    await expect.poll(() => wide.locator(".table-scroll-hint").first().getAttribute("data-scrolls")).toBe("false");
    await expect(wide.locator(".table-scroll-hint").first().isVisible()).resolves.toBe(false);
  });
});
