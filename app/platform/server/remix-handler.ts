/**
 * The Remix request handler on Express, as @remix-run/express's, except that a body limitBodies
 * has already read is handed to Remix from memory instead of streamed from the socket.
 */
import type { IncomingMessage } from "node:http";
// The adapter's own request and response conversions: exported by its server module, though not
// re-exported from the package's index.
import { createRemixRequest, sendRemixResponse } from "@remix-run/express/dist/server.js";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from "express";
import { bufferedBody } from "./body-limit";

/** The Fetch Request for an Express request: the adapter's own, with the body limitBodies kept. */
function remixRequest(req: ExpressRequest, res: ExpressResponse): Request {
  const body = bufferedBody(req as IncomingMessage);
  if (body === undefined) return createRemixRequest(req, res);
  // The adapter works out the URL, headers and abort signal; asked as a GET, it leaves the
  // (already read) socket alone, and the body comes from memory instead.
  const head = createRemixRequest(Object.create(req, { method: { value: "GET" } }) as ExpressRequest, res);
  return new Request(head, { method: req.method, body: new Uint8Array(body) });
}

/**
 * Express handler answering every request with the Remix build.
 *
 * @example
 * app.all("*", remixHandler(build, "production"));
 */
export function remixHandler(build: ServerBuild, mode: string | undefined = process.env.NODE_ENV): RequestHandler {
  const handleRequest = createRequestHandler(build, mode);
  return async (req, res, next) => {
    try {
      await sendRemixResponse(res, await handleRequest(remixRequest(req, res)));
    } catch (error) {
      next(error);
    }
  };
}
