/**
 * Server-renders one route module to HTML, as the page's share of a document: the component's
 * markup plus its loader data serialised into the page for hydration (Remix embeds the loader data
 * the same way, so a loader that returns too much makes the HTML heavy even if nothing shows it).
 * Used by the route tests that bound a page's weight and by `seeds/bench-admin.ts`.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import { i18nFor, langFromSearch } from "../../../app/i18n";

interface RouteModule {
  loader: (args: LoaderFunctionArgs) => Promise<unknown>;
  default: ComponentType;
}

/**
 * The page's HTML for `request` (the loader runs once, through the static router); throws when the
 * loader answers anything but its data.
 *
 * @example
 * const html = await renderRoute(await import("~/routes/admin.users"), getRequest("/admin/users", admin));
 */
export async function renderRoute(module: RouteModule, request: Request): Promise<string> {
  const url = new URL(request.url);
  const routes = [{ id: "page", path: url.pathname, loader: ({ request: r }: { request: Request }) => module.loader({ request: r, params: {}, context: {} }) as Promise<object>, Component: module.default }];
  const handler = createStaticHandler(routes);
  const context = await handler.query(request);
  if (context instanceof Response) throw new Error(`The loader answered ${context.status}`);
  if (context.errors) throw new Error(`The loader failed: ${JSON.stringify(context.errors)}`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const lang = langFromSearch(url.searchParams) ?? "en";
  return renderToString(createElement(I18nextProvider, { i18n: i18nFor(lang) }, createElement(StaticRouterProvider, { router, context, hydrate: true })));
}
