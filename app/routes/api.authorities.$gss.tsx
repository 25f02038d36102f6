import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { getAuthorityProfile } from "~/directory/authorities.server";
import { contextOf } from "~/platform/context.server";
import { parseCoverageParams } from "~/coverage/coverage.server";
import { api, onlyGet } from "~/platform/http.server";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  api(() => {
    const ctx = contextOf(request);
    const { asOf, theme } = parseCoverageParams(ctx);
    const { regions: _regions, boundariesUrl: _boundariesUrl, boundaryAttribution: _attribution, asOfParam: _asOfParam, ...profile } = getAuthorityProfile(ctx, params.gss ?? "", asOf, theme);
    return profile;
  });

/** Only GET: any other method is a 405 that says so. */
export const action = ({ request }: ActionFunctionArgs) => onlyGet(request, "json");
