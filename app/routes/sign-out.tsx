import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { clearSessionCookie, endSession, getCurrentUser } from "~/accounts/sessions.server";
import { contextOf } from "~/platform/context.server";
import { verifyCsrf } from "~/platform/csrf.server";
import { formAction } from "~/platform/forms.server";
import { localHref } from "~/i18n";

/** Signing out is a POST with the session's anti-forgery token (a GET link could be forged). */
export const action = ({ request }: ActionFunctionArgs) =>
  formAction(
    request,
    async () => {
      const ctx = contextOf(request);
      const user = getCurrentUser(ctx, request);
      if (user) {
        verifyCsrf(request, await request.formData(), user, ctx.t("auth.csrf"));
        endSession(ctx.db, request);
      }
      return redirect(localHref(ctx.lang, "/"), { headers: { "Set-Cookie": clearSessionCookie(request) } });
    },
    { resource: true },
  );

export const loader = () => redirect("/");
