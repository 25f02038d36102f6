import { describe, expect, it } from "vitest";
import { HONEYPOT_FIELD, isHoneypotTripped } from "../../../app/platform/honeypot.server";

const form = (value?: string | File) => {
  const data = new FormData();
  data.set("email", "ann@example.org");
  if (value !== undefined) data.set(HONEYPOT_FIELD, value);
  return data;
};

describe("isHoneypotTripped", () => {
  it("uses a field called website_url", () => {
    expect(HONEYPOT_FIELD).toBe("website_url");
  });

  it("lets through a form whose hidden field is missing, empty or only spaces", () => {
    expect(isHoneypotTripped(form())).toBe(false);
    expect(isHoneypotTripped(form(""))).toBe(false);
    expect(isHoneypotTripped(form("   "))).toBe(false);
  });

  it("catches a form whose hidden field was filled in", () => {
    expect(isHoneypotTripped(form("https://spam.example"))).toBe(true);
    expect(isHoneypotTripped(form(new File(["x"], "x.txt")))).toBe(true);
  });
});
