/** English interface strings. Every key here must exist in the Welsh catalogue (the type checker enforces it). */
import { accounts } from "./accounts";
import { funding } from "./funding";
import { pages } from "./pages";
import { site } from "./site";

export const en = { ...site, ...pages, ...funding, ...accounts };
