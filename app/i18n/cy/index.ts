/** Welsh interface strings (Cymraeg). Keys mirror the English catalogue exactly. */
import type { Catalogue } from "../types";
import { accounts } from "./accounts";
import { briefing } from "./briefing";
import { funding } from "./funding";
import { geography } from "./geography";
import { imports } from "./imports";
import { listing } from "./listing";
import { pages } from "./pages";
import { places } from "./places";
import { site } from "./site";

export const cy: Catalogue = { ...site, ...pages, ...funding, ...geography, ...imports, ...accounts, ...listing, ...places, ...briefing };
