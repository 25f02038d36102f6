import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const browser = useBrowser();

describe("funding that ends", () => {
  it("moves the map's date control forward and the map, table and URL follow", async () => {
    const page = await browser.open("/");
    await page.locator("path[data-gss]").first().waitFor();
    const before = await page.locator('td[data-col="projects"]').allTextContents();
    const labelsBefore = await page.locator("path[data-gss]").evaluateAll((ps) => ps.map((p) => p.getAttribute("aria-label")));

    const slider = page.getByRole("slider", { name: "Move through the next 36 months" });
    await slider.focus();
    await page.keyboard.press("End");
    await page.waitForURL(/asOf=\d{4}-\d{2}-01/);
    await page.locator(".future-note").waitFor();

    const asOf = new URL(page.url()).searchParams.get("asOf")!;
    expect(asOf > new Date().toISOString().slice(0, 10)).toBe(true);
    const after = await page.locator('td[data-col="projects"]').allTextContents();
    expect(after).not.toEqual(before);
    const total = (xs: string[]) => xs.reduce((sum, x) => sum + Number(x.replace(/,/g, "")), 0);
    expect(total(after)).toBeLessThan(total(before)); // if nothing is renewed, provision only shrinks
    const labelsAfter = await page.locator("path[data-gss]").evaluateAll((ps) => ps.map((p) => p.getAttribute("aria-label")));
    expect(labelsAfter).not.toEqual(labelsBefore);
    await expect(page.locator("select#asOf").inputValue()).resolves.toBe(asOf);
  });

  it("opens on every upcoming end, soonest first, with the unknown ends apart, and downloads exactly what it shows", async () => {
    const page = await browser.open("/funding");
    const tables = page.locator("table.funding-table");
    const listed = tables.first().locator("tbody tr");
    expect(await listed.count()).toBeGreaterThan(0);
    const statuses = await listed.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-status")));
    for (const s of statuses) expect(["not-started", "active", "ending-3m", "ending-6m", "ending-12m"]).toContain(s);
    const ends = await listed.locator("td:nth-child(4) time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
    expect(ends.length).toBe(statuses.length);
    expect(ends).toEqual([...ends].sort()); // soonest first
    await page.getByRole("heading", { name: "End date unknown, recently evidenced" }).waitFor();
    const stale = page.getByRole("table", { name: "End date unknown, no recent evidence" });
    await stale.waitFor();
    expect(await stale.locator("tbody tr").first().textContent()).toContain("last evidenced 2015");
    await expect(stale.locator("tbody tr[data-status=active]").count()).resolves.toBe(0);
    const status = await page.getByRole("status").textContent();
    expect(status).toMatch(/\d+ awards? ends? on or after/);
    expect(status).toMatch(/\d+ awards? (has|have) no known end and no evidence within the last 24 months/);

    const shown = await tables.locator("tbody tr").count();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV", exact: true }).first().click()]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.trimEnd().split("\r\n").length - 1).toBe(shown);
    expect(csv).toContain("no-recent-evidence");
  });

  it("lists awards ending soon with their status, and downloads the same list", async () => {
    const page = await browser.open("/funding?asOf=2025-01-01&endingWithin=12");
    const rows = page.locator("table.funding-table").first().locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    const statuses = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-status")));
    for (const s of statuses) expect(["ending-3m", "ending-6m", "ending-12m"]).toContain(s);
    await page.getByRole("heading", { name: "End date unknown, recently evidenced" }).waitFor();
    const href = await page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href");
    const csv = await (await page.request.get(browser.baseUrl + href!)).text();
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("ending-");
    expect(csv.trimEnd().split("\r\n").length - 1).toBe(await page.locator("table.funding-table tbody tr").count());
  });

  it("shows the funding cliff as bars in pounds with the number of awards beside each, and downloads it as CSV", async () => {
    const page = await browser.open("/funding/cliff?asOf=2026-12-01");
    await page.getByRole("figure", { name: "Known amounts of funding ending per quarter" }).waitFor();
    const q2028 = page.locator('.cliff-bars li[data-quarter="2028 Q1"]');
    const q2029 = page.locator('.cliff-bars li[data-quarter="2029 Q1"]');
    await expect(q2028.locator(".cliff-figure").textContent()).resolves.toBe("£400,000 a year · 1 award");
    await expect(q2029.locator(".cliff-figure").textContent()).resolves.toBe("£1,630,000 a year · 1 award");
    // Bar lengths are proportional to the amounts: £1,630,000 / £400,000 = 4.075.
    const w2028 = (await q2028.locator(".cliff-bar").boundingBox())!.width;
    const w2029 = (await q2029.locator(".cliff-bar").boundingBox())!.width;
    expect(w2029 / w2028).toBeGreaterThan(3.9);
    expect(w2029 / w2028).toBeLessThan(4.25);
    // The awards with no known end are counted, and their unknown amounts said to be unknown.
    // (Other browser tests may list funding with a stated amount and no end: the unknown amounts are still counted apart.)
    await expect(page.locator('li[data-open="end-unknown"] p').textContent()).resolves.toMatch(/(^|; )\d+ awards?, amount unknown$/);
    await expect(page.locator('li[data-open="no-recent-evidence"]').textContent()).resolves.toMatch(/\d+ awards?, amount unknown/);
    const text = (await page.locator("main").textContent())!;
    expect(text).not.toContain("£0");
    expect(text).not.toMatch(/known amounts £0/i);
    // The accessible table sits next to the chart, with the same figures.
    expect(await page.locator("table.cliff-table tbody tr").count()).toBe(12);
    const row2028 = page.locator('table.cliff-table tr[data-quarter="2028 Q1"]');
    await expect(row2028.locator('td[data-col="amount-per-year"]').textContent()).resolves.toBe("£400,000 a year");
    await expect(row2028.locator('td[data-col="amount-total"]').textContent()).resolves.toBe("—");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV", exact: true }).click()]);
    expect(download.suggestedFilename()).toBe("cohesion-map-wales-cliff-2026-12-01.csv");
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...lines] = csv.slice(1).trimEnd().split("\r\n");
    expect(header.split(",")).toContain("amount_per_year_gbp");
    expect(lines.find((l) => l.startsWith("2026-12-01,funder,2028 Q1,2028-01-01,2028-03-31,all,"))).toContain(",400000,");
  });

  it("counts the awards of unknown amount beside their quarter, never as £0", async () => {
    const page = await browser.open("/funding/cliff?asOf=2024-06-01");
    const q = page.locator('.cliff-bars li[data-quarter="2024 Q4"]');
    await expect(q.locator(".cliff-unknown").textContent()).resolves.toBe("1 award, amount unknown");
    expect(await q.locator(".cliff-bar").count()).toBe(0);
    expect(await page.locator("main").textContent()).not.toContain("£0");
  });

  it("shows the cliff in Welsh", async () => {
    const page = await browser.open("/funding/cliff?asOf=2026-12-01&lang=cy");
    await page.getByRole("heading", { name: "Y dibyn cyllid", level: 1 }).waitFor();
    await expect(page.locator('.cliff-bars li[data-quarter="2028 Q1"] .cliff-figure').textContent()).resolves.toBe("£400,000 y flwyddyn · 1 dyfarniad");
    await expect(page.locator('li[data-open="end-unknown"] p').textContent()).resolves.toMatch(/(^|; )\d+ dyfarniad, swm anhysbys$/);
    expect(await page.getByRole("link", { name: "CSV", exact: true }).getAttribute("href")).toContain("lang=cy");
  });

  it("offers valid Atom and iCalendar feeds of awards ending within 6 months", async () => {
    const page = await browser.open("/funding?asOf=2025-01-01");
    const atom = await page.request.get(browser.baseUrl + "/funding/ending.atom?asOf=2025-01-01");
    expect(atom.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await atom.text();
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect((xml.match(/<entry>/g) ?? []).length).toBeGreaterThan(0);
    const ics = await (await page.request.get(browser.baseUrl + "/funding/ending.ics?asOf=2025-01-01")).text();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBe((xml.match(/<entry>/g) ?? []).length);
  });

  it("answers a bad window or date with a 400 that says what was wrong", async () => {
    const page = await browser.open("/funding?endingWithin=5");
    await expect(page.getByRole("alert").textContent()).resolves.toContain("endingWithin");
    const api = await page.request.get(browser.baseUrl + "/api/awards?asOf=2025-02-30");
    expect(api.status()).toBe(400);
    expect(((await api.json()) as { error: { message: string } }).error.message).toContain("2025-02-30");
  });

  it("takes a date as day, month and year boxes in both languages, and says when a day does not exist", async () => {
    const page = await browser.open("/funding/cliff");
    await page.getByRole("group", { name: "Date" }).waitFor();
    await page.getByLabel("Day", { exact: true }).fill("30");
    await page.getByLabel("Month", { exact: true }).fill("2");
    await page.getByLabel("Year", { exact: true }).fill("2027");
    await page.getByRole("button", { name: "Show" }).click();
    await page.getByText("“2027-02-30” is not a real date: that month has 28 days.").waitFor();
    await page.goto(browser.baseUrl + "/funding/cliff?lang=cy", { waitUntil: "networkidle" });
    await page.getByLabel("Diwrnod", { exact: true }).fill("31");
    await page.getByLabel("Mis", { exact: true }).fill("3");
    await page.getByLabel("Blwyddyn", { exact: true }).fill("2026");
    await page.locator("form button[type=submit]").first().click();
    await page.waitForURL(/asOf=2026-03-31/);
    expect(new URL(page.url()).searchParams.get("lang")).toBe("cy");
    await expect(page.getByLabel("Diwrnod", { exact: true }).inputValue()).resolves.toBe("31");
    await expect(page.getByLabel("Mis", { exact: true }).inputValue()).resolves.toBe("3");
  });
});
