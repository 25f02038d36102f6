/**
 * A pure reader for 360Giving grant files (JSON packages, CSV, XLSX) and the pure steps after it:
 * placing a grant in Wales and theming it. No database: the caller stores what these return.
 */
export { readGrantFile, detectFormat, type ReadOptions } from "./read-grant-file";
export { placeGrant, recipientAuthority, DEFAULT_POINT_RADIUS_KM } from "./place-grant";
export { classifyThemes, themesOfText, THEME_KEYWORDS } from "./themes";
export { authorityOfName, authorityOfTown } from "./authority-names";
export {
  GrantFileError,
  type Grant,
  type GrantDate,
  type GrantFileErrorKey,
  type GrantLocation,
  type GrantOrg,
  type GrantProblem,
  type Placement,
  type Precision,
  type ProblemKey,
  type ReadReport,
} from "./types";
