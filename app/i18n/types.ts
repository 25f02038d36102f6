import type { en } from "./en";

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every catalogue must have: the English keys, any strings. */
export type Catalogue = Widen<typeof en>;
