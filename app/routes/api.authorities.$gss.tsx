import type { LoaderFunctionArgs } from "@remix-run/node";
import { getAuthorityProfile } from "~/authorities.server";
import { contextOf, today } from "~/context.server";
import { api } from "~/http.server";
import { parseListParams } from "~/params.server";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  api(() => {
    const ctx = contextOf(request);
    const { asOf } = parseListParams(ctx, ["asOf"]);
    const { regions: _regions, ...profile } = getAuthorityProfile(ctx, params.gss ?? "", asOf ?? today());
    return profile;
  });
