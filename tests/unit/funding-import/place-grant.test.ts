import { describe, expect, it } from "vitest";
import { authorityOfName, authorityOfTown } from "../../../app/funding/giving360/authority-names";
import { placeGrant } from "../../../app/funding/giving360/place-grant";
import type { Grant, GrantLocation, GrantOrg } from "../../../app/funding/giving360/types";
import { fixture, readAll } from "./helpers";

function location(over: Partial<GrantLocation>): GrantLocation {
  return { name: null, geoCode: null, geoCodeType: null, latitude: null, longitude: null, swappedFixed: false, ...over };
}

function org(over: Partial<GrantOrg> = {}): GrantOrg {
  return { id: null, name: "Org", charityNumber: null, companyNumber: null, postalCode: null, city: null, locations: [], ...over };
}

function grant(beneficiaryLocations: GrantLocation[], recipient: GrantOrg | null = org()): Grant {
  return {
    row: 2, identifier: "360G-t-1", title: "Grant", description: "", amountPence: 100, awardDate: null,
    start: null, end: null, endFrom: null, durationMonths: null, funder: org({ name: "Funder" }), recipient,
    programme: null, classifications: [], beneficiaryLocations, locationScope: null, dateModified: null, dataSource: null,
  };
}

describe("placing a grant by its beneficiary locations", () => {
  it("takes W06 codes directly, sorted and unique", () => {
    const p = placeGrant(grant([location({ geoCode: "W06000023" }), location({ geoCode: "W06000008" }), location({ geoCode: "w06000023" })]));
    expect(p).toMatchObject({ authorities: ["W06000008", "W06000023"], welsh: true, reason: "beneficiary W06 code", insideWalesUnknownAuthority: false });
  });

  it("resolves ward, LSOA and MSOA codes to their authority", () => {
    const p = placeGrant(grant([location({ geoCode: "W01000001" }), location({ geoCode: "W02000001" })]));
    expect(p).toMatchObject({ authorities: ["W06000001"], reason: "beneficiary ward/LSOA/MSOA code" });
  });

  it("treats W92000004 as Wales-wide: all 22 authorities", () => {
    const p = placeGrant(grant([location({ geoCode: "W92000004", geoCodeType: "CTRY" })]));
    expect(p.authorities).toHaveLength(22);
    expect(p.reason).toMatch(/Wales-wide/);
  });

  it("marks community, Senedd and Westminster constituency codes as inside Wales, authority unknown", () => {
    for (const code of ["W04000001", "W09000001", "W07000041"]) {
      const p = placeGrant(grant([location({ geoCode: code })]));
      expect(p, code).toMatchObject({ authorities: [], insideWalesUnknownAuthority: true, welsh: true });
    }
  });

  it("reads authority names in English or Welsh, with Council/Cyngor and the like", () => {
    expect(placeGrant(grant([location({ name: "Caerdydd" })]))).toMatchObject({ authorities: ["W06000015"], reason: "beneficiary authority name" });
    expect(authorityOfName("Rhondda Cynon Taff")).toBe("W06000016");
    expect(authorityOfName("Vale of Glamorgan Council")).toBe("W06000014");
    expect(authorityOfName("Cardiff Council")).toBe("W06000015");
    expect(authorityOfName("Cyngor Sir Powys")).toBe("W06000023");
    expect(authorityOfName("City and County of Swansea")).toBe("W06000011");
    expect(authorityOfName("Cyngor Sir Benfro")).toBe("W06000009");
    expect(authorityOfName("Ynys Mon")).toBe("W06000001");
    expect(authorityOfName("Caerphilly County Borough Council")).toBe("W06000018");
    expect(authorityOfName("Bristol City Council")).toBeUndefined();
  });

  it("marks a name that says Wales but no authority as inside Wales, authority unknown", () => {
    expect(placeGrant(grant([location({ name: "North Wales" })]))).toMatchObject({ authorities: [], insideWalesUnknownAuthority: true, welsh: true });
  });

  it("accepts a point inside the Wales bounding box with the default or given radius", () => {
    const loc = location({ latitude: 51.48, longitude: -3.18 });
    expect(placeGrant(grant([loc])).point).toEqual({ lng: -3.18, lat: 51.48, radiusKm: 5 });
    expect(placeGrant(grant([loc]), { pointRadiusKm: 12 })).toMatchObject({ point: { radiusKm: 12 }, reason: "beneficiary lat/long", welsh: true });
  });

  it("keeps a grant whose beneficiaries are outside Wales out, even with a Welsh recipient", () => {
    const cardiffCharity = org({ city: "Cardiff", postalCode: "CF10 1AA" });
    expect(placeGrant(grant([location({ geoCode: "E08000035" })], cardiffCharity))).toMatchObject({ welsh: false, reason: "no Welsh location", recipientBase: "W06000015" });
    expect(placeGrant(grant([location({ latitude: 53.8, longitude: -1.55 })], cardiffCharity)).welsh).toBe(false);
    expect(placeGrant(grant([location({ name: "England" })], cardiffCharity)).welsh).toBe(false);
  });
});

describe("placing a grant by its recipient's address", () => {
  it("falls back to the recipient's city when no beneficiary location is given", () => {
    const p = placeGrant(grant([], org({ city: "Aberystwyth", postalCode: "SY23 1AA" })));
    expect(p).toEqual({ authorities: [], point: null, insideWalesUnknownAuthority: false, recipientBase: "W06000008", welsh: true, reason: "recipient address only" });
  });

  it("uses the recipient's own location codes first", () => {
    const recipient = org({ city: "Cardiff", locations: [location({ geoCode: "W06000022" })] });
    expect(placeGrant(grant([], recipient)).recipientBase).toBe("W06000022");
  });

  it("does not take an English town of a Welsh name for Wales", () => {
    expect(authorityOfTown("Newport")).toBe("W06000022");
    expect(placeGrant(grant([], org({ city: "Newport", postalCode: "TF10 7AA" })))).toMatchObject({ welsh: false, recipientBase: null });
  });

  it("places a recipient with a wholly Welsh postcode area but no known town inside Wales, authority unknown", () => {
    expect(placeGrant(grant([], org({ city: "Nowhere-on-Sea", postalCode: "CF99 1SN" })))).toMatchObject({
      welsh: true,
      recipientBase: null,
      insideWalesUnknownAuthority: true,
      reason: "recipient address only",
    });
  });

  it("says no Welsh location for a grant to an individual with no location", () => {
    expect(placeGrant(grant([], null))).toMatchObject({ welsh: false, reason: "no Welsh location" });
  });
});

describe("placing the fixture grants", () => {
  it("places each of the five grants as its fixture intends", async () => {
    const { grants } = await readAll(fixture("grants.json"));
    expect(grants.map((g) => placeGrant(g)).map((p) => [p.authorities.join(" "), p.point !== null, p.welsh, p.reason])).toEqual([
      ["W06000008 W06000023", false, true, "beneficiary W06 code"],
      ["W06000015", false, true, "beneficiary authority name"],
      ["W06000011", true, true, "beneficiary W06 code"],
      ["", false, false, "no Welsh location"],
      ["", false, true, "recipient address only"],
    ]);
  });
});
