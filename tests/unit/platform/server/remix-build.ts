/**
 * The Remix server build for tests that drive the production server over HTTP, compiled from the
 * source by Vite (as `npm run dev` does), so the tests need no `npm run build` and never run a
 * stale one. Takes several seconds: load it once per file, in beforeAll.
 */
import type { ServerBuild } from "@remix-run/node";
import type { ViteDevServer } from "vite";

/** Loads the build; call `close()` in afterAll. */
export async function loadRemixBuild(): Promise<{ build: ServerBuild; close: () => Promise<void> }> {
  const { createServer } = await import("vite");
  const vite: ViteDevServer = await createServer({
    configFile: "vite.config.ts",
    appType: "custom",
    logLevel: "error",
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  const build = (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  return { build, close: () => vite.close() };
}
