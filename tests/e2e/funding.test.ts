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

  it("lists awards ending soon with their status, and downloads the same list", async () => {
    const page = await browser.open("/funding?asOf=2025-01-01&endingWithin=12");
    const rows = page.locator("table.funding-table").first().locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    const statuses = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-status")));
    for (const s of statuses) expect(["ending-3m", "ending-6m", "ending-12m"]).toContain(s);
    await page.getByRole("heading", { name: "End date unknown" }).waitFor();
    const href = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
    const csv = await (await page.request.get(browser.baseUrl + href!)).text();
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("ending-");
  });

  it("shows the funding cliff as a chart and a table with the unknowns", async () => {
    const page = await browser.open("/funding/cliff?asOf=2024-06-01");
    await page.getByRole("img", { name: "Funding awards ending per quarter" }).waitFor();
    expect(await page.locator("table.cliff-table tbody tr").count()).toBe(12);
    const awards = await page.locator('table.cliff-table td[data-col="awards"]').allTextContents();
    expect(awards.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(Number(await page.locator("[data-unknown-end]").getAttribute("data-unknown-end"))).toBeGreaterThan(0);
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
});
