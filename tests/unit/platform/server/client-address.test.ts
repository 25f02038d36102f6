import { afterEach, describe, expect, it, vi } from "vitest";
import { clientIp, CLIENT_ADDRESS_HEADER, fromTrustedHop, publicUrl, SERVER_SETS_CLIENT_ADDRESS, trustedProxyHops } from "../../../../app/platform/request.server";
import { isUploadPath } from "../../../../app/platform/server/body-limit";
import { clientAddressOf, plainAddress } from "../../../../app/platform/server/client-address";
import { serverSettings } from "../../../../app/platform/server/settings";

afterEach(() => {
  vi.unstubAllEnvs();
  delete (globalThis as Record<symbol, unknown>)[SERVER_SETS_CLIENT_ADDRESS];
});

describe("trustedProxyHops", () => {
  it("reads TRUST_PROXY as a number of proxies: none by default, and 1 still means one", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("0")).toBe(0);
    expect(trustedProxyHops("1")).toBe(1);
    expect(trustedProxyHops(" 2 ")).toBe(2);
  });

  it("refuses anything that is not a small whole number, naming the value", () => {
    for (const bad of ["true", "yes", "-1", "1.5", "10", "loopback"]) {
      expect(() => trustedProxyHops(bad)).toThrow(`TRUST_PROXY must be the number of trusted proxies in front of the app, from 0 to 9: ${bad}`);
    }
  });
});

describe("fromTrustedHop", () => {
  const chain = ["6.6.6.6", "203.0.113.9", "10.0.0.2", "127.0.0.1"];

  it("takes the socket with no trusted proxy, whatever the client put in front", () => {
    expect(fromTrustedHop(chain, 0)).toBe("127.0.0.1");
  });

  it("takes the Nth entry from the right with N trusted proxies", () => {
    expect(fromTrustedHop(chain, 1)).toBe("10.0.0.2");
    expect(fromTrustedHop(chain, 2)).toBe("203.0.113.9");
  });

  it("takes the farthest entry when the request came through fewer proxies than trusted", () => {
    expect(fromTrustedHop(["203.0.113.9", "127.0.0.1"], 3)).toBe("203.0.113.9");
    expect(fromTrustedHop(["127.0.0.1"], 1)).toBe("127.0.0.1");
  });
});

describe("clientAddressOf", () => {
  it("is the socket's address with no trusted proxy, ignoring a forged X-Forwarded-For", () => {
    expect(clientAddressOf("198.51.100.4", "6.6.6.6", 0)).toBe("198.51.100.4");
    expect(clientAddressOf("::ffff:198.51.100.4", undefined, 0)).toBe("198.51.100.4");
  });

  it("is the address the proxy appended, not the client's first entry, with one trusted proxy", () => {
    expect(clientAddressOf("127.0.0.1", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddressOf("127.0.0.1", ["6.6.6.6", "203.0.113.9"], 1)).toBe("203.0.113.9");
    expect(clientAddressOf("127.0.0.1", "2001:db8::5", 1)).toBe("2001:db8::5");
    expect(clientAddressOf("127.0.0.1", undefined, 1)).toBe("127.0.0.1");
  });

  it("counts two proxies from the right", () => {
    expect(clientAddressOf("10.0.0.3", "6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("never lets a non-address entry pick the bucket: the nearest address after it is used", () => {
    expect(clientAddressOf("127.0.0.1", "6.6.6.6, unknown", 1)).toBe("127.0.0.1");
    expect(clientAddressOf("10.0.0.3", "203.0.113.9, garbage, 10.0.0.2", 2)).toBe("10.0.0.2");
  });

  it("is null when the socket has no address", () => {
    expect(clientAddressOf(undefined, "203.0.113.9", 1)).toBeNull();
  });
});

describe("plainAddress", () => {
  it("drops ports and brackets, unwraps IPv4-mapped IPv6, and refuses non-addresses", () => {
    expect(plainAddress("203.0.113.9:5120")).toBe("203.0.113.9");
    expect(plainAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(plainAddress("::FFFF:203.0.113.9")).toBe("203.0.113.9");
    expect(plainAddress("unknown")).toBeNull();
    expect(plainAddress("")).toBeNull();
  });
});

describe("publicUrl", () => {
  const url = (proto?: string) => publicUrl(new Request("http://127.0.0.1:3000/x", { headers: proto ? { "X-Forwarded-Proto": proto } : {} })).protocol;

  it("ignores X-Forwarded-Proto without a trusted proxy", () => {
    expect(url("https")).toBe("http:");
  });

  it("believes the protocol the trusted proxy wrote, not one the client put in front", () => {
    vi.stubEnv("TRUST_PROXY", "1");
    expect(url("https")).toBe("https:");
    expect(url("https, http")).toBe("http:");
    expect(url("http, https")).toBe("https:");
    expect(url()).toBe("http:");
    vi.stubEnv("TRUST_PROXY", "2");
    expect(url("https, http")).toBe("https:");
  });
});

describe("clientIp", () => {
  const request = (headers: Record<string, string>) => new Request("http://127.0.0.1/", { headers });

  it("is 'local' unless the production server set the address, whatever the headers say", () => {
    vi.stubEnv("TRUST_PROXY", "1");
    expect(clientIp(request({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7", "X-Forwarded-For": "203.0.113.8" }))).toBe("local");
  });

  it("reads only the production server's header, and 'local' for nonsense", () => {
    (globalThis as Record<symbol, unknown>)[SERVER_SETS_CLIENT_ADDRESS] = true;
    expect(clientIp(request({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7", "X-Forwarded-For": "203.0.113.8" }))).toBe("203.0.113.7");
    expect(clientIp(request({ [CLIENT_ADDRESS_HEADER]: "not-an-ip" }))).toBe("local");
    expect(clientIp(request({ "X-Forwarded-For": "203.0.113.8" }))).toBe("local");
  });
});

describe("serverSettings", () => {
  it("listens on this machine only, port 3000, trusting no proxy, unless told otherwise", () => {
    expect(serverSettings({})).toEqual({ port: 3000, host: "127.0.0.1", trustedHops: 0 });
    expect(serverSettings({ PORT: "3201", HOST: "0.0.0.0", TRUST_PROXY: "1" })).toEqual({ port: 3201, host: "0.0.0.0", trustedHops: 1 });
  });

  it("refuses a bad port or proxy count before starting", () => {
    expect(() => serverSettings({ PORT: "http" })).toThrow("Bad server settings: PORT");
    expect(() => serverSettings({ PORT: "70000" })).toThrow("Bad server settings: PORT");
    expect(() => serverSettings({ TRUST_PROXY: "true" })).toThrow("TRUST_PROXY must be");
  });
});

describe("isUploadPath", () => {
  it("knows the upload pages and the addresses under them, however Remix would match them", () => {
    for (const path of ["/admin/imports", "/admin/boundaries", "/admin/Imports.data", "/admin/imports/", "/admin/%69mports", "/admin/imports/upload"]) {
      expect(isUploadPath(path), path).toBe(true);
    }
    for (const path of ["/admin/users", "/admin/importsx", "/sign-in", "/admin/imports%", "/admin"]) {
      expect(isUploadPath(path), path).toBe(false);
    }
  });
});
