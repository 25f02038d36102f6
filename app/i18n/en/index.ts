/** English interface strings. Every key here must exist in the Welsh catalogue (the type checker enforces it). */
import { accounts } from "./accounts";
import { briefing } from "./briefing";
import { funding } from "./funding";
import { geography } from "./geography";
import { imports } from "./imports";
import { listing } from "./listing";
import { pages } from "./pages";
import { places } from "./places";
import { site } from "./site";

export const en = { ...site, ...pages, ...funding, ...geography, ...imports, ...accounts, ...listing, ...places, ...briefing };
