/**
 * 360Giving JSON packages, streamed with stream-json: the parser's tokens pass a small tap that
 * keeps the package's title, publisher name, modified and issued (wherever they sit in the
 * object), then `pick` keeps only `grants` and `streamArray` assembles one grant at a time, so
 * memory stays flat for any number of grants.
 *
 * A fault in the file is found only when the stream reaches it: grants before a truncation have
 * already gone to onGrant when GrantFileError("truncated") is thrown, so the caller must roll back.
 */
import { createReadStream } from "node:fs";
import { chainUnchecked, flushable, none } from "stream-chain";
import { parser } from "stream-json";
import { pick } from "stream-json/filters/pick.js";
import { streamArray } from "stream-json/streamers/stream-array.js";
import { acceptGrant, findTooLong, reportProblem, reportTooLong, standardTitler, type Sink } from "./sink";
import { GrantFileError, type ReadReport } from "./types";
import { quote } from "./values";

type PackageInfo = ReadReport["package"];
const PACKAGE_KEYS = new Set(["title", "modified", "issued"]);

/** Watches the token stream for the package's own fields and its shape; passes every token on. */
function createPackageTap(info: PackageInfo) {
  const state = { depth: 0, topKey: "", subKey: "", tokens: 0, sawGrants: false };
  const tap = (token: parser.Token): parser.Token => {
    state.tokens += 1;
    if (state.depth === 0 && token.name !== "startObject" && token.name !== "whitespace") {
      throw new GrantFileError("noGrants", "The JSON is not a 360Giving package: its top level is not an object with a grants list");
    }
    if (state.depth === 1 && state.topKey === "grants" && token.name !== "keyValue" && !state.sawGrants) {
      if (token.name !== "startArray") throw new GrantFileError("noGrants", 'The package\'s "grants" is not a list');
      state.sawGrants = true;
    }
    switch (token.name) {
      case "startObject":
      case "startArray":
        state.depth += 1;
        break;
      case "endObject":
      case "endArray":
        state.depth -= 1;
        break;
      case "keyValue":
        if (state.depth === 1) state.topKey = token.value;
        else if (state.depth === 2) state.subKey = token.value;
        break;
      case "stringValue":
        if (state.depth === 1 && PACKAGE_KEYS.has(state.topKey)) info[state.topKey as "title" | "modified" | "issued"] = token.value;
        if (state.depth === 2 && state.topKey === "publisher" && state.subKey === "name") info.publisher = token.value;
        break;
    }
    return token;
  };
  return { tap, state };
}

/** Wraps an error from the caller's callbacks so that it is passed on as it is, not read as a JSON fault. */
class PassOn {
  constructor(readonly error: unknown) {}
}

function readOneGrant(sink: Sink, row: number, value: unknown): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    reportProblem(sink, row, "Identifier", "missingIdentifier", `the grant is ${quote(value)}, not an object`);
    return;
  }
  const tooLong = findTooLong(value, sink.maxFieldBytes);
  if (tooLong.length > 0) {
    for (const t of tooLong) reportTooLong(sink, row, standardTitler(t.path), t.text);
    return;
  }
  acceptGrant(sink, value as Record<string, unknown>, row, standardTitler);
}

/**
 * Reads every grant of a JSON package into the sink; returns the package's metadata.
 * Throws GrantFileError: "notJson", "truncated" (the file ends mid-way), "noGrants".
 *
 * @example
 * const info = await readJsonGrants("/tmp/grants.json", sink); // { title, publisher, modified, issued }
 */
export async function readJsonGrants(path: string, sink: Sink, onOpen?: (file: { bytesRead: number }) => void): Promise<PackageInfo> {
  const info: PackageInfo = { title: null, publisher: null, modified: null, issued: null };
  const { tap, state } = createPackageTap(info);
  let inputEnded = false;
  const markEnd = flushable((chunk: unknown) => {
    if (chunk === none) inputEnded = true;
    return chunk === none ? none : chunk;
  });
  const file = createReadStream(path);
  onOpen?.(file);
  const stages = [file, markEnd, parser({ streamValues: false }), tap, pick({ filter: "grants" }), streamArray()];
  // chainUnchecked: the stages' types do not line up for chain()'s inference (the tap is ours).
  const stream = chainUnchecked<Buffer, { key: number; value: unknown }>(stages);
  try {
    for await (const item of stream as unknown as AsyncIterable<{ key: number; value: unknown }>) {
      try {
        readOneGrant(sink, item.key + 1, item.value);
      } catch (error) {
        throw new PassOn(error);
      }
    }
  } catch (error) {
    if (error instanceof PassOn) throw error.error;
    if (error instanceof GrantFileError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    if (state.tokens > 0 && inputEnded) {
      throw new GrantFileError("truncated", `The JSON file ends part-way through (${detail}); it looks cut short. Grants before the fault were read.`);
    }
    if ((error as NodeJS.ErrnoException).code) throw error;
    throw new GrantFileError("notJson", `Not a JSON file: ${detail}`);
  }
  if (!state.sawGrants) throw new GrantFileError("noGrants", 'The JSON package has no "grants" list');
  return info;
}

