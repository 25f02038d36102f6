/**
 * A small HTTP client for the soak: raw paths (node:http sends "%00" or "..%2F" exactly as
 * written), no redirects followed, a cookie jar, and sign-in through the real /sign-in form.
 */
import http from "node:http";

/** What the soak sends: a method, a raw path (with its query) and optionally a body. */
export interface SoakRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface SoakResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A status the soak could not get: the connection failed or timed out. */
export const NO_RESPONSE = 0;

const agents = new Map<string, http.Agent>();

// One connection per request: a kept-alive socket that the server has just closed would fail
// the next request on it, and the soak counts every failed request.
function agentFor(baseUrl: string): http.Agent {
  let agent = agents.get(baseUrl);
  if (!agent) {
    agent = new http.Agent({ keepAlive: false, maxSockets: 64 });
    agents.set(baseUrl, agent);
  }
  return agent;
}

/** Closes the kept-alive sockets (after a server was killed, or at the end). */
export function closeAgents(): void {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

/**
 * Sends one request and reads the whole answer (kept to its first 2 MB). Network failures and
 * timeouts come back as status NO_RESPONSE with the error's message as the body.
 */
export function send(baseUrl: string, req: SoakRequest, timeoutMs = 30_000): Promise<SoakResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    let settled = false;
    const done = (res: SoakResponse) => {
      if (!settled) {
        settled = true;
        resolve(res);
      }
    };
    const headers: Record<string, string | number> = { ...req.headers };
    if (req.body !== undefined) headers["Content-Length"] = Buffer.byteLength(req.body);
    let request: http.ClientRequest;
    try {
      request = http.request({ host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent: agentFor(baseUrl) }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size <= 2_000_000) chunks.push(c);
        });
        res.on("end", () => done({ status: res.statusCode ?? NO_RESPONSE, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", (e) => done({ status: NO_RESPONSE, headers: {}, body: e.message }));
      });
    } catch (error) {
      // node:http refuses some paths itself (characters above U+00FF): nothing was sent.
      done({ status: NO_RESPONSE, headers: {}, body: `not sent: ${(error as Error).message}` });
      return;
    }
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    request.on("error", (e) => done({ status: NO_RESPONSE, headers: {}, body: e.message }));
    request.end(req.body);
  });
}

/** The value of the first hidden `csrf` input in a page, if any. */
export function csrfIn(html: string): string | undefined {
  for (const input of html.match(/<input[^>]*>/g) ?? []) {
    if (/\bname="csrf"/.test(input)) return /\bvalue="([^"]*)"/.exec(input)?.[1];
  }
  return undefined;
}

/** A form body (application/x-www-form-urlencoded). */
export function formBody(fields: Record<string, string | readonly string[]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of typeof v === "string" ? [v] : v) params.append(k, one);
  return params.toString();
}

/**
 * One visitor: a cookie jar, an address (sent as X-Forwarded-For, which the server believes
 * with TRUST_PROXY=1) and, once signed in, the session's CSRF token.
 */
export class SoakClient {
  private cookies = new Map<string, string>();
  csrf: string | undefined;

  constructor(
    readonly baseUrl: string,
    public ip: string,
  ) {}

  /** The Cookie header for the jar's cookies. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** Sends a request with this visitor's cookies and address, and keeps the cookies it sets. */
  async request(req: SoakRequest, timeoutMs?: number): Promise<SoakResponse> {
    const headers: Record<string, string> = { "X-Forwarded-For": this.ip, ...req.headers };
    const cookie = this.cookieHeader();
    if (cookie && headers.Cookie === undefined) headers.Cookie = cookie;
    const res = await send(this.baseUrl, { ...req, headers }, timeoutMs);
    const setCookie = res.headers["set-cookie"] ?? [];
    for (const line of setCookie) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || attrs.some((a) => /^\s*max-age=0\s*$/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** GET a page. */
  get(path: string): Promise<SoakResponse> {
    return this.request({ method: "GET", path });
  }

  /** POST a form. */
  post(path: string, fields: Record<string, string | readonly string[]>): Promise<SoakResponse> {
    return this.request({ method: "POST", path, headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: formBody(fields) });
  }

  /**
   * Signs in through the /sign-in form (its double-submit CSRF token from the page and cookie),
   * then reads the session's CSRF token from the account page's forms.
   */
  async signIn(email: string, password: string): Promise<void> {
    this.cookies.delete("cmw_session");
    const page = await this.get("/sign-in");
    const token = csrfIn(page.body);
    if (page.status !== 200 || !token) throw new Error(`GET /sign-in answered ${page.status} without a CSRF token`);
    const res = await this.post("/sign-in", { csrf: token, email, password, redirectTo: "/account" });
    if (res.status !== 302 || !this.cookies.has("cmw_session")) throw new Error(`Signing in as ${email} answered ${res.status}: ${res.body.slice(0, 300)}`);
    const form = await this.get("/account/listings/new/organisation");
    this.csrf = csrfIn(form.body);
    if (!this.csrf) throw new Error(`No session CSRF token for ${email} (GET /account/listings/new/organisation answered ${form.status})`);
  }

  /** Forgets the session (keeps nothing). */
  signOut(): void {
    this.cookies.clear();
    this.csrf = undefined;
  }
}
