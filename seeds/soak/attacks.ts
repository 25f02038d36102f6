/**
 * What the fuzzer sends: junk and real values for URL parameters, query parameters and form
 * fields, and POST bodies of every kind (forms with and without the CSRF token, cross-origin,
 * JSON, text, broken and oversized multipart), all drawn from a seeded generator; plus the attacks
 * already known to have found 500s, sent on every run.
 */
import type { Rng } from "../synthetic-random";
import { SoakClient, formBody, type SoakRequest, type SoakResponse } from "./client";
import { realValuesFor, type RealValues, type SoakRoute } from "./routes";
import type { SoakAccount } from "./server";

export type FuzzRole = "anonymous" | "editor" | "moderator" | "admin";

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

/** Path segment junk, written as it goes on the wire. */
export const JUNK_SEGMENTS = [
  "%00",
  "a%00b",
  "x".repeat(3000),
  "y".repeat(20_000),
  "..%2F..%2Fetc%2Fpasswd",
  "..%2f..%2f..%2fwindows%5cwin.ini",
  "%2e%2e",
  "%F0%9F%98%80",
  "%F0%9F%8F%B4%F3%A0%81%A7%F3%A0%81%A2%F3%A0%81%B7%F3%A0%81%AC%F3%A0%81%B3%F3%A0%81%BF",
  "%C3%28",
  "%E0%A4%A",
  "%",
  "%zz",
  "\u00e9",
  "-1",
  "0",
  "99999999999999999999",
  "9007199254740993",
  "1e3",
  "0x10",
  "1.5",
  "NaN",
  "Infinity",
  "%20",
  "null",
  "undefined",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'%20OR%201=1--",
  "W06000000",
  "w06000015",
  "Cardiff",
  "__proto__",
  "constructor",
  "%E2%80%AE",
  "a;b",
  "a%2Fb",
];

/** Query value junk, written as it goes on the wire. */
export const JUNK_QUERY_VALUES = [
  "",
  "%00",
  "1899-01-01",
  "0000-00-00",
  "2026-02-30",
  "2026-13-01",
  "99999-01-01",
  "2026-1-1",
  "x%22%3Bfilename*%3DUTF-8''evil.txt",
  'x";filename*=UTF-8\'\'%e2%82%ac.txt',
  "%0D%0ASet-Cookie:%20a=b",
  "xx",
  "-1",
  "0",
  "1.5",
  "99999999999999999999",
  "NaN",
  "z".repeat(400),
  "%F0%9F%98%80",
  "%C3%28",
  "%",
  "..%2F..%2F",
  "%5B%5D",
  "true",
  "W06999999",
  "W05000999",
  "\u00e9",
];

function validQueryValues(name: string, values: RealValues): string[] {
  switch (name) {
    case "asOf":
      return ["2026-01-01", "2024-06-30", "2030-12-31"];
    case "lang":
      return ["cy", "en"];
    case "page":
      return ["1", "2", "50"];
    case "theme":
      return values.themeIds;
    case "authority":
      return values.gssCodes;
    case "funder":
      return values.funderSlugs;
    case "kind":
      return ["charity", "community-group", "local-authority"];
    case "sort":
      return ["name", "population", "end", "amount", "region"];
    case "dir":
      return ["asc", "desc"];
    case "q":
      return ["cardiff", "Môn", "a"];
    case "layer":
      return ["projects", "gaps"];
    case "confirmed":
      return ["0", "1"];
    case "endingWithin":
      return ["all", "upcoming", "3", "6", "12"];
    case "groupBy":
      return ["funder", "theme"];
    case "redirectTo":
      return ["/account", "//evil.example/", "/%E2%82%AC", "https://evil.example/"];
    default:
      return ["1", "approved", "cy"];
  }
}

/** Form values for a field: plausible ones and junk. */
function formValue(rng: Rng, name: string, values: RealValues): string {
  if (rng() < 0.4) return decodeURIComponentSafe(pick(rng, JUNK_QUERY_VALUES));
  switch (name) {
    case "intent":
      return pick(rng, ["approve", "reject", "role", "add-membership", "remove-membership", "archive", "restore", "confirm", "upload", "check", "import", "rollback", "delete", "activate", "junk"]);
    case "userId":
      return pick(rng, [...values.userIds, "0", "-1", "99999"]);
    case "organisationId":
    case "id":
      return pick(rng, [...values.organisationIds, ...values.projectIds.slice(0, 3), "99999"]);
    case "projectId":
      return pick(rng, values.projectIds);
    case "role":
      return pick(rng, ["editor", "moderator", "admin", "root"]);
    case "entity":
      return pick(rng, ["organisation", "project", "award", "user"]);
    case "homeGss":
    case "areaGss":
      return pick(rng, values.gssCodes);
    case "themes":
      return pick(rng, values.themeIds);
    case "funderSlug":
      return pick(rng, values.funderSlugs);
    case "kind":
      return pick(rng, ["charity", "community-group"]);
    case "areaKind":
      return pick(rng, ["wales", "authorities", "point"]);
    case "email":
      return `fuzz-${Math.floor(rng() * 1e6)}@soak.example.net`;
    case "password":
      return pick(rng, ["short", "fuzz-password-1234-abcd", "x".repeat(5000)]);
    case "website_url":
      return rng() < 0.8 ? "" : "http://bot.example/";
    default:
      return pick(rng, ["Soak fuzz", "1", "2026-03-31", "https://example.org", "Caerdydd 💙 ąčę", "<b>x</b>"]);
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A body kind: how the fuzzer builds a POST body for a visitor whose CSRF token is `csrf`. */
export type BodyKind = "none" | "empty-form" | "form" | "form-csrf" | "cross-origin" | "origin-null" | "json" | "json-broken" | "text" | "multipart" | "multipart-broken" | "multipart-no-boundary" | "oversized-form" | "oversized-multipart" | "bad-encoding";

export const BODY_KINDS: BodyKind[] = ["none", "empty-form", "form", "form-csrf", "form-csrf", "form-csrf", "cross-origin", "origin-null", "json", "json-broken", "text", "multipart", "multipart-broken", "multipart-no-boundary", "oversized-form", "oversized-multipart", "bad-encoding"];

const OVERSIZE = 300 * 1024;

function formFields(rng: Rng, formNames: readonly string[], values: RealValues, csrf: string | undefined): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  const count = 1 + Math.floor(rng() * 8);
  for (let i = 0; i < count; i++) {
    const name = pick(rng, formNames);
    fields[name] = rng() < 0.1 ? [formValue(rng, name, values), formValue(rng, name, values)] : formValue(rng, name, values);
  }
  if (csrf !== undefined) fields.csrf = csrf;
  return fields;
}

function multipart(fields: Record<string, string | string[]>, boundary: string, file?: { name: string; content: string | Buffer }): Buffer {
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    for (const one of typeof v === "string" ? [v] : v) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${one}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="soak.json"\r\nContent-Type: application/json\r\n\r\n`));
    parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content));
    parts.push(Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(parts);
}

/** The headers and body for one POST of `kind`. */
export function buildBody(rng: Rng, kind: BodyKind, formNames: readonly string[], values: RealValues, csrf: string | undefined, origin: string): Pick<SoakRequest, "headers" | "body"> {
  const form = "application/x-www-form-urlencoded";
  const fields = formFields(rng, formNames, values, kind === "form" ? undefined : csrf);
  const boundary = `----soak${Math.floor(rng() * 1e9)}`;
  switch (kind) {
    case "none":
      return {};
    case "empty-form":
      return { headers: { "Content-Type": form }, body: "" };
    case "form":
    case "form-csrf":
      return { headers: { "Content-Type": form, Origin: origin }, body: formBody(fields) };
    case "cross-origin":
      return { headers: { "Content-Type": form, Origin: "http://evil.example" }, body: formBody(fields) };
    case "origin-null":
      return { headers: { "Content-Type": form, Origin: "null" }, body: formBody(fields) };
    case "json":
      return { headers: { "Content-Type": "application/json" }, body: JSON.stringify(fields) };
    case "json-broken":
      return { headers: { "Content-Type": "application/json" }, body: '{"csrf": "' + (csrf ?? "") + '", "nameEn": [' };
    case "text":
      return { headers: { "Content-Type": "text/plain;charset=UTF-8" }, body: `csrf=${csrf ?? ""}\nhello 💙` };
    case "multipart":
      return { headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` }, body: multipart(fields, boundary, { name: pick(rng, ["file", "upload", "boundaries", "grants"]), content: '{"grants": []}' }) };
    case "multipart-broken": {
      const whole = multipart(fields, boundary, { name: "file", content: "x".repeat(200) });
      const cut = whole.subarray(0, Math.max(10, Math.floor(whole.length * rng())));
      return { headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` }, body: Buffer.concat([cut, Buffer.from(rng() < 0.5 ? "" : "\r\n--other--")]) };
    }
    case "multipart-no-boundary":
      return { headers: { "Content-Type": "multipart/form-data" }, body: multipart(fields, boundary) };
    case "oversized-form":
      return { headers: { "Content-Type": form }, body: formBody({ ...fields, nameEn: "x".repeat(OVERSIZE), descriptionEn: "y".repeat(OVERSIZE / 4) }) };
    case "oversized-multipart":
      return { headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` }, body: multipart(fields, boundary, { name: "file", content: Buffer.alloc(OVERSIZE, 0x61) }) };
    case "bad-encoding":
      return { headers: { "Content-Type": `${form}; charset=utf-16` }, body: Buffer.concat([Buffer.from(`csrf=${csrf ?? ""}&nameEn=%zz%E0%A4%A&x=`), Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28])]) };
  }
}

export function fillPath(rng: Rng, route: SoakRoute, values: RealValues): string {
  return route.pattern
    .split("/")
    .map((segment) => {
      if (segment === "*") return rng() < 0.5 ? pick(rng, JUNK_SEGMENTS) : `${pick(rng, ["a", "v1", "organisations"])}/${pick(rng, JUNK_SEGMENTS)}`;
      if (!segment.startsWith(":")) return segment;
      const real = realValuesFor(route, segment.slice(1), values);
      return rng() < 0.6 && real.length > 0 ? encodeURIComponent(pick(rng, real)) : pick(rng, JUNK_SEGMENTS);
    })
    .join("/");
}

export function fillQuery(rng: Rng, names: readonly string[], values: RealValues): string {
  const count = rng() < 0.25 ? 0 : 1 + Math.floor(rng() * 3);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = pick(rng, names);
    const valid = validQueryValues(name, values);
    const value = rng() < 0.5 && valid.length > 0 ? encodeURIComponent(pick(rng, valid)) : pick(rng, JUNK_QUERY_VALUES);
    parts.push(`${rng() < 0.03 ? "%00" : name}=${value}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

export function randomIp(rng: Rng): string {
  if (rng() < 0.05) return pick(rng, ["not-an-ip", "2001:db8::1", "::ffff:192.0.2.1", "192.0.2.1, 10.0.0.1", ""]);
  return `10.${Math.floor(rng() * 250)}.${Math.floor(rng() * 250)}.${1 + Math.floor(rng() * 250)}`;
}


/**
 * The attacks already known to have found 500s, sent first on every run whatever the random draw:
 * impossible or hostile `asOf` dates, an unknown language, a negative page, non-form and
 * cross-origin POST bodies, an oversized body, and sign-in redirects to non-ASCII paths.
 */
export function knownAttacks(values: RealValues, csrf: string | undefined, origin: string): { route: string; req: SoakRequest; bodyKind: string; role: FuzzRole }[] {
  const get = (path: string) => ({ route: path.split("?")[0], req: { method: "GET", path }, bodyKind: "none", role: "anonymous" as FuzzRole });
  const form = "application/x-www-form-urlencoded";
  const post = (path: string, bodyKind: string, headers: Record<string, string>, body: string | Buffer, role: FuzzRole = "editor") => ({ route: path, req: { method: "POST", path, headers, body }, bodyKind, role });
  const slug = encodeURIComponent(values.organisationSlugs[0] ?? "x");
  const hostileAsOf = ["1899-01-01", "2026-02-30", "99999-01-01", encodeURIComponent('x";filename*=UTF-8\'\'%e2%82%ac.txt'), "%0D%0AX-Injected:%201"];
  return [
    ...hostileAsOf.flatMap((asOf) => ["/gaps", "/funding", "/authorities", `/authorities/${values.gssCodes[0]}`, "/download/organisations.csv", "/download/gaps.geojson", "/api/coverage", "/api/gaps", "/funding/ending.ics"].map((p) => get(`${p}?asOf=${asOf}`))),
    ...["/", "/api/boundaries", "/api/organisations", "/download/awards.csv", "/sign-in", "/funding/ending.atom"].map((p) => get(`${p}?lang=xx`)),
    ...["/organisations?page=-1", "/organisations?page=0", "/organisations?page=99999999999", `/organisations/${slug}?page=-1`].map(get),
    post("/account/listings/new/organisation", "json", { "Content-Type": "application/json" }, JSON.stringify({ csrf, nameEn: "Soak" })),
    post("/account/listings/new/organisation", "text", { "Content-Type": "text/plain" }, `csrf=${csrf}`),
    post("/account/listings/new/organisation", "none", {}, ""),
    post("/sign-in", "json", { "Content-Type": "application/json" }, "{}", "anonymous"),
    post("/sign-up", "multipart-broken", { "Content-Type": "multipart/form-data; boundary=x" }, "--x\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nab", "anonymous"),
    post("/account/listings/new/organisation", "cross-origin", { "Content-Type": form, Origin: "http://evil.example" }, formBody({ csrf: csrf ?? "", nameEn: "Soak" })),
    post("/about", "cross-origin", { "Content-Type": form, Origin: "http://evil.example" }, "a=1", "anonymous"),
    post(`/organisations/${slug}/edit`, "oversized-form", { "Content-Type": form, Origin: origin }, formBody({ csrf: csrf ?? "", nameEn: "x".repeat(OVERSIZE) })),
    post("/admin/imports", "oversized-multipart", { "Content-Type": "multipart/form-data; boundary=b" }, Buffer.concat([Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="a.json"\r\n\r\n'), Buffer.alloc(OVERSIZE, 0x61), Buffer.from("\r\n--b--\r\n")])),
  ];
}

/** Sign-in redirects to a path with non-ASCII characters (redirectTo), as a real, signed-in account. */
export async function redirectAttacks(baseUrl: string, victim: SoakAccount): Promise<{ path: string; res: SoakResponse; redirectTo: string }[]> {
  const out: { path: string; res: SoakResponse; redirectTo: string }[] = [];
  for (const redirectTo of ["/organisations?q=Môn", "/€", "/organisations/café", "/%E2%82%AC", "//evil.example/"]) {
    const client = new SoakClient(baseUrl, "10.253.0.1");
    const page = await client.get(`/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`);
    const token = /name="csrf"[^>]*value="([^"]*)"/.exec(page.body)?.[1] ?? "";
    out.push({ path: "/sign-in (GET)", res: page, redirectTo });
    out.push({ path: "/sign-in", res: await client.post("/sign-in", { csrf: token, email: victim.email, password: victim.password, redirectTo }), redirectTo });
  }
  return out;
}

