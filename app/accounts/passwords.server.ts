/**
 * Password hashing with node's scrypt (memory-hard; no native add-on to install).
 *
 * Stored form: `scrypt$N$r$p$<salt base64>$<hash base64>`, e.g. `scrypt$32768$8$1$…$…`. The
 * parameters travel with each hash, so they can be raised later without breaking old hashes.
 * Passwords are NFC-normalised first, so "ŵ" typed as one character or as "w" plus a
 * combining circumflex is the same password.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { createRequire } from "node:module";
import { setCommonPasswordCheck } from "./auth-forms";

export { PASSWORD_MAX, PASSWORD_MIN } from "./limits";

const N = 2 ** 15;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
const MAXMEM = 64 * 1024 * 1024;

function deriveKey(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * Hashes a password with a fresh 16-byte random salt (scrypt N=2^15, r=8, p=1; about 32 MiB and
 * a few tens of milliseconds).
 *
 * @example
 * await hashPassword("correct horse battery staple") // "scrypt$32768$8$1$Vb0…$q8W…"
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(password, salt, KEY_BYTES, { N, r: R, p: P, maxmem: MAXMEM });
  return ["scrypt", N, R, P, salt.toString("base64"), key.toString("base64")].join("$");
}

const STORED = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

/**
 * Whether `password` matches a hash made by hashPassword, compared in constant time. The scrypt
 * parameters are read from the stored string. A stored value that is not such a hash throws
 * (it is a fault in the data, not a wrong password).
 *
 * @example
 * await verifyPassword("correct horse battery staple", user.passwordHash) // true
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = STORED.exec(stored);
  if (!m) throw new Error("Stored password hash is not in the form scrypt$N$r$p$salt$hash");
  const [n, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Bounds keep a corrupt row from asking for gigabytes of memory.
  if (n < 2 || n > 2 ** 20 || (n & (n - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) {
    throw new Error(`Stored password hash has unsupported scrypt parameters: N=${n}, r=${r}, p=${p}`);
  }
  const salt = Buffer.from(m[4], "base64");
  const expected = Buffer.from(m[5], "base64");
  if (expected.length < 16) throw new Error(`Stored password hash is too short: ${expected.length} bytes`);
  const actual = await deriveKey(password, salt, expected.length, { N: n, r, p, maxmem: Math.max(MAXMEM, 256 * n * r) });
  return timingSafeEqual(actual, expected);
}

let common: Set<string> | undefined;

/**
 * Whether a password is on zxcvbn's list of 49,233 common and breached passwords, ignoring letter
 * case and surrounding spaces (so "  password  " counts as "password"). The list is read into a Set
 * on first use, not at start-up: requiring the package decompresses its lists (about 100 ms), which
 * every script and test importing this module would otherwise pay.
 *
 * @example
 * isCommonPassword("Password12") // true
 * isCommonPassword("correct horse battery staple") // false
 */
export function isCommonPassword(password: string): boolean {
  if (!common) {
    const { dictionary } = createRequire(import.meta.url)("@zxcvbn-ts/language-common") as typeof import("@zxcvbn-ts/language-common");
    common = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  }
  return common.has(password.trim().toLowerCase());
}

// The sign-up and change-password forms check new passwords against the list on the server.
setCommonPasswordCheck(isCommonPassword);
