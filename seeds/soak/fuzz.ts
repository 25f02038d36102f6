/**
 * The parameter and body fuzzer: seeded random requests over every route, as four visitors
 * (anonymous, editor, moderator, admin), with real and junk URL parameters, query parameters and
 * bodies. Any 5xx, or no answer at all, is a failure; each distinct one is replayed alone
 * afterwards to capture what the server logged for it.
 */
import type { Rng } from "../synthetic-random";
import { BODY_KINDS, buildBody, fillPath, fillQuery, knownAttacks, pick, randomIp, redirectAttacks, type BodyKind, type FuzzRole } from "./attacks";
import { SoakClient, NO_RESPONSE, closeAgents, type SoakRequest, type SoakResponse } from "./client";
import { listRoutes, namesReadByApp, type RealValues, type SoakRoute } from "./routes";
import type { SoakAccount } from "./server";

export type { FuzzRole } from "./attacks";

/** One request that failed (5xx or no answer). */
export interface FuzzFailure {
  role: FuzzRole;
  method: string;
  path: string;
  bodyKind: string;
  status: number;
  /** What the server logged when the request was replayed alone (or the client's error). */
  log: string;
}

export interface FuzzResult {
  requests: number;
  byStatus: Record<string, number>;
  failures: FuzzFailure[];
  /** Distinct failures (method, route, body kind, role), each with one example replayed. */
  distinct: FuzzFailure[];
  routes: number;
  stoppedEarly: boolean;
}

/** Bodies this large (the app's form limit is 64 KB) may be cut off by the server's early 413. */
const OVERSIZE_RESET_BYTES = 64 * 1024;

/** One generated request, with what it is for the report. */
interface Planned {
  role: FuzzRole;
  route: SoakRoute;
  req: SoakRequest;
  bodyKind: string;
}

export interface FuzzOptions {
  baseUrl: string;
  requests: number;
  /** Stop early (and say so) at this time (ms since the epoch). */
  deadline: number;
  concurrency: number;
  rng: Rng;
  accounts: Record<"editor" | "moderator" | "admin", SoakAccount>;
  /** An editor the fuzzer may sign in as (and whose id the admin forms may name). */
  victim: SoakAccount;
  values: RealValues;
  progress?: (line: string) => void;
  /** The server's log so far (to attach what it said about each failure). */
  serverLog: () => string;
}

/**
 * Runs the fuzzer: `requests` requests over every route, `concurrency` at a time, then replays
 * each distinct failure alone to read the server's log for it.
 */
export async function fuzz(options: FuzzOptions): Promise<FuzzResult> {
  const { baseUrl, rng, values } = options;
  const routes = listRoutes();
  const names = namesReadByApp();
  const clients: Record<FuzzRole, SoakClient> = {
    anonymous: new SoakClient(baseUrl, "10.255.0.1"),
    editor: new SoakClient(baseUrl, "10.255.0.2"),
    moderator: new SoakClient(baseUrl, "10.255.0.3"),
    admin: new SoakClient(baseUrl, "10.255.0.4"),
  };
  const signInFailures: FuzzFailure[] = [];
  const signIn = async (role: Exclude<FuzzRole, "anonymous">) => {
    try {
      await clients[role].signIn(options.accounts[role].email, options.accounts[role].password);
    } catch (error) {
      signInFailures.push({ role, method: "POST", path: "/sign-in", bodyKind: "sign-in form", status: 0, log: (error as Error).message });
    }
  };
  const anonymousCsrf = async () => {
    const res = await clients.anonymous.get("/sign-in");
    clients.anonymous.csrf = /name="csrf"[^>]*value="([^"]*)"/.exec(res.body)?.[1];
  };
  for (const role of ["editor", "moderator", "admin"] as const) await signIn(role);
  await anonymousCsrf();
  const roles: FuzzRole[] = ["anonymous", "editor", "moderator", "admin"];
  const needsSignIn = new Set<FuzzRole>();
  const origin = baseUrl;

  const plan = (): Planned => {
    const role = pick(rng, roles);
    const route = pick(rng, routes);
    const r = rng();
    // Routes with an action get most of the POSTs; the rest get a few (each should answer 405).
    const getShare = route.hasAction ? 0.4 : 0.75;
    const method = r < getShare ? "GET" : r < 0.93 ? "POST" : pick(rng, ["HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"]);
    const path = fillPath(rng, route, values) + fillQuery(rng, names.query, values);
    const bodyKind: BodyKind | "none" = method === "GET" || method === "HEAD" ? "none" : pick(rng, BODY_KINDS);
    const body = buildBody(rng, bodyKind, names.form, values, clients[role].csrf, origin);
    const headers: Record<string, string> = { ...body.headers, "X-Forwarded-For": randomIp(rng) };
    if (rng() < 0.05) headers["Accept-Language"] = pick(rng, ["cy", "xx-YY;q=abc", "*"]);
    if (rng() < 0.03) headers["X-Forwarded-Proto"] = pick(rng, ["https", "gopher"]);
    return { role, route, bodyKind, req: { method, path, headers, body: body.body } };
  };

  const byStatus: Record<string, number> = {};
  const failures: FuzzFailure[] = [];
  const examples = new Map<string, Planned & { status: number; message: string }>();
  let sent = 0;
  let stoppedEarly = false;
  const distinct: FuzzFailure[] = [];
  /** Counts an answer; a failure goes to `distinct` at once when its server log is known (`logged`), else it is replayed later. */
  const record = (planned: Planned, res: SoakResponse, logged?: string) => {
    byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
    if (res.status < 500 && res.status !== NO_RESPONSE) return;
    // A server may answer an oversized body (413) and close before the client has finished
    // sending it; the client then sees the connection reset, often before it can read the answer.
    const oversized = planned.req.body !== undefined && Buffer.byteLength(planned.req.body) > OVERSIZE_RESET_BYTES && /ECONNRESET|EPIPE/.test(res.body);
    if (res.body.startsWith("not sent:") || oversized) {
      const label = oversized ? "reset while sending an oversized body" : "not sent";
      byStatus[res.status]--;
      byStatus[label] = (byStatus[label] ?? 0) + 1;
      return;
    }
    failures.push({ role: planned.role, method: planned.req.method, path: planned.req.path, bodyKind: planned.bodyKind, status: res.status, log: res.status === NO_RESPONSE ? res.body : "" });
    if (logged !== undefined) {
      distinct.push({ ...failures[failures.length - 1], log: `answer: ${res.status}\nserver log:\n${logged || "(nothing)"}` });
      return;
    }
    const key = `${planned.role} ${planned.req.method} ${planned.route.pattern} ${planned.bodyKind}`;
    if (!examples.has(key)) examples.set(key, { ...planned, status: res.status, message: res.body });
  };

  const before = options.serverLog().length;
  const redirects = await redirectAttacks(baseUrl, options.victim);
  await new Promise((r) => setTimeout(r, 200));
  const redirectLog = options.serverLog().slice(before).trim();
  for (const attack of redirects) {
    sent++;
    const route = { file: "sign-in.tsx", pattern: attack.path, params: [], hasAction: true };
    const method = attack.path.endsWith("(GET)") ? "GET" : "POST";
    const path = method === "GET" ? `/sign-in?redirectTo=${encodeURIComponent(attack.redirectTo)}` : "/sign-in";
    record({ role: "anonymous", route, bodyKind: `sign-in form, redirectTo=${attack.redirectTo}`, req: { method, path } }, attack.res, redirectLog);
  }
  for (const attack of knownAttacks(values, clients.editor.csrf, origin)) {
    if (sent >= options.requests) break;
    sent++;
    const route = { file: "", pattern: attack.route, params: [], hasAction: true };
    record({ role: attack.role, route, bodyKind: attack.bodyKind, req: attack.req }, await clients[attack.role].request(attack.req));
  }

  const worker = async () => {
    while (sent < options.requests) {
      if (Date.now() > options.deadline) {
        stoppedEarly = true;
        return;
      }
      sent++;
      if (sent % 500 === 0) options.progress?.(`  ${sent} fuzzed requests sent`);
      const planned = plan();
      const { role } = planned;
      if (needsSignIn.has(role) && role !== "anonymous") {
        needsSignIn.delete(role);
        await signIn(role);
      }
      const res: SoakResponse = await clients[role].request(planned.req);
      record(planned, res);
      // A fuzzed sign-out or sign-up changes who the visitor is: put them back.
      if (role === "anonymous") {
        if (/cmw_session=/.test(clients.anonymous.cookieHeader())) clients.anonymous.signOut();
        if (!clients.anonymous.csrf || !/cmw_csrf=/.test(clients.anonymous.cookieHeader())) await anonymousCsrf();
      } else if (planned.route.pattern === "/sign-out" || (res.status === 302 && /sign-in/.test(String(res.headers.location)))) {
        needsSignIn.add(role);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));

  distinct.push(...(await replayFailures([...examples.values()], clients, signIn, options.serverLog, 60)));
  closeAgents();
  failures.push(...signInFailures);
  distinct.push(...signInFailures);
  return { requests: sent, byStatus, failures, distinct, routes: routes.length, stoppedEarly };
}

/**
 * Replays each distinct failure alone (at most `max`), to read what the server logged about it:
 * fresh sessions once (the fuzzing may have signed them out), and again after a replayed sign-out.
 */
async function replayFailures(
  examples: readonly (Planned & { status: number; message: string })[],
  clients: Record<FuzzRole, SoakClient>,
  signIn: (role: Exclude<FuzzRole, "anonymous">) => Promise<void>,
  serverLog: () => string,
  max: number,
): Promise<FuzzFailure[]> {
  const out: FuzzFailure[] = [];
  const signedIn = new Set<FuzzRole>(["anonymous"]);
  for (const example of examples.slice(0, max)) {
    if (!signedIn.has(example.role)) await signIn(example.role as Exclude<FuzzRole, "anonymous">);
    signedIn.add(example.role);
    if (example.route.pattern === "/sign-out") signedIn.delete(example.role);
    await new Promise((r) => setTimeout(r, 200));
    const before = serverLog().length;
    const again = await clients[example.role].request({ ...example.req, headers: { ...example.req.headers, "X-Forwarded-For": "10.254.0.1" } });
    await new Promise((r) => setTimeout(r, 200));
    const logged = serverLog().slice(before).trim();
    const first = example.status === NO_RESPONSE ? `no answer: ${example.message.slice(0, 200)}` : `answer: ${example.message.replace(/\s+/g, " ").slice(0, 200)}`;
    const replay = `replayed alone: ${again.status === NO_RESPONSE ? `no answer: ${again.body.slice(0, 200)}` : again.status}`;
    out.push({
      role: example.role,
      method: example.req.method,
      path: example.req.path,
      bodyKind: example.bodyKind,
      status: example.status,
      log: [first, replay, logged ? `server log:\n${logged}` : "server log: (nothing)"].join("\n"),
    });
  }
  return out;
}
