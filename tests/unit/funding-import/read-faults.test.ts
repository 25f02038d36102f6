import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readGrantFile } from "../../../app/funding/giving360/read-grant-file";
import { GrantFileError } from "../../../app/funding/giving360/types";
import { fixture, readAll } from "./helpers";

const TMP = mkdtempSync(join(tmpdir(), "giving360-faults-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

async function fileErrorOf(path: string, fileName = path): Promise<GrantFileError> {
  const error = await readAll(path, fileName).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GrantFileError);
  return error as GrantFileError;
}

describe("faults in the whole file", () => {
  it("refuses a truncated JSON package, after handing on the grants before the cut", async () => {
    const seen: string[] = [];
    const error = await readGrantFile(fixture("truncated.json"), "truncated.json", (g) => seen.push(g.identifier), () => {}).catch((e) => e);
    expect(error).toBeInstanceOf(GrantFileError);
    expect(error.key).toBe("truncated");
    expect(seen).toEqual(["360G-examplewt-0001", "360G-examplewt-0002"]);
  });

  it("passes on an error thrown by the caller's onGrant as it is, not as a fault in the file", async () => {
    for (const name of ["grants.json", "grants.csv", "grants.xlsx"]) {
      const error = await readGrantFile(fixture(name), name, () => {
        throw new Error("database is locked");
      }, () => {}).catch((e) => e);
      expect(error, name).not.toBeInstanceOf(GrantFileError);
      expect(error.message, name).toBe("database is locked");
    }
  });

  it("refuses a .json file that is not JSON", async () => {
    expect((await fileErrorOf(fixture("not-json.json"))).key).toBe("notJson");
  });

  it("refuses a JSON object with no grants list", async () => {
    expect((await fileErrorOf(fixture("not-a-package.json"))).key).toBe("noGrants");
  });

  it("refuses JSON whose top level is a list, or whose grants are not a list", async () => {
    const list = join(TMP, "list.json");
    writeFileSync(list, '[{"id": "360G-x-1"}]');
    expect((await fileErrorOf(list)).key).toBe("noGrants");
    const object = join(TMP, "object.json");
    writeFileSync(object, '{"grants": {"id": "360G-x-1"}}');
    expect((await fileErrorOf(object)).key).toBe("noGrants");
  });

  it("refuses a CSV without an Identifier column, naming the columns it found", async () => {
    const error = await fileErrorOf(fixture("no-identifier.csv"));
    expect(error.key).toBe("noIdentifierColumn");
    expect(error.message).toContain("Grant Ref, Title, Amount Awarded");
  });

  it("refuses a CSV cut inside a quoted value as truncated", async () => {
    const path = join(TMP, "cut.csv");
    writeFileSync(path, 'Identifier,Title,Description\n360G-x-1,Club,"A description that never');
    expect((await fileErrorOf(path)).key).toBe("truncated");
  });

  it("refuses an unknown format, a legacy .xls and a .xlsx that is not a workbook", async () => {
    const text = join(TMP, "notes.txt");
    writeFileSync(text, "Some notes about grants\n");
    expect((await fileErrorOf(text)).key).toBe("unknownFormat");
    const xls = join(TMP, "old.xls");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect((await fileErrorOf(xls)).key).toBe("unknownFormat");
    const fake = join(TMP, "fake.xlsx");
    writeFileSync(fake, "Identifier,Title\n");
    expect((await fileErrorOf(fake)).key).toBe("badWorkbook");
  });

  it("refuses a workbook over the size it reads whole", async () => {
    const error = await readGrantFile(fixture("grants.xlsx"), "grants.xlsx", () => {}, () => {}, { maxWorkbookBytes: 1000 }).catch((e) => e);
    expect(error).toBeInstanceOf(GrantFileError);
    expect(error.key).toBe("tooLarge");
  });
});

describe("problems in single rows", () => {
  it("counts blank lines in spreadsheet row numbers, as a spreadsheet shows them", async () => {
    const path = join(TMP, "blank-lines.csv");
    const header = "Identifier,Title,Currency,Amount Awarded,Funding Org:Name,Recipient Org:Name";
    writeFileSync(path, `${header}\n\n360G-x-1,Club,GBP,5,Trust,Club\n,,,,,\n360G-x-2,Club,GBP,6,Trust,Club\n`);
    const { grants, problems } = await readAll(path);
    expect(problems).toEqual([]);
    expect(grants.map((g) => g.row)).toEqual([3, 5]);
  });

  const badRows = join(TMP, "bad-rows.csv");
  const bigDescription = "x".repeat(2 * 1024 * 1024);
  writeFileSync(
    badRows,
    `${readFileSync(fixture("bad-rows.csv"), "utf8")}360G-bad-0010,Community project,${bigDescription},GBP,1000,2026-01-15,2026-04-01,2027-03-31,,GB-CHC-1000001,Example Welsh Trust,GB-CHC-3000001,Good Cause,W06000015,\n`,
  );

  it("reads the good row and reports each bad one with its row number and column title", async () => {
    const { grants, problems, report } = await readAll(badRows, "bad-rows.csv", { maxFieldBytes: 1024 * 1024 });
    expect(grants.map((g) => [g.row, g.identifier])).toEqual([[2, "360G-bad-0001"]]);
    expect(report.grantsRead).toBe(1);
    expect(problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [3, "Identifier", "missingIdentifier"],
      [4, "Amount Awarded", "badAmount"],
      [5, "Amount Awarded", "badAmount"],
      [6, "Planned Dates:End Date", "endBeforeStart"],
      [7, "Award Date", "badDate"],
      [8, "Planned Dates:Start Date", "badDate"],
      [9, "Currency", "badCurrency"],
      [10, "Planned Dates:Duration (months)", "badNumber"],
      [11, "Description", "fieldTooLong"],
    ]);
  });

  it("writes messages that name the row, the column and the value", async () => {
    const { problems } = await readAll(badRows, "bad-rows.csv", { maxFieldBytes: 1024 * 1024 });
    const message = (row: number) => problems.find((p) => p.row === row)?.message;
    expect(message(4)).toMatch(/^Row 4, column "Amount Awarded": "£1,000" is not a number/);
    expect(message(5)).toMatch(/^Row 5, column "Amount Awarded": "1,000" is not a number/);
    expect(message(6)).toBe('Row 6, column "Planned Dates:End Date": "2026-05-31" is before the start "2026-06-01"');
    expect(message(7)).toBe('Row 7, column "Award Date": "31/02/2026" is not a real date');
    expect(message(9)).toBe('Row 9, column "Currency": "EUR" is not GBP: only grants in pounds sterling (GBP) are read');
    expect(message(11)).toMatch(/^Row 11, column "Description": the value is 2\.1 MB, over the limit of 1048576 bytes$/);
  });

  it("lists the unknown columns of the bad-rows file", async () => {
    const { report } = await readAll(badRows, "bad-rows.csv", { maxFieldBytes: 1024 * 1024 });
    expect(report.unknownColumns).toEqual(["Our Notes"]);
  });

  it("reports an over-long JSON field by the standard's title, before any other check", async () => {
    const path = join(TMP, "big.json");
    const grant = { id: "", title: "t", description: "é".repeat(600_000), amountAwarded: "£5" };
    writeFileSync(path, JSON.stringify({ grants: [grant] }));
    const { problems } = await readAll(path, "big.json", { maxFieldBytes: 1_000_000 });
    expect(problems.map((p) => [p.row, p.column, p.key])).toEqual([[1, "Description", "fieldTooLong"]]);
    expect(problems[0].message).toMatch(/^Grant 1, field "Description": the value is 1\.2 MB/);
  });
});
