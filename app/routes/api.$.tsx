import type { LoaderFunctionArgs } from "@remix-run/node";

/** Any other /api/ path: a JSON 404, not an HTML page. */
export const loader = ({ params }: LoaderFunctionArgs) =>
  Response.json({ error: { status: 404, message: `No API endpoint at /api/${params["*"] ?? ""}` } }, { status: 404 });
