/**
 * Real writes through the app's own forms, and a ledger of every write the server acknowledged:
 * editors list new organisations (each named uniquely, so it can be found again) and moderators
 * approve or reject what is waiting. checkLedger then looks for every acknowledged write in the
 * database file.
 */
import Database from "better-sqlite3";
import type { Rng } from "../synthetic-random";
import { NO_RESPONSE, SoakClient, type SoakResponse } from "./client";
import type { SoakAccount } from "./server";

/** The writes the server acknowledged (a 302 to the page that says it worked). */
export interface Ledger {
  /** Names of organisations sent for review ("Your change has been sent to a moderator"). */
  submitted: string[];
  /** Submission ids a moderator approved. */
  approved: number[];
  /** Submission ids a moderator rejected. */
  rejected: number[];
}

export const newLedger = (): Ledger => ({ submitted: [], approved: [], rejected: [] });

export const acknowledged = (ledger: Ledger): number => ledger.submitted.length + ledger.approved.length + ledger.rejected.length;

/** What a run of writers and readers saw. */
export interface LoadCounts {
  requests: number;
  byStatus: Record<string, number>;
  /** 5xx answers (method, path). */
  errors: string[];
}

export const newCounts = (): LoadCounts => ({ requests: 0, byStatus: {}, errors: [] });

function count(counts: LoadCounts, method: string, path: string, res: SoakResponse, stopping: () => boolean): void {
  counts.requests++;
  counts.byStatus[res.status] = (counts.byStatus[res.status] ?? 0) + 1;
  // No answer while the server is being killed is the point of the crash test, not a failure.
  if (res.status >= 500 || (res.status === NO_RESPONSE && !stopping())) counts.errors.push(`${res.status} ${method} ${path} ${res.body.slice(0, 200)}`);
}

/** Hands out the editors' accounts: each may file 30 submissions an hour, then the next is used. */
export class AccountPool {
  private next = 0;
  constructor(private readonly accounts: readonly SoakAccount[]) {}
  take(): SoakAccount | undefined {
    return this.accounts[this.next++];
  }
}

export interface WriterOptions {
  baseUrl: string;
  rng: Rng;
  ledger: Ledger;
  counts: LoadCounts;
  /** True once the writers should stop (time is up, or the server is about to be killed). */
  stopping: () => boolean;
  /** Pause between one client's requests, in ms. */
  pauseMs?: number;
  /** A prefix that makes this run's names unique. */
  tag: string;
}

let ipCounter = 0;
/** A fresh client address for each write, so the per-address limit never refuses the soak. */
const nextIp = () => `10.${100 + ((ipCounter >> 16) & 0x7f)}.${(ipCounter >> 8) & 0xff}.${ipCounter++ & 0xff}`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * An editor listing new organisations until told to stop: each acknowledged one (a 302 to
 * /account?submitted=1) goes in the ledger. On 429 it signs in as the pool's next account; with
 * none left it stops. A client can be reused across server restarts (its session is in the db).
 */
export async function runEditor(options: WriterOptions, pool: AccountPool, client: SoakClient | undefined, id: string, gss: readonly string[]): Promise<SoakClient | undefined> {
  let current = client;
  const signInNext = async (): Promise<boolean> => {
    const account = pool.take();
    if (!account) return false;
    const client = new SoakClient(options.baseUrl, nextIp());
    try {
      await client.signIn(account.email, account.password);
    } catch (error) {
      // Killed mid-sign-in: expected. Otherwise the sign-in itself failed: report it.
      if (!options.stopping()) options.counts.errors.push(`sign-in as ${account.email} failed: ${(error as Error).message}`);
      return false;
    }
    current = client;
    return true;
  };
  if (!current && !(await signInNext())) return undefined;
  if (!current) return undefined;
  let n = 0;
  while (!options.stopping()) {
    const name = `Soak ${options.tag} ${id}-${n++}`;
    current.ip = nextIp();
    // A listing in one sitting: its organisation saved into a new draft, then the draft sent for review.
    const path = "/account/listings/new/organisation";
    let res = await current.post(path, {
      csrf: current.csrf!,
      nameEn: name,
      kind: "community-group",
      descriptionEn: `Listed by the soak test (${name}).`,
      homeGss: gss[Math.floor(options.rng() * gss.length)],
    });
    count(options.counts, "POST", path, res, options.stopping);
    const draft = res.status === 302 ? /\/account\/listings\/(\d+)\?saved=organisation/.exec(String(res.headers.location)) : null;
    if (draft) {
      const draftPath = `/account/listings/${draft[1]}`;
      res = await current.post(draftPath, { csrf: current.csrf!, intent: "send" });
      count(options.counts, "POST", "/account/listings/:id", res, options.stopping);
    }
    if (res.status === 302 && /sent=\d+/.test(String(res.headers.location))) options.ledger.submitted.push(name);
    else if (res.status === 429) {
      if (!(await signInNext())) return current;
    } else if (res.status === NO_RESPONSE) return current;
    if (options.pauseMs) await sleep(options.pauseMs);
  }
  return current;
}

/**
 * A moderator working through the queue until told to stop: opens /moderation, picks a pending
 * submission and approves it (or, one time in five, rejects it with a reason); each
 * acknowledged review goes in the ledger.
 */
export async function runModerator(options: WriterOptions, client: SoakClient): Promise<void> {
  while (!options.stopping()) {
    const queue = await client.get("/moderation");
    count(options.counts, "GET", "/moderation", queue, options.stopping);
    if (queue.status === NO_RESPONSE) return;
    const ids = [...new Set([...queue.body.matchAll(/href="\/moderation\/(\d+)"/g)].map((m) => Number(m[1])))];
    if (ids.length === 0) {
      await sleep(50);
      continue;
    }
    const id = ids[Math.floor(options.rng() * Math.min(ids.length, 10))];
    const reject = options.rng() < 0.2;
    const path = `/moderation/${id}`;
    const res = await client.post(path, reject ? { csrf: client.csrf!, intent: "reject", reason: "Soak test: not a real group." } : { csrf: client.csrf!, intent: "approve" });
    count(options.counts, "POST", path, res, options.stopping);
    if (res.status === 302 && /done=(approved|rejected)/.test(String(res.headers.location))) (reject ? options.ledger.rejected : options.ledger.approved).push(id);
    else if (res.status === NO_RESPONSE) return;
    if (options.pauseMs) await sleep(options.pauseMs);
  }
}

/** Pages a reader opens during the load (the new listings show up in some of them). */
const READ_PATHS = ["/", "/organisations", "/organisations?q=Soak", "/organisations?page=2", "/funding", "/gaps", "/about", "/api/organisations", "/download/organisations.csv", "/authorities/W06000015", "/funding/cliff"];

/** An anonymous reader opening pages until told to stop. */
export async function runReader(options: WriterOptions): Promise<void> {
  const client = new SoakClient(options.baseUrl, nextIp());
  while (!options.stopping()) {
    const path = READ_PATHS[Math.floor(options.rng() * READ_PATHS.length)];
    const res = await client.get(path);
    count(options.counts, "GET", path, res, options.stopping);
    if (res.status === NO_RESPONSE) return;
    if (options.pauseMs) await sleep(options.pauseMs);
  }
}

/** What the database file holds of the ledger. */
export interface LedgerCheck {
  integrity: string;
  /** Acknowledged writes not found, each described. */
  lost: string[];
}

/**
 * Opens the database file (the server must be stopped or killed) and checks PRAGMA
 * integrity_check and that every acknowledged write is there: each submitted organisation as a
 * submission, each approval as an approved submission with its audit row, each rejection as a
 * rejected submission with its reason.
 */
export function checkLedger(dbPath: string, ledger: Ledger): LedgerCheck {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    const integrity = (db.prepare("PRAGMA integrity_check").pluck().all() as string[]).join("; ");
    const lost: string[] = [];
    const submitted = db.prepare("SELECT 1 FROM submissions WHERE entity = 'organisation' AND json_extract(payload, '$.nameEn') = ?").pluck();
    for (const name of ledger.submitted) if (!submitted.get(name)) lost.push(`submission "${name}"`);
    const status = db.prepare("SELECT status FROM submissions WHERE id = ?").pluck();
    const audited = db.prepare("SELECT 1 FROM audit_log WHERE submission_id = ?").pluck();
    for (const id of ledger.approved) if (status.get(id) !== "approved" || !audited.get(id)) lost.push(`approval of submission ${id}`);
    const reason = db.prepare("SELECT reason FROM submissions WHERE id = ? AND status = 'rejected'").pluck();
    for (const id of ledger.rejected) if (!reason.get(id)) lost.push(`rejection of submission ${id}`);
    return { integrity, lost };
  } finally {
    db.close();
  }
}
