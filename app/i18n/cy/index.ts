/** Welsh interface strings (Cymraeg). Keys mirror the English catalogue exactly. */
import type { Catalogue } from "../types";
import { accounts } from "./accounts";
import { funding } from "./funding";
import { pages } from "./pages";
import { site } from "./site";

export const cy: Catalogue = { ...site, ...pages, ...funding, ...accounts };
