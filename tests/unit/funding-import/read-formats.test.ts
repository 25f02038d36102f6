import { describe, expect, it } from "vitest";
import { expectGolden } from "../../golden";
import { fixture, readAll } from "./helpers";

const withoutRow = <T extends { row: number }>(list: T[]) => list.map(({ row: _row, ...rest }) => rest);

describe("reading the JSON package", () => {
  it("reads all five grants and the package's title, publisher, issued and modified", async () => {
    const { grants, problems, report } = await readAll(fixture("grants.json"));
    expect(problems).toEqual([]);
    expect(grants.map((g) => g.identifier)).toEqual([1, 2, 3, 4, 5].map((n) => `360G-examplewt-000${n}`));
    expect(grants.map((g) => g.row)).toEqual([1, 2, 3, 4, 5]);
    expect(report).toEqual({
      format: "json",
      grantsRead: 5,
      unknownColumns: [],
      ukDates: 0,
      swappedLocations: 1,
      package: {
        title: "Cohesion grants 2026 (test package)",
        publisher: "Example Welsh Trust",
        issued: "2026-03-02",
        modified: "2026-03-01T09:30:00Z",
      },
    });
  });

  it("reads amounts to pence, a date-time award date as its day, and two beneficiary locations", async () => {
    const [first] = (await readAll(fixture("grants.json"))).grants;
    expect(first.amountPence).toBe(2_500_050);
    expect(first.awardDate).toEqual({ date: "2026-02-10", precision: "day" });
    expect(first.beneficiaryLocations.map((l) => l.geoCode)).toEqual(["W06000023", "W06000008"]);
    expect(first.description).toBe("Third-party reporting centres,\nwith training for volunteers, in rural Mid Wales");
    expect(first.programme).toEqual({ code: "SAFE", title: "Safer Communities" });
  });

  it("works out an end from start + duration at the start's precision", async () => {
    const second = (await readAll(fixture("grants.json"))).grants[1];
    expect(second).toMatchObject({
      start: { date: "2026-01", precision: "month" },
      end: { date: "2026-12", precision: "month" },
      endFrom: "duration",
      durationMonths: 12,
    });
  });

  it("prefers actual dates to planned ones", async () => {
    const third = (await readAll(fixture("grants.json"))).grants[2];
    expect(third).toMatchObject({
      start: { date: "2025-12-01", precision: "day" },
      end: { date: "2026-11-30", precision: "day" },
      endFrom: "actual",
    });
  });

  it("swaps back a geoCode and geoCodeType given the wrong way round", async () => {
    const third = (await readAll(fixture("grants.json"))).grants[2];
    expect(third.beneficiaryLocations[0]).toEqual({
      name: "Swansea",
      geoCode: "W06000011",
      geoCodeType: "Unitary Authorities",
      latitude: 51.62079,
      longitude: -3.94323,
      swappedFixed: true,
    });
  });
});

describe("reading the CSV and XLSX copies", () => {
  it("reads the CSV (BOM, quoted commas, a newline in a description, numbered columns, a UK date) to the JSON's grants", async () => {
    const json = await readAll(fixture("grants.json"));
    const csv = await readAll(fixture("grants.csv"));
    expect(csv.problems).toEqual([]);
    expect(csv.grants.map((g) => g.row)).toEqual([2, 3, 4, 5, 6]);
    expect(withoutRow(csv.grants)).toEqual(withoutRow(json.grants));
    expect(csv.report).toMatchObject({ format: "csv", grantsRead: 5, ukDates: 1, swappedLocations: 1 });
  });

  it("lists the CSV's unknown columns but not the standard ones it does not use", async () => {
    const { report } = await readAll(fixture("grants.csv"));
    expect(report.unknownColumns).toEqual(["Internal Ref"]);
  });

  it("reads the XLSX (Excel date cells, number cells) to the same grants as the CSV, rows numbered alike", async () => {
    const csv = await readAll(fixture("grants.csv"));
    const xlsx = await readAll(fixture("grants.xlsx"));
    expect(xlsx.problems).toEqual([]);
    expect(xlsx.grants).toEqual(csv.grants);
    expect(xlsx.report).toEqual({ ...csv.report, format: "xlsx", ukDates: 0 });
  });

  it("matches the golden grants read from the CSV", async () => {
    const { grants } = await readAll(fixture("grants.csv"));
    expectGolden(new URL("../../fixtures/360giving/grants.expected.json", import.meta.url), grants);
  });

  it("reads a file by its content when its name has no extension", async () => {
    const { report } = await readAll(fixture("grants.json"), "download");
    expect(report.format).toBe("json");
    const csv = await readAll(fixture("grants.csv"), "export.txt");
    expect(csv.report.format).toBe("csv");
  });
});
