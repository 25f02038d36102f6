import { describe, expect, it } from "vitest";
import { THEME_KEYWORDS, classifyThemes, themesOfText } from "../../../app/funding/giving360/themes";
import { THEMES } from "../../../seeds/data/themes";
import { fixture, readAll } from "./helpers";

describe("theming grants by keywords", () => {
  it("covers exactly the 13 fixed theme ids", () => {
    expect(Object.keys(THEME_KEYWORDS).sort()).toEqual(THEMES.map((t) => t.id).sort());
  });

  it.each([
    ["Hate crime reporting centres", ["hate-crime"]],
    ["Cefnogi dioddefwyr troseddau casineb", ["hate-crime"]],
    ["Drop-in for refugees and asylum seekers", ["asylum-refugee-migrant"]],
    ["Cymorth i ffoaduriaid", ["asylum-refugee-migrant"]],
    ["Tackling misinformation and online harms", ["misinformation-online-harm"]],
    ["Gypsy and Traveller site liaison", ["gypsy-roma-traveller"]],
    ["Roma families outreach", ["gypsy-roma-traveller"]],
    ["Modern slavery awareness", ["modern-slavery"]],
    ["Community centre roof", ["community-spaces"]],
    ["Neuadd y pentref", ["community-spaces"]],
    ["Community tension monitoring", ["tension-monitoring-safety"]],
    ["Extremism and radicalisation awareness", ["extremism-prevention"]],
    ["Local Prevent coordinator post", ["extremism-prevention"]],
    ["Interfaith dialogue week", ["interfaith-belief"]],
    ["LGBTQ+ youth group", ["youth-asb", "lgbtq-inclusion"]],
    ["Grŵp LHDTC+ lleol", ["lgbtq-inclusion"]],
    ["Capacity building for small charities", ["third-sector-capacity"]],
    ["Evening youth club", ["youth-asb"]],
    ["Young people's anti-social behaviour diversion", ["youth-asb"]],
    ["Youth mentoring in secondary schools", ["schools-young-people"]],
    ["Prosiect pobl ifanc mewn ysgolion", ["schools-young-people"]],
  ])("themes %j as %j", (text, ids) => {
    expect(themesOfText(text)).toEqual(ids);
  });

  it("matches whole words only", () => {
    expect(themesOfText("Romanian language classes")).toEqual([]);
    expect(themesOfText("Faithful restoration of a mural")).toEqual([]);
    expect(themesOfText("Hypertension clinic")).toEqual([]);
    expect(themesOfText("Basbol skills")).toEqual([]);
  });

  it("does not take the verb 'prevent' for the Prevent programme", () => {
    expect(themesOfText("Work to prevent homelessness")).toEqual([]);
    expect(themesOfText("Prevent homelessness. Prevent isolation.")).toEqual([]);
  });

  it("leaves a grant with no keyword unclassified", () => {
    expect(themesOfText("New boiler for the office")).toEqual([]);
  });

  it("themes the fixture grants from title, description, programme and classifications", async () => {
    const { grants } = await readAll(fixture("grants.json"));
    expect(grants.map(classifyThemes)).toEqual([
      ["hate-crime"],
      ["hate-crime"],
      ["asylum-refugee-migrant"],
      ["youth-asb"],
      ["community-spaces"],
    ]);
  });
});
