import type { TFunction } from "i18next";

/**
 * A message as a catalogue key and its values, to be translated where the reader's language is
 * known. A value `{ $t: "key" }` is itself translated first (the name of an entity, a status).
 */
export interface MessageRef {
  key: string;
  values?: Record<string, string | number | { $t: string }>;
}

/**
 * A message in the language of `t`.
 *
 * @example
 * translateRef(tFor("cy"), { key: "errors.notArchived", values: { entity: { $t: "entity.project" }, id: 12 } })
 * // "Nid yw'r prosiect 12 wedi'i archifo"
 */
export function translateRef(t: TFunction, ref: MessageRef): string {
  const values = Object.fromEntries(
    Object.entries(ref.values ?? {}).map(([name, v]) => [name, typeof v === "object" ? t(v.$t) : v]),
  );
  return t(ref.key, values);
}
