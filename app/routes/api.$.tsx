import type { LoaderFunctionArgs } from "@remix-run/node";

/** Any other /api/ path, whatever the method: a JSON 404, not an HTML page. */
const noEndpoint = ({ params }: LoaderFunctionArgs) =>
  Response.json({ error: { status: 404, message: `No API endpoint at /api/${params["*"] ?? ""}` } }, { status: 404 });

export const loader = noEndpoint;
export const action = noEndpoint;
