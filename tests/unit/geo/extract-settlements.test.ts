import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractWelshSettlements, stringifyOneRecordPerLine, type CityRecord } from "../../../geo/extract-settlements";

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/geo/${name}`, import.meta.url), "utf8"));
const cities = (): CityRecord[] => fixture("cities-mini.json");

describe("extractWelshSettlements", () => {
  it("matches the golden file: Welsh GB places only, largest first, then by name and id, unknown population last", () => {
    expect(extractWelshSettlements(cities())).toEqual(fixture("cities-mini.expected.json"));
  });

  it("keeps altName only where the package has one", () => {
    const result = extractWelshSettlements(cities());
    expect(result.find((s) => s.name === "Barry")?.altName).toBe("Y Barri");
    expect(result.find((s) => s.name === "Cardiff")).not.toHaveProperty("altName");
  });

  it("reads GeoNames population 0 as unknown (null), not as an empty place", () => {
    const result = extractWelshSettlements(cities());
    expect(result.find((s) => s.name === "Ystrad Mynach")?.population).toBeNull();
  });

  it("throws naming a Welsh place without coordinates", () => {
    const input = cities();
    input[0].loc = { type: "Point", coordinates: [Number.NaN, 51.48] };
    expect(() => extractWelshSettlements(input)).toThrow("Invalid coordinates for settlement Cardiff (2653822): [null,51.48]");
  });

  it("throws naming a Welsh place with a negative population", () => {
    const input = cities();
    input[0].population = -5;
    expect(() => extractWelshSettlements(input)).toThrow("Invalid population for settlement Cardiff (2653822): -5");
  });
});

describe("stringifyOneRecordPerLine", () => {
  it("writes one record per line as valid JSON", () => {
    const text = stringifyOneRecordPerLine([{ a: 1 }, { a: 2 }]);
    expect(text).toBe('[\n{"a":1},\n{"a":2}\n]\n');
    expect(JSON.parse(text)).toEqual([{ a: 1 }, { a: 2 }]);
  });
});
