/** The production server's settings, read from the environment and checked before it starts. */
import { z } from "zod";
import { trustedProxyHops } from "../request.server";

const SettingsSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  TRUST_PROXY: z.string().optional(),
});

/**
 * The server's settings from the environment; throws with every bad one named.
 *
 * @example
 * serverSettings({ PORT: "3201" }) // { port: 3201, host: "127.0.0.1", trustedHops: 0 }
 */
export function serverSettings(env: Readonly<Record<string, string | undefined>>): { port: number; host: string; trustedHops: number } {
  const parsed = SettingsSchema.safeParse({ PORT: env.PORT || undefined, HOST: env.HOST || undefined, TRUST_PROXY: env.TRUST_PROXY });
  if (!parsed.success) throw new Error(`Bad server settings: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return { port: parsed.data.PORT, host: parsed.data.HOST, trustedHops: trustedProxyHops(parsed.data.TRUST_PROXY) };
}
