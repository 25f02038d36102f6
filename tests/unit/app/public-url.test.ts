/**
 * The site's public address: PUBLIC_URL checked once at start-up, and the origin every absolute
 * URL is built on — never a Host header sent by a stranger.
 */
import { describe, expect, it, vi } from "vitest";
import { DEFAULT_PUBLIC_URL, parsePublicUrl, publicOriginFor, publicUrlWarning } from "../../../app/platform/public-url.server";
import { alternateLinks } from "../../../app/root";

describe("parsePublicUrl", () => {
  it("takes an absolute http(s) origin, with or without a trailing slash, and gives its origin", () => {
    expect(parsePublicUrl("https://cohesionmap.wales")).toBe("https://cohesionmap.wales");
    expect(parsePublicUrl("https://cohesionmap.wales/")).toBe("https://cohesionmap.wales");
    expect(parsePublicUrl("HTTPS://CohesionMap.Wales:8443")).toBe("https://cohesionmap.wales:8443");
    expect(parsePublicUrl("http://127.0.0.1:3000")).toBe("http://127.0.0.1:3000");
  });

  it("is null when unset or empty", () => {
    expect(parsePublicUrl(undefined)).toBeNull();
    expect(parsePublicUrl("")).toBeNull();
    expect(parsePublicUrl("   ")).toBeNull();
  });

  it("throws, naming the value, for anything but an absolute http(s) origin", () => {
    for (const bad of [
      "cohesionmap.wales",
      "/funding",
      "ftp://cohesionmap.wales",
      "javascript:alert(1)",
      "https://cohesionmap.wales/map",
      "https://cohesionmap.wales/?lang=cy",
      "https://cohesionmap.wales/#top",
      "https://admin:secret@cohesionmap.wales",
      "https://",
    ]) {
      expect(() => parsePublicUrl(bad), bad).toThrow(`PUBLIC_URL must be`);
      expect(() => parsePublicUrl(bad), bad).toThrow(JSON.stringify(bad));
    }
  });
});

describe("publicOriginFor", () => {
  const request = (url: string) => new Request(url);

  it("is always the configured origin when PUBLIC_URL is set, whatever Host the request names", () => {
    for (const url of ["http://evil.example/funding", "http://127.0.0.1:3000/", "https://cohesionmap.wales.evil.example/"]) {
      expect(publicOriginFor(request(url), "https://cohesionmap.wales"), url).toBe("https://cohesionmap.wales");
    }
  });

  it("without PUBLIC_URL, is the request's own origin only for a loopback host", () => {
    expect(publicOriginFor(request("http://127.0.0.1:3203/funding"), null)).toBe("http://127.0.0.1:3203");
    expect(publicOriginFor(request("http://localhost:5173/"), null)).toBe("http://localhost:5173");
    expect(publicOriginFor(request("http://[::1]:3000/"), null)).toBe("http://[::1]:3000");
  });

  it("without PUBLIC_URL, falls back to the default for any other host, so a forged Host never reaches a link", () => {
    for (const url of ["http://evil.example/", "http://localhost.evil.example/", "http://127.0.0.1.evil.example/", "http://10.0.0.5/"]) {
      expect(publicOriginFor(request(url), null), url).toBe(DEFAULT_PUBLIC_URL);
    }
    expect(DEFAULT_PUBLIC_URL).toBe("http://localhost:3000");
  });
});

describe("publicUrlWarning", () => {
  it("warns in production when PUBLIC_URL is unset, and not otherwise", () => {
    expect(publicUrlWarning(null, "production")).toMatch(/PUBLIC_URL is not set/);
    expect(publicUrlWarning(null, "development")).toBeNull();
    expect(publicUrlWarning("https://cohesionmap.wales", "production")).toBeNull();
  });
});

describe("the canonical and hreflang links (root.tsx)", () => {
  it("gives the canonical page and its English, Welsh and default alternates on the public origin", () => {
    expect(alternateLinks("https://cohesionmap.wales", "/funding", "?lang=cy&theme=hate-crime")).toEqual({
      canonical: "https://cohesionmap.wales/funding?lang=cy",
      alternates: [
        { hrefLang: "en", href: "https://cohesionmap.wales/funding" },
        { hrefLang: "cy", href: "https://cohesionmap.wales/funding?lang=cy" },
        { hrefLang: "x-default", href: "https://cohesionmap.wales/funding" },
      ],
    });
    expect(alternateLinks("https://cohesionmap.wales", "/", "").canonical).toBe("https://cohesionmap.wales/");
  });

  it("never leaves the public origin, even for a path that looks like another host", () => {
    const links = alternateLinks("https://cohesionmap.wales", "//evil.example/x", "");
    for (const href of [links.canonical, ...links.alternates.map((a) => a.href)]) expect(new URL(href).origin).toBe("https://cohesionmap.wales");
  });
});

describe("the start-up check", () => {
  it("refuses to load with a bad PUBLIC_URL, and warns once in production without one", async () => {
    vi.resetModules();
    vi.stubEnv("PUBLIC_URL", "cohesionmap.wales");
    await expect(import("../../../app/platform/public-url.server")).rejects.toThrow("PUBLIC_URL must be");
    vi.resetModules();
    vi.stubEnv("PUBLIC_URL", "");
    vi.stubEnv("NODE_ENV", "production");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await import("../../../app/platform/public-url.server");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/PUBLIC_URL is not set/);
    vi.unstubAllEnvs();
  });
});
