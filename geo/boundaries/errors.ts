/**
 * The one error a boundary file is refused with: an English message for a moderator that names the
 * feature or codes at fault, plus a key and parameters carrying the same facts for translation.
 */

export type BoundaryErrorKey =
  | "tooLarge"
  | "notJson"
  | "notGeoJson"
  | "noCodeProperty"
  | "unknownCrs"
  | "missingCodes"
  | "duplicateCode"
  | "unexpectedCode"
  | "badGeometry"
  | "selfIntersection"
  | "areaMismatch";

/**
 * Why a boundary file was refused.
 *
 * @example
 * throw new BoundaryFileError("duplicateCode", { gss: "W06000015", name: "Cardiff", count: 2 },
 *   'Code "W06000015" (Cardiff) is on 2 features; each authority must appear once');
 */
export class BoundaryFileError extends Error {
  constructor(
    readonly key: BoundaryErrorKey,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
    this.name = "BoundaryFileError";
  }
}

/**
 * How a feature is named in messages: its code in quotes, then its name when known.
 *
 * @example
 * describeFeature("W06000023", "Powys") // 'Feature "W06000023" (Powys)'
 * describeFeature("W06000099", null)    // 'Feature "W06000099"'
 */
export function describeFeature(gss: string, name: string | null): string {
  return name ? `Feature "${gss}" (${name})` : `Feature "${gss}"`;
}

/**
 * A byte count for people: bytes, KB or MB (1 KB = 1024 bytes).
 *
 * @example
 * formatBytes(512)               // "512 bytes"
 * formatBytes(100 * 1024 * 1024) // "100 MB"
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${trimDecimal(bytes / 1024)} KB`;
  return `${trimDecimal(bytes / (1024 * 1024))} MB`;
}

function trimDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * A [lng, lat] position for messages, to 4 decimals (about 10 m).
 *
 * @example
 * formatPosition([-3.412345, 52.331]) // "-3.4123, 52.331"
 */
export function formatPosition(position: readonly number[]): string {
  return `${roundForMessage(position[0])}, ${roundForMessage(position[1])}`;
}

/**
 * A coordinate rounded to 4 decimals for messages and their parameters.
 *
 * @example
 * roundForMessage(-3.412345) // -3.4123
 */
export function roundForMessage(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
